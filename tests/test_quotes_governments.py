"""A country's government or delegation as the subject of words (ノルウェー政府は声明で「…」と歓迎した, 中国代表団は):
that state's body, which speaks; a country alone before other words is none. Sentences of our own; each fails without its change in
`quotes.states`."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_country_s_government_speaks_as_a_body() -> None:
    text = "基金には欧州の国々が拠出を表明した。ノルウェー政府は声明で「森林保護の新たな模範になる」と歓迎した。"
    assert quotes(text) == [("森林保護の新たな模範になる", "ノルウェー政府")]
    assert quotes("中国代表団は声明で「資源の回復が先だ」と主張した。") == [("資源の回復が先だ", "中国代表団")]


def test_a_government_s_policy_named_is_no_speaker() -> None:
    text = "ノルウェー政府の方針について、市民の一人は「歓迎したい」と話した。"
    assert quotes(text) == [("歓迎したい", None)]
