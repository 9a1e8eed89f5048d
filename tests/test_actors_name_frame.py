"""Surnames and given names UniDic reads as common words or places in running text, found where a person's
context says so and UniDic reads them as names between a title and an honorific (issue 20): the topic of a
verb of speech, a name after a title and の, a name in a list after a person, a name one is called by.
Sentences of our own; each test fails without its rule (the tests of no names, without its guard)."""

from __future__ import annotations

import pytest

from conftest import persons
from tui.news import actors
from tui.news.actors.name_frame import read_as_name


@pytest.mark.parametrize("word, classes", [
    ("平野", ("姓",)), ("北見", ("姓",)), ("光", ("名",)),
    ("采配", ()), ("東京", ()), ("日本", ()), ("母", ()), ("政府", ()), ("本人", ()),
])
def test_a_word_read_between_a_title_and_an_honorific(word, classes):
    assert read_as_name(word) == classes


@pytest.mark.parametrize("text, names", [
    ("平野は記者団に「まだ伸びる余地がある」と話した。", ["平野"]),
    ("試合を終えた北見は、笑顔で「次は勝つ」と語った。", ["北見"]),
    ("森は、来季も現役を続けると明かした。", ["森"]),
    ("大阪では長野が、会見で「悔いはない」と語った。", ["長野"]),
    ("昨夜は、北見が記者に「よく眠れた」と笑った。", ["北見"]),
])
def test_the_topic_of_a_verb_of_speech_is_a_name(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "同社は記者団に「影響は限定的だ」と説明した。",
    "関係者は、まだ決まっていないと話した。",
    "日本は国連で「遺憾だ」と述べた。",
    "京都の寺は「千年の祈り」と言われる。",
    "平野は「関東平野」と呼ばれる。",
    "「平野は広い」と彼は言った。",
    "県は、北部の平野が広いと説明した。",
])
def test_no_name_where_a_common_word_or_a_country_speaks_or_a_name_is_quoted(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, names", [
    ("専務の小山が、新しい工場を任された。", ["小山"]),
    ("監督の平野は、若手を先発に並べた。", ["平野"]),
    ("兄の光が、妹を駅まで迎えに行った。", ["光"]),
])
def test_a_name_after_a_title_or_a_kinship_word_and_no(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "監督の新作が、来月公開される。",
    "社長の指示で、工場が止まった。",
    "師匠は、弟子の高座を客席から見守った。",
])
def test_no_name_after_a_title_where_a_common_word_or_an_object_stands(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, names", [
    ("佐藤と平野が、決勝に進んだ。", ["佐藤", "平野"]),
    ("佐藤、北見が得点を重ねた。", ["佐藤", "北見"]),
])
def test_a_surname_in_a_list_after_a_person(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "雪舟と室町の画家たちの展覧会が開かれた。",
    "佐藤、森を抜けて山頂に着いた。",
])
def test_no_name_in_a_list_before_no_or_an_object(text):
    assert "室町" not in persons(text) and "森" not in persons(text)


@pytest.mark.parametrize("text, names", [
    ("ナオと呼ばれた高田直樹さんは、町の人気者だった。", ["ナオ", "高田直樹"]),
    ("主将の鈴木健太は、「ケン」と後輩から呼ばれている。", ["鈴木健太", "ケン"]),
])
def test_a_name_one_is_called_by(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("北の大地と呼ばれる北海道を、田中一郎さんが旅した。", ["田中一郎"]),
    ("光と呼ばれる現象を、山田太郎教授が調べた。", ["山田太郎"]),
    ("この仕組みは「サブスク」と呼ばれる。", []),
])
def test_no_name_where_a_place_or_a_thing_is_called_so(text, names):
    assert persons(text) == names


def test_a_surname_one_goes_with():
    assert persons("祖父は平野と一緒に、毎朝畑を耕した。") == ["平野"]


@pytest.mark.parametrize("text", ["光とともに、朝が来た。", "森とともに生きる村がある。", "地域とともに歩む会社だ。"])
def test_no_name_where_light_or_a_forest_goes_with(text):
    assert persons(text) == []
