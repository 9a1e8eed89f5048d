"""A name in kanji before its reading in brackets (`actors.read_names`): in hiragana with ・ between the family and
the given name, as obituaries and profiles give it, the name is a person's with or without a title after, the title
written before the bracket left out. Sentences of our own; each fails without the rule."""

from __future__ import annotations

import pytest

from conftest import persons


@pytest.mark.parametrize("text, names", [
    ("鶴見蒼山（つるみ・そうざん）さんが死去した。", ["鶴見蒼山"]),  # 姓 + 姓 to UniDic, at the line's start
    ("将棋の桂木隆九段（かつらぎ・たかし）が死去した。", ["桂木隆"]),  # the title before the bracket left out
    ("月岡玄（つきおか・げん＝作曲家）が死去した。", ["月岡玄"]),
])
def test_a_name_before_its_reading_with_a_point(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "大和（やまと）の里を訪ねた。",  # a place's reading is one word
])
def test_a_reading_of_one_word_makes_no_person(text):
    assert persons(text) == []
