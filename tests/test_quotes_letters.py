"""Readers' letters: the words a letter quotes as said by 私 are the writer's, the one person the byline above it
names (会社員　…（57）　…市); others' words and a letter without a byline stay no one's. Sentences of our own; each
fails without `quotes.letters`."""

from __future__ import annotations

from tests.test_quotes import quotes

_PAGE = ("読者の声\n\n◇雪かきの礼\nパート　浜辺由香（44）　長野市\n\n"
         "朝、隣の中学生が雪をかいてくれていた。「僕がやります」と言う。私は「助かったよ。今度、何かおごるね」と返した。"
         "祖母にも電話で話すと、私も「体に気をつけてね」と言った。")


def test_the_words_a_letter_gives_to_i_are_its_writers() -> None:
    got = dict(quotes(_PAGE))
    assert got["助かったよ。今度、何かおごるね"] == "浜辺由香"
    assert got["体に気をつけてね"] == "浜辺由香"
    assert got["僕がやります"] is None  # (the neighbour's, unnamed)


def test_without_a_byline_i_is_no_one() -> None:
    text = "朝、隣の中学生が雪をかいてくれていた。私は「助かったよ」と返した。"
    assert quotes(text) == [("助かったよ", None)]

