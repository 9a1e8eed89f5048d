"""Players in the shapes of sports pages (`actors.sports_names`): a surname after a rugby position, a pair before
組, the scorers after 得点者, the subject of a result, a katakana mononym after a club and の. Sentences of our own;
each fails without its change."""

from __future__ import annotations

import pytest

from conftest import persons


@pytest.mark.parametrize("text, names", [
    ("後半にＷＴＢ綾部が独走トライを決めた。", ["綾部"]),  # 綾部 read as a town
    ("混合ダブルスは、岸辺、ルーカス・ヘルマン組が制した。", ["岸辺", "ルーカス・ヘルマン"]),
    ("（得点者）長野・早瀬、ロドリゲス", ["早瀬", "ロドリゲス"]),
    ("男子棒高跳びは、赤星が５メートル６０で制した。", ["赤星"]),
    ("女子１万メートルは、初出場の菅生が２連覇を果たした。", ["菅生"]),
    ("準々決勝で綾部を破った。", ["綾部"]),
    ("鳥栖のドウグラスは後半に退場した。", ["ドウグラス"]),  # a katakana player after his club's town and の
    ("鳥栖は、ドウグラスが後半に決勝点を挙げた。", ["ドウグラス"]),  # after his side, before a result
])
def test_players_are_persons(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "レッズが優勝した。",  # a club's nickname alone before a result
    "フロンターレが連覇を達成した。",
    "男子団体は日本が金メダルを獲得した。",  # a country
    "前回大会は米国が優勝した。",
    "大林組が受注した。",  # a company, no pair
    "東京のレストランは出場者でにぎわった。",  # a loanword
])
def test_no_person_in_these(text):
    assert persons(text) == []


def test_a_result_word_inside_a_longer_katakana_word_is_none() -> None:
    assert persons("北浜百貨店の労組は、池袋の本店でストライキを行った。") == []
