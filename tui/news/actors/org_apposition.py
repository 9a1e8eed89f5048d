"""Organisations named right after their country or their kind, as business and foreign news write them:
米ボーイング, 韓国サムスン (a country's one-character or short form, then a katakana name), 製薬大手ファイザー,
人権団体アムネスティ, 競売会社ハーウッド (a kind of company or body, then the name).

The name is katakana (with ・), whole words, and holds no word UniDic reads as a person's or a place's name
(米カリフォルニア, 米トランプ), but a person's after a kind of firm (a firm named for its founder); a katakana word for a kind (米ファンド, 英ブランド) or for a role of a body's people
(経済団体トップ) is none. Each rule reads
only a line `SIGN` matches.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .tokens import Toks

_NAME = r"(?P<name>[ァ-ヺ][ァ-ヺー]+(?:・[ァ-ヺ][ァ-ヺー]+)*)(?![ァ-ヺー・])"
# A country's short form not inside a word (日米, 訪米), or a kind after a word that says what it makes or does.
_BEFORE = re.compile(r"(?:(?<![\u4e00-\u9fff])(?:[米英独仏中韓露伊加豪印台]|中国|韓国|台湾|欧州|香港)"
                     r"|(?<=[\u4e00-\u9fffA-Za-z])(?:(?P<firm>大手|企業|メーカー|会社|商社)|団体|組織|財団))" + _NAME)
# Katakana after those: searched at the characters before it (rarer than katakana), a match where it starts.
SIGN = re.compile(r"[米英独仏中韓露伊加豪印台国湾州港手業体織団社ー](?=[ァ-ヺ])(?:(?<=[米英独仏中韓露伊加豪印台国湾州港手業体織団])"
                  r"|(?<=会社|商社)|(?<=メーカー))")
_KINDS = frozenset((
    "ファンド メーカー ブランド チーム クラブ グループ スーパー コンビニ ゼネコン ベンチャー スタートアップ メディア "
    "ファン リーグ バンド ドル ユーロ ポンド ウォン ルーブル ドラマ アニメ ゲーム ツアー イメージ サイド ネット "
    "ファンド・マネジャー ビジネス マネー ハイテク テック "
    "トップ リーダー メンバー スタッフ"  # (and a role of a body's people: 経済団体トップ, 企業トップ)
).split())
_AFTER = frozenset("はがのをにともで、")


def apposed_orgs(line: str, toks: Toks, free) -> list[tuple[int, int]]:
    """(start, end) of each katakana name right after a country's short form or a kind of company."""
    out: list[tuple[int, int]] = []
    for m in _BEFORE.finditer(line):
        s, e = m.span("name")
        if line[e:e + 1] not in _AFTER or m["name"] in _KINDS or len(m["name"]) < 3 or not free(s, e):
            continue
        k, n = bisect_left(toks.starts, s), bisect_left(toks.ends, e)
        if k >= len(toks) or toks.starts[k] != s or n >= len(toks) or toks.ends[n] != e:
            continue  # not whole words
        if any(toks.pos2[x] == "地名" or toks.pos2[x] == "人名" and not m["firm"] for x in range(k, n + 1)):
            continue  # (a founder's name after a kind of firm is the firm's: 競売会社ハーウッド, 自動車メーカーフォード)
        out.append((s, e))
    return out
