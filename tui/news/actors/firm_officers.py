"""A firm named by common words and its trade (天測 + 工業, 湖東 + 交通) before の and one of its officers named in
full (天測工業の榊原周平社長, 湖東交通の杉浦真理子専務): a company's officer tells the words before の are a company,
not a kind of industry (自動車工業の発展), which has no president. The name must be a person's words (UniDic's 人名)
right before a company officer's title.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .org_statements import trade_firm
from .tokens import Toks

_TITLES = ("社長", "副社長", "会長", "専務", "常務", "頭取", "取締役", "代表取締役", "最高経営責任者")
# の, a name of two to eight characters, a company officer's title: the lines `officered_firms` reads
SIGN = re.compile(r"の[\u4e00-\u9fff々]{2,8}?(?:" + "|".join(sorted(_TITLES, key=len, reverse=True)) + ")")


def officered_firms(line: str, toks: Toks, free) -> list[tuple[int, int]]:
    """(start, end) of each firm the module reads in `line`."""
    out: list[tuple[int, int]] = []
    for m in SIGN.finditer(line):
        j = bisect_left(toks.starts, m.start())
        if j >= len(toks) or toks.starts[j] != m.start() or toks.surfaces[j] != "の":
            continue
        k = j + 1
        while k < len(toks) and toks.pos2[k] == "人名":
            k += 1
        if k - j < 3 or k >= len(toks) or toks.surfaces[k] not in _TITLES:
            continue  # (a surname and a given name, then the title: 榊原 + 周平 + 社長)
        if span := trade_firm(line, toks, j, free, after_kana=True):
            out.append(span)
    return out
