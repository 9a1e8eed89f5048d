"""An SQLite database file read without SQLite: its pages, B-trees, cells and records.

For the doctor's salvage of a damaged index (see `salvage`): SQLite refuses a file whose header
is garbage, and loses a whole table when its root page is damaged; read page by page, a damaged
page costs only the rows it held. The file is only read; a WAL beside it is laid over it, frame by
frame, up to its last commit. Laid out as SQLite's file format documents it.

Open a file here only when no connection on it is open in this process: reading it with open()
and closing it would drop that connection's locks.
"""

from __future__ import annotations

import mmap
import os
import struct

PAGE_SIZES = (512, 1024, 2048, 4096, 8192, 16384, 32768, 65536)
_MAGIC = b"SQLite format 3\x00"
LEAF_TABLE, INTERIOR_TABLE, LEAF_INDEX, INTERIOR_INDEX = 13, 5, 10, 2

T, N, I, B = "text", "null", "int", "blob"  # the kinds of value a column may hold


class Unreadable(Exception):
    """A value, cell or page that cannot be decoded."""


GONE = object()  # a column whose bytes are on a lost overflow page


def _varint(b: bytes, i: int) -> tuple[int, int]:
    v = 0
    for k in range(8):
        x = b[i + k]
        v = (v << 7) | (x & 0x7F)
        if x < 0x80:
            return v, i + k + 1
    return (v << 8) | b[i + 8], i + 9


def value_kind(serial: int) -> str:
    """The kind of value (T, N, I, B or "float") a record's serial type stands for."""
    if serial == 0:
        return N
    if serial <= 9:
        if serial == 7:
            return "float"
        return I
    if serial >= 12:
        return B if serial % 2 == 0 else T
    raise Unreadable(f"serial type {serial}")


_INT_SIZES = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8, 7: 8, 8: 0, 9: 0, 0: 0}


def _size(serial: int) -> int:
    if serial >= 12:
        return (serial - 12) // 2
    return _INT_SIZES[serial]


class PageFile:
    """The pages of a database file (a WAL's committed frames laid over them), read-only."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        with open(path, "rb") as fh:  # the mapping outlives the descriptor
            size = os.fstat(fh.fileno()).st_size
            self.data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        header = self.data[:100]
        size = int.from_bytes(header[16:18], "big")
        size = 65536 if size == 1 else size
        self.header_ok = header[:16] == _MAGIC and size in PAGE_SIZES and header[21:24] == b"\x40\x20\x20"
        if self.header_ok:
            self.page_size, self.reserved = size, header[20]
        else:
            self.page_size, self.reserved = _guess_page_size(self.data), 0
        self.usable = self.page_size - self.reserved
        self.count = len(self.data) // self.page_size
        self.overlay: dict[int, bytes] = {}
        wal = f"{os.fspath(path)}-wal"
        if os.path.exists(wal):
            self._overlay_wal(wal)

    def _overlay_wal(self, wal: str) -> None:
        """The latest committed frame of each page (frames of an older WAL generation have other salts)."""
        with open(wal, "rb") as fh:
            data = fh.read()
        if len(data) < 32 or int.from_bytes(data[0:4], "big") not in (0x377F0682, 0x377F0683):
            return
        size = int.from_bytes(data[8:12], "big")
        if size != self.page_size:
            return
        salts = data[16:24]
        pending: dict[int, bytes] = {}
        at = 32
        while at + 24 + size <= len(data):
            frame = data[at:at + 24]
            if frame[8:16] != salts:
                break
            pending[int.from_bytes(frame[0:4], "big")] = data[at + 24:at + 24 + size]
            after = int.from_bytes(frame[4:8], "big")
            if after:  # a commit: what came before it is the database
                self.overlay.update(pending)
                pending = {}
                self.count = max(self.count, after)
            at += 24 + size

    def page(self, number: int) -> bytes:
        """One page's bytes; Unreadable past the end of the file."""
        if number in self.overlay:
            return self.overlay[number]
        if number < 1 or number * self.page_size > len(self.data):
            raise Unreadable(f"page {number} is past the end of the file")
        return self.data[(number - 1) * self.page_size:number * self.page_size]

    def free_pages(self) -> set[int]:
        """The pages on the freelist (empty when the header cannot be trusted)."""
        free: set[int] = set()
        if not self.header_ok:
            return free
        trunk = int.from_bytes(self.page(1)[32:36], "big")
        while trunk and trunk not in free and trunk <= self.count:
            free.add(trunk)
            try:
                page = self.page(trunk)
            except Unreadable:
                break
            n = int.from_bytes(page[4:8], "big")
            if n > self.usable // 4:
                break
            free.update(int.from_bytes(page[8 + 4 * k:12 + 4 * k], "big") for k in range(n))
            trunk = int.from_bytes(page[0:4], "big")
        return free

    def overflow(self, first: int, need: int) -> bytes:
        """`need` bytes from an overflow chain; Unreadable where the chain breaks."""
        out, page_no, visited = [], first, set()
        while need > 0:
            if page_no == 0 or page_no in visited or page_no > max(self.count, 1):
                raise Unreadable("broken overflow chain")
            visited.add(page_no)
            page = self.page(page_no)
            chunk = page[4:self.usable][:need]
            out.append(chunk)
            need -= len(chunk)
            page_no = int.from_bytes(page[0:4], "big")
        return b"".join(out)


def _local_size(usable: int, payload: int, index: bool) -> int:
    """How much of a cell's payload is on its page (the rest overflows), as SQLite's file format says."""
    x = ((usable - 12) * 64 // 255 - 23) if index else usable - 35
    if payload <= x:
        return payload
    m = (usable - 12) * 32 // 255 - 23
    k = m + (payload - m) % (usable - 4)
    return k if k <= x else m


def _guess_page_size(data: bytes | mmap.mmap) -> int:
    """The page size of a file whose header is lost: the size at which most pages are B-tree pages
    whose cells reach exactly to the page's end (cells fill a page from its end)."""
    best, best_score = 4096, 0
    for size in PAGE_SIZES:
        if len(data) < size or len(data) % size:
            continue
        score = 0
        count = len(data) // size
        step = max(1, count // 400)
        for number in range(1, count + 1, step):
            page = data[(number - 1) * size:number * size]
            try:
                if _cells_end(page, 100 if number == 1 else 0, size) == size:
                    score += 1
            except (Unreadable, IndexError, KeyError):
                pass
        if score > best_score:
            best, best_score = size, score
    return best


def _cells_end(page: bytes, head: int, size: int) -> int:
    """Where the last byte of a leaf page's cells lies (leaf pages only; no reserved bytes)."""
    kind = page[head]
    if kind not in (LEAF_TABLE, LEAF_INDEX):
        raise Unreadable("not a leaf page")
    n = int.from_bytes(page[head + 3:head + 5], "big")
    if not 0 < n <= (size - head - 8) // 2:
        raise Unreadable("no cells")
    end = 0
    for k in range(n):
        off = int.from_bytes(page[head + 8 + 2 * k:head + 10 + 2 * k], "big")
        payload, i = _varint(page, off)
        if kind == LEAF_TABLE:
            _, i = _varint(page, i)
        local = _local_size(size, payload, kind == LEAF_INDEX)
        end = max(end, i + local + (4 if local < payload else 0))
    return end


def page_cells(pf: PageFile, page: bytes, head: int) -> list[tuple[int | None, int, bytes, int]]:
    """(rowid, payload size, local payload, first overflow page) of each cell of a leaf or index page."""
    kind = page[head]
    n = int.from_bytes(page[head + 3:head + 5], "big")
    top = head + (12 if kind in (INTERIOR_TABLE, INTERIOR_INDEX) else 8)
    if top + 2 * n > pf.usable:
        raise Unreadable("too many cells")
    cells = []
    for k in range(n):
        off = int.from_bytes(page[top + 2 * k:top + 2 * k + 2], "big")
        if not top + 2 * n <= off < pf.usable:
            raise Unreadable("cell pointer out of the page")
        i = off + (4 if kind == INTERIOR_INDEX else 0)
        payload, i = _varint(page, i)
        rowid = None
        if kind == LEAF_TABLE:
            rowid, i = _varint(page, i)
            rowid = rowid - (1 << 64) if rowid >= 1 << 63 else rowid
        local = _local_size(pf.usable, payload, kind != LEAF_TABLE)
        if i + local > pf.usable:
            raise Unreadable("cell past the page's end")
        first = int.from_bytes(page[i + local:i + local + 4], "big") if local < payload else 0
        cells.append((rowid, payload, page[i:i + local], first))
    return cells


def record_header(local: bytes) -> tuple[list[int], int]:
    """The serial types of a record and where its body begins (the header is always on the page)."""
    size, i = _varint(local, 0)
    if size > len(local) or size < i:
        raise Unreadable("record header past the page")
    types = []
    while i < size:
        t, i = _varint(local, i)
        types.append(t)
    return types, size


def record_values(types: list[int], body: bytes, at: int) -> list:
    """The record's values; a value whose bytes are not all there is GONE."""
    out = []
    for t in types:
        n = _size(t)
        if at + n > len(body):
            out.append(GONE)
            at += n
            continue
        raw = body[at:at + n]
        at += n
        if t == 0:
            out.append(None)
        elif t in (8, 9):
            out.append(t - 8)
        elif t == 7:
            out.append(struct.unpack(">d", raw)[0])
        elif t <= 6:
            out.append(int.from_bytes(raw, "big", signed=True))
        elif t % 2 == 0:
            out.append(bytes(raw))
        else:
            try:
                out.append(raw.decode("utf-8"))
            except UnicodeDecodeError:
                out.append(GONE)
    return out



def walk_tree(pf: PageFile, root: int, owner: dict[int, str], name: str) -> set[int]:
    """Walk one B-tree from its root, noting each page's owner; the pages of it that cannot be read."""
    damaged, stack = set(), [root]
    while stack:
        number = stack.pop()
        if number in owner:
            continue
        owner[number] = name
        try:
            page = pf.page(number)
            head = 100 if number == 1 else 0
            kind = page[head]
            if kind not in (LEAF_TABLE, INTERIOR_TABLE, LEAF_INDEX, INTERIOR_INDEX):
                raise Unreadable("not a B-tree page")
            if kind in (INTERIOR_TABLE, INTERIOR_INDEX):
                n = int.from_bytes(page[head + 3:head + 5], "big")
                if head + 12 + 2 * n > pf.usable:
                    raise Unreadable("too many cells")
                children = [int.from_bytes(page[head + 8:head + 12], "big")]
                for k in range(n):
                    off = int.from_bytes(page[head + 12 + 2 * k:head + 14 + 2 * k], "big")
                    children.append(int.from_bytes(page[off:off + 4], "big"))
                stack.extend(c for c in children if c > 0)  # one past the end of a cut file is damage
            else:
                page_cells(pf, page, head)
        except (Unreadable, IndexError, KeyError):
            damaged.add(number)
    return damaged


def schema_roots(pf: PageFile, owner: dict[int, str]) -> tuple[dict[str, int], bool]:
    """name -> root page of every table and index sqlite_master (page 1 and below) still names,
    and whether any of its pages was damaged."""
    damaged = bool(walk_tree(pf, 1, owner, "sqlite_master"))
    roots = {}
    for number in [n for n, name in owner.items() if name == "sqlite_master"]:
        try:
            page = pf.page(number)
            head = 100 if number == 1 else 0
            if page[head] != LEAF_TABLE:
                continue
            cells = page_cells(pf, page, head)
        except (Unreadable, IndexError, KeyError):
            continue
        for _, payload, local, first in cells:
            try:
                body = local + (pf.overflow(first, payload - len(local)) if first else b"")
                types, start = record_header(body)
                kind, name, _, root = record_values(types, body, start)[:4]
            except (Unreadable, IndexError, KeyError, ValueError):
                damaged = True
                continue
            if kind in ("table", "index") and isinstance(name, str) and isinstance(root, int) and root > 0:
                roots[name] = root
    return roots, damaged


def free_by_shape(pf: PageFile, owner: dict[int, str]) -> set[int]:
    """Free pages found by the shape of freelist trunk pages (when the header that points at them is lost)."""
    free: set[int] = set()
    top = pf.count
    for number in range(2, top + 1):
        if number in owner:
            continue
        page = pf.page(number)
        n, following = int.from_bytes(page[4:8], "big"), int.from_bytes(page[0:4], "big")
        if not 0 < n <= (pf.usable - 8) // 4 or following > top:
            continue
        leaves = [int.from_bytes(page[8 + 4 * k:12 + 4 * k], "big") for k in range(n)]
        if all(1 < p <= top and p not in owner for p in leaves) and len(set(leaves)) == n:
            free.add(number)
            free.update(leaves)
    return free


