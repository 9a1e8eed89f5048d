"""A surname UniDic reads as a common word (森林), written alone or with a title after the full name was named
(森林太郎九段 … 森林九段は「…」): that person speaks; a place's name that starts someone's name (東浜 of 東浜健太郎)
does not. Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_surname_read_as_a_common_word_is_the_full_names_person() -> None:
    titled = "囲碁の本因坊戦で、挑戦者の森林太郎九段が勝った。森林九段は「最後まで苦しい碁だった」と振り返った。"
    assert quotes(titled) == [("最後まで苦しい碁だった", "森林太郎")]
    alone = "将棋の竜王戦で、挑戦者の森林太郎八段が勝った。\n\n森林は「苦しい将棋だった」と振り返った。"
    assert quotes(alone) == [("苦しい将棋だった", "森林太郎")]


def test_a_places_name_that_starts_a_persons_name_is_not_that_person() -> None:
    text = "東浜町の町長、東浜健太郎氏が5日、辞職を表明した。住民は驚いた。東浜は「小さな町だから」と話す人もいる。"
    assert quotes(text) == [("小さな町だから", None)]
