"""Foreign leaders and ministers named before ・, their country and a title (ガルシア・ペルー外相), and a katakana name
whose first part is a gazetteer person's alias (アッバス・ラフマニ外相 is not アッバス). Sentences of our own; real
tokenizer and gazetteer."""

from __future__ import annotations

import pytest

from conftest import article_persons, persons


@pytest.mark.parametrize("text, names", [
    ("ガルシア・ペルー外相は声明を出した。", ["ガルシア"]),
    ("マリア・ソリス・コスタリカ大統領が来日した。", ["マリア・ソリス"]),
    ("オカフォー・ナイジェリア財務相が共同声明を出した。", ["オカフォー"]),
])
def test_a_name_before_its_country_and_title_is_a_person(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "日米・中国外相会談が開かれた。",  # countries before ・, no name
    "米・ペルー首脳会談が開かれた。",
])
def test_countries_joined_before_a_title_make_no_person(text):
    assert persons(text) == []


def test_a_gazetteer_alias_heading_a_longer_katakana_name_is_another_person():
    assert persons("イランのアッバス・ラフマニ外相は譲歩しない考えを示した。") == ["アッバス・ラフマニ"]


def test_a_gazetteer_person_before_their_country_stays_theirs():
    assert persons("ネタニヤフ・イスラエル首相は拒否した。") == ["ネタニヤフ"]


@pytest.mark.parametrize("text, names", [
    ("イタリアのフランチェスカ・ローマ国防相は会見した。", ["フランチェスカ・ローマ"]),  # ローマ, a city's name too
    ("米国のダコタ・ヒューストン国連大使は提出した。", ["ダコタ・ヒューストン"]),  # a body between the name and the title
    ("アルゼンチンのハビエル・コルドバ経済相は発表した。", ["ハビエル・コルドバ"]),
])
def test_a_joined_name_after_its_country_and_before_a_title_is_a_person(text, names):
    assert persons(text) == names


def test_the_place_a_foreign_surname_is_named_after_stays_a_place_without_a_title():
    got = article_persons(["イタリアのフランチェスカ・ローマ国防相は会見した。", "同相は、ローマは東京と共に立つと述べた。"])
    assert got == [["フランチェスカ・ローマ"], []]


@pytest.mark.parametrize("text, names", [
    ("韓国の朴恩静統一相は呼びかけた。", ["朴恩静"]),
    ("韓国の金民俊外交部長官は述べた。", ["金民俊"]),
    ("中国の張維新外務次官は答えた。", ["張維新"]),
])
def test_foreign_ministers_and_vice_ministers_titles(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("台湾の頼紹安行政院長は台北で議員団と面会した。", ["頼紹安"]),
    ("ベトナムの黎明俊国会議長は代表団と会った。", ["黎明俊"]),
])
def test_a_premiers_and_a_speakers_titles_abroad(text, names):
    assert persons(text) == names
