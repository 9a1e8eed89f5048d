"""Rows of newsreader's tables read straight from the pages of a damaged index file, without SQLite.

SQLite refuses a file whose header is garbage, and loses a whole table when its root page
is damaged. Read page by page instead (`pagefile`), and a damaged page costs only the rows it
held: every B-tree leaf is decoded cell by cell (overflow chains followed), each record taken
for a row of the table whose shape it fits, and the entries of the index `articles_list` name
articles (pk, id, source, read) whose own row is gone. Pages on the freelist are skipped (found
through the header, or, when the header is lost, by the shape of the freelist's trunk pages),
so deleted rows do not come back.

The schema (sqlite_master) tells which table or index each page belongs to, so damage is
counted per table: `doctor` can tell "nothing was lost" (a damaged page of the articles
table whose rows articles_list still names) from "rows may be lost without a trace".

Call this only when no connection on the file is open in this process: reading it with
open() and closing it would drop that connection's locks.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass, field

from .pagefile import (GONE, INTERIOR_INDEX, LEAF_INDEX, LEAF_TABLE, B, I, N, PageFile, T, Unreadable,
                       free_by_shape, page_cells, record_header, record_values, schema_roots, value_kind,
                       walk_tree)

# Each table's leading columns, as the current schema writes them (a later column added at the
# end is ignored): a record is taken for a row of a table only when every kind fits.
TABLES = {
    "articles": (("pk", {N}), ("id", {T}), ("source", {T}), ("title", {T}), ("published", {T, N}),
                 ("sort", {T}), ("site", {T, N}), ("format", {T}), ("digest", {T}), ("raw", {B}), ("doc", {T}),
                 ("added", {T}), ("updated", {T}), ("read", {I})),
    "bookmarks": (("id", {T}), ("article_id", {T}), ("anchor", {T}), ("title", {T}), ("text", {T}), ("note", {T}),
                  ("created", {T}), ("source", {T, N}), ("detached", {I})),
    "feeds": (("url", {T}), ("title", {T, N}), ("etag", {T, N}), ("last_modified", {T, N}),
              ("last_fetched", {T, N}), ("items", {I}), ("last_error", {T, N}), ("added", {T})),
    "state": (("key", {T}), ("value", {T, N})),
    "sources": (("source", {T}), ("article", {T}), ("alias", {T}), ("digest", {T}), ("added", {T})),
}
# Entries of the index articles_list(sort, pk, id, title, published, source, site, read), then the rowid.
_ARTICLES_LIST = ({T}, {I}, {T}, {T}, {T, N}, {T}, {T, N}, {I}, {I})
# Entries of the index bookmarks_article(article_id, anchor), then the rowid.
_BOOKMARKS_ARTICLE = ({T}, {T}, {I})


@dataclass
class Salvage:
    """What the pages of a damaged file still hold."""

    rows: dict[str, list[dict]] = field(default_factory=dict)  # table -> rows (a lost column is absent)
    listed: dict[int, dict] = field(default_factory=dict)  # article pk -> {id, source, read} from articles_list
    bookmark_rowids: set[int] = field(default_factory=set)  # every bookmark the index bookmarks_article names
    damaged: dict[str, int] = field(default_factory=dict)  # table or index -> pages of it unreadable
    schema_lost: bool = False  # sqlite_master (partly) unreadable: damage elsewhere cannot be told apart
    file: "PageFile | None" = None

    def stored(self, row: dict) -> tuple[bytes, str | None] | None:
        """An article row's stored source text (compressed) and analysis JSON, read again from its
        pages (kept out of memory until needed); None when the text is on a lost page."""
        if self.file is None or "_cell" not in row:
            return None
        number, k = row["_cell"]
        try:
            _, payload, local, first = page_cells(self.file, self.file.page(number), 100 if number == 1 else 0)[k]
            types, start = record_header(local)
            body = local + (self.file.overflow(first, payload - len(local)) if first else b"")
        except (Unreadable, IndexError, KeyError):
            return None
        values = record_values(types, body, start)
        raw, doc = values[9], values[10]
        if raw is GONE or not isinstance(raw, bytes):
            return None
        return raw, doc if isinstance(doc, str) else None


def _fits(types: list[int], kinds: tuple) -> bool:
    """The record's leading values are of these kinds; a table of two columns (state) takes no more."""
    if len(types) < len(kinds) or (len(kinds) == 2 and len(types) > 2):
        return False
    try:
        return all(value_kind(t) in k for t, k in zip(types, kinds))
    except Unreadable:
        return False



def salvage(path: str | os.PathLike[str]) -> Salvage:
    """Every row of articles, bookmarks, feeds and state the file's pages still hold (see the module)."""
    pf = PageFile(path)
    out = Salvage(rows={name: [] for name in TABLES}, file=pf)
    owner: dict[int, str] = {}
    roots, out.schema_lost = schema_roots(pf, owner)
    for tree, root in roots.items():
        lost = walk_tree(pf, root, owner, tree)
        if lost:
            out.damaged[tree] = len(lost)
    free = pf.free_pages() if pf.header_ok else free_by_shape(pf, owner)
    wanted = set(TABLES) | {"articles_list", "bookmarks_article"}
    specs = {table: tuple(kinds for _, kinds in cols) for table, cols in TABLES.items()}
    for number in range(1, pf.count + 1):
        known = owner.get(number)
        if number in free or (known is not None and known not in wanted):
            continue  # derived data (passages, search, actors), rebuilt from the articles
        try:
            page = pf.page(number)
            head = 100 if number == 1 else 0
            kind = page[head]
            if kind not in (LEAF_TABLE, LEAF_INDEX, INTERIOR_INDEX):
                continue
            cells = page_cells(pf, page, head)
        except (Unreadable, IndexError, KeyError):
            continue
        for k, (rowid, payload, local, first) in enumerate(cells):
            try:
                types, start = record_header(local)
            except (Unreadable, IndexError):
                continue
            if kind == LEAF_TABLE:
                # A page of a known table is still checked against that table's shape; an orphan page
                # (its parent is damaged) against every table's.
                names = [known] if known in specs else list(specs) if known is None else []
                name = next((n for n in names if _fits(types, specs[n])), None)
            else:
                candidates = [known] if known else ["articles_list", "bookmarks_article"]
                name = ("articles_list" if "articles_list" in candidates and len(types) == 9
                        and _fits(types, _ARTICLES_LIST) else
                        "bookmarks_article" if "bookmarks_article" in candidates and len(types) == 3
                        and _fits(types, _BOOKMARKS_ARTICLE) else None)
            if name is None:
                continue
            body = local
            if first:
                try:
                    body = local + pf.overflow(first, payload - len(local))
                except (Unreadable, IndexError):
                    pass  # the columns on the page are still read
            values = record_values(types, body, start)
            if name == "articles_list":
                _, pk, aid, _, _, source, _, read, _ = values[:9]
                if GONE not in (pk, aid, source):
                    out.listed[pk] = {"id": aid, "source": source, "read": read if read is not GONE else 0}
            elif name == "bookmarks_article":
                if values[2] is not GONE:
                    out.bookmark_rowids.add(values[2])
            else:
                row = {col: v for (col, _), v in zip(TABLES[name], values) if v is not GONE}
                if name == "articles":
                    row["pk"] = rowid
                    # The text is read again when the article is imported: not all of it in memory at once.
                    row["_cell"], row["_text"] = (number, k), "raw" in row
                    row.pop("raw", None)
                    row.pop("doc", None)
                row["_rowid"] = rowid
                out.rows[name].append(row)
    return out


def ours(path: str | os.PathLike[str]) -> bool:
    """True when the file's pages hold newsreader's tables, whatever its header says (no connection
    on it may be open in this process)."""
    try:
        roots, _ = schema_roots(PageFile(path), {})
    except (OSError, ValueError, Unreadable, IndexError):
        return False
    return {"articles", "passages", "bookmarks"} <= set(roots)


def open_elsewhere(path: str | os.PathLike[str]) -> bool:
    """True when another process has the file open through SQLite in WAL mode: each such connection
    holds a read lock on the -shm file's "dead-man switch" byte (128) while it is open. Linux only
    (elsewhere the lock record is laid out differently): False there, and when nothing tells."""
    import sys

    shm = f"{os.fspath(path)}-shm"
    if not sys.platform.startswith("linux") or not os.path.exists(shm):
        return False
    import fcntl

    layout = "hhqqi4x"  # struct flock: type, whence, start, len, pid
    try:
        fd = os.open(shm, os.O_RDONLY)
    except OSError:
        return False
    try:
        found = fcntl.fcntl(fd, fcntl.F_GETLK, struct.pack(layout, fcntl.F_WRLCK, os.SEEK_SET, 128, 1, 0))
        return struct.unpack(layout, found)[0] != fcntl.F_UNLCK
    except OSError:
        return False
    finally:
        os.close(fd)  # this process holds no connection on the file (see the module's note)
