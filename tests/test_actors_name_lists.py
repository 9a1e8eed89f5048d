"""A name UniDic cuts into odd pieces, standing as an item between two full names of a list (a cast, a line-up):
the whole item is one person. Items that are no name, or lists with no full name on both sides, are left to the
other rules. A list of surnames alone where half the items are names found already makes an item UniDic reads as a
surname where only a name stands one too. Real tokenizer; names and sentences invented for these tests."""

from __future__ import annotations

import pytest

from conftest import persons


def test_an_item_between_two_full_names_is_one_full_name() -> None:
    got = persons("舞台あいさつには佐藤浩市、野口阿須香、茅島みずきが登壇した。")
    assert "野口阿須香" in got
    assert "阿須香" not in got and "野口" not in got
    assert "澤屋敷健太" in persons("出演の小林聡美、澤屋敷健太、二階堂ふみが並んだ。")


def test_an_item_that_opens_with_no_surname_or_holds_katakana_is_left_alone() -> None:
    got = persons("会見には佐藤浩市、北浜商事、茅島みずきが出席した。")
    assert "北浜商事" not in got
    assert not any("サンライズ" in p for p in persons("佐藤浩市、工藤サンライズ、茅島みずきが出た。"))


@pytest.mark.parametrize("text, names", [
    ("協会は、代表に朝霧、真田、浦部を選んだ。", ["朝霧", "真田", "浦部"]),  # 朝霧 read as a place elsewhere
    ("連盟はジャンプの春日井、高遠ら２０人を内定した。", ["春日井", "高遠"]),
    ("決勝は沖田、岩城の継投で逃げ切った。", ["沖田", "岩城"]),
])
def test_an_item_of_a_list_of_surnames_is_a_surname(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "大会は東京、大阪、名古屋で開かれた。",  # places alone: no name found in the list
    "春日井、岩城、朝霧の各市を回った。",
])
def test_a_list_of_places_makes_no_person(text):
    assert persons(text) == []


def test_a_count_of_days_before_a_name_is_no_list_of_surnames():
    assert persons("レースの2日前、鶴来七海は調子を上げていた。") == ["鶴来七海"]  # (日前 is a surname elsewhere)


@pytest.mark.parametrize("text, names", [
    ("リレーは畑中、立花、久保田、江ノ島の順に走った。", ["畑中", "立花", "久保田", "江ノ島"]),  # 江ノ島: a place's name too
    ("俳優の北園、宍戸、江良の３人が劇団を旗揚げした。", ["北園", "宍戸", "江良"]),
])
def test_the_last_unread_item_of_a_list_of_surnames(text, names):
    assert persons(text) == names


def test_a_place_among_places_and_one_name_stays_a_place():
    assert persons("畑中は東京、大阪、江ノ島を回った。") == ["畑中"]


@pytest.mark.parametrize("text, name", [
    ("主演の氷室蒼、小野寺まりあ、黒須大悟と堤川仁監督が登壇した。", "氷室蒼"),  # the first item: 氷室, a common word
    ("舞台には小野寺まりあ、堤川仁、氷室凪が並んだ。", "氷室凪"),  # the last
    ("舞台には小野寺まりあ、堤川仁、氷室凪らが並んだ。", "氷室凪"),
])
def test_an_item_of_a_list_of_names_opening_with_a_surname_is_one(text, name):
    assert name in persons(text)


@pytest.mark.parametrize("text", [
    "会見には北浜商事、小野寺まりあ、堤川仁が出席した。",  # no surname where only a name stands
    "会見には小野寺まりあ、堤川仁、北浜商事などが出席した。",
])
def test_a_list_with_an_item_of_no_surname_makes_no_name(text):
    assert persons(text) == ["小野寺まりあ", "堤川仁"]


def test_one_name_found_by_two_rules_is_one_person():
    got = persons("主演の氷室蒼、小野寺まりあ、黒須大悟と堤川仁監督が登壇した。")
    assert len(got) == len(set(got))


def test_two_names_with_honorifics_joined_by_to_are_two_people():
    assert persons("写真家の荒巻さんと森永さんの二人展が開かれる。") == ["荒巻", "森永"]


def test_an_honorific_is_no_part_of_a_speakers_name():
    assert persons("デラクルス氏は「この海は我々の海だ」と強調した。") == ["デラクルス"]


@pytest.mark.parametrize("text, names", [
    ("ファンの間で「ひよりん」と呼ばれる天羽は、ＳＮＳで報告した。", ["ひよりん", "天羽"]),
    ("常連客からは「トメばあ」と親しまれた。", ["トメばあ"]),
    ("寄席では「ゆめさん」と呼ばれて親しまれた。", ["ゆめ"]),  # the honorific no part of it
    ("「ゴンさん」の愛称で知られる権藤義之助が出演する。", ["ゴン", "権藤義之助"]),  # the honorific no part of it
])
def test_a_nickname_in_kana_before_the_words_that_say_so_is_a_person(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "指揮者は、団員から「マエストロ」と呼ばれて親しまれている。",  # what one is, one common noun
    "こうした値上げは「シュリンクフレーション」と呼ばれる。",  # a term in katakana
])
def test_a_word_for_what_one_is_or_a_term_is_no_nickname(text):
    assert persons(text) == []


def test_names_joined_by_a_dot_after_a_given_name_in_kana_before_a_count_of_people() -> None:
    got = persons("１級には、塾に通う弓浜陸・皆生さら・淀江悠人の３人が合格した。")
    assert got == ["弓浜陸", "皆生さら", "淀江悠人"]
    assert persons("父・母・私の３人で暮らす。") == []
