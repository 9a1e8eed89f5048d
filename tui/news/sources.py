"""Input side of the import pipeline: find files, decide what is an article, decode bytes to clean text."""

from __future__ import annotations

import codecs
import math
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import charset_normalizer

from .models import Document, Skip
from .sanitize import clean_text

MAX_BYTES = 20 * 1024 * 1024
"""Files bigger than this are skipped unread."""

Reader = Callable[[Path, bytes], list[Document]]
"""Turns a file's resolved path and raw bytes into documents."""


# --- decoding -----------------------------------------------------------------

# UTF-32 LE must be tried before UTF-16 LE: its BOM starts with the UTF-16 one.
_BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_ISO2022 = ("iso2022_jp", "iso2022_jp_2", "iso2022_jp_ext", "iso2022_jp_2004")
# cp932 first: it is the superset of Shift_JIS that Windows actually writes (～, ①).
_JAPANESE_CODECS = ("cp932", "euc_jp", "euc_jis_2004")
# Names charset-normalizer gives Japanese codecs.
_JAPANESE_NAMES = {"cp932", "shift_jis", "shift_jis_2004", "shift_jisx0213", "euc_jp", "euc_jis_2004",
                   "euc_jisx0213"}
_SCORE_CHARS = 100_000  # judging a codec by the start of a file is plenty, and fast
_KANA = re.compile("[\u3041-\u309f\u30a0-\u30ff]")
_HALFWIDTH_KANA = re.compile("[\uff61-\uff9f]")
# Characters of JIS X 0208 / cp932 beyond ASCII: kana, kanji, CJK and full/half-width
# punctuation, symbols, circled numbers. A wrong codec produces mostly other things.
_JAPANESE_CHARS = re.compile(
    "[\u3000-\u30ff\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff9f"
    "\u2010-\u2027\u2030-\u203b\u2100-\u22ff\u2460-\u24ff\u2500-\u26ff\u0391-\u03c9\u0401-\u0451"
    "\u00a7\u00a8\u00b0\u00b1\u00b4\u00b6\u00d7\u00f7]"
)


def decode(data: bytes) -> str:
    """Decode bytes to text, guessing the encoding; never raises."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, "replace")
    # ISO-2022-JP is 7-bit, so it must be recognised before UTF-8 accepts it as ASCII.
    if data.isascii() and b"\x1b$" in data:
        for codec in _ISO2022:
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                pass
        return data.decode("iso2022_jp_2", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return data.decode("utf-8", "replace")
    japanese = _japanese(data, min_kana=0.1)
    if japanese is not None:
        return japanese
    return _detect(data) or data.decode("utf-8", "replace")


_C1 = re.compile("[\x80-\x9f]")


def decode_declared(data: bytes, charset: str | None) -> str:
    """Decode with the charset a header or the document declares, unless the bytes say otherwise.

    Servers and pages often declare a wrong charset (utf-8 on Shift_JIS, latin-1 on EUC-JP):
    the declaration is kept only when it decodes without an error, leaves no C1 control
    characters (mojibake's mark) and shows no less kana than the bytes' own guess.
    """
    if not charset or data.startswith(tuple(bom for bom, _ in _BOMS)) or (data.isascii() and b"\x1b$" in data):
        return decode(data)  # a BOM, or ISO-2022-JP (7-bit: any ASCII-compatible charset "decodes" it)
    try:
        text = data.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return decode(data)
    if text.isascii() or codecs.lookup(charset).name == "utf-8":
        return text  # strict UTF-8 that decodes is UTF-8
    guess = decode(data)
    # Kana is the tell: Japanese prose is full of it, mojibake has none (EUC-JP read as latin-1)
    # or little (as cp932), and a Western page misread as Shift_JIS (é and a letter make a kanji) none.
    if _C1.search(text) or (guess != text and len(_KANA.findall(guess[:_SCORE_CHARS]))
                            > len(_KANA.findall(text[:_SCORE_CHARS]))):
        return guess
    return text


def _mostly_utf8(data: bytes) -> bool:
    """Damaged UTF-8 rather than a legacy codec: a bad byte must not condemn the file."""
    valid = data.decode("utf-8", "ignore")
    bad = len(data) - len(valid.encode("utf-8"))  # bytes that are part of no character
    multibyte = len(valid) - len(valid.encode("ascii", "ignore"))
    # Legacy Japanese read as UTF-8 shows ~0.3 valid multibyte characters per bad byte, so
    # demanding more valid than bad keeps mostly-ASCII Shift_JIS files out; the 4:1 arm
    # lets a short line with one bad byte through where 1% of its length is under one byte.
    return multibyte >= bad and (bad * 100 <= len(data) or multibyte >= 4 * bad)


def _japanese(data: bytes, min_kana: float) -> str | None:
    """The most plausible strict Japanese decoding, or None."""
    best: tuple[tuple[int, int, int], str] | None = None
    for codec in _JAPANESE_CODECS:
        try:
            decoded = data.decode(codec)
        except UnicodeDecodeError:
            continue
        text = decoded[:_SCORE_CHARS]
        foreign = len(text) - len(text.encode("ascii", "ignore"))
        kana, japanese = len(_KANA.findall(text)), len(_JAPANESE_CHARS.findall(text))
        # Kana is the tell: Japanese prose is full of it, mis-decoded bytes (EUC-JP read as
        # cp932, GBK read as cp932) almost never produce it. Their other signature is
        # half-width katakana, rare in real text, so fewer of those wins a tie.
        if foreign and japanese >= 0.9 * foreign and kana >= min_kana * foreign:
            key = (kana, -len(_HALFWIDTH_KANA.findall(text)), japanese)
            if best is None or key > best[0]:
                best = (key, decoded)
    return best[1] if best else None


def _detect(data: bytes) -> str | None:
    """charset-normalizer's guess, with Japanese codecs chosen by _japanese."""
    try:
        matches = charset_normalizer.from_bytes(data)
        best = matches.best()
        if best is None:
            return None
        # On short kanji-only text it cannot tell EUC-JP from cp949 or cp932 (all score
        # alike), so whenever a Japanese reading is among its candidates this Japanese
        # reader prefers one; only when none is does its verdict (Korean, Chinese) stand.
        if any(match.encoding in _JAPANESE_NAMES for match in matches):
            return _japanese(data, min_kana=0) or str(best)
        return str(best)
    except Exception:  # a heuristic library must not turn a bad file into a crash
        return None


# --- cleaning -----------------------------------------------------------------

# One sanitizer for every field and every output (see `sanitize`); bodies go through it here.
sanitize = clean_text
"""Normalise newlines and drop control characters, escape sequences, BOMs and bidi overrides."""


_MAGIC = {
    b"\x89PNG\r\n\x1a\n": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF87a": "GIF image",
    b"GIF89a": "GIF image", b"%PDF-": "PDF document", b"PK\x03\x04": "ZIP archive",
    b"PK\x05\x06": "ZIP archive", b"\x1f\x8b": "gzip archive", b"\x7fELF": "ELF executable",
    b"SQLite format 3\x00": "SQLite database",
}
# Control bytes text never has; tab, newlines, form feed and ESC (colour codes,
# ISO-2022-JP) are left out.
_BINARY_CONTROLS = bytes(sorted(set(range(32)) - {9, 10, 12, 13, 27} | {127}))


def looks_binary(data: bytes) -> str | None:
    """Why these bytes are not text, or None when they look like text."""
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return f"binary file ({kind})"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "binary file (WEBP image)"
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        return None  # UTF-16/32 is full of NULs
    if b"\x00" in data:
        return "binary file (contains NUL bytes)"
    sample = data[:8192]
    if sample and len(sample) - len(sample.translate(None, _BINARY_CONTROLS)) > 0.1 * len(sample):
        return "binary file (too many control bytes)"
    return None


# --- readers ------------------------------------------------------------------

_READERS: dict[str, Reader] = {}


class NotAnArticle(Exception):
    """Raised by a reader when a file is readable but holds no article; the message is the reason."""


def register(*suffixes: str) -> Callable[[Reader], Reader]:
    """Decorator: use this reader for files with these suffixes ("" means no suffix)."""
    for suffix in suffixes:
        if suffix and not suffix.startswith("."):
            raise ValueError(f"suffix must start with '.': {suffix!r}")

    def decorate(reader: Reader) -> Reader:
        for suffix in suffixes:
            _READERS[suffix.lower()] = reader  # a later registration replaces an earlier one
        return reader

    return decorate


def reader_for(path: str | Path) -> Reader | None:
    """The reader registered for this file's suffix, if any."""
    return _READERS.get(Path(path).suffix.lower())


@register(".txt", ".text", "")
def read_text(path: Path, data: bytes) -> list[Document]:
    """A plain-text file is one document."""
    return [Document(source=str(path), text=sanitize(decode(data)), format="text")]


@register(".md", ".markdown")
def read_markdown(path: Path, data: bytes) -> list[Document]:
    """A Markdown file is one document, kept as Markdown for the cleaner."""
    return [Document(source=str(path), text=sanitize(decode(data)), format="markdown")]


# --- walking ------------------------------------------------------------------


def iter_inputs(paths: Iterable[str | Path], avoid: Iterable[str | Path] = ()) -> Iterator[Document | Skip]:
    """Every document under these paths, and a Skip for every input that is not one.

    Files that are one of `avoid` (the index and its journals) are skipped unopened: opening and
    closing a file drops every lock this process holds on it, and SQLite's locks keep the index whole.
    """
    keep_out = {key for key in map(_file_key, avoid) if key is not None}
    for candidate in _candidates(paths):
        if isinstance(candidate, Skip):
            yield candidate
        elif keep_out and _file_key(candidate) in keep_out:
            yield Skip(shown(str(candidate)), "the index itself")
        else:
            yield from _read_file(candidate)


def _file_key(path: str | Path) -> tuple[int, int] | None:
    """(device, inode) of the file a path leads to, or None when there is none."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def count_inputs(paths: Iterable[str | Path]) -> int:
    """How many items iter_inputs will produce if each file holds one document, without reading files."""
    return sum(1 for _ in _candidates(paths))


def _candidates(paths: Iterable[str | Path]) -> Iterator[Path | Skip]:
    """Files to read and inputs already known to be skips, in a deterministic order."""
    visited: set[str] = set()  # real paths of walked directories, across all inputs
    for raw in paths:
        if not os.path.lexists(raw):
            yield Skip(shown(str(raw)), "no such file or directory")
        else:
            yield from _walk(Path(raw), visited)


def _walk(root: Path, visited: set[str]) -> Iterator[Path | Skip]:
    # An explicit stack, not recursion: a deep tree must not hit the recursion limit.
    stack: list[tuple[Path, tuple[str, ...]]] = [(root, ())]
    while stack:
        path, ancestors = stack.pop()
        if not path.is_dir():  # follows symlinks; broken links come out as files and fail to open
            yield path
            continue
        real = os.path.realpath(path)
        if real in ancestors:
            yield Skip(shown(str(path)), "symlink loop")
            continue
        if real in visited:
            yield Skip(shown(str(path)), "directory already visited")
            continue
        visited.add(real)
        try:
            names = sorted(os.listdir(path))
        except OSError as exc:
            yield Skip(shown(str(path)), _os_reason(exc, path))
            continue
        children = [path / name for name in names if not name.startswith(".")]
        stack.extend((child, ancestors + (real,)) for child in reversed(children))


def _read_file(path: Path) -> list[Document | Skip]:
    source = shown(str(path))
    reader = reader_for(path)
    if reader is None:
        return [Skip(source, f"unsupported file type {path.suffix.lower()}")]
    limit = MAX_BYTES  # looked up per call so it can be changed at run time
    try:
        data = _read_whole(path, limit)
    except OSError as exc:
        return [Skip(source, _os_reason(exc, path))]
    if isinstance(data, str):
        return [Skip(source, data)]
    reason = looks_binary(data)
    if reason:
        return [Skip(source, reason)]
    try:
        documents = reader(path.resolve(), data)
    except NotAnArticle as exc:
        return [Skip(source, str(exc))]
    except Exception as exc:  # one bad file or buggy plug-in must not stop a whole import
        return [Skip(source, f"reader failed: {type(exc).__name__}: {exc}")]
    if not documents:
        return [Skip(source, "empty")]
    return [_shown_doc(doc) if doc.text.strip() else Skip(source, "empty") for doc in documents]


def _read_whole(path: Path, limit: int) -> bytes | str:
    """The file's bytes as they stood for the whole of one read, or the reason to skip it.

    Only regular files are opened: a FIFO, device or socket could block forever or never end.
    A file that changes while it is read (its size or times move, or another file takes its
    name) is read once more, then skipped: half a rewrite must never be stored as the article.
    """
    reason = _unreadable(os.stat(path), limit)  # follows symlinks: a link to a regular file is read
    if reason:
        return reason
    for _ in range(2):
        # O_NONBLOCK: should the path have become a FIFO since the stat, opening it does not wait
        # for a writer, and a pseudo-file that honours it fails a read instead of blocking it.
        fd = os.open(path, _OPEN_FLAGS)
        try:
            before = os.fstat(fd)
            reason = _unreadable(before, limit)
            if reason:
                return reason
            data = _read_fd(fd, before.st_size, limit)
            after = os.fstat(fd)
        finally:
            os.close(fd)
        if len(data) > limit:
            return _too_large(len(data), limit)
        now = os.stat(path)
        if len(data) == before.st_size and _stamp(before) == _stamp(after) and _stamp(after) == _stamp(now):
            return data
    return "changed while being read"


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


def _unreadable(info: os.stat_result, limit: int) -> str | None:
    if not stat.S_ISREG(info.st_mode):  # a FIFO or device would block or never end
        return "not a regular file"
    if info.st_size > limit:
        return _too_large(info.st_size, limit)
    if info.st_size == 0:
        # Not read at all: pseudo-files (/proc/kmsg) are regular files of size 0 whose read blocks.
        return "empty"
    return None


def _read_fd(fd: int, size: int, limit: int) -> bytes:
    # As much as fstat says, plus a byte to see whether it grew since (a read of the whole
    # limit would allocate the limit's bytes for every file); then the rest, up to the limit.
    chunks = [os.read(fd, size + 1)]
    total = len(chunks[0])
    while chunks[-1] and total <= limit:
        chunks.append(os.read(fd, min(limit + 1 - total, 1 << 20)))
        total += len(chunks[-1])
    return b"".join(chunks)


def _stamp(info: os.stat_result) -> tuple[int, ...]:
    """What changes when a file is written or replaced."""
    return info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns


def shown(name: str) -> str:
    """A file name fit to store and print: bytes that are not UTF-8 become U+FFFD.

    Python keeps such bytes as lone surrogates, which SQLite, JSON and the terminal refuse; the
    same name always gives the same text, so a re-import finds the article it stored before.
    """
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        pass
    try:
        raw = name.encode("utf-8", "surrogateescape")  # the bytes the file system holds
    except UnicodeEncodeError:  # a surrogate that stands for no byte
        return _SURROGATES.sub("\ufffd", name)
    return raw.decode("utf-8", "replace")


_SURROGATES = re.compile("[\ud800-\udfff]")


def _shown_doc(doc: Document) -> Document:
    """The document with its source (and URL) fit to store, when a file name made them unfit."""
    source, url = shown(doc.source), doc.url and shown(doc.url)
    return doc if (source, url) == (doc.source, doc.url) else replace(doc, source=source, url=url)


def _os_reason(exc: OSError, path: Path) -> str:
    if isinstance(exc, FileNotFoundError) and path.is_symlink():
        return "broken symlink"
    return (exc.strerror or str(exc)).lower()


def _too_large(size: int, limit: int) -> str:
    # Round the size up so a file just over the limit never reads "20 MB > 20 MB".
    size_mb = math.ceil(size * 10 / 2**20) / 10
    return f"too large ({size_mb:g} MB > {round(limit / 2**20, 1):g} MB)"


# Readers of richer formats register themselves on import (their heavy libraries load lazily).
from . import feeds as _feeds  # noqa: E402,F401
from . import pages as _pages  # noqa: E402,F401
