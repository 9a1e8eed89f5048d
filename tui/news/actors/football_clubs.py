"""Clubs of football's transfer, squad and match news written alone, by their town or a short name, which UniDic
reads as a place or a common word: a club only where the line puts the word in a club's slot.

- before の and a player's position in letters: 神戸のDF泉谷, 鳥栖のMF寺町 (also 東京V, G大阪 before it);
- in brackets after a player given a position: DF板垣滉太(ボルシアMG), GK鈴木彩斗(パルマ);
- where a player moves to or from: 岐阜へ育成型期限付き移籍, 鈴鹿への期限付き移籍, 横浜FCから…獲得;
- the subject at a line's start that signs or releases a player, in a line that gives a position or a move:
  浦和は…MF寺町航大を完全移籍で獲得, 札幌は…MFガブリエル・ソウザの加入を発表.

The word is a side's word as `club_slots` reads one (a proper noun that is no person's, letters, a place and a word
after it, a Sino-Japanese noun that is no word for a side in general), or katakana or letters in the brackets.
Lines with no position and no move are never read (`SIGN`), so 神戸 and 札幌 of city news stay places.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .club_slots import side
from .tokens import Toks

_POSITION = r"(?:GK|DF|MF|FW)"
SIGN = re.compile(r"GK|DF|MF|FW|移籍")  # (no group: an alternation of literals is searched for at its first characters)
_BEFORE_POSITION = re.compile("の" + _POSITION)
_MOVE = re.compile(r"(?:への|へ|に)(?:育成型)?(?:期限付き|完全)?移籍|から(?:の)?(?:育成型)?(?:期限付き|完全)?移籍"
                   r"|から[^。「」]{0,30}?を(?:育成型)?(?:期限付き|完全)?移籍で(?:獲得|加入)")
_BRACKETED = re.compile(_POSITION + r"[^\s()（）、。]{1,10}[(（]([ァ-ヺーA-Za-z・\u4e00-\u9fff々]{2,12})[)）]")
_NOT_CLUB = re.compile(r"[\u4e00-\u9fff々]*[都道府県市区町村]|.*[年歳]$")  # 板垣(北浜県), (3年): no club
_SIGNING = re.compile(r"獲得|加入|契約|放出|退団|移籍")
_NO_SIDE = frozenset("出身 生まれ 育ち 所属".split())  # ブラジル出身のFW: where a player comes from, no club
_CLAUSE = "、。「」 　\n"


def football_clubs(line: str, toks: Toks, free) -> list[tuple[int, int]]:
    """(start, end) of each club the line's slots show (see the module), where `free` allows."""
    out: set[tuple[int, int]] = set()
    positions = re.search(_POSITION, line) is not None
    signing = (positions or "移籍" in line) and _SIGNING.search(line) is not None
    for k in range(len(toks)):
        e = toks.ends[k]
        span = None
        if _BEFORE_POSITION.match(line, e) or _MOVE.match(line, e):
            span = side(line, toks, k)
        elif signing and line[e:e + 1] == "は":
            span = side(line, toks, k)
            if span and span[0] and line[span[0] - 1] not in _CLAUSE:
                span = None  # the subject at its clause's start only
        if span and free(*span) and line[span[0]:span[1]] not in _NO_SIDE:
            out.add(span)
    for m in _BRACKETED.finditer(line):
        s, e = m.span(1)
        if _NOT_CLUB.fullmatch(m.group(1)) or not free(s, e):
            continue
        k, n = bisect_left(toks.starts, s), bisect_right(toks.ends, e) - 1
        if k < len(toks) and toks.starts[k] == s and n >= 0 and toks.ends[n] == e \
                and not any(toks.pos2[x] == "人名" for x in range(k, n + 1)):
            out.add((s, e))
    return sorted(out)
