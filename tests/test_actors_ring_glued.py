"""Ring names written right after a rank of the top division, before a stable in brackets, or after a lower
rank's number (`actors.ring_names`); a rank or a technique alone marks a line about sumo. Sentences of our own;
each fails without its change."""

from __future__ import annotations

import pytest

from conftest import persons


@pytest.mark.parametrize("text, names", [
    ("大関琴鳳は小結大翔鵬をはたき込み、１敗を守った。", ["琴鳳", "大翔鵬"]),
    ("結びの一番は、横綱輝ノ嶺が大関豊昇山を上手投げで下した。", ["輝ノ嶺", "豊昇山"]),
    ("前頭筆頭若隆星は、関脇若雷との兄弟対決を制した。", ["若隆星", "若雷"]),
    ("新十両昇進を決めた嵐ノ海（高田川部屋）は喜んだ。", ["嵐ノ海"]),
    ("幕下では、西１０枚目の朝白龍が７戦全勝で優勝を決めた。", ["朝白龍"]),
    ("大相撲の初場所で、大関霧ケ嶽が関脇若浦湾を押し出した。", ["霧ケ嶽", "若浦湾"]),  # ケ in a ring name
    ("新入幕の前頭十四枚目豊浜湾は、一門の期待を背負う。", ["豊浜湾"]),  # a rank's number and 枚目 right before
    ("日本相撲協会は２日、十両北雲山の引退を発表した。", ["北雲山"]),  # the second division's rank right before
])
def test_ring_names_after_ranks_and_before_stables(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "関脇の大関昇進は見送られた。",
    "横綱審議委員会は、関脇の成績を評価した。",
    "大相撲の十両優勝は千秋楽に決まった。",
    "大相撲の横綱昇進で、地元の商店街が沸いた。",  # (the sport before a step of a career)
])
def test_a_rank_before_common_words_makes_no_wrestler(text):
    assert persons(text) == []


def test_a_ring_name_with_no_between_kanji_after_a_rank():
    assert persons("平幕の隆の勝が勝ち越した。") == ["隆の勝"]


def test_a_former_bank_president_is_no_rank():
    assert persons("くろしお銀行の前頭取の岸氏は特別顧問に退いた。") == ["岸"]
