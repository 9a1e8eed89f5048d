"""A surname the article named in full ends a sentence (…と喜んだ北見。): the person again, even where UniDic reads the
word as a place; a place the article names no one by stays a place. Real tokenizer; sentences written for these tests."""

from __future__ import annotations

from conftest import article_persons


def test_a_surname_named_in_full_that_ends_a_sentence_is_the_person() -> None:
    got = article_persons(["北見大輝が初優勝を飾った。", "「夢のようです」と喜んだ北見。"])
    assert got == [["北見大輝"], ["北見"]]


def test_a_place_ending_a_sentence_with_no_one_of_its_name_stays_a_place() -> None:
    assert article_persons(["旅の終わりは北見。", "雪の街を歩いた。"]) == [[], []]
