"""A team's members listed one after another with 、, in brackets after the team or after a list's heading:
①美濃加茂学院高２時間４分２８秒（関大地、郡上颯、ステファン・カマウ、恵那陸）, 【優勝チームの走者】伊香保涼、ピーター・ムトゥア、
榛東一輝. Every item is a name of the same kind, so one name found among them, or a foreign name joined by ・, makes
the others names too, however UniDic cuts them (関 + 大地, 郡上 + 颯: a place and a word) — but only where no item is an
actor of another kind (（仙台、盛岡、青森）: towns) and every item has a name's shape: two to seven characters of kanji
with kana after them, or katakana joined by ・, no digit, no particle.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .org_context import free_but
from .persons import Name
from .tokens import Toks

SIGN = re.compile(r"、[^、。（）()]{2,12}、")  # (two commas close together: a list of three or more)
_GROUP = re.compile(r"[（(]([^（）()]{8,80})[）)]|(?:】|：|:)\s*([^（）()【】。「」]{8,80})$")
_ITEM = re.compile(r"[\u4e00-\u9fff々ヶケノ]{2,5}[ぁ-ゖ]{0,3}|[ァ-ヺ][ァ-ヺー]{1,9}(?:・[ァ-ヺ][ァ-ヺー]{1,9}){0,2}")
_NOT_ITEM = re.compile(r"[がはをにでのもとや]$")


def _one_place(toks: Toks, s: int, e: int) -> bool:
    """Whether line[s:e] is one word UniDic reads as a place's name (仙台, 盛岡)."""
    k = bisect_left(toks.starts, s)
    return k < len(toks) and toks.starts[k] == s and toks.ends[k] == e and toks.pos2[k] == "地名"


def roster_names(line: str, toks: Toks, found: list[Name], free, heads: dict[int, tuple[int, bool]]) -> list[Name]:
    """`found` with the items of the line's rosters (see the module) added; a name of `found` inside an item (一輝 of
    榛東一輝) gives way to the item."""
    for m in _GROUP.finditer(line):
        g = 1 if m.group(1) else 2
        start = m.start(g)
        items, at = [], start
        for part in m.group(g).split("、"):
            items.append((at, at + len(part)))
            at += len(part) + 1
        if len(items) < 3 or not all(_ITEM.fullmatch(line, s, e) and not _NOT_ITEM.search(line[s:e]) for s, e in items):
            continue
        named = [any(n.start <= s and e <= n.end and (n.start, n.end) == (s, e) for n in found) or "・" in line[s:e]
                 for s, e in items]
        if not any(named):
            continue
        new: list[Name] = []
        keep = True
        towns = sum(1 for s, e in items if _one_place(toks, s, e))  # (角館 among names is one; a list of towns is none)
        for (s, e), known in zip(items, named):
            if any(n.start == s and n.end == e for n in found):
                continue
            if (s in heads and heads[s][0] == e) or (towns * 2 >= len(items) and _one_place(toks, s, e)):
                keep = False  # a town's or a country's name, whole: a list of places
                break
            inner = [n for n in found if s <= n.start and n.end <= e]
            if any(n.start < e and s < n.end for n in found if n not in inner) or not free_but(
                    free, heads, s, e, [(n.start, n.end) for n in inner]):
                keep = False  # an item that is an actor of another kind (a town, a club): no roster
                break
            new.append(Name(s, e, line[s:e].split("・")[-1], False))
        if keep and new:
            found = [n for n in found if not any(x.start <= n.start and n.end <= x.end for x in new)] + new
    return found
