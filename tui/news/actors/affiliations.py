"""A name right before its affiliation in brackets: ２位は沖原（東洋大）、３位は前回覇者の桐ケ谷（ＪＡＬ）, 高跳びの
ラファエル（ミズノ）は. Results, line-ups and lists of winners give each person's club, company or school so; a
word there whose bracket holds an organisation found already is a person's name, whatever UniDic reads it as (桐ケ谷:
a place's name too; ラファエル: a given name alone).

The word is the whole run of kanji (a single word of UniDic's, a name's or a place's) or katakana before the bracket,
after a particle or mark (not at the line's head: 東京（共同）, a dateline), and the bracket holds one actor and nothing
else that is no place or country (大阪（大阪市）, ケニア: where someone is from, not for whom they play).

The other way round (`bracket_orgs`), the word in brackets right after a person's name is the body they play or work
for (鷲尾大翔（富士通）, 楠本（至学館大）) when it is no age, year, calling, place, position or description.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .discovery import plausible_name
from .persons import Name
from .roles import TITLE_WORDS
from .tokens import Toks

SIGN = re.compile(r"[（(](?<=[\u4e00-\u9fff々ァ-ヺー][（(])")  # (from the bracket: a kanji is everywhere)
_CLOSE = re.compile(r"[）)]")
_BEFORE = frozenset("のはがもと、")
_KANJI_RUN = re.compile(r"[\u4e00-\u9fff々ヶケ]+")
_KATA_RUN = re.compile(r"[ァ-ヺー]+(?:・[ァ-ヺー]+)*")


def affiliated(line: str, toks: Toks, found: list[Name], free, heads: dict[int, tuple[int, bool]]) -> list[Name]:
    """The names before an organisation's name in brackets (see the module) that no name of `found` holds, where
    `free(start, end)` allows; `heads`: start -> (end, a country?) of the line's countries and places."""
    out: list[Name] = []
    for m in SIGN.finditer(line):
        at = m.start()
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


_AFFILIATION = re.compile(r"[（(]([\u4e00-\u9fff々ヶァ-ヺーA-Za-z0-9&＆.．\-－]{2,16})[）)]")
_NOT_BODY_END = ("年", "歳", "役", "家", "者", "人", "目", "位", "級", "段", "勝", "敗", "分", "秒", "点", "号", "組")
_POSITIONS = frozenset("GK DF MF FW SH SO FB WTB CTB FL LO PR HO NO8 P C SS CF LF RF DH PG SG SF PF HC GM".split())


_ROLE_ENDS = tuple(t for t in TITLE_WORDS if len(t) >= 2 and _KANJI_RUN.fullmatch(t))  # (主将, 監督, 社長)


_TOWN_MARKS = frozenset(("市", "町", "村", "区", "県", "府", "都", "道", "郡"))


def bracket_orgs(line: str, toks: Toks, names: list[Name], free) -> list[tuple[int, int]]:
    """(start, end) of each organisation named in brackets right after a person's name of `names` (鷲尾大翔（富士通）,
    楠本（至学館大）: a player's company, club or school), where `free` allows: the bracket holds one word that is no
    age, year, grade, reading, role (（声優）, （主人公の父役）), place or country UniDic knows (（宮城）), position (（ＭＦ）)
    or number, nothing else."""
    out: list[tuple[int, int]] = []
    for n in names:
        m = _AFFILIATION.match(line, n.end)
        if m is None:
            continue
        s, e = m.span(1)
        word = m.group(1)
        if (not free(s, e) or word.isdigit() or word.endswith(_NOT_BODY_END) or word.upper() in _POSITIONS
                or word.isascii() and len(word) <= 2 or (len(word) > 2 and word.endswith(_ROLE_ENDS))):
            continue  # (伊達翔平（北港主将）: a side and the role held there, a description)
        k = bisect_left(toks.starts, s)
        if k >= len(toks) or toks.starts[k] != s or e not in toks.ends[k:k + 8]:
            continue  # the bracket's word starts or ends inside a word of UniDic's
        last = toks.ends.index(e, k)
        if last == k and (toks.pos1[k] == "普通名詞" or toks.pos2[k] == "地名"):
            continue  # one common word (（写真）, （声優）) or one place's name (（宮城）): no body
        if all(toks.pos2[i] == "地名" or toks.surfaces[i] in _TOWN_MARKS for i in range(k, last + 1)) and (
                toks.surfaces[last] in _TOWN_MARKS):
            continue  # a town (（射水市）, （静岡県浜松市）): where someone is from
        if toks.pos[k] == "接頭辞" or toks.surfaces[k] in ("元", "前", "現", "旧", "本名", "旧姓", "左", "右", "中央"):
            continue  # （元日本代表）, （左）: a description, no body
        out.append((s, e))
    return out
