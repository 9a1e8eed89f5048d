"""Two forms of saying: a body's statement in 「…」としており、 (the continuative of としている, the sentence going on:
同省は「…」としており、…), and words alone announced after them by こう切り出した (「…」。…山本議員はこう切り出した).
Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_statement_in_としており_is_the_bodys() -> None:
    found = quotes("北浜電機は「部品の調達に大きな影響はない」としており、市場関係者は「楽観はできない」とみている。")
    assert ("部品の調達に大きな影響はない", "北浜電機") in found


def test_a_thing_named_with_を_and_としており_is_no_quote() -> None:
    found = quotes("北浜電機は新しい工場の名前を「みなと第二」としており、来春に稼働させる。")
    assert not any(words == "みなと第二" for words, _ in found)


def test_words_alone_announced_by_こう切り出した() -> None:
    found = quotes("市議会の一般質問が10日、行われた。\n\n「なぜ計画の見直しを急ぐのか、市民に説明してほしい」。"
                   "最初に登壇した山本和也議員はこう切り出した。")
    assert ("なぜ計画の見直しを急ぐのか、市民に説明してほしい", "山本和也") in found


def test_words_before_と切り出した_are_the_subjects() -> None:
    found = quotes("山本和也議員は「まず財源の話から伺いたい」と切り出した。")
    assert ("まず財源の話から伺いたい", "山本和也") in found
