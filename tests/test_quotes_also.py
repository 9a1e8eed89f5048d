"""Words said "also" with no subject of their own (「…」とも述べた): the last speaker's, when no other person was named
since; with another named between, or a subject before the words, no one's by this rule. Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_words_said_also_are_the_last_speakers() -> None:
    text = ("南浜町の小林健一町長は3日、町営バスの路線を見直す考えを示した。\n\n"
            "小林町長は「利用者が減り、今の形では続けられない」と説明した。\n\n"
            "地元の商店会には、すでに方針を伝えたという。\n\n"
            "「買い物に困る人が出ないよう、予約制の乗り合いタクシーを検討したい」とも述べた。")
    assert quotes(text)[-1] == ("買い物に困る人が出ないよう、予約制の乗り合いタクシーを検討したい", "小林健一")


def test_another_person_named_between_gives_the_words_no_one() -> None:
    text = ("南浜町の小林健一町長は3日、町営バスの路線を見直す考えを示した。\n\n"
            "小林町長は「利用者が減り、今の形では続けられない」と説明した。\n\n"
            "町議会の森田隆議長には、すでに方針を伝えたという。\n\n"
            "「買い物に困る人が出ないよう、予約制の乗り合いタクシーを検討したい」とも述べた。")
    assert quotes(text)[-1] == ("買い物に困る人が出ないよう、予約制の乗り合いタクシーを検討したい", None)


def test_the_sentence_right_before_quoting_decides_alone() -> None:
    text = ("西浦市の大森健司市長は会見で、\n\n「県は市の声を聞いていない」と発言。\n\n"
            "さらに「この計画は見直すべきだ」とも述べた。")
    assert quotes(text)[-1] == ("この計画は見直すべきだ", "大森健司")  # (carried from the sentence before)
