"""A mayor's or governor's surname UniDic reads as a place (issue 20): the article names another city or
prefecture as the one governed (桜ケ丘市議会は… 山川市長は), so the word before the title is the head's
surname; the city's own head (横浜市長, 岩手県知事) stays a place. A governor's title needs no other prefecture
named: a place's word that names no prefecture before 知事 is the surname. Sentences of our own."""

from __future__ import annotations

import pytest

from conftest import article_persons, persons


@pytest.mark.parametrize("texts, names", [
    (["桜ケ丘市議会は19日、新年度の予算案を可決した。", "山川市長は「市民の理解を得たい」と述べた。"],
     [[], ["山川"]]),  # local politics, over two passages
    (["北浜県によると、吉岡知事は被災地を視察した。"], [["吉岡"]]),  # a disaster
    (["北浜県議会が開会し、吉岡知事が所信を表明した。"], [["吉岡"]]),  # an assembly's session
    (["東根市の担当者によると、山川市長は視察を終えた。"], [["山川"]]),  # a city's event
])
def test_a_heads_surname_read_as_a_place_when_the_article_names_the_place_governed(texts, names):
    assert article_persons(texts) == names


@pytest.mark.parametrize("texts", [
    ["横浜市長は会見で、新しい劇場の計画を説明した。", "川崎市も同様の計画を検討している。"],  # 横浜: never a surname
    ["横浜市は補正予算案を発表した。", "横浜市長は「速やかに執行する」と話した。"],
    ["元岩手県知事の男性が死去した。"],  # the prefecture and its suffix before the title
    ["山川市長選は来月告示される。", "北浜市でも選挙がある。"],  # an election, not a person
])
def test_a_places_own_head_stays_a_place(texts):
    assert all(not found for found in article_persons(texts))


def test_a_governors_surname_needs_no_other_prefecture_named():
    # a governor governs a prefecture, and 吉岡 names none (`governors`): the surname, whatever else is named
    assert persons("北浜市の職員によると、吉岡知事は会見を開いた。") == ["吉岡"]
    assert persons("吉岡知事は会見で、県内の観光の回復を強調した。") == ["吉岡"]


def test_another_city_named_as_a_venue_governs_no_one_here():
    assert all(not found for found in article_persons(["長崎市で式典が開かれ、広島市長も出席した。"]))
