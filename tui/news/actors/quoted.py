"""Organisations named in quotes after the word for their kind: ロックバンド「…」, 和菓子店「…」, 芸能事務所「…」,
宗教法人「…」, スタートアップ「…」. The kind is the word right before 「 (a shop, a band, a company, a troupe …);
a quote after の (詐欺グループの「かけ子」) or after any other word names no organisation.
"""

from __future__ import annotations

from bisect import bisect_left

from .tokens import Toks

KINDS = frozenset(
    "店 店舗 屋台 カフェ 喫茶 食堂 酒蔵 書店 工房 旅館 料亭 老舗 レストラン バンド グループ コンビ トリオ ユニット 劇団 "
    "事務所 法人 スタートアップ 企業 会社 チーム クラブ 団体 サークル".split())


def quoted_orgs(line: str, toks: Toks, free) -> list[tuple[int, int]]:
    """(start, end) of each name in quotes right after a kind of organisation (`free(start, end)`: no actor yet)."""
    out: list[tuple[int, int]] = []
    p = line.find("「")
    while p > 0:
        q = line.find("」", p)
        if q < 0:
            break
        k = bisect_left(toks.ends, p)
        if (k < len(toks) and toks.ends[k] == p and (toks.surfaces[k] in KINDS or (  # 事務 + 所: 芸能事務所「…」
                k and toks.pos[k] == "接尾辞" and toks.surfaces[k - 1] + toks.surfaces[k] in KINDS)) and 1 <= q - p - 1 <= 15
                and not any(c in line[p + 1:q] for c in "。、「") and free(p + 1, q)):
            out.append((p + 1, q))
        p = line.find("「", q)
    return out
