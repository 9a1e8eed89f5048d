"""In news of China or Korea, a noun of an act before a title (6カ国協議首席代表) is no name, 特別 opens a title
(武大偉特別代表 is 武大偉), and a name in kanji before its reading in katakana and a title is the name
(黄民哲(ファン・ミンチョル)外相). Real tokenizer; sentences written for these tests."""

from __future__ import annotations

from conftest import persons


def test_a_noun_of_an_act_before_a_title_is_no_chinese_name() -> None:
    assert persons("中国外交部の会見で、6カ国協議首席代表の人選が話題になった。") == []


def test_tokubetsu_opens_the_title_not_the_name() -> None:
    assert persons("中国の武大偉特別代表が韓国側と会談した。") == ["武大偉"]


def test_a_name_in_kanji_before_its_reading_and_a_title() -> None:
    assert persons("韓国の黄民哲(ファン・ミンチョル)外相が電話で協議した。") == ["黄民哲"]
    assert persons("東京(トウキョウ)大会の会場を下見した。") == []  # no title after the reading


def test_a_foreign_name_holding_a_piece_unidic_reads_as_a_place_is_a_name_before_a_title():
    # ホロ (a place's name in UniDic) + ウェイ: the name is a person's; a place alone before a title stays none
    assert persons("英国のジェームズ・ホロウェイ首相と会談した。ホロウェイ首相は「友人だ」と述べた。") == [
        "ジェームズ・ホロウェイ", "ホロウェイ"]
    assert persons("ロシア大統領府は声明を出した。") == []


def test_a_given_names_second_kanji_read_as_a_word_before_a_title():
    # 蕭 + 雅 + 婷 + 委員: the one-kanji given name UniDic knows, then the name's last kanji read as a word of its own
    assert persons("台湾の立法院で、蕭雅婷委員が質問した。") == ["蕭雅婷"]
    assert persons("中国の王強市長は、記者会見で説明した。") == ["王強"]  # (a given name of one kanji whole before a title)
