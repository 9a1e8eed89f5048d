"""Names UniDic does not know whole: a given name it reads as two words of one kanji (颯 + 真), and a foreign
name whose surname is also a place's (ロシュフォール), with a title after it, glued (…コーチ) or joined by ・.
Sentences of our own; each fails without its change."""

from __future__ import annotations

import pytest

from conftest import persons
from tui.news import actors
from tui.news.actors import mentions


@pytest.mark.parametrize("text, names", [
    ("女子は中川颯真が逆転で優勝した。", ["中川颯真"]),  # 颯 an adverb, 真 a common word
    ("昨季の覇者、宮島颯真は３位だった。", ["宮島颯真"]),
])
def test_a_given_name_read_as_two_words_after_a_surname(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("田中一家が引っ越した。", []),  # a number, then a word that follows a name
    ("鈴木父子が並んだ。", []),  # kin
    ("佐藤両氏が出席した。", ["佐藤"]),
    ("田中派は反対した。", []),
    ("山田元市長が会見した。", ["山田"]),
])
def test_words_after_a_surname_that_are_no_given_name(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("ダニエル・ロシュフォール氏は「驚いた」と話した。", ["ダニエル・ロシュフォール"]),  # ロシュフォール: a place too
    ("中川を指導するダニエル・ロシュフォールコーチは「成長した」と話した。", ["中川", "ダニエル・ロシュフォール"]),
    ("中川を指導するダニエル・ロシュフォール・コーチは喜んだ。", ["中川", "ダニエル・ロシュフォール"]),
])
def test_a_foreign_name_whose_surname_is_a_place_before_a_title(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "ボスニア・ヘルツェゴビナ代表が勝った。",
    "フランス・ロシュフォールの港を訪れた。",
])
def test_places_joined_by_a_dot_stay_no_person(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, names", [
    ("ペースメーカーのジョセフ・キプロノが３０キロまで引いた。", ["ジョセフ・キプロノ"]),  # キプロノ: no word UniDic knows
    ("留学生サミュエル・キプチルチルは区間賞を取った。", ["サミュエル・キプチルチル"]),
])
def test_a_known_given_name_and_a_word_unidic_does_not_know(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "ダニエル・ホールディングスが買収を発表した。",  # a word UniDic knows: a company's name
    "ジョージ・タウンが開業した。",
])
def test_a_given_name_and_a_known_word_stay_no_person(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, names", [
    ("国際機関のハンナ・ベルクマン事務局次長が来日した。", ["ハンナ・ベルクマン"]),
    ("ハンナ・ベルクマン事務次長が来日した。", ["ハンナ・ベルクマン"]),
])
def test_a_foreign_name_before_a_deputy_secretary_general(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("開成中学校の猪子校長は入学式で述べた。", ["猪子"]),  # 猪子: a common word in the line, a surname before さん
    ("日本医師会の花房理事は会見で述べた。", ["花房"]),
])
def test_a_surname_unidic_reads_as_a_common_word_before_a_title(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "チームの主力選手が抜けた。",  # a common word that is no surname
    "同社の法務部長が説明した。",
    "山形県知事選は１５日に投開票される。",  # a place before its title, in a compound
    "与党は赤坂議員宿舎の改修を決めた。",
])
def test_common_words_and_places_before_a_title_stay_no_person(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, names", [
    ("財務省の岡野谷主計局長は答弁した。", ["岡野谷"]),  # 主計 qualifies the title, no part of the name
    ("医師会の佐々木常任理事は会見で述べた。", ["佐々木"]),
    ("賞を受けた宮坂紘一教授（東京大）は述べた。", ["宮坂紘一"]),  # once, though 教授 is a verbal noun
])
def test_a_word_that_qualifies_a_title_is_no_part_of_the_name(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("中国の張建国商務相は北京で会談した。", ["張建国"]),  # a commerce minister's title
    ("サムスン電子の金載勲会長は、新工場を建てると発表した。", ["金載勲"]),  # a Korean name, no country named
])
def test_chinese_and_korean_names_before_a_title(text, names):
    assert persons(text) == names


def test_a_japanese_word_after_such_a_kanji_is_no_foreign_name():
    assert persons("王将戦の会長が述べた。") == []


def test_a_katakana_name_of_everyday_loanwords_before_shi_is_a_person():
    assert persons("ハートマン氏は記者団に語った。") == ["ハートマン"]  # ハート + マン
    assert persons("チーム氏の表記はない。") == []  # a stop word


@pytest.mark.parametrize("text, names", [
    ("台湾の行政院長に就いた林志偉氏は会見に臨んだ。", ["林志偉"]),  # 行政: one common word before 院長
    ("韓国最大野党の院内代表、鄭泰浩氏は反対した。", ["鄭泰浩"]),
])
def test_one_common_word_before_a_title_in_news_of_china_or_korea_is_no_name(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, name", [
    ("決勝では岩永颯が逆転した。", "岩永颯"),  # 颯, an adverb
    ("主将の鈴木尚は笑った。", "鈴木尚"),  # 尚, an adverb
])
def test_a_given_name_of_one_kanji_read_as_an_adverb_follows_its_surname(text, name):
    assert persons(text) == [name]


def test_a_name_opening_with_a_place_files_that_word_as_its_surname_so_its_given_name_finds_it_later():
    lines = ["小学３年の岡田蒼空さん（８）が車にはねられた。", "父親の岡田健司さん（３９）が取材に応じた。",
             "健司さんによると、蒼空さんは元気に家を出たという。"]
    spans, found = mentions.find_all(lines, actors.default())
    assert found["p:岡田蒼空"].aliases == ("岡田",)
    assert ("p:岡田蒼空", 9, 11) in spans[2] and ("p:岡田健司", 0, 2) in spans[2]


def test_a_joined_foreign_name_read_as_one_common_noun_after_a_role_is_a_person():
    assert persons("女優のミラ・ドラゴミールが来日した。") == ["ミラ・ドラゴミール"]  # one word of UniDic's, holding ・
