"""A firm whose name opens in hiragana and ends in the kanji of its trade, named with its seat in brackets (あおば乳業
（本社・…）は): the brackets say a body is named, so 同社は「…」 later stands for it. Sentences of our own."""

from __future__ import annotations

import pytest

from tests.test_quotes import quotes


@pytest.mark.parametrize("firm", ["あおば乳業", "かもめ水産", "すずらん食品"])
def test_a_kana_named_firm_before_its_seat_is_the_body_同社_stands_for(firm: str) -> None:
    found = quotes(firm + "（本社・東京都港区）は2日、クッキー約2万箱を自主回収すると発表した。\n\n"
                   "同社は「ご心配をおかけし、深くおわびします」とのコメントを出した。")
    assert ("ご心配をおかけし、深くおわびします", firm) in found


def test_words_in_hiragana_before_brackets_are_no_name() -> None:
    found = quotes("いつもより早く（東京都港区）は2日、会見を開いた。同社は「心配をかけた」とのコメントを出した。")
    assert not any(speaker == "いつもより早く" for _, speaker in found)
