"""Fingerprints of an article's cleaned text, to know the same article under another path or URL.

An article is a set of clauses: its passages cut at sentence and clause marks (。、！？「」…),
normalised (NFKC, no white space, lower case), short ones dropped (と述べた, また: every
article has them). Two copies of one article (other chrome, another title line, a footer the
cleaner kept) share nearly all their clauses; two articles on one event that quote the same
words share a few.

Finding a copy among 100,000 articles without reading them: a MinHash of the clause set, made
with one hash per clause (one-permutation hashing: the clause's 64-bit hash picks one of
`HASHES` buckets by its top bits and competes for that bucket's minimum; an empty bucket takes
its next neighbour's), cut into `BANDS` bands of `ROWS`. Each band is one indexed key, and
articles sharing a key are candidates: two sets of Jaccard J share some band with probability
1 - (1 - J^ROWS)^BANDS (0.98 at 0.8, 0.95 at 0.75, 0.06 at 0.2). A candidate's sketch (the
minima's low 16 bits) estimates J at once; a close call is measured exactly (`jaccard`) against
`SAME`, chosen on the pairs of `tests/data/duplicates` (`python -m tui.report duplicates`).
"""

from __future__ import annotations

import hashlib
import re
import struct
import unicodedata
from collections.abc import Iterable
from operator import eq
from zlib import crc32

BANDS, ROWS = 8, 4
HASHES = BANDS * ROWS  # buckets of the one-permutation MinHash
SAME = 0.6  # clause Jaccard at or above which two texts are one article (see the module's note)
MIN_CLAUSE = 5  # characters: shorter clauses are common to all articles
_MARKS = "、。，．,.!?！？「」『』()（）【】[]:：;；…・|｜/／\"“”'‘’〈〉《》〔〕"
_CLAUSE = re.compile(f"[^{re.escape(_MARKS)}]{{{MIN_CLAUSE},}}")  # a run between marks, long enough
_SHIFT = 64 - (HASHES - 1).bit_length()  # the top bits of a clause's hash name its bucket
_LOW = (1 << _SHIFT) - 1
_EMPTY = 1 << 64
_MASK = (1 << 64) - 1
_SPREAD = 0x9E3779B97F4A7C15  # 2^64 / the golden ratio, odd


def clauses(texts: Iterable[str], nfkc: bool = False) -> set[str]:
    """The normalised clauses of an article's passages, short ones dropped (`nfkc`: the texts are in NFKC).

    The passages are read as one run of text, cut only at marks: a copy saved with its lines wrapped
    (a passage a line) has the same clauses as the original.
    """
    flat = "".join("".join(texts).split()).lower()
    return set(_CLAUSE.findall(flat if nfkc else unicodedata.normalize("NFKC", flat)))


def content_key(anchors: Iterable[str]) -> int:
    """One key of the whole normalised text, from its passages' anchors (each a hash of its passage's
    normalised text): equal for exact copies, whatever their white space or width."""
    return _key(b"c", "\n".join(anchors).encode("ascii"))


def sketch(found: set[str]) -> list[int]:
    """The clause set's MinHash: `HASHES` minima, one bucket each (empty for an article without clauses)."""
    if not found:
        return []
    # A clause's hash: its CRC-32 spread over 64 bits by a Fibonacci multiplier (a bijection, so
    # distinct CRCs stay distinct); a third of BLAKE2b's cost, and the import pays it for every clause.
    hashes = sorted([(crc32(c.encode("utf-8")) * _SPREAD) & _MASK for c in found], reverse=True)
    filled = {h >> _SHIFT: h & _LOW for h in hashes}  # the smallest of each bucket is written last
    minima = [filled.get(b, _EMPTY) for b in range(HASHES)]
    for b in range(HASHES):  # densify: an empty bucket takes the next filled one's minimum, marked by distance
        step = 0
        while minima[(b + step) % HASHES] == _EMPTY:
            step += 1
        if step:
            minima[b] = (minima[(b + step) % HASHES] + step * _SPREAD) & _LOW
    return minima


def band_keys(minima: list[int]) -> list[int]:
    """The LSH keys of a sketch: one per band of `ROWS` minima."""
    return [_key(bytes([b]), struct.pack(f"<{ROWS}Q", *minima[b * ROWS:(b + 1) * ROWS]))
            for b in range(BANDS) if minima]


def packed(minima: list[int]) -> bytes:
    """A sketch as stored: the low 16 bits of each minimum."""
    return struct.pack(f"<{len(minima)}H", *(m & 0xFFFF for m in minima))


def estimate(a: bytes, b: bytes) -> float:
    """Jaccard estimated from two stored sketches: the share of buckets that agree."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(map(eq, memoryview(a).cast("H"), memoryview(b).cast("H"))) / (len(a) // 2)


def _key(tag: bytes, data: bytes) -> int:
    """A signed 64-bit integer (SQLite's INTEGER) of `tag` + `data`; the tag keeps kinds of key apart."""
    return int.from_bytes(hashlib.blake2b(tag + data, digest_size=8).digest(), "little", signed=True)


def jaccard(a: set[str], b: set[str]) -> float:
    """How much two clause sets share: |a ∩ b| / |a ∪ b| (0 when both are empty)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def fingerprint(texts: list[str], anchors: list[str], nfkc: bool = False) -> tuple[int, bytes, tuple[int, ...]]:
    """(content key, packed sketch, band keys) of an article's passages, as the index stores them."""
    minima = sketch(clauses(texts, nfkc))
    return content_key(anchors), packed(minima), tuple(band_keys(minima))
