"""A person named with the body or place they speak for, after a quote: in brackets with the body before
・ or の (「…」（日本維新の会・藤本共同代表）), and after と (「…」と公明党の石原代表。, 「…」と東京都の小池知事は語った).
The person speaks, not the body; a word before の that names no body or place gives no one. Sentences of
our own; each fails without its change, the last without its guard."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_person_after_a_body_and_a_point_in_brackets_after_the_quote() -> None:
    text = "各党の反応\n\n「議論が尽くされていない」（日本維新の会・藤本共同代表）"
    assert quotes(text) == [("議論が尽くされていない", "藤本")]


def test_two_people_in_the_brackets_give_no_one() -> None:
    text = "各国の反応\n\n「残念だ」（米国務省のミラー報道官、ロシア外務省のザハロワ情報局長）"
    assert quotes(text) == [("残念だ", None)]


def test_a_person_after_a_body_or_a_place_and_no_after_to() -> None:
    text = ("与党の反応\n\n「丁寧な説明を求めたい」と公明党の石原代表。\n\n"
            "「歓迎する」と東京都の小池知事は語った。")
    assert quotes(text) == [("丁寧な説明を求めたい", "石原"), ("歓迎する", "小池")]


def test_a_word_before_no_that_is_no_body_gives_no_one() -> None:
    text = "パン祭り\n\n「世界一のパンを作りたい」と話題の佐藤さんが登壇した。"
    assert quotes(text) == [("世界一のパンを作りたい", None)]


def test_one_of_a_bodys_people_unnamed_in_the_brackets_is_no_one() -> None:
    text = ("首相、解散否定\n\n石井首相は記者団に「解散は考えていない」と述べた。\n\n"
            "野党からは「信用できない」（立憲民主党幹部）との声も上がった。")
    assert quotes(text) == [("解散は考えていない", "石井"), ("信用できない", None)]
    body = "値上げ\n\n「原材料費の高騰が続く」（北辰精機）。"
    assert quotes(body) == [("原材料費の高騰が続く", "北辰精機")]
