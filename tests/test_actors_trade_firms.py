"""A firm named by a word UniDic reads as a prefix and a common word, then its trade (光 + 陵 + 化学), as the subject of its
statement, is one organisation; a prefix that makes a common word of what follows (大手化学は) names none. Sentences of
our own, through the real tokenizer."""

from __future__ import annotations

from conftest import found_of


def test_a_prefix_and_a_common_word_before_a_trade_name_a_firm_that_states() -> None:
    text = "光陵化学は「判決内容を精査し、対応を検討する」とのコメントを出した。"
    assert found_of(text, "organization") == ["光陵化学"]
    assert found_of("大手化学は「検討する」としている。", "organization") == []
