"""Organisations named in quotes after the word for their kind: ロックバンド「…」, 和菓子店「…」, 芸能事務所「…」,
宗教法人「…」, スタートアップ「…」. The kind is the word right before 「 (a shop, a band, a company, a troupe …);
a quote after の (詐欺グループの「かけ子」) or after any other word names no organisation. A quote is one too
before の and a role only a shop or firm has (「…」の店主, 「…」のオーナー), before という and its kind
(「…」という名の保育園), and as the subject of a sentence
that says it is one of those kinds (「…」は、駅前で続く老舗だ).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .tokens import Toks

KINDS = frozenset(
    "店 店舗 屋台 カフェ 喫茶 食堂 酒蔵 書店 工房 旅館 料亭 老舗 レストラン バンド グループ コンビ トリオ ユニット 劇団 "
    "事務所 法人 スタートアップ 企業 会社 チーム クラブ 団体 サークル".split())


_OWNER = re.compile(r"」の(?:店主|店長|オーナー|女将|おかみ|経営者|支配人|料理長|板長|従業員|社長|代表取締役)")
_NAMED = re.compile(r"」という(?:名前?の)?(?:" + "|".join(sorted(KINDS | {"保育園", "幼稚園", "病院", "医院", "診療所", "学校"},
                                                            key=len, reverse=True)) + ")")
_IS_KIND = re.compile(r"」は、?[^。「」]{0,30}?(?:" + "|".join(sorted(KINDS, key=len, reverse=True)) + r")(?:だ|である|です)")


def _said(toks: Toks, q: int) -> bool:
    """Whether the quote closing at `q` ends on an auxiliary verb of words said (北辰大チーム「…役立てたい」): no
    name."""
    n = bisect_left(toks.ends, q)
    return n < len(toks) and toks.ends[n] == q and toks.pos[n] == "助動詞" and toks.surfaces[n] in _SAID_ENDS


_SAID_ENDS = frozenset("たい です ます でした ました".split())  # (not ず, だ, た: 「ぽんかんず」, 「菓匠まつだ」)


def quoted_orgs(line: str, toks: Toks, free) -> list[tuple[int, int]]:
    """(start, end) of each name in quotes right after a kind of organisation (`free(start, end)`: no actor yet)."""
    out: list[tuple[int, int]] = []
    p = line.find("「")
    while p >= 0:
        q = line.find("」", p)
        if q < 0:
            break
        k = bisect_left(toks.ends, p)
        if (k < len(toks) and toks.ends[k] == p and (toks.surfaces[k] in KINDS or (  # 事務 + 所: 芸能事務所「…」
                k and toks.pos[k] == "接尾辞" and toks.surfaces[k - 1] + toks.surfaces[k] in KINDS)) and 1 <= q - p - 1 <= 15
                and not any(c in line[p + 1:q] for c in "。、「") and not _said(toks, q) and free(p + 1, q)):
            out.append((p + 1, q))
        elif ((_OWNER.match(line, q) or _IS_KIND.match(line, q) or _NAMED.match(line, q)) and 1 <= q - p - 1 <= 15
              and not any(c in line[p + 1:q] for c in "。、「") and free(p + 1, q)):
            out.append((p + 1, q))  # 「…」の店主, 「…」は…老舗だ
        p = line.find("「", q)
    return out
