"""Words alone after a sentence that announces them (…は深く一礼し、こう述べた。 then 「…」): the cue's one subject,
though the cue quotes others' words too (支持者から「…」という声が飛ぶ中、); a cue with two subjects gives no one;
words alone after 同氏 opening a paragraph: the one the paragraph before names; words alone before a paragraph
whose subject says so (…さん（66）は、そう話す).
Sentences of our own; each fails without its change in `quotes.alone` and `quotes.find`."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_words_alone_after_a_cue_are_its_subjects() -> None:
    text = ("知事選、新人が初当選\n\n新人の川端正樹さんは夜、事務所に姿を見せた。支持者から「おめでとう」という声が飛ぶ中、"
            "川端さんは深く一礼し、こう述べた。\n\n「県民とともに歩む県政を約束します」")
    assert quotes(text)[-1] == ("県民とともに歩む県政を約束します", "川端正樹")


def test_a_cue_with_two_subjects_gives_no_one() -> None:
    text = ("知事選、新人が初当選\n\n新人の川端正樹さんは夜、事務所に姿を見せた。支持者から「おめでとう」という声が飛ぶ中、"
            "川端さんと陣営の佐野俊介代表は深く一礼し、こう述べた。\n\n「県民とともに歩む県政を約束します」")
    assert quotes(text)[-1] == ("県民とともに歩む県政を約束します", None)


def test_the_same_one_opening_a_paragraph_is_read_from_the_paragraph_before() -> None:
    text = ("円高で株安\n\n証券会社の岸田浩平氏は「市場は利上げを織り込み始めた」と話す。\n\n"
            "同氏は、円高も逆風になったと指摘する。「企業の想定より円高が進んだ。もう一段の下げもありうる」")
    assert quotes(text)[-1] == ("企業の想定より円高が進んだ。もう一段の下げもありうる", "岸田浩平")


def test_words_alone_then_a_paragraph_whose_subject_says_so() -> None:
    text = ("町工場、注文戻らず\n\n失業率は前月から悪化した。\n\n「注文の戻りが鈍い。今のところ空振りだ」\n\n"
            "下請け工場を営む松永正夫さん（66）は、そう話す。従業員12人の工場は売り上げが3割減った。")
    assert quotes(text) == [("注文の戻りが鈍い。今のところ空振りだ", "松永正夫")]
