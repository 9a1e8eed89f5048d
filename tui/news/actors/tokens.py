"""The words of one line as the recognisers read them: UniDic class, surface and offsets.

A token that runs across the start of a title is cut there (UniDic reads 氷見野副総裁 as
氷見 + 野副 + 総裁; the title 副総裁 starts inside 野副), so no name is ever read across a title.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import partial
from itertools import accumulate
from operator import add
from typing import NamedTuple

from ..language import word_classes, words

KANJI = re.compile(r"[\u4e00-\u9fff々〆ヶ]+")
_SPACE = re.compile(r"\s")


class Tok(NamedTuple):
    """One word: its part of speech and subclasses (pos, pos1, pos2, pos3), surface and offsets."""

    pos: str
    pos1: str
    pos2: str
    pos3: str
    surface: str
    start: int
    end: int

    @property
    def person(self) -> bool:
        """UniDic reads it as (part of) a person's name."""
        return self.pos2 == "人名"

    @property
    def place(self) -> bool:
        return self.pos2 == "地名"


def tokenize(line: str, cuts: "list[int] | tuple[int, ...]" = (), flat: "list[str] | None" = None) -> list[Tok]:
    """The tokens of a line with their offsets; a token is cut at each offset in `cuts` (sorted).
    `flat`: the line's `language.words`, when the caller has them.

    The tokens are made in C (no Python call a token): an import makes millions."""
    if flat is None:
        flat = words(line)
    surfaces = flat[0::2]
    if not surfaces:
        return []
    if _SPACE.search(line):
        starts, pos = [], 0
        for surface in surfaces:
            found = line.find(surface, pos)
            pos = found if found >= 0 else pos
            starts.append(pos)
            pos += len(surface)
    else:
        starts = [0, *accumulate(map(len, surfaces))][:-1]
    ends = list(map(add, starts, map(len, surfaces)))
    pos0, pos1, pos2, pos3 = zip(*map(_table().__getitem__, flat[1::2]))
    out = list(map(_new_tok, zip(pos0, pos1, pos2, pos3, surfaces, starts, ends)))
    for c in reversed(cuts):
        k = bisect_right(starts, c) - 1
        if k < 0 or not starts[k] < c < ends[k]:
            continue
        # The part before a cut keeps the class (野 of 野副: a name's end); the title part is a noun.
        t = out[k]
        out[k:k + 1] = [t._replace(surface=line[t.start:c], end=c),
                        Tok("名詞", "普通名詞", "一般", "", line[c:t.end], c, t.end)]
    return out


_new_tok = partial(tuple.__new__, Tok)


class _Table(dict):
    """Context id -> class; an id the table lacks (none should) reads as no class."""

    def __missing__(self, key: str) -> tuple[str, str, str, str]:
        return ("", "", "", "")


_TABLE: _Table = _Table()


def _table() -> _Table:
    if not _TABLE:
        _TABLE.update(word_classes())
    return _TABLE
