"""A ruling or another paper as the topic of the sentence before a quote (判決は…と認定。「…」と述べた): the words are
the paper's, no one's, whoever its clauses name. Sentences of our own; each fails without `previous._PAPER_TOPIC`."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_rulings_words_carried_after_it_are_no_ones() -> None:
    # (判決は…と認定。「…」と述べた: the ruling speaks, not the defendant its clause names)
    text = ("放火事件の控訴審判決\n\n住宅を焼いたとして放火の罪に問われた元団員、浜中悠斗被告（31）の控訴審判決が18日、"
            "高裁であった。\n\n判決は、被告が長い間、暴言を浴びていたと認定。「その扱いが動機に影響しており、酌むべき点がある」と述べた。")
    assert quotes(text) == [("その扱いが動機に影響しており、酌むべき点がある", None)]
