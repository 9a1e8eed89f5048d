"""The words of one line as the recognisers read them: UniDic class, surface and offsets.

A token that runs across the start of a title is cut there (UniDic reads 氷見野副総裁 as
氷見 + 野副 + 総裁; the title 副総裁 starts inside 野副), so no name is ever read across a title.
A word UniDic reads whole in hiragana is never cut (たくさん is no name たく and the honorific さん), nor an
adjectival noun, verb, adjective or adverb (著名 + 人 holds no title 名人).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from itertools import accumulate
from operator import add
from typing import NamedTuple

from ..language import word_classes, words

KANJI = re.compile(r"[\u4e00-\u9fff々〆ヶ]+")
_HIRAGANA = re.compile(r"[ぁ-ゖー]+")
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
    """The words of a line: their surfaces and offsets as lists, their classes as one string of one
    character a word (`classes`), so that finding the words of a class is one regex in C; the class
    fields are made as lists only when a recogniser reads them, the indices of a class's words (`where`) once
    a class, and a word becomes a `Tok` only when one looks at it."""

    __slots__ = ("classes", "surfaces", "starts", "ends", "_fields", "_made", "_where")

    def __init__(self, classes: str, surfaces: list[str], starts: list[int], ends: list[int]):
        self.classes, self.surfaces, self.starts, self.ends = classes, surfaces, starts, ends
        self._fields: list[list[str] | None] = [None, None, None, None]
        self._made: dict[int, Tok] | None = None  # (both made on first use: most lines need neither)
        self._where: dict[tuple[str, str], Sequence[int]] | None = None

    def _field(self, k: int) -> list[str]:
        got = self._fields[k]
        if got is None:
            got = self._fields[k] = list(map(_COLUMNS[k].__getitem__, self.classes))
        return got

    @property
    def pos(self) -> list[str]:
        return self._field(0)

    @property
    def pos1(self) -> list[str]:
        return self._field(1)

    @property
    def pos2(self) -> list[str]:
        return self._field(2)

    @property
    def pos3(self) -> list[str]:
        return self._field(3)

    def __len__(self) -> int:
        return len(self.surfaces)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self)))]
        if k < 0:
            k += len(self)
        made = self._made
        if made is None:
            made = self._made = {}
        t = made.get(k)
        if t is None:
            t = made[k] = Tok(*_CLASS[self.classes[k]], self.surfaces[k], self.starts[k], self.ends[k])
        return t

    def where(self, field: str, value: str) -> Sequence[int]:
        """The indices of the words whose `field` (pos, pos1, pos2 or pos3) is `value`: found once, as several
        rules ask (a sequence to read, not to change)."""
        known = self._where
        if known is None:
            known = self._where = {}
        found = known.get((field, value))
        if found is None:
            rx = _where(field, value)
            found = known[field, value] = [m.start() for m in rx.finditer(self.classes)] if rx else []
        return found

    def has(self, field: str, value: str) -> bool:
        """True when a word's `field` is `value`."""
        rx = _where(field, value)
        return rx is not None and rx.search(self.classes) is not None


def tokenize(line: str, cuts: "list[int] | tuple[int, ...]" = (), flat: "list[str] | None" = None) -> Toks:
    """The words of a line with their offsets; a word is cut at each offset in `cuts` (sorted).
    `flat`: the line's `language.words` (or those of the line in lower case), when the caller has them."""
    if flat is None:
        flat = words(line)
    surfaces = flat[0::2]
    if not surfaces:
        return Toks("", [], [], [])
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
    classes = "".join(map(_codes().__getitem__, flat[1::2]))
    toks = Toks(classes, surfaces, starts, ends)
    return cut(toks, line, cuts) if cuts else toks


def cut(toks: Toks, line: str, cuts: "list[int] | tuple[int, ...]") -> Toks:
    """The words of a line (`toks`, left as they are) with a word cut at each offset in `cuts` (sorted)."""
    classes, surfaces, starts, ends = toks.classes, toks.surfaces, toks.starts, toks.ends
    copied = False
    for c in reversed(cuts):
        k = bisect_right(starts, c) - 1
        if k < 0 or not starts[k] < c < ends[k] or _HIRAGANA.fullmatch(surfaces[k]) or classes[k] in _uncut():
            continue  # (nor a word no name ends in: 著名 + 人 holds no title 名人)
        if not copied:
            surfaces, starts, ends, copied = list(surfaces), list(starts), list(ends), True
        # The part before a cut keeps the class (野 of 野副: a name's end); the title part is a noun.
        end = ends[k]
        surfaces[k:k + 1] = [line[starts[k]:c], line[c:end]]
        starts.insert(k + 1, c)
        ends[k:k + 1] = [c, end]
        classes = classes[:k + 1] + _NOUN + classes[k + 1:]
    return Toks(classes, surfaces, starts, ends) if cuts else toks


@lru_cache(maxsize=None)
def _uncut() -> frozenset[str]:
    """The classes of words never cut at a title (no name ends inside them): adjectival nouns, verbs,
    adjectives, adverbs, adnominals (著名 of 著名人, not a name 著 before 名人)."""
    out: frozenset[str] = frozenset()
    for pos in ("形状詞", "動詞", "形容詞", "副詞", "連体詞"):
        out |= chars("pos", pos)
    return out


class _Codes(dict):
    """Context id -> the one character of its class; an id the table lacks (none should) reads as no class."""

    def __missing__(self, key: str) -> str:
        return _NONE


_FIELD = {"pos": 0, "pos1": 1, "pos2": 2, "pos3": 3}
_CODES: _Codes = _Codes()
_CLASS: dict[str, tuple[str, str, str, str]] = {}  # a class's character -> its fields
_COLUMNS: list[dict[str, str]] = [{}, {}, {}, {}]  # per field: a class's character -> the field
def _class_char(n: int) -> str:
    """The `n`th class's character: one of Latin-1 (none a space) while they last, so that a line's classes are
    a one-byte string whose characters Python keeps made (reading them allocates nothing)."""
    return chr(0xA1 + n) if n < 0xFF - 0xA1 else chr(0xE000 + n)


_NONE = _class_char(0)  # the class of an id the table lacks: no fields
_NOUN = ""  # the class of the title part of a cut word (set with the table)


def _codes() -> _Codes:
    """The table of classes, made on first use: UniDic has some 50 classes for its 6,000 context ids."""
    global _NOUN
    if not _CODES:
        chars: dict[tuple[str, str, str, str], str] = {("", "", "", ""): _NONE}
        for key, fields in word_classes().items():
            _CODES[key] = chars.setdefault(fields, _class_char(len(chars)))
        _NOUN = chars.setdefault(("名詞", "普通名詞", "一般", ""), _class_char(len(chars)))
        for fields, char in chars.items():
            _CLASS[char] = fields
            for k, value in enumerate(fields):
                _COLUMNS[k][char] = value
    return _CODES


@lru_cache(maxsize=None)
def _where(field: str, value: str) -> "re.Pattern[str] | None":
    """A regex of the class characters whose `field` is `value` (None: no class has it); made once a class (the
    cache's look-up is in C: the rules ask some three hundred times an article)."""
    _codes()
    column = _COLUMNS[_FIELD[field]]
    chars = "".join(sorted(c for c, v in column.items() if v == value))
    return re.compile(f"[{re.escape(chars)}]") if chars else None


@lru_cache(maxsize=None)
def chars(field: str, value: str) -> frozenset[str]:
    """The class characters (`Toks.classes`) whose `field` is `value`: `toks.classes[k] in chars("pos2",
    "人名")` is `toks.pos2[k] == "人名"`, with no list of the field made."""
    _codes()
    return frozenset(c for c, v in _COLUMNS[_FIELD[field]].items() if v == value)


@lru_cache(maxsize=None)
def ids(field: str, value: str) -> frozenset[str]:
    """The context ids (`language.words`) whose class has `field` equal to `value`: a line whose words'
    ids are all outside it has no such word, known before the line is tokenized."""
    return frozenset(key for key, char in _codes().items() if char in chars(field, value))
