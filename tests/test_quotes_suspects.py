"""Words a suspect gave the police, with no subject of their own (調べに対し「…」と容疑を認めている): the one person
the article named as a suspect, not the police chief the sentence before was about; two suspects give no one.
Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_words_to_investigators_are_the_one_suspects() -> None:
    text = ("警察は8日、無職の大塚孝之容疑者（41）を詐欺の疑いで逮捕しました。"
            "調べに対し「お金はすぐ返すつもりだった」と容疑を否認しているということです。")
    assert quotes(text) == [("お金はすぐ返すつもりだった", "大塚孝之")]
    chief = ("南浜署は8日、大塚孝之容疑者（41）を詐欺の疑いで逮捕した。南浜署の石井修署長が会見した。"
             "調べに対し「お金はすぐ返すつもりだった」と供述している。")
    assert quotes(chief) == [("お金はすぐ返すつもりだった", "大塚孝之")]


def test_two_suspects_give_the_words_no_one() -> None:
    text = ("警察は8日、大塚孝之容疑者（41）と森下修容疑者（39）を詐欺の疑いで逮捕しました。"
            "調べに対し「お金はすぐ返すつもりだった」と容疑を否認しているということです。")
    assert quotes(text) == [("お金はすぐ返すつもりだった", None)]
