"""A club or party named before a person and ・, as sports and political news write them: 阪神・岡田監督,
西武・松井投手, 自民・森山幹事長. The words before ・ are a proper noun (a place's name too: 広島・新井監督),
standing as words of their own, and the person after ・ has a title of one who plays for or leads a side;
a residence before a person (東京・田中一郎さん) has none, a country (米・ロ) is the country's. Two forms of
countries read as one proper noun (中日) are the club there: the compound pass leaves them to this rule
(`player_after`), and reads them as countries only when no club is found.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .club_words import NOT_CLUB
from .organisations import COMMON_ACRONYMS
from .tokens import Toks

# Titles of one who plays for or leads a club or a party, right after the name.
SIDE_TITLE = re.compile(r"(?:監督|投手|捕手|内野手|外野手|選手|コーチ|主将|代表|幹事長|委員長|議員)")
_LETTERS = re.compile(r"[A-ZＡ-Ｚ][A-Za-zＡ-Ｚａ-ｚ]*")
_KATA = re.compile(r"[ァ-ヺー]+")
_BOUNDARY = frozenset(("助詞", "補助記号", "空白"))
# ・, a name (kanji or katakana) and such a title: what follows a club's name in 中日・立浪監督.
_PLAYER_AFTER = re.compile(rf"・[\u4e00-\u9fff々ァ-ヺー]{{1,8}}?{SIDE_TITLE.pattern}")


def player_after(text: str, end: int) -> bool:
    """A person with a player's or leader's title follows `end` after ・: the words before may be a club
    even when they read as a compound of countries (中日・立浪監督, not 日中・日韓)."""
    return text.startswith("・", end) and _PLAYER_AFTER.match(text, end) is not None


def team_before(line: str, toks: Toks, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the club or party before the person line[start:end] and ・, if the words make one."""
    if start < 2 or line[start - 1] != "・" or not SIDE_TITLE.match(line, end):
        return None
    k = bisect_left(toks.ends, start - 1)
    if k >= len(toks) or toks.ends[k] != start - 1:
        return None
    i = k
    while i >= 0 and k - i < 3 and (_named(toks, i)) and (i == k or toks.ends[i] == toks.starts[i + 1]):
        i -= 1
    if i == k:  # a name in katakana UniDic knows only in pieces (ソフト + バンク): a club's, not a role's (エース)
        while i >= 0 and k - i < 4 and _KATA.fullmatch(toks.surfaces[i]) and (i == k or toks.ends[i] == toks.starts[i + 1]):
            i -= 1
        if k - i < 2 or line[toks.starts[i + 1]:start - 1] in NOT_CLUB:
            return None
    if i == k or (i >= 0 and toks.ends[i] == toks.starts[i + 1] and toks.pos[i] not in _BOUNDARY):
        return None  # no proper noun there, or the words run on from a word before (代打・坂本)
    return toks.starts[i + 1], start - 1


def _named(toks: Toks, i: int) -> bool:
    """Word `i` may be (part of) a club's name: a proper noun but a person's or a country's, or letters that
    are no common acronym nor a player's position (DeNA, G of G大阪; not GK, MVP)."""
    if toks.pos1[i] == "固有名詞":
        return toks.pos2[i] != "人名" and toks.pos3[i] != "国"
    word = toks.surfaces[i]
    return _LETTERS.fullmatch(word) is not None and word.upper() not in COMMON_ACRONYMS
