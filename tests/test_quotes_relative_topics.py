"""Who a sentence is about: the subject of a relative clause (Y が掲げた「…」を) is not the sentence's, a name that says who
a topic is (学んだ相手は、…X だ) is no speaker for words alone after it, and a broadcast's or sign's words (「…」という放送)
are no one's the text names. Sentences of our own; each fails without its change (`subjects._RELATIVE`,
`nominal._TOPIC`, `speakers._CONTENT`)."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_the_subject_of_a_relative_clause_before_the_words_is_not_the_speaker() -> None:
    text = ("予算委員会は30日、基本的質疑を行った。\n\n野党の北川美紀氏は、大野首相が施政方針で掲げた「所得の倍増」を取り上げ、"
            "「実質賃金は下がっている。看板倒れだ」と迫った。")
    assert quotes(text) == [("実質賃金は下がっている。看板倒れだ", "北川美紀")]


def test_words_alone_after_a_sentence_that_names_a_topics_partner_are_no_ones() -> None:
    text = ("酒蔵で今季から、長女の松井千秋さん（29）が杜氏を務める。\n\n"
            "3年間、仕込みを学んだ相手は、前任の杜氏の岩田源造さん（75）だ。\n\n「父の酒を超えたい」")
    assert ("父の酒を超えたい", "岩田源造") not in quotes(text)


def test_a_broadcasts_words_are_no_ones_the_text_names() -> None:
    text = ("市公園課の石川花子課長は「点検を強化する」と話した。\n\n"
            "公園では毎年この時期、「頭上の枝にご注意ください」という放送を流している。")
    assert ("頭上の枝にご注意ください", None) in quotes(text)
