"""People from abroad named right after where they come from (カナダ出身のコリン・マクギルヴレイ, アルゼンチン出身の
ソラルテ, ジョージアからの留学生のチハイゼ), a player's position glued before the name or not, and the surname alone later
theirs; where a player comes from is no club (ブラジル出身のFW). Sentences of our own; each fails without
`actors.origin_names` or its guard."""

from __future__ import annotations

import pytest

from conftest import found_of, persons


@pytest.mark.parametrize("text, names", [
    ("第３ピリオド、カナダ出身のコリン・ベネディクトが決めた。ベネディクトは２得点だった。",
     ["コリン・ベネディクト", "ベネディクト"]),
    ("フィリピン出身のガードカルロ・マナハンも３点シュートを決めた。", ["カルロ・マナハン"]),  # (a position glued)
    ("続くゲームでアルゼンチン出身のバルデラマのサービスを破った。", ["バルデラマ"]),
    ("ジョージアからの留学生のゴグアゼは「来年は勝つ」と話した。", ["ゴグアゼ"]),
    ("韓国出身のＲＢソ・ジュノが８得点を挙げた。", ["ソ・ジュノ"]),
])
def test_a_name_from_abroad_after_where_its_bearer_comes_from(text, names):
    assert persons(text) == names


def test_an_everyday_word_after_where_it_comes_from_is_no_name_and_no_club():
    assert persons("ブラジル出身のサンバ奏者が来日した。") == []
    assert found_of("ブラジル出身のＦＷガブリエウが先制した。", "organization") == []
