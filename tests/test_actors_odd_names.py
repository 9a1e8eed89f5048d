"""Persons UniDic does not know, read from the words around them (issue 20, third round): rare kanji before
さん, Chinese names before a title, a stage name after its house name, a kana name after a verb and before an
age, surnames before family words and after a player's position, a proper word before a person's title, a
name after an occupation and の, hiragana names written with a space, ・-joined names before だ. One test per
pattern, on sentences of our own; each fails without its rule."""

from __future__ import annotations

import pytest

from conftest import persons, article_persons


@pytest.mark.parametrize("text, names", [
    ("百目鬼さんは、毎朝５時に店を開ける。", ["百目鬼"]),
    ("峠の茶屋を継いだ月見里さんが、新しい団子を考えた。", ["月見里"]),
    ("廿日出さんの畑では、今年もスイカが実った。", ["廿日出"]),
    ("海辺で育った善知鳥さんは、漁の網を直し続けている。", ["善知鳥"]),
])
def test_rare_kanji_before_san_are_a_name(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("common", ["お客さん", "運転手さん", "看護師さん", "歯医者さん", "大家さん", "副社長さん",
                                    "皆さん", "工学部教授"])
def test_common_words_before_san_are_no_names(common):
    text = f"百目鬼さんは、{common}と話し込んだ。"
    assert persons(text) == ["百目鬼"]


@pytest.mark.parametrize("text, names", [
    ("王建国氏は、楽団の若手を育てた。", ["王建国"]),
    ("林国棟教授が、古い写本を読み解いた。", ["林国棟"]),
    ("何立民氏は、両国の交流に尽くした。", ["何立民"]),
])
def test_a_chinese_name_before_a_title(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("落語家の柳家小すずめさんが、二ツ目に昇進した。", ["柳家小すずめ"]),
    ("師匠の林家さん丸さんは、弟子の高座を見守った。", ["林家さん丸"]),
])
def test_a_surname_and_a_given_name_unidic_does_not_join(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("畑で働くとよさん（８７）は、朝から草を取っていた。", ["とよ"]),
    ("保育園に通うこはるちゃん（５）は、絵を描くのが好きだ。", ["こはる"]),
])
def test_a_kana_name_after_a_verb_before_an_age(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("卓球の高城姉妹は、そろって代表に選ばれた。", ["高城"]),
    ("九回、代打中島が左前に運んだ。", ["中島"]),
])
def test_a_surname_before_a_family_word_or_after_a_position(text, names):
    assert persons(text) == names


def test_sister_cities_are_no_people():
    assert persons("宇野兄弟は、日本姉妹都市の交流会に招かれた。") == ["宇野"]


@pytest.mark.parametrize("text, names", [
    ("昨年ノーベル賞を受けた白川名誉教授が、高校生に講義をした。", ["白川"]),
    ("書道家の紫雲さんが、寺の襖に字を書いた。", ["紫雲"]),
    ("雨が上がると、佐久間老人は庭に出た。", ["佐久間"]),
    ("千葉県警は、会社役員新田実容疑者（５２）を逮捕した。", ["新田実"]),
])
def test_a_name_from_the_words_around_it(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("さとう みきさんは、ひらがなの名前で絵本を書いている。", ["さとう みき"]),
    ("絵本作家のなかの ひろこさんは、森の絵を描き続けている。", ["なかの ひろこ"]),
])
def test_a_hiragana_name_written_with_a_space(text, names):
    assert persons(text) == names


def test_a_joined_name_before_da():
    assert persons("決勝でロペスを破ったのは、１９歳のソフィア・ノヴァクだ。") == ["ロペス", "ソフィア・ノヴァク"]


def test_a_rare_name_is_the_same_person_again_alone():
    assert article_persons(["百目鬼さんは、毎朝５時に店を開ける。", "百目鬼は「体が続く限り」と言う。"]) == [
        ["百目鬼"], ["百目鬼"]]


@pytest.mark.parametrize("text", [
    "「ところで みなさん、この絵を見てください」と先生は言った。",
    "「おはよう みなさん」と園長が呼びかけた。",
    "峠の不動尊さんには、今も参る人が多い。",
    "山の阿修羅さんと呼ばれる像がある。",
    "その日、何人教授が来たのか分からない。",
    "余人氏の知るところではない。",
])
def test_greetings_deities_and_counted_people_are_no_names(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, names", [
    ("体操の文田大輔が、鉄棒で逆転した。", ["文田大輔"]),
    ("陶芸家の粟生翔太は、窯の火を見守った。", ["粟生翔太"]),
])
def test_a_surname_unidic_cuts_or_reads_as_a_place_before_a_given_name(text, names):
    assert persons(text) == names
