"""A player named after their sport or event and の, in a sentence that gives a result, whatever UniDic reads the
name as. Sentences of our own; a name that is a place's too (指宿) fails without `discipline_names`."""

from __future__ import annotations

import pytest

from conftest import persons


@pytest.mark.parametrize("text, names", [
    ("カヌーの具志堅は、世界選手権で銀メダルを獲得した。", ["具志堅"]),
    ("ボート女子シングルスカルの指宿は、決勝に進出した。", ["指宿"]),  # a place's name too
    ("スノーボードの浦添みなみは、初の表彰台に上った。", ["浦添みなみ"]),  # a surname and a given name in kana
])
def test_a_player_after_their_discipline(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "スキーの白馬は、今年も雪不足に悩む。",  # no result in the sentence
    "柔道の聖地講道館は、改修を終えて優勝旗を飾った。",  # a common word
    "陸上の世界選手権は、東京で優勝者を決める。",
])
def test_no_player_without_a_result_or_with_a_common_word(text):
    assert persons(text) == []
