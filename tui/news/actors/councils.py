"""A council named by its kind 会議 (日本学術会議, 経済財政諮問会議): a meeting as often as a body, so one only
where the line speaks of its members or officers (日本学術会議の会員, 諮問会議の議長に): a run of nouns of
three words or more ending in 会議 (a qualifier of two words at least: 日本 + 学術, 経済 + 財政 + 諮問), with no
generic head (同会議, 各会議) and not a summit or a conference (首脳会議, 国際会議: two words), before の and a
member's or officer's word. A country at its head (日本) is the council's: the name replaces it.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .tokens import Toks

SIGN = re.compile(r"会議の(?:会員|議長|副議長|委員|幹事|事務局|議員)")
_MEMBER = re.compile(r"の(?:会員|議長|副議長|委員|幹事|事務局|議員)(?!国)")  # 議長国: a summit's host
_GENERIC = frozenset("同 各 本 当 両 全 次 前 首脳 国際 閣僚 緊急 臨時 定例 合同 全体 対策 作戦 オンライン".split())


def council_orgs(line: str, toks: Toks, open_) -> list[tuple[int, int]]:
    """(start, end) of each council in the line; `open_(start, end)`: no actor there but a place it may hold."""
    out = []
    for m in SIGN.finditer(line):
        end = m.start() + 2
        if not _MEMBER.match(line, end):
            continue
        k = bisect_left(toks.ends, end)
        if k >= len(toks) or toks.ends[k] != end or toks.surfaces[k] != "会議":
            continue
        i = k
        while i > 0 and toks.ends[i - 1] == toks.starts[i] and toks.pos[i - 1] == "名詞" and toks.pos1[i - 1] != "数詞":
            i -= 1
        if k - i < 2 or toks.surfaces[i] in _GENERIC or toks.surfaces[k - 1] in _GENERIC:
            continue
        if open_(toks.starts[i], end):
            out.append((toks.starts[i], end))
    return out
