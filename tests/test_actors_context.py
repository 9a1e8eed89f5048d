"""Persons from the words around them (`given_names`, `foreign`): one test per pattern, on sentences of our own."""

from __future__ import annotations

import pytest

from conftest import persons
from tui.news import actors


def article(texts: list[str]) -> list[list[str]]:
    mentions, new = actors.find_all(texts, actors.default())
    return [[t[s:e] for aid, s, e in passage if aid in new and new[aid].kind == "person"]
            for t, passage in zip(texts, mentions)]


@pytest.mark.parametrize("text, name", [
    ("港の朝市で干物を売るみよさん（８６）は、今日も元気だ。", "みよ"),
    ("みのりちゃん、こっちを向いて。", "みのり"),
    ("颯太くんは小学２年生になった。", "颯太"),
    ("ニュースを読むのは香織アナの担当だ。", "香織"),
    ("子どもたちは「真由先生」と呼んで慕っている。", "真由"),
])
def test_a_given_name_before_an_honorific_in_any_script(text, name):
    assert persons(text) == [name]


def test_a_surname_and_a_hiragana_given_name_before_an_honorific():
    assert persons("優勝したのは、高校２年の高橋ひなたさん（１６）。") == ["高橋ひなた"]


def test_a_hiragana_name_written_with_a_space():
    assert persons("童話作家のさとう ゆきこさんが講演した。") == ["さとう ゆきこ"]


def test_a_surname_unidic_reads_as_a_place_before_a_role_only_a_person_holds():
    assert persons("自称自営業の北山容疑者（４４）が逮捕された。") == ["北山"]
    assert persons("北山市長は会見で述べた。") == []  # a town's mayor: a place's role


def test_a_given_name_alone_before_a_particle():
    assert persons("蓮は黙ってうなずいた。") == ["蓮"]
    assert persons("美咲から返事が来た。") == ["美咲"]


def test_the_given_name_of_a_full_name_later_in_the_article():
    assert article(["その春、高橋ひなたさん（１７）は町を離れた。", "ひなたは振り返らなかった。"]) == [["高橋ひなた"], ["ひなた"]]


@pytest.mark.parametrize("text, name", [
    ("フランツ・ベッケラーは、ウィーンで育った。", "フランツ・ベッケラー"),
    ("物理学者のトーマス・J・ハドソン教授が来日した。", "トーマス・J・ハドソン"),
    ("女優のパク・ソヨンが、日本のドラマに出演する。", "パク・ソヨン"),
])
def test_katakana_names_joined_by_a_dot_with_or_without_an_initial(text, name):
    assert persons(text) == [name]


def test_a_surname_that_is_a_kin_word_too():
    assert "孫智恩" in persons("韓国の孫智恩外相と中国の鄭海峰外相が会談した。")  # 孫: a surname, before a minister's title


def test_a_katakana_run_that_is_a_place_or_a_company_is_no_person():
    assert persons("ボスニア・ヘルツェゴビナの首都を訪ねた。") == []
    assert persons("彼はマイケル・キャピタルを創業した。") == []


@pytest.mark.parametrize("text, name", [
    ("葬儀の喪主は長女恵さん。", "恵"),
    ("作家は、亡くなった父一馬さんの日記を読み返した。", "一馬"),
    ("喪主は母美和子さん。", "美和子"),
    ("祖父勘助さんと川で釣りをした。", "勘助"),
    ("式には孫美咲ちゃんも駆けつけた。", "美咲"),
])
def test_a_kinship_word_is_no_part_of_the_name(text, name):
    assert persons(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("通夜は自宅で営み、喪主は次男宗一氏。", "宗一"),  # (宗一: a suffix and a number to UniDic)
    ("市民会館で来月、故星さんをしのぶ会が開かれる。", "星"),  # (故: the late)
    ("葬儀の喪主は孫鈴木　光さん。", "鈴木　光"),  # (a name printed with a space, after the kin word)
])
def test_a_kin_word_or_the_late_before_a_name_and_an_honorific_is_no_part_of_it(text, name):
    assert persons(text) == [name]


@pytest.mark.parametrize("text", [
    "谷川賞作家の新作が出た。",
    "元鹿島組副社長の話を聞いた。",
    "駅前の「吉田精肉店」は、メンチカツが名物だ。",
    "おじいさんとおばあさんが、お客さんを迎えた。",
    "佐賀県唐津市の「唐津くんち」を見に行った。",
])
def test_names_inside_prizes_companies_shops_and_kinship_words_are_no_people(text):
    assert persons(text) == []


def test_a_name_is_not_cut_across_a_role_before_an_age():
    assert persons("元会計士、岩本被告（５８）の公判が開かれた。") == ["岩本"]


@pytest.mark.parametrize("text, name", [
    ("歌手のこだまが、新しいアルバムを出した。", "こだま"),
    ("妹の遥が、駅まで迎えに来た。", "遥"),
    ("女優白石ゆかりが、主演に決まった。", "白石ゆかり"),
])
def test_a_name_right_after_a_role_or_a_kinship_word(text, name):
    assert persons(text) == [name]


@pytest.mark.parametrize("text", ["監督の采配が光った。", "作家の想像力が試される。", "弟の東京での生活が始まった。",
                                  "女優のドレスが話題になった。"])
def test_a_common_noun_or_a_place_after_a_role_is_no_name(text):
    assert persons(text) == []


def test_names_in_a_list_after_a_person():
    assert persons("ゆうなとひかりは、同じ部活に入った。") == ["ゆうな", "ひかり"]
    assert persons("みずきとかえでは、同じ部活に入った。") == ["みずき", "かえで"]
    assert persons("岡田と松井と森は、同じ町の出身だ。") == ["岡田", "松井", "森"]


@pytest.mark.parametrize("text, names", [
    ("女優の浜辺美波が主演を務める。", ["浜辺美波"]),  # 浜辺 + 美波: a common word and a place's name
    ("元アイドルで実業家の宮城さくらが新会社を立ち上げた。", ["宮城さくら"]),  # an occupation UniDic reads with its suffix apart
    ("写真家の鶴岡ひかるは個展を開いた。", ["鶴岡ひかる"]),
])
def test_a_name_after_an_occupation_and_no(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "女優の京都旅行が話題になった。",  # a place and a common word
    "実業家の東京進出が続く。",
])
def test_no_name_from_a_place_and_a_common_word_after_an_occupation(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, names", [
    ("為替協議には、米国からグリーン財務長官が出席した。", ["グリーン"]),  # グリーン: a word too, before a title only a person holds
    ("関税協議で、米国側はヘイズ通商代表が臨んだ。", ["ヘイズ"]),  # an envoy's title in a line that names a country
    ("国務省のプライス報道官が会見した。", ["プライス"]),
])
def test_a_loanword_surname_before_an_officers_title(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "ヘイズ通商代表の交渉方針が注目される。",  # an envoy's title, no country in the line
    "会談後、テラ外相は記者団に語った。",  # no country named before it
    "ホワイトハウス報道官が会見した。",  # two words: a place's name
    "エース投手が好投し、ベテラン議員も駆けつけた。",
])
def test_a_loanword_before_a_title_is_no_surname_elsewhere(text):
    assert persons(text) == []
