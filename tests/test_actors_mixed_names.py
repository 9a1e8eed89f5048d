"""Stage names that join kanji and katakana with no role or group before them (`actors.mixed_names`): a word of kanji
and a given name in katakana (霜月アヤネが), a comic's katakana word and a surname (シャケ高橋は), in an article about
entertainment; never a tower, a railway, a club, a role's word before a character's name or an agency. Sentences of
our own; each fails without the module."""

from __future__ import annotations

import pytest

from conftest import article_persons, persons


@pytest.mark.parametrize("text, names", [
    ("霜月アヤネが３枚目のシングルを来月発売する。", ["霜月アヤネ"]),  # 霜月 + アヤ + ネ: common words to UniDic
    ("配信者の集まりで、朔夜ミオは新しい企画を発表した。", ["朔夜ミオ"]),
    ("シャケ高橋は、初の単独ライブを開いた。", ["シャケ高橋"]),  # a comic's katakana word and a surname
])
def test_a_stage_name_of_kanji_and_katakana(text, names):
    assert persons(text) == names


def test_a_stage_name_of_the_same_shape_joined_to_one_by_to():
    assert persons("宵闇リリと霜月アヤネのユニットが、配信ライブを開いた。") == ["宵闇リリ", "霜月アヤネ"]


def test_read_first_only_in_a_line_about_entertainment():
    # the article speaks of a drama, but the shop's line does not: a brand of a town's word and katakana
    assert article_persons(["人気ドラマの撮影が終わった。", "駅前には天城サクラの新しい店舗が開いた。"]) == [[], []]


def test_the_stage_name_again_later_in_the_article():
    got = article_persons(["霜月アヤネのファンミーティングが開かれた。", "霜月アヤネは「また会いましょう」と手を振った。"])
    assert got == [["霜月アヤネ"], ["霜月アヤネ"]]


@pytest.mark.parametrize("text", [
    "ライブの後、東京タワーが青く点灯した。",  # a place's name and a loanword
    "ドラマの舞台となった大阪メトロの駅に、ファンが集まった。",
    "映画で主人公ミライの声を担当する。",  # a role's word before a character's name
    "所属事務所のオフィス風花が発表した。",  # an everyday loanword and a surname-like word: an agency
    "配信の夜に、アヤネという名の猫を拾った。",  # a given name alone: no compound
])
def test_no_stage_name(text):
    assert not [n for n in persons(text) if n in ("東京タワー", "大阪メトロ", "主人公ミライ", "オフィス風花", "霜月アヤネ")]
