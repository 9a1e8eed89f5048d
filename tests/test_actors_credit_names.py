"""Katakana names in a credits line (音楽・アドリアン・ファルク, 指揮＝トマーシュ・ヴラベッツ): the craft before each says a
person did it, in a line of two crafts or more. Sentences of our own; each fails without `actors.credit_names`."""

from __future__ import annotations

import pytest

from conftest import persons


@pytest.mark.parametrize("text, names", [
    ("美術・小野寺 薫、照明・前園 昇、音楽・アドリアン・ファルク。", ["アドリアン・ファルク"]),
    ("監督・椎名 航一、撮影・浦辺 朔、編集・ミン・ソジン。", ["ミン・ソジン"]),
    ("指揮・トマーシュ・ヴラベッツ、ピアノ独奏・有坂 詩織。", ["トマーシュ・ヴラベッツ"]),
    ("演出・宗方 隼、振付・リサ・カーマイケルほか。", ["リサ・カーマイケル"]),
])
def test_a_katakana_name_after_a_craft_in_a_credits_line_is_a_person(text, names):
    assert all(n in persons(text) for n in names)


def test_one_craft_before_a_katakana_word_names_no_one() -> None:
    assert persons("音楽・スポーツの祭典が開かれた。") == []
    assert persons("美術・デザインの専門学校に通う。") == []
