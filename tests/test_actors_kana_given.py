"""A katakana given name and its last kanji (森永ハル子さん): the whole is the name, not the surname and katakana
alone. Sentences of our own; each fails without the change."""

from __future__ import annotations

import pytest

from conftest import persons


@pytest.mark.parametrize("text, names", [
    ("死亡したのは、この家に住む森永ハル子さん（８３）。", ["森永ハル子"]),
    ("亡くなったのは無職有働キミ子さん（８８）と孫の陽葵ちゃん（４）。", ["有働キミ子", "陽葵"]),
])
def test_a_katakana_given_name_keeps_its_last_kanji(text, names):
    assert persons(text) == names


def test_a_word_after_the_name_is_no_part_of_it():
    assert "森永ハル子" not in persons("森永ハル子供服店が開店した。")
