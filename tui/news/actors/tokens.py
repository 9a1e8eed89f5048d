"""The words of one line as the recognisers read them: UniDic class, surface and offsets.

A token that runs across the start of a title is cut there (UniDic reads 氷見野副総裁 as
氷見 + 野副 + 総裁; the title 副総裁 starts inside 野副), so no name is ever read across a title.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import partial
from itertools import accumulate, compress
from operator import add
from collections.abc import Sequence
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


class Toks:
    """The words of a line, as parallel lists (made in C: an import reads millions of words); a word
    becomes a `Tok` only when a recogniser looks at it."""

    __slots__ = ("pos", "pos1", "pos2", "pos3", "surfaces", "starts", "ends", "_made")

    def __init__(self, pos: Sequence[str], pos1: Sequence[str], pos2: Sequence[str], pos3: Sequence[str],
                 surfaces: list[str], starts: list[int], ends: list[int]):
        self.pos, self.pos1, self.pos2, self.pos3 = pos, pos1, pos2, pos3
        self.surfaces, self.starts, self.ends = surfaces, starts, ends
        self._made: dict[int, Tok] = {}

    def __len__(self) -> int:
        return len(self.surfaces)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        if k < 0:
            k += len(self)
        t = self._made.get(k)
        if t is None:
            t = self._made[k] = Tok(self.pos[k], self.pos1[k], self.pos2[k], self.pos3[k], self.surfaces[k],
                                    self.starts[k], self.ends[k])
        return t

    def where(self, field: str, value: str) -> list[int]:
        """The indices of the words whose `field` (pos, pos1, pos2 or pos3) is `value`."""
        values = getattr(self, field)
        if value not in values:
            return []
        return list(compress(range(len(values)), map(value.__eq__, values)))


def tokenize(line: str, cuts: "list[int] | tuple[int, ...]" = (), flat: "list[str] | None" = None) -> Toks:
    """The words of a line with their offsets; a word is cut at each offset in `cuts` (sorted).
    `flat`: the line's `language.words` (or those of the line in lower case), when the caller has them."""
    if flat is None:
        flat = words(line)
    surfaces = flat[0::2]
    if not surfaces:
        return Toks([], [], [], [], [], [], [])
    if _SPACE.search(line):
        starts, pos = [], 0
        hay = line.lower()  # the words may come from the lower-cased line (`language.index_and_words`)
        for surface in surfaces:
            found = hay.find(surface.lower(), pos)
            pos = found if found >= 0 else pos
            starts.append(pos)
            pos += len(surface)
        ends = list(map(add, starts, map(len, surfaces)))
    else:  # each word starts where the one before ends
        ends = list(accumulate(map(len, surfaces)))
        starts = [0, *ends]
        starts.pop()
    fields: "list[Sequence[str]]" = list(zip(*map(_table().__getitem__, flat[1::2])))
    if cuts:
        lists = [list(f) for f in fields]
        for c in reversed(cuts):
            k = bisect_right(starts, c) - 1
            if k < 0 or not starts[k] < c < ends[k]:
                continue
            # The part before a cut keeps the class (野 of 野副: a name's end); the title part is a noun.
            end = ends[k]
            surfaces[k:k + 1] = [line[starts[k]:c], line[c:end]]
            starts.insert(k + 1, c)
            ends[k:k + 1] = [c, end]
            for field, value in zip(lists, ("名詞", "普通名詞", "一般", "")):
                field.insert(k + 1, value)
        fields = list(lists)
    return Toks(fields[0], fields[1], fields[2], fields[3], surfaces, starts, ends)


class _Table(dict):
    """Context id -> class; an id the table lacks (none should) reads as no class."""

    def __missing__(self, key: str) -> tuple[str, str, str, str]:
        return ("", "", "", "")


_TABLE: _Table = _Table()


def _table() -> _Table:
    if not _TABLE:
        _TABLE.update(word_classes())
    return _TABLE
