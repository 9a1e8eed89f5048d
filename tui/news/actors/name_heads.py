"""A place's name that is only the head of a longer name: no place of its own.

- A city or prefecture written without its kind (州, 県, 市…) straight before katakana or Latin letters heads the
  name of a club, a venue or a company (浦和レッズ, 横浜FM, 東京ドーム, 埼玉パナソニック…): the place is not what
  the sentence speaks of, unless the word after is a kind of thing (香港メディア). A country before a company's
  name is as often where the company is (韓国サムスン電子): countries keep theirs.
- After 全, the place heads a national body's name (全日本空輸, 全大阪…).
- Before 時代 it names an era (江戸時代, 室町時代); before 場所, 選手権, 杯, 駅伝, 五輪, マラソン, 映画祭 or 国際 an event or
  a body (九州場所, 日本選手権, パリ五輪, 大阪国際女子マラソン); before 勢 a country's players (日本勢); not before 大会, where
  a prefecture's tournament (愛知県大会) says where it is played.
- 元 / 前 / 同 and an administrative character before 議, 長, 職員 or 役場 (元町議, 前町長, 元町職員) are a former or the same
  town's councillor or head, though UniDic reads 元町 as a place.
"""

from __future__ import annotations

import re

_NAME_AFTER = re.compile(r"[ァ-ヺA-Za-zＡ-Ｚａ-ｚ]")
# Loanwords for a kind of thing that a place modifies as a kanji word does (香港メディア, 九州エリア, 関東ブロック);
# before them the place stands. (UniDic gives the names of clubs and venues as common nouns too: レッズ, ドーム.)
_KIND_AFTER = ("メディア", "エリア", "ブロック", "ファン", "チーム", "ルート", "ツアー")
_EVENT_AFTER = ("時代", "場所", "選手権", "杯", "駅伝", "五輪", "国際", "マラソン", "映画祭", "勢")
_ADMIN = frozenset("都道府県市区町村州")  # a place written with its kind: ジョージア州アトランタ is two places
_OFFICE = re.compile(r"[元前同][町市村区](?:[議長]|職員|役場)")


def heads_a_name(flat: str, start: int, end: int, country: bool) -> bool:
    """Whether the place the gazetteer or UniDic found at flat[start:end] is the head of a longer name, an era's
    or an event's name, or a misread office (see the module's text)."""
    if flat.startswith(_EVENT_AFTER, end):
        return True
    if start and flat[start - 1] == "全":
        return True
    if end - start == 2 and _OFFICE.match(flat, start):
        return True
    return (not country and flat[end - 1] not in _ADMIN and end < len(flat)
            and _NAME_AFTER.match(flat, end) is not None and not flat.startswith(_KIND_AFTER, end))
