"""Words a writing holds (日記には「…」とある, 手紙には「…」と書かれていた) that read as said: quotes, the writer's when
the sentence names one person before them as the writing's owner or its writer, no one's otherwise. Sentences of our
own; each fails without its change (`quotes.written`)."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_diary_or_letters_words_are_the_writers() -> None:
    assert quotes("2061年8月14日の浅葱省吾さんの日記には「あすは能登の海を描きに行く」とある。") == [
        ("あすは能登の海を描きに行く", "浅葱省吾")]
    assert quotes("北浜清吉さんが妻に宛てた手紙には「稲刈りには帰れそうにない」と書かれていた。") == [
        ("稲刈りには帰れそうにない", "北浜清吉")]


def test_a_writings_words_with_no_writer_named_are_no_ones() -> None:
    assert quotes("店の入り口の張り紙には「本日は休業します」とある。") == [("本日は休業します", None)]
    # two people named before: whose is not said
    assert quotes("北浜清吉さんと妻の北浜ハナさんの手紙には「稲刈りには帰れそうにない」とある。") == [
        ("稲刈りには帰れそうにない", None)]


def test_words_written_on_a_sign_are_no_ones_said_words() -> None:
    sign = ("画家の三宅ゆりさん（39）は「屋根の曲線は、もう見られない」と話した。村では「私たちの教会を守ろう」と書いた紙を、"
            "窓に張る家も出ている。")
    assert ("私たちの教会を守ろう", "三宅ゆり") not in quotes(sign)
    assert quotes(sign)[0] == ("屋根の曲線は、もう見られない", "三宅ゆり")
    banner = "住民の川辺千秋さんは「ダムはいらない」と書いた横断幕を掲げた。"
    assert ("ダムはいらない", "川辺千秋") not in quotes(banner)


def test_words_alone_after_a_sentence_naming_a_writings_passage_are_not_its_subjects() -> None:
    text = ("祖父の漁師、北条寛治さんの日記が本になった。\n\n"
            "孫の北条拓海さん（30）が特に心に残ったというのは、台風で船が遭難しかけた夜の記述だ。\n\n"
            "「波が高い。妻と息子の顔ばかり浮かぶ。必ず帰る」")
    assert ("波が高い。妻と息子の顔ばかり浮かぶ。必ず帰る", "北条拓海") not in quotes(text)
