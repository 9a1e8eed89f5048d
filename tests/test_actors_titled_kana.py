"""A full name of kanji and a hiragana given name right before a title, its surname a town's word to UniDic
(`actors.titled_kana`): 尾道みのり代表, 府中あかね党首. Sentences of our own; each fails without the module."""

from __future__ import annotations

import pytest

from conftest import article_persons, persons


@pytest.mark.parametrize("text, names", [
    ("市民政党「ひろしま新風」の尾道みのり代表は、記者会見を開いた。", ["尾道みのり"]),
    ("新党の府中あかね党首が、街頭で演説した。", ["府中あかね"]),
])
def test_a_name_of_kanji_and_hiragana_before_a_title(text, names):
    assert persons(text) == names


def test_the_surname_before_the_title_later_is_the_same_person():
    got = article_persons(["新党の府中あかね党首が、街頭で演説した。", "府中党首は消費税の減税を訴えた。"])
    assert got == [["府中あかね"], ["府中"]]


@pytest.mark.parametrize("text", [
    "日本より代表が選ばれた。",  # a particle after a place's name, no given name
    "東京こそ代表にふさわしい。",
])
def test_no_name_from_a_particle(text):
    assert persons(text) == []
