"""A name right before its affiliation in brackets: ２位は沖原（東洋大）、３位は前回覇者の桐ケ谷（ＪＡＬ）, 高跳びの
ラファエル（ミズノ）は. Results, line-ups and lists of winners give each person's club, company or school so; a
word there whose bracket holds an organisation found already is a person's name, whatever UniDic reads it as (桐ケ谷:
a place's name too; ラファエル: a given name alone).

The word is the whole run of kanji (a single word of UniDic's, a name's or a place's) or katakana before the bracket,
after a particle or mark (not at the line's head: 東京（共同）, a dateline), and the bracket holds one actor and nothing
else that is no place or country (大阪（大阪市）, ケニア: where someone is from, not for whom they play).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .discovery import plausible_name
from .persons import Name
from .tokens import Toks

SIGN = re.compile(r"[\u4e00-\u9fff々ァ-ヺー][（(]")
_CLOSE = re.compile(r"[）)]")
_BEFORE = frozenset("のはがもと、")
_KANJI_RUN = re.compile(r"[\u4e00-\u9fff々ヶケ]+")
_KATA_RUN = re.compile(r"[ァ-ヺー]+(?:・[ァ-ヺー]+)*")


def affiliated(line: str, toks: Toks, found: list[Name], free, heads: dict[int, tuple[int, bool]]) -> list[Name]:
    """The names before an organisation's name in brackets (see the module) that no name of `found` holds, where
    `free(start, end)` allows; `heads`: start -> (end, a country?) of the line's countries and places."""
    out: list[Name] = []
    for m in SIGN.finditer(line):
        at = m.end() - 1
        close = _CLOSE.search(line, at)
        if close is None:
            break
        if free(at + 1, at + 2) or not _one_actor(free, at + 1, close.start()) or at + 1 in heads:
            continue  # nothing found in the bracket, or more than an actor, or a place or country
        start = _word_start(line, toks, at)
        if (start is not None and start > 0 and line[start - 1] in _BEFORE and free(start, at)
                and not any(n.start < at and start < n.end for n in found + out)):
            out.append(Name(start, at, line[start:at].split("・")[-1], False))
    return out


def _one_actor(free, start: int, end: int) -> bool:
    """Whether line[start:end] is taken by actors from end to end (nothing free in it)."""
    return end > start and all(not free(k, k + 1) for k in range(start, end))


def _word_start(line: str, toks: Toks, at: int) -> int | None:
    """Where the name that ends at `at` starts: the katakana run (a plausible name), or the kanji run when it is
    one word of UniDic's that names a person or a place (桐ケ谷), else None."""
    kata = None
    for m in _KATA_RUN.finditer(line, max(0, at - 20), at):
        if m.end() == at:
            kata = m
    if kata and (kata.start() == 0 or not "ァ" <= line[kata.start() - 1] <= "ヺ"):
        return kata.start() if len(kata.group()) >= 2 and plausible_name(kata.group()) else None
    start = at
    while start and _KANJI_RUN.fullmatch(line[start - 1]):
        start -= 1
    if at - start < 2 or at - start > 4:
        return None
    k = bisect_left(toks.starts, start)
    if k >= len(toks) or toks.starts[k] != start or toks.ends[k] != at or toks.pos2[k] not in ("人名", "地名"):
        return None
    return start
