"""A body written by the end of its name alone (消防局は after 北浜市消防局) speaks as the one body named before whose
name ends so; a spokesperson alone speaks for the article's one organisation; a body's staff as a source right
before words told as hearsay (同社の担当者によると「…」という) for the body, a ministry's for no one. Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_the_end_of_a_bodys_name_alone_is_that_body() -> None:
    fire = "西浦市消防局によると、5日午後、市内の住宅で火事があった。消防局は「ストーブの周りに物を置かないで」と呼びかけている。"
    assert quotes(fire) == [("ストーブの周りに物を置かないで", "西浦市消防局")]
    office = "西浦地方気象台は5日、大雪警報を出した。気象台は「不要不急の外出は控えてほしい」と呼びかけている。"
    assert quotes(office) == [("不要不急の外出は控えてほしい", "西浦地方気象台")]


def test_an_end_two_bodies_share_gives_no_one() -> None:
    text = ("西浦市消防局と東浦町消防局は5日、合同で訓練をした。消防局は「連携を深めたい」としている。")
    assert quotes(text) == [("連携を深めたい", None)]


def test_a_spokesperson_alone_speaks_for_the_articles_one_organisation() -> None:
    text = "西浦ガスは5日、ガス料金を値上げすると発表した。広報担当者は「原料の高騰でやむを得ない」と話した。"
    assert quotes(text) == [("原料の高騰でやむを得ない", "西浦ガス")]


def test_a_bodys_staff_as_the_source_of_words_told_as_hearsay_speak_as_no_one_the_body_itself_for_it() -> None:
    text = "西浦ガスが料金を値上げする。同社の担当者によると、「原料の高騰でやむを得ない」という。"
    assert quotes(text) == [("原料の高騰でやむを得ない", None)]
    body = "西浦ガスが料金を値上げする。同社によると、「原料の高騰でやむを得ない」という。"
    assert quotes(body) == [("原料の高騰でやむを得ない", "西浦ガス")]
    ministry = "経済産業省は5日、新たな指針を示した。同省の担当者によると、「事業者の声も聞いた」という。"
    assert quotes(ministry) == [("事業者の声も聞いた", None)]
