"""Local bodies the suffixes missed (issue 22): a co-operative or railway by its group's mark and its area (JA
桜台, JF浜岡), a town's fire department or a prefecture's police headquarters by its suffix (若松町消防本部), a
mission (通商代表部), and companies by their trade (運送, 金属, 化学) after a proper noun; their words are theirs.
Sentences of our own."""

from __future__ import annotations

import pytest

from tests.test_quotes import quotes
from tui.news import actors


def orgs(text: str) -> list[str]:
    gaz = actors.default()
    hits, new = actors.find(text, gaz)
    return [text[f.start:f.end] for f in hits if (new.get(f.actor) or gaz.entries[f.actor]).kind == "organization"]


@pytest.mark.parametrize("text, org", [
    ("JA桜台によると、今年の梨は甘みが強い。", "JA桜台"),
    ("JA二ツ木は農家に柵を貸し出す。", "JA二ツ木"),  # (二 ツ 木: a number, a counter, a noun)
    ("漁業者はJF浜岡の組合員だ。", "JF浜岡"),
    ("JA桜台営農課の担当者が説明した。", "JA桜台"),  # the area ends before what the body does
])
def test_a_groups_mark_and_its_area_are_one_organisation(text, org):
    assert orgs(text) == [org]


def test_a_groups_mark_before_its_staff_is_no_organisation():
    assert orgs("JA職員が農家を回った。") == []


@pytest.mark.parametrize("text, org", [
    ("若松町消防本部によると、けが人はいなかった。", "若松町消防本部"),
    ("豊岡県警察本部は会見を開いた。", "豊岡県警察本部"),
    ("米通商代表部は声明を出した。", "米通商代表部"),
    ("荷物を運んでいた丸山運送の車が事故を起こした。", "丸山運送"),
])
def test_a_fire_department_police_headquarters_mission_or_trade_by_its_suffix(text, org):
    assert orgs(text) == [org]


def test_a_suffix_alone_or_after_a_common_word_is_no_organisation():
    assert orgs("消防本部によると、火は1時間後に消えた。") == []
    assert orgs("土壌から重金属が見つかり、有機化学の専門家が調べた。") == []


def test_a_fire_department_and_a_co_operative_speak_their_words():
    text = ("若松町で住宅火災\n\n若松町消防本部は「暖房器具の周りに物を置かないでほしい」と呼びかけている。\n\n"
            "JA桜台は「出荷量は平年並みになりそうだ」としている。")
    assert quotes(text) == [("暖房器具の周りに物を置かないでほしい", "若松町消防本部"),
                            ("出荷量は平年並みになりそうだ", "JA桜台")]


def test_an_aquarium_or_a_coast_guard_office_after_a_proper_noun_only() -> None:
    assert orgs("北浜水族館によると、イルカの赤ちゃんが生まれた。") == ["北浜水族館"]
    assert orgs("若松海上保安部は注意を呼びかけた。") == ["若松海上保安部"]
    assert orgs("大きな水族館が人気を集めた。") == []


def test_a_fisheries_or_farm_co_operative_by_its_short_suffix() -> None:
    assert orgs("若松漁協によると、不漁が続いている。") == ["若松漁協"]
    assert orgs("地元の漁協が会合を開いた。") == []
