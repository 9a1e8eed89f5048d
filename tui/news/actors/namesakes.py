"""Namesakes: a gazetteer person's surname that heads another person's full name.

The gazetteer files 上川 under 上川陽子, but 上川和子外相 is someone else: UniDic reads 和子 as a given name
(人名-名) standing right after the surname, or after the one space of a name so printed (茂木　守さん). Such a match is not the gazetteer's person, and in an article
that names a namesake in full, the surname alone (上川外相 later) is the namesake's too: every match of
that surname alias is left to the recognisers, which read the full name and file its surname under it.

A person's kanji surname alias that starts inside a word UniDic reads (上川 of 最上川) is none of the person's; nor is
one between a kanji and a body's suffix (最 + 上川 + 銀行: 最上川銀行), nor one before a town's suffix and a
particle (上川町は: the town).

A person's katakana alias right before ・ and more katakana that is no actor of the gazetteer heads another
person's name (アッバス・ラフマニ外相 is not アッバス): that match alone is left to the recognisers. Before a country
or a person the gazetteer knows, it stays (ネタニヤフ・イスラエル首相, トランプ・バンス政権).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..language import word_classes, words
from ..models import Actor
from .organisations import SUFFIXES

_KANJI = re.compile(r"[\u4e00-\u9fff々]+")
_KATA = re.compile(r"[ァ-ヺー]+")


def namesake_spans(flat: str, scanned: list[tuple[int, int, str]], entries: dict[str, Actor],
                   passages: "tuple[list[int], list[str], list[str]] | None",
                   classes: "list[list[str]] | None") -> set[int]:
    """Indices into `scanned` (start, end, actor id) of the matches to leave to the recognisers: each
    match of a person's kanji surname alias, in an article where that alias once stands right before a
    given name as UniDic reads it. `passages` and `classes`: the passages' offsets and NFKC texts and their
    words (`language.words`), when the caller has them; else the line a surname stands in is read here."""
    heads = _katakana_heads(flat, scanned, entries)
    surnames = [k for k, (s, e, aid) in enumerate(scanned)
                if entries[aid].kind == "person" and flat[s:e] != entries[aid].name
                and _KANJI.fullmatch(flat[s:e]) and entries[aid].name.startswith(flat[s:e])]
    if not surnames:
        return heads
    read = {k: _words_at(flat, scanned[k][0], scanned[k][1], passages, classes) for k in surnames}  # (once each)
    named_otherwise = {flat[scanned[k][0]:scanned[k][1]] for k in surnames
                       if _given_name_at(read[k], scanned[k][0], scanned[k][1], flat[scanned[k][1]:scanned[k][1] + 1] == " ")}
    inside = {k for k in surnames if _inside_word(flat, scanned[k][0], read[k]) or _in_a_body(flat, *scanned[k][:2])
              or _TOWN.match(flat, scanned[k][1]) is not None}
    return heads | inside | {k for k in surnames if flat[scanned[k][0]:scanned[k][1]] in named_otherwise}


def _katakana_heads(flat: str, scanned: list[tuple[int, int, str]], entries: dict[str, Actor]) -> set[int]:
    """Indices of the matches of a person's katakana alias that head another name (see the module's doc)."""
    starts = {s for s, _, _ in scanned}
    return {k for k, (s, e, aid) in enumerate(scanned)
            if flat[e:e + 1] == "・" and e + 1 not in starts and _KATA.match(flat, e + 1)
            and entries[aid].kind == "person" and _KATA.fullmatch(flat[s:e])}


def _given_name_at(read: "tuple[int, dict[int, int], set[int]] | None", s: int, e: int, spaced: bool = False) -> bool:
    """True when, in its passage (`read`, by `_words_at`), a word starts at `s`, one ends at `e` and the next word,
    starting at `e` (`spaced`: after the one space there, 茂木　守さん as a name printed with a space), is a given name
    (名詞-固有名詞-人名-名)."""
    if read is None:
        return False
    base, bounds, given = read
    local_s, local_e = s - base, e - base
    if local_s not in bounds or local_e + spaced not in given:
        return False
    # The surname may be one word or several (UniDic may split a rare surname): its words end at `e`.
    at = local_s
    while at < local_e and at in bounds:
        at = bounds[at]
    return at == local_e


def _inside_word(flat: str, s: int, read: "tuple[int, dict[int, int], set[int]] | None") -> bool:
    """True when the alias at `s` starts inside a word UniDic reads (`read`, by `_words_at`) after a kanji (上川 of
    最上川): a place's or a thing's name that holds the surname, no person."""
    return bool(s) and _KANJI.match(flat[s - 1]) is not None and read is not None and s - read[0] not in read[1]


def _in_a_body(flat: str, s: int, e: int) -> bool:
    """True when the alias at s..e has a kanji right before it and a body's suffix of two characters or more right
    after it (最 + 上川 + 銀行, as UniDic reads 最上川銀行): a body named after a place, no person."""
    return bool(s) and _KANJI.match(flat[s - 1]) is not None and flat.startswith(_BODY_ENDS, e)


_BODY_ENDS = tuple(x for x in SUFFIXES if len(x) >= 2)
# A town's suffix, then a particle (上川 + 町は, 上川 + 町の山林): the town of that name, no person (上川市長 is read on)
_TOWN = re.compile(r"[市町村区](?:[はがのをにでともへや、]|から|まで|によると)")


def _words_at(flat: str, s: int, e: int, passages: "tuple[list[int], list[str], list[str]] | None",
              classes: "list[list[str]] | None") -> tuple[int, dict[int, int], set[int]] | None:
    """(the passage's offset, each word's start -> its end, where given names start) of the passage holding `s`, read
    up to the word past `e`; None when the words do not spell the passage as expected."""
    if passages is not None and classes is not None:
        p = bisect_right(passages[0], s) - 1
        base, text, pairs = passages[0][p], passages[1][p].lower(), classes[p]
    else:  # the line it stands in, read here (words' surfaces are as the text is)
        base = flat.rfind("\n", 0, s) + 1
        end = flat.find("\n", s)
        text = flat[base:end if end >= 0 else len(flat)]
        pairs = words(text)
    table = word_classes()
    pos = 0
    bounds: dict[int, int] = {}  # a word's start -> its end, in the passage
    given: set[int] = set()  # where a given name starts
    for k in range(0, len(pairs) - 1, 2):
        surface = pairs[k]
        at = text.find(surface, pos)
        if at < 0:
            return None  # the words do not spell the passage as expected: decide nothing
        pos = at + len(surface)
        bounds[at] = pos
        cls = table.get(pairs[k + 1], ("", "", "", ""))
        if cls[2] == "人名" and cls[3] == "名":
            given.add(at)
        if at > e - base:
            break
    return base, bounds, given
