"""A court as the subject of words its ruling holds (一審の地裁は昨年の判決で、「…」として無罪を言い渡していた): the
ruling's words, no one's; the court's own comment stays its own; a ruling as the topic of words that close its
sentence (判決は一方で、被告が…点を考慮し、「…」とも述べた) gives them no one, whoever its clauses name. Sentences of our
own; each fails without its change in `quotes.subjects`."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_courts_ruling_holds_words_of_no_one() -> None:
    text = ("控訴審で逆転有罪\n\n一審の静岡地裁は昨年5月の判決で、「落石は予見できなかった」として無罪を言い渡していた。\n\n"
            "一審の静岡地裁は昨年5月の判決で、元所長にも「点検を怠った落ち度はない」として請求を退けていた。\n\n"
            "静岡地裁は「判決文を確認したい」とコメントした。")
    assert quotes(text) == [("落石は予見できなかった", None), ("点検を怠った落ち度はない", None),
                            ("判決文を確認したい", "静岡地裁")]


def test_a_rulings_words_after_a_clause_about_the_defendant_are_no_ones() -> None:
    text = ("横領に実刑判決\n\n元経理課長、津田浩二被告（54）に対し、地裁は懲役5年の判決を言い渡した。\n\n"
            "判決は一方で、被告が自ら着服を申し出て弁償した点を考慮し、「反省の態度は認められる」とも述べた。\n\n"
            "判決は、弁護側が「気が動転していた」と主張した点について、「計画性は明らかだ」と退けた。")
    got = quotes(text)
    assert ("反省の態度は認められる", None) in got and ("計画性は明らかだ", None) in got
