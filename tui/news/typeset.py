"""Japanese line breaking for a terminal cell width: BudouX phrases, kinsoku, no hanging.

Rich and Textual wrap only at spaces, so Japanese would break anywhere and lines
could start with `、` or `。`. Here a paragraph breaks, in order of preference, at
phrase boundaries (BudouX, spaces, CJK/ASCII seams), then between any two
characters outside an ASCII word, then inside an ASCII word; within each tier the
furthest kinsoku-safe break that fits wins. Only if no break at all is
kinsoku-safe is the rule given up, and a line never exceeds the width unless it
is a single grapheme wider than the width.

Lines follow `text.split("\n")`: every paragraph yields at least one line, so ""
gives [(0, 0)], a blank or all-space paragraph gives one empty (s, s) line, and a
trailing newline gives a final empty line. Spaces at a break, including those
before a newline or the end, belong to no line; a paragraph's leading spaces
(indentation) are kept.
"""

from __future__ import annotations

import functools
from bisect import bisect_right

import budoux
from rich.cells import get_character_cell_size

try:
    from rich.cells import split_graphemes
except ImportError:  # rich < 15: glue zero-width marks to their base ourselves

    def split_graphemes(text: str, unicode_version: str = "auto") -> tuple[list[tuple[int, int, int]], int]:
        """Fallback grapheme split: (start, end, cells) spans and the total cells."""
        spans: list[tuple[int, int, int]] = []
        for i, ch in enumerate(text):
            w = get_character_cell_size(ch)
            if w == 0 and spans:
                spans[-1] = (spans[-1][0], i + 1, spans[-1][2])
            else:
                spans.append((i, i + 1, w))
        return spans, sum(s[2] for s in spans)


__all__ = ["line_ranges", "wrap"]

_NO_START = frozenset(
    "、。，．，．・：；？！!?)）」』】〕〉》〙〗］｝ー…‥～ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
)
_NO_END = frozenset("「『（(【〔〈《［｛")

# Break ranks: lower is preferred. 0 means "never break here".
_PHRASE, _CHAR, _IN_WORD = 1, 2, 3


@functools.cache
def _parser() -> budoux.Parser:
    # Loading the model takes a few ms; do it once, and only when first needed.
    return budoux.load_default_japanese_parser()


@functools.lru_cache(maxsize=4096)
def _phrase_starts(text: str) -> frozenset[int]:
    """Offsets at which BudouX starts a new phrase (the expensive step, so cached)."""
    starts, at = set(), 0
    for phrase in _parser().parse(text):
        at += len(phrase)
        starts.add(at)
    return frozenset(starts)


def _is_word(ch: str) -> bool:
    return ch.isascii() and not ch.isspace()


@functools.lru_cache(maxsize=4096)
def _analyse(text: str) -> tuple[list[int], list[int], list[str], list[int], list[int]]:
    """Width-independent facts about a paragraph, so a resize only reruns the fill.

    Returns, per grapheme boundary k: its offset, the cells before it, the
    character after it, its break rank, and the boundary where the next line
    starts if we break at k (past a run of spaces).
    """
    spans, _ = split_graphemes(text)
    pos = [s[0] for s in spans] + [len(text)]
    cum = [0]
    for span in spans:
        cum.append(cum[-1] + span[2])
    phrases = _phrase_starts(text)
    # Each grapheme's base character; "" past the end keeps lookups total.
    first = [text[p] for p in pos[:-1]] + [""]
    rank = [0] * len(pos)
    nxt = list(range(len(pos)))
    for k in range(len(pos) - 2, -1, -1):
        if first[k].isspace():
            nxt[k] = nxt[k + 1] if first[k + 1].isspace() else k + 1
    for k in range(1, len(pos) - 1):
        prev, cur = first[k - 1], first[k]
        if cur.isspace():
            # A run of spaces is one break: the line ends before it, the next
            # starts after it. Only the run's first boundary stands for it.
            rank[k] = 0 if prev.isspace() else _PHRASE
        elif prev.isspace():
            rank[k] = 0
        elif _is_word(prev) and _is_word(cur):
            rank[k] = _IN_WORD
        elif prev.isdigit() and not cur.isascii():
            rank[k] = _CHAR  # keep counters with their number: 2025年, 30日間
        elif pos[k] in phrases or _is_word(prev) != _is_word(cur):
            rank[k] = _PHRASE
        else:
            rank[k] = _CHAR
    return pos, cum, first, rank, nxt


def _choose(first, rank, nxt, i: int, limit: int) -> int:
    """The boundary to end the line starting at boundary i; limit is the last that fits."""

    def safe(k: int) -> bool:
        return first[k - 1] not in _NO_END and first[nxt[k]] not in _NO_START

    best_char = best_any = None
    for k in range(limit, i, -1):  # at most one line's worth of graphemes
        if not rank[k] or not safe(k):
            continue
        if rank[k] == _PHRASE:
            return k
        if rank[k] == _CHAR and best_char is None:
            best_char = k
        if best_any is None:
            best_any = k
    if best_char is not None:
        return best_char
    if i == 0 and nxt[0] > 0:
        return 0  # indentation crowds out the first word: an empty line, then go on
    if best_any is not None:
        return best_any
    # Kinsoku cannot be met within this line: break anywhere, but still fit.
    return next((k for k in range(limit, i, -1) if rank[k]), i + 1)


def _paragraph(text: str, width: int) -> list[tuple[int, int]]:
    pos, cum, first, rank, nxt = _analyse(text)
    last = len(pos) - 1
    lines: list[tuple[int, int]] = []
    i = 0
    while i < last:
        if cum[last] - cum[i] <= width:
            lines.append((pos[i], pos[last]))
            break
        limit = bisect_right(cum, cum[i] + width, i) - 1
        k = _choose(first, rank, nxt, i, limit)
        lines.append((pos[i], pos[k]))
        i = nxt[k]
    return lines or [(0, 0)]


def line_ranges(text: str, width: int) -> list[tuple[int, int]]:
    """[start, end) offsets into text of each wrapped line; "" gives [(0, 0)], width < 1 acts as 1."""
    width = max(width, 1)
    out: list[tuple[int, int]] = []
    base = 0
    for para in text.split("\n"):
        # Trailing spaces sit at a break (the newline or the end), so they go.
        body = para.rstrip()
        out.extend((base + s, base + e) for s, e in _paragraph(body, width))
        base += len(para) + 1
    return out


def prepare(text: str) -> None:
    """Do the width-independent work for `text` now (in a worker), so wrapping it later is quick."""
    for para in text.split("\n"):
        _analyse(para.rstrip())


def wrap(text: str, width: int) -> list[str]:
    """The wrapped lines of text as strings, without the spaces dropped at breaks."""
    return [text[s:e] for s, e in line_ranges(text, width)]
