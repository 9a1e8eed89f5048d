"""Speakers a news paragraph describes before it names them: after 」と、 a title or a calling in apposition before the
name (「…」と、北斗証券の市場調査部長、山根光一氏は話す, と、保存会の会長の田村清さん（78）は), an age in brackets
read past; after words alone, one named for the first time in the sentence after, past a calling and a comma (地元で
育った会社員、杉浦拓也さんは目を細めた), also when the paragraph opened with a sentence that names no one; and words alone after a fact of a thing told with という (…のきっかけは…だったという。)
or a thing described with a noun and だ (作品は、…の物語だ。), which carries the speaker of the sentence before it. Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes

_FALL = "東証の株価が大きく下げた。\n\n"


def test_a_title_in_apposition_after_the_words_names_the_speaker() -> None:
    text = _FALL + "「不安が不安を呼んだ」と、北斗証券の市場調査部長、山根光一氏は話す。その上で「底は近い」との見方を示した。"
    assert quotes(text) == [("不安が不安を呼んだ", "山根光一"), ("底は近い", "山根光一")]


def test_words_before_the_comma_that_are_no_title_name_no_one() -> None:
    assert quotes(_FALL + "「不安が不安を呼んだ」と、昨年の春から、山根光一氏は話す。")[0][1] is None
    assert quotes(_FALL + "「不安が不安を呼んだ」と、部長が言った後、山根光一氏は話す。")[0][1] is None


_FEST = "北浜市の商店街で20日、夏祭りが開かれた。\n\n"
_WORDS = "「子どものころの活気が戻ってきた」。"


def test_one_named_first_after_words_alone_past_a_calling_speaks_them() -> None:
    text = _FEST + "今年は出店が増え、約2万人が訪れた。" + _WORDS + "地元で育った会社員、杉浦拓也さん（29）は目を細めた。"
    assert quotes(text) == [(_WORDS[1:-2], "杉浦拓也")]


def test_a_person_named_before_the_words_in_the_paragraph_leaves_them_no_ones() -> None:
    text = _FEST + "今年は山本一郎さんが店を出した。" + _WORDS + "地元で育った会社員、杉浦拓也さん（29）は目を細めた。"
    assert quotes(text) == [(_WORDS[1:-2], None)]


def test_one_placed_by_a_noun_and_no_after_the_words_is_not_their_speaker() -> None:
    text = _FEST + "今年は出店が増え、約2万人が訪れた。" + _WORDS + "先頭の杉浦拓也さん（29）は目を細めた。"
    assert quotes(text) == [(_WORDS[1:-2], None)]


_PRIZE = "新人賞の授賞式が開かれた。\n\n受賞した水野春香さん（35）は会見で笑顔を見せた。"
_ALONE = "「川の記憶を残したかった」"


def test_words_alone_after_a_reported_fact_of_a_thing_are_the_speaker_befores() -> None:
    text = _PRIZE + "構想のきっかけは、故郷の川が埋め立てられたことだったという。" + _ALONE
    assert quotes(text) == [(_ALONE[1:-1], "水野春香")]


def test_words_alone_after_a_reported_fact_of_people_or_a_body_are_no_ones() -> None:
    assert quotes(_PRIZE + "弟子たちは涙を流したという。" + _ALONE) == [(_ALONE[1:-1], None)]
    assert quotes(_PRIZE + "出版社は増刷を決めたという。" + _ALONE) == [(_ALONE[1:-1], None)]
    assert quotes(_PRIZE + "会場の母親は涙を流したという。" + _ALONE) == [(_ALONE[1:-1], None)]


def test_words_alone_after_a_fact_of_a_thing_told_with_its_own_verb_are_no_ones() -> None:
    assert quotes(_PRIZE + "構想は10年前に固まった。" + _ALONE) == [(_ALONE[1:-1], None)]


_FAIR = "北浜市で夏祭りが開かれた。\n\n「子どもの頃の活気が戻った」"


def test_a_title_and_no_or_a_calling_and_a_comma_after_the_words_describe_the_speaker() -> None:
    assert quotes(_FAIR + "と、保存会の会長の田村清さん（78）は話す。") == [(_FAIR[-13:-1], "田村清")]
    assert quotes(_FAIR + "と、東京から帰省した会社員、吉岡大輔さん（33）は話す。") == [(_FAIR[-13:-1], "吉岡大輔")]


def test_an_age_in_brackets_after_the_name_is_read_past() -> None:
    assert quotes(_FAIR + "と田村清さん（78）は目を細めた。") == [(_FAIR[-13:-1], "田村清")]
    assert quotes(_FAIR + "と、保存会の会長、田村清さん（78）は目を細めた。") == [(_FAIR[-13:-1], "田村清")]
    assert quotes(_FAIR + "と田村清さん（78）。") == [(_FAIR[-13:-1], "田村清")]


def test_one_described_after_the_words_by_a_kind_alone_is_no_one_named() -> None:
    assert quotes(_FAIR + "と話す妻（78）は目を細めた。") == [(_FAIR[-13:-1], None)]


def test_the_one_a_verb_of_saying_describes_named_in_apposition_after_a_description() -> None:
    assert quotes(_FAIR + "と話す地元の漁師、田村清さん（78）は、50年船に乗ってきた。") == [(_FAIR[-13:-1], "田村清")]
    assert quotes(_FAIR + "と話す母の田村幸子さん（56）は、ずっと目を潤ませていた。") == [(_FAIR[-13:-1], "田村幸子")]
    assert quotes(_FAIR + "と話す店長の田村清さん（44）は、棚に商品を並べていた。") == [(_FAIR[-13:-1], "田村清")]
    # (not past a clause of place or time: と話す男性の横で、; nor one named past a noun the words belong to)
    assert quotes(_FAIR + "と話す男性の横で、妻の田村幸子さんは涙ぐんだ。") == [(_FAIR[-13:-1], None)]


def test_the_one_a_verb_of_saying_describes_whatever_case_the_name_stands_in() -> None:
    text = _FAIR + "と話す田村清さんについて、会長は「腕は私より上」と笑う。"
    assert quotes(text) == [(_FAIR[-13:-1], "田村清"), ("腕は私より上", None)]


def test_words_alone_told_back_after_a_sentence_that_sets_the_scene() -> None:
    text = ("老舗の時計店が創業100年を迎えた。\n\n「止まった時計はね、持ち主の時間も止めてしまう」\n\n"
            "商店街の角にある「沢村時計店」。作業机で店主の沢村修さん（76）はそう言った。")
    assert quotes(text) == [("止まった時計はね、持ち主の時間も止めてしまう", "沢村修")]


def test_words_after_a_things_description_with_da_are_the_one_before() -> None:
    # 作品は、…物語だ。: a thing described between the speaker's sentence and the words, which names no one
    text = ("記者会見に臨んだ北浜千鶴子さんは、60歳で退職してから小説を書き始めた。作品は、港町で魚の行商を続ける3世代の女性の物語だ。"
            "「浜の言葉は、誰かが書き残さないと消えてしまう」と語る。\n\n"
            "「賞金は、集会所の屋根の修理に使います」とも話し、会場を笑わせた。")
    assert [s for _, s in quotes(text)] == ["北浜千鶴子", "北浜千鶴子"]
    text = "北浜千鶴子さんは小説を書き始めた。会場の女性は、港町の出身だ。「浜の言葉を残したい」と語る。"
    assert quotes(text)[-1][1] is None  # (a person described: she may be the one who speaks)
