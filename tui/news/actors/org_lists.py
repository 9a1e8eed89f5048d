"""Organisations in a list that closes on their count and kind (竹中工務店と大林組、鹿島の３社; 東都大と北陸大の
両校; 日銀、財務省、金融庁の３者): each member is one, however UniDic reads it (鹿島 is a place to it), when
the list holds as many members as the count says (両: two). Each member is a run of nouns, the
members joined by と, や or 、; the list reads only a line `SIGN` matches.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .organisations import SUFFIXES
from .tokens import Toks

_COUNT = "[0-9０-９一二三四五六七八九十]+|両"
SIGN = re.compile(r"の(?:[\u4e00-\u9fffァ-ヺー]{1,6}?)?(" + _COUNT + r")(?:社|行|校|球団|団体|機関|チーム|クラブ|大学|銀行)(?![長員内外屋会])")
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_KANJI_DIGITS = {c: n for n, c in enumerate("一二三四五六七八九十", 1)}
_NOUNS = frozenset(("名詞", "接尾辞", "接頭辞"))
_NAME = re.compile(r"[ァ-ヺー・A-Za-zＡ-Ｚａ-ｚ0-9０-９&＆]+")
_JOIN = frozenset(("と", "や", "、"))


def list_orgs(line: str, toks: Toks, free, heads: dict[int, tuple[int, bool]]) -> list[tuple[int, int]]:
    """(start, end) of each member of a list this line closes on a count of organisations, where `free`
    and a name (a proper noun, katakana or letters: 新聞やテレビの２社 names none); none when a member is a
    place or country of `heads` (start: (end, a country?))."""
    out: list[tuple[int, int]] = []
    for m in SIGN.finditer(line):
        k = bisect_left(toks.starts, m.start())
        if k >= len(toks) or toks.starts[k] != m.start() or toks.surfaces[k] != "の":
            continue
        members = _members(toks, k)
        count = m.group(1)
        if len(members) != (2 if count == "両" else _number(count)):
            continue
        if any(s in heads and heads[s][0] == e for s, e in members):
            continue  # 東京と大阪の２社: companies of two places
        out += [(s, e) for s, e in members if free(s, e) and _named(line, toks, s, e)]
    return sorted(out)


def _members(toks: Toks, k: int) -> list[tuple[int, int]]:
    """The runs of nouns before word k, joined by `_JOIN`, last first."""
    out: list[tuple[int, int]] = []
    j = k
    while True:
        i = j
        while i > 0 and _noun(toks, i - 1) and toks.ends[i - 1] == toks.starts[i]:
            i -= 1
        if i == j or (i < j and toks.pos1[i] == "数詞"):
            return []  # an empty member, or a count (３社と２社)
        out.append((toks.starts[i], toks.ends[j - 1]))
        if i > 0 and toks.surfaces[i - 1] in _JOIN and toks.ends[i - 1] == toks.starts[i]:
            j = i - 1
            continue
        return out


def _named(line: str, toks: Toks, s: int, e: int) -> bool:
    if line[s:e] in SUFFIXES:
        return False  # テレビ, グループ: a kind
    return bool(_NAME.fullmatch(line, s, e)) or any(
        toks.pos1[x] == "固有名詞" for x in range(bisect_left(toks.starts, s), bisect_left(toks.ends, e) + 1))


def _noun(toks: Toks, k: int) -> bool:
    return toks.pos[k] in _NOUNS and toks.surfaces[k] not in _JOIN


def _number(text: str) -> int:
    text = text.translate(_DIGITS)
    if text.isdigit():
        return int(text)
    return _KANJI_DIGITS.get(text, 0)
