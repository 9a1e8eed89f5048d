"""Who said what (issue 22): an office of the article's own local government named by its kind alone, as a
clause's subject (県警捜査3課は, 市保健所は, 町税務課が), is a body: its words are its own, and 同課 later stands
for it. The staff of a local government (町の担当者は) stay no one's. Sentences of our own; each fails without
its change."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_an_office_named_by_its_kind_speaks_as_a_body() -> None:
    text = "食中毒\n\n市保健所は12日、市内の飲食店を営業停止にした。市保健所は「加熱を十分にしてほしい」と呼びかけている。"
    assert quotes(text) == [("加熱を十分にしてほしい", "市保健所")]
    police = "詐欺\n\n県警捜査3課は5日、男を逮捕した。同課は「余罪もあるとみて調べる」としている。"
    assert quotes(police) == [("余罪もあるとみて調べる", "県警捜査3課")]


def test_the_staff_of_a_local_government_stay_no_ones() -> None:
    text = "税\n\n町の担当者は「税務課で受け付ける」と話した。町税務課が「期限を守ってほしい」と呼びかけた。"
    assert quotes(text) == [("税務課で受け付ける", None), ("期限を守ってほしい", "町税務課")]


def test_an_office_of_a_body_the_article_named_speaks_for_that_body() -> None:
    text = ("事故\n\n白浜県警本部は3日、県内の交通事故が増えたと発表した。\n\n"
            "県警本部交通指導課は「夕方は早めにライトをつけてほしい」と呼びかけている。")
    assert quotes(text) == [("夕方は早めにライトをつけてほしい", "白浜県警")]
