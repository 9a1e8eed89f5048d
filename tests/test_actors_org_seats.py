"""A company by its seat in brackets (`actors.org_seats`): a name with katakana or letters, the city it is based in,
then は or が; a legal form before the name is no part of it; a personnel column's company. Not a venue, not a
foreign person, not a name in kanji alone. Sentences of our own; each company is missed without the module."""

from __future__ import annotations

import pytest

from conftest import found_of


@pytest.mark.parametrize("text, company", [
    ("ドローン配送を手がけるソラハコブ（長野県塩尻市）は、山間部での運航を始めた。", "ソラハコブ"),
    ("ミナモ・マテリアルズ（富山市）が、新工場の建設を発表した。", "ミナモ・マテリアルズ"),
    ("越後グリーンパワー（新潟県長岡市）は、風力発電所を増設する。", "越後グリーンパワー"),
    ("ＮＰＯ法人ひだまり食堂（札幌市北区）が、開設５年を迎えた。", "ひだまり食堂"),
    ("【人事】白峰ケミカル（６月２６日）", "白峰ケミカル"),
])
def test_a_company_by_its_seat(text, company):
    assert company in found_of(text, "organization")


def test_two_companies_by_their_seats_joined_by_to_a_legal_form_with_either():
    text = "食品卸の株式会社ひばり商会（長野県松本市）とリンドウ食販株式会社（長野県諏訪市）は、統合を発表した。"
    assert found_of(text, "organization") == ["株式会社ひばり商会", "リンドウ食販株式会社"]


@pytest.mark.parametrize("text", [
    "決勝はミナトスタジアム（横浜市）が会場となった。",  # a venue
    "マリア・サントス（静岡県浜松市）が証言した。",  # a person where they live
    "投稿した松本一郎（福岡市）は、早朝の散歩を続けている。",  # a name in kanji alone
])
def test_no_company_from_a_venue_or_a_person(text):
    assert found_of(text, "organization") == []
