"""A body's head after the body named again by 同 (同協会の柴山会長), and a given name of old or of the stage
that ends in characters UniDic reads apart (市川福之丞). Sentences of our own; each fails without its change."""

from __future__ import annotations

import pytest

from conftest import persons


@pytest.mark.parametrize("text, names", [
    ("同協会の柴山会長は、不適切な会計処理を否定した。", ["柴山"]),  # 柴山 read as a common word
    ("同社の浅見社長は、今期の増益を見込む。", ["浅見"]),
    ("歌舞伎俳優の市川福之丞が、襲名披露公演の初日を迎えた。", ["市川福之丞"]),
])
def test_heads_again_and_names_of_the_stage(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "同社の代表取締役社長は交代した。",
    "同協会の事務局長は語った。",
])
def test_a_titles_own_words_after_the_body_make_no_person(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, names", [
    ("６年の陽翔くんは「楽しかった」と話した。", ["陽翔"]),  # 翔く read as a verb
    ("巨人打線は阪神先発の才木田から５点を奪った。", ["才木田"]),  # a role and の, the name before から
])
def test_a_childs_name_before_kun_and_a_pitcher_before_kara(text, names):
    assert persons(text) == names


def test_a_baby_is_no_childs_name():
    assert persons("母親の赤ちゃんが泣いた。") == []


def test_a_childs_name_before_kun_in_kanji_and_an_age():
    assert persons("長男の翔太君（１２）は「毛並みは日本一」と胸を張った。") == ["翔太"]  # 君 no part of the name
