"""A court as the subject of words its ruling holds (一審の地裁は昨年の判決で、「…」として無罪を言い渡していた): the
ruling's words, no one's; the court's own comment stays its own. Sentences of our own; each fails without its change in
`quotes.subjects`."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_courts_ruling_holds_words_of_no_one() -> None:
    text = ("控訴審で逆転有罪\n\n一審の静岡地裁は昨年5月の判決で、「落石は予見できなかった」として無罪を言い渡していた。\n\n"
            "一審の静岡地裁は昨年5月の判決で、元所長にも「点検を怠った落ち度はない」として請求を退けていた。\n\n"
            "静岡地裁は「判決文を確認したい」とコメントした。")
    assert quotes(text) == [("落石は予見できなかった", None), ("点検を怠った落ち度はない", None),
                            ("判決文を確認したい", "静岡地裁")]
