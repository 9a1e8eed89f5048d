"""An assembly member's or a chairman's surname that UniDic reads as a place (`actors.mayors.member_surname`): before
市議, 町議, 県議 … when the article names another place of that kind and never this word with its kind, and before
議長 when the article never writes the word with a place's kind. Sentences of our own; each fails without the rule."""

from __future__ import annotations

import pytest

from conftest import persons


@pytest.mark.parametrize("text, names", [
    ("埼玉県の宮代町議会で、杉戸町議が一般質問に立った。", ["杉戸"]),  # another town's assembly: 杉戸 is no town here
    ("千葉県議会の市川県議は、県の防災計画の見直しを求めた。", ["市川"]),
    ("市議会の津山議長は、議員定数の削減案を諮る考えを示した。", ["津山"]),  # a chairman
    ("町議会の若狭議長は、議員報酬の見直しを諮る考えを示した。", ["若狭"]),
    ("町議会の相模原議長は、任期途中で辞任した。", ["相模原"]),  # after an assembly and の: no surname's reading asked
])
def test_a_members_or_a_chairmans_surname(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "川越市議の定数について議論した。",  # no other city: the city's members
    "小江戸市議会は、観光税の導入を決めた。",  # an assembly
    "宮代町議会と杉戸町は、杉戸町議の定数を話し合った。",  # the town written with its kind too
])
def test_no_member_where_the_place_is_the_places(text):
    assert persons(text) == []


def test_an_assembly_is_no_members_title_before_a_name() -> None:
    assert persons("北浜県議会一般質問で知事が答えた。") == []  # (北浜 + 県議会: no 県議 北浜)
    assert persons("北浜県議が質問に立った。") == ["北浜"]
