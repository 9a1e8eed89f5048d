"""The slot between an occupation and a title with an age holds the name only: a whole standing phrase
(職業不詳, 住所不定) is no part of it, nor is a kin word before the name (妻, 長男). Real tokenizer; sentences
written for these tests."""

from __future__ import annotations

import pytest

from conftest import persons


@pytest.mark.parametrize("text, name", [
    ("遺体は、市内に住む職業不詳鶴見健吾さん（４４）と確認された。", "鶴見健吾"),
    ("警察は、住所不定宇佐美孝之容疑者（５２）を逮捕した。", "宇佐美孝之"),
])
def test_a_standing_phrase_before_the_name_is_no_part_of_it(text: str, name: str) -> None:
    found = persons(text)
    assert name in found
    assert not any(p.startswith(("不詳", "不定")) for p in found)


@pytest.mark.parametrize("text", [
    "火災で、住人の北沢隆之さんと妻康代さん（６２）が軽いけがをした。",
    "家には長男翔太さん（８）がいたが、無事だった。",
])
def test_a_kin_word_before_a_name_is_no_part_of_it(text: str) -> None:
    assert not any(p.startswith(("妻", "長男")) for p in persons(text))
