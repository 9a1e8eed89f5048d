"""A full name of kanji and a hiragana given name right before a title, its surname a town's word to UniDic, or
before a particle when the surname reads as one (`actors.titled_kana`): 尾道みのり代表, 府中あかね党首, 中島こはるが. Sentences of our own; each fails without the module."""

from __future__ import annotations

import pytest

from conftest import article_persons, persons


@pytest.mark.parametrize("text, names", [
    ("市民政党「ひろしま新風」の尾道みのり代表は、記者会見を開いた。", ["尾道みのり"]),
    ("新党の府中あかね党首が、街頭で演説した。", ["府中あかね"]),
])
def test_a_name_of_kanji_and_hiragana_before_a_title(text, names):
    assert persons(text) == names


def test_before_a_particle_or_a_comma_when_the_surname_reads_as_one():
    assert persons("女子ゴルフで、中島こはるが首位に立った。") == ["中島こはる"]  # こは + る to UniDic
    assert persons("出場した中島こはる、山田花子の２人が首位に立った。") == ["中島こはる", "山田花子"]


def test_the_longest_given_name_before_a_title_and_none_that_starts_with_a_particle():
    assert persons("市民ネットの谷口まこと共同代表が会見した。") == ["谷口まこと"]  # not 谷口まこ before と
    assert persons("トヨタ自動車の刈谷はこの日も４番に座った。") != ["刈谷はこ"]


def test_the_surname_before_the_title_later_is_the_same_person():
    got = article_persons(["新党の府中あかね党首が、街頭で演説した。", "府中党首は消費税の減税を訴えた。"])
    assert got == [["府中あかね"], ["府中"]]


@pytest.mark.parametrize("text", [
    "日本より代表が選ばれた。",  # a particle after a place's name, no given name
    "東京こそ代表にふさわしい。",
])
def test_no_name_from_a_particle(text):
    assert persons(text) == []
