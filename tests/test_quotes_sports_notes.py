"""A sports page writes a name with a note of age and club or stable (大関・北斗海(26=湊川部屋)が), which the actors may
leave unmarked: the person named so elsewhere in the article is that sentence's subject and speaks next; one known by
such a note and beaten or met (を) does not keep the subject before from speaking. Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_name_before_a_stable_note_is_the_subject_carried() -> None:
    text = ("大関・白鷺山「まだ夢の中」\n\n"
            "夏場所で初優勝した大関・白鷺山(27=港浜部屋)が一夜明けた27日、部屋で会見した。\n\n"
            "「まだ夢の中にいるようだ」と照れ笑いを浮かべた。")
    assert quotes(text)[-1] == ("まだ夢の中にいるようだ", "白鷺山")


def test_one_beaten_known_by_a_note_leaves_the_speaker_before() -> None:
    text = ("大関・白鷺山「まだ夢の中」\n\n"
            "大関・白鷺山は「ほっとした」と話した。\n\n"
            "13日目に関脇・岩風(25=北浦部屋)を寄り切りで破り、首位に並んだ。「あの一番が大きかった」と振り返った。")
    assert quotes(text)[-1] == ("あの一番が大きかった", "白鷺山")


def test_one_known_by_a_note_as_the_subject_speaks_next_never_the_one_before() -> None:
    text = ("大関・白鷺山「まだ夢の中」\n\n"
            "大関・白鷺山は「ほっとした」と話した。\n\n"
            "新入幕の岩風(25=北浦部屋)も敢闘賞を受けた。「次は勝ち越しが目標」と話した。")
    assert quotes(text)[-1] == ("次は勝ち越しが目標", "岩風")  # (a rank and の before him name him now)
