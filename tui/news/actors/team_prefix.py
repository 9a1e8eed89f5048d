"""A club or party named before a person and ・, as sports and political news write them: 阪神・岡田監督,
西武・松井投手, 自民・森山幹事長. The words before ・ are a proper noun (a place's name too: 広島・新井監督),
standing as words of their own, and the person after ・ has a title of one who plays for or leads a side;
a residence before a person (東京・田中一郎さん) has none, a country (米・ロ) is the country's.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .tokens import Toks

# Titles of one who plays for or leads a club or a party, right after the name.
_SIDE_TITLE = re.compile(r"(?:監督|投手|捕手|内野手|外野手|選手|コーチ|主将|代表|幹事長|委員長|議員)")
_BOUNDARY = frozenset(("助詞", "補助記号", "空白"))


def team_before(line: str, toks: Toks, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the club or party before the person line[start:end] and ・, if the words make one."""
    if start < 2 or line[start - 1] != "・" or not _SIDE_TITLE.match(line, end):
        return None
    k = bisect_left(toks.ends, start - 1)
    if k >= len(toks) or toks.ends[k] != start - 1:
        return None
    i = k
    while i >= 0 and k - i < 3 and toks.pos1[i] == "固有名詞" and toks.pos2[i] != "人名" and toks.pos3[i] != "国" and (
            i == k or toks.ends[i] == toks.starts[i + 1]):
        i -= 1
    if i == k or (i >= 0 and toks.ends[i] == toks.starts[i + 1] and toks.pos[i] not in _BOUNDARY):
        return None  # no proper noun there, or the words run on from a word before (代打・坂本)
    return toks.starts[i + 1], start - 1
