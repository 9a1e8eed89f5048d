"""A headline that opens with a title before a space and the words' topic (日銀総裁 国債買い入れ「機動的に」): the words
are those of the one person the body names with the title and quotes saying them; a title after a person's name
(石破首相) or of another holder stays no one's by this rule. Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes_headed

_BODY = ("中央銀行の宮園達彦総裁は28日の会見で、長期金利について「例外的な状況では買い入れを機動的に増やすこともありうる」"
         "と述べた。")


def test_a_title_before_the_topic_gives_the_headline_its_holder() -> None:
    assert quotes_headed("日銀総裁 国債買い入れ「機動的に」", _BODY)[0] == ("機動的に", "宮園達彦")


def test_a_headline_of_another_holder_is_no_ones() -> None:
    found = quotes_headed("前総裁 国債買い入れ「機動的に」", _BODY)
    assert ("機動的に", "宮園達彦") not in found


def test_a_topic_that_names_the_words_as_an_object_is_no_ones() -> None:
    found = quotes_headed("日銀総裁 映画の「機動的に」", _BODY)
    assert ("機動的に", "宮園達彦") not in found


def test_a_headline_of_a_former_holder_the_body_names_so_is_theirs() -> None:
    body = "バス事故の初公判が開かれた。\n\n運行会社の元社長、片岡昭三被告は「会社として過失はない」と述べた。"
    assert quotes_headed("バス事故　元社長「過失はない」", body)[0] == ("過失はない", "片岡昭三")
