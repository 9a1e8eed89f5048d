"""Words one gave another before the hearer is named (父から「…」と言われた榎本は), a finding that closes someone's words
before the topic's own (委員会は…X氏が「…」などと発言していたと認定し、「…」と指摘した), 同社長 / 同市長 as the one
named with that title, the one the topic shook hands with, a comment head with the player's kind (【北九州・先発の九条陽介の
話】) and a player's side after the title in brackets (（ライアン・コリンズ投手・神奈川）). Sentences of our own; each
fails without its change (`forms._GIVEN_BY`, `subjects._REPORT_DONE`, `previous.carries`, `previous._MET_WITH`,
`lines.line_speaker`'s kinds after a side, `vox._AGE_LAST`)."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_words_given_before_the_hearer_is_named_are_the_givers() -> None:
    text = ("女子ゴルフの最終日、榎本ひかりが逆転で初優勝した。\n\n"
            "15番の後、キャディーを務める父の榎本雅彦さん（52）から「ここからが勝負。笑って打て」と言われた榎本は、"
            "続く16番から3連続バーディーを奪った。")
    assert quotes(text) == [("ここからが勝負。笑って打て", "榎本雅彦")]


def test_words_from_no_one_named_stay_unnamed() -> None:
    text = "陸上の田中健太が初優勝した。\n\n周囲から「無理だ」と言われた田中は、それでも挑んだ。"
    assert quotes(text) == [("無理だ", None)]


def test_a_finding_that_closes_anothers_words_leaves_the_next_words_to_the_topic() -> None:
    text = ("土浦市の黒沼孝志市長が2日、辞職した。\n\n第三者委員会は3月にまとめた報告書で、黒沼氏が職員に「代わりは"
            "いくらでもいる」などと繰り返し発言していたと認定し、「職員を萎縮させた」と指摘していた。")
    assert quotes(text) == [("代わりはいくらでもいる", "黒沼孝志"), ("職員を萎縮させた", None)]


def test_same_president_is_the_topic_not_the_one_whose_hand_was_shaken() -> None:
    text = ("会見には滝本紀子社長と舟橋卓郎社長が出席した。\n\n"
            "会見の最後に、滝本社長は舟橋社長と握手を交わした。同社長は「ようやく肩の荷が下りた」と話した。")
    assert quotes(text) == [("ようやく肩の荷が下りた", "滝本紀子")]


def test_a_comment_head_with_the_players_kind() -> None:
    text = "神奈川が北九州を5－2で破った。\n\n【北九州・先発の九条陽介の話】「最後の1球だけが悔やまれる」"
    assert quotes(text) == [("最後の1球だけが悔やまれる", "九条陽介")]


def test_a_players_side_after_the_title_in_brackets() -> None:
    text = "神奈川が北九州を5－2で破った。\n\n「最後の打者のことは覚えていない」（ライアン・コリンズ投手・神奈川）"
    assert quotes(text) == [("最後の打者のことは覚えていない", "コリンズ")]
