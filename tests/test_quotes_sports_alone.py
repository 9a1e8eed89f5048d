"""Words alone on a sports page: after a sentence that ends naming the player past a name the words before call him
(…のは、チームで「タンク」と呼ばれる背番号8のバレンタイン。), and after a paragraph of acts with no subject, the words
of the player the paragraph before it names (…宮下颯太内野手がプロ初本塁打を放った。 / 二回、…運んだ。 / 「…」).
Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes

_WORDS = "「仲間が最後までボールをつないでくれた。決勝でも体を張る」"


def test_a_player_named_at_the_end_past_a_nickname_in_brackets() -> None:
    text = ("ラグビーの準決勝が6日にあり、北浜ウイングスが東都レッズを破った。\n\n"
            "逆転のトライを決めたのは、チームで「タンク」と呼ばれる背番号8のニコ・バレンタイン。\n\n" + _WORDS)
    assert quotes(text)[-1][1] is not None and quotes(text)[-1][1].endswith("バレンタイン")


def test_a_nickname_after_the_player_leaves_the_words_no_ones() -> None:
    text = ("ラグビーの準決勝が6日にあり、北浜ウイングスが東都レッズを破った。\n\n"
            "逆転のトライを決めたバレンタインを、仲間は「タンク」と呼ぶ。\n\n" + _WORDS)
    assert quotes(text)[-1] == (_WORDS[1:-1], None)


_LEAD = "北浜ブルーズの新人、背番号0の宮下颯太内野手が30日の西港戦でプロ初本塁打を放った。\n\n"
_ALONE = "「打った瞬間に入ったと思った。ボールは両親に渡したい」"


def test_words_alone_after_a_paragraph_of_acts_are_the_players_before() -> None:
    text = _LEAD + "二回の第1打席、初球の直球を右翼席へ運んだ。ベンチに戻ると、仲間から手荒い祝福を受けた。\n\n" + _ALONE
    assert quotes(text)[-1] == (_ALONE[1:-1], "宮下颯太")


def test_a_scene_in_nouns_between_leaves_the_words_no_ones() -> None:
    text = _LEAD + "スタンドには、雨の中で応援を続けた両親の姿。\n\n" + _ALONE
    assert quotes(text)[-1] == (_ALONE[1:-1], None)


def test_a_paragraph_with_a_subject_between_leaves_the_words_no_ones() -> None:
    text = _LEAD + "二回の第1打席、初球の直球を右翼席へ運んだ。スタンドのファンが総立ちになった。\n\n" + _ALONE
    assert quotes(text)[-1] == (_ALONE[1:-1], None)


def test_a_body_before_the_acts_gives_words_alone_no_one() -> None:
    text = ("北浜電機は30日、新しい工場の計画を発表した。\n\n"
            "来年春に着工し、3年後の開業を目指す。周辺の道路も整える。\n\n「地域のにぎわいにつなげたい」")
    assert quotes(text)[-1] == ("地域のにぎわいにつなげたい", None)
