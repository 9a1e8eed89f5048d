"""Who said what (issue 22): the person a verb of the quote's clause describes (「…」と笑顔を見せた大谷は: his
words; 「…」と批判された田中は: words said to him, no one's); words alone before a sentence whose subject is a
person known by an age (「…」。…女性（80）はため息をついた) are not carried from the speaker before; 「…」とも語った
continues the speaker before. Sentences of our own; each fails without its change."""

from __future__ import annotations

from tests.test_quotes import quotes
from tui.news.reporting import closes_clause


def test_the_person_a_verb_after_the_quote_describes_speaks() -> None:
    text = ("試合\n\n「いい感触だった」と笑顔を見せた大谷は、次戦も先発出場する。\n\n"
            "「もっと打てる」と振り返る鈴木は、悔しそうだった。")
    assert quotes(text) == [("いい感触だった", "大谷"), ("もっと打てる", "鈴木")]


def test_a_passive_verb_or_a_relative_of_the_person_gives_no_one() -> None:
    text = ("試合\n\n「引退するべきだ」と批判された田中は、沈黙を続けた。\n\n"
            "「最高だ」と語った佐藤の父は、涙ぐんだ。")
    assert quotes(text) == [("引退するべきだ", None), ("最高だ", None)]


def test_words_alone_before_a_sentence_about_someone_known_by_an_age_are_not_carried() -> None:
    text = ("豪雨から1か月\n\n「家族が無事だったのが救い」。自宅が全壊した会社員、三浦大地さん（45）はこう話した。\n\n"
            "「元の暮らしに戻るには何年かかるのか」。避難所で暮らす女性（80）はため息をついた。")
    assert quotes(text) == [("家族が無事だったのが救い", "三浦大地"), ("元の暮らしに戻るには何年かかるのか", None)]


def test_tomo_after_a_quote_continues_the_speaker_before() -> None:
    assert closes_clause("とも語った。") and not closes_clause("とともに")
    text = "試合\n\nロバーツ監督は「彼は特別だ」とたたえた。「毎日驚かされる」とも語った。"
    assert quotes(text) == [("彼は特別だ", "ロバーツ"), ("毎日驚かされる", "ロバーツ")]


def test_a_katakana_title_after_a_point_is_the_speakers() -> None:
    text = "ラグビー\n\nジョーンズ・ヘッドコーチは「まだ80点。修正点は多い」と厳しい表情だった。"
    assert quotes(text) == [("まだ80点。修正点は多い", "ジョーンズ")]


def test_a_topic_in_a_clause_that_ends_before_the_words_does_not_hide_the_subject() -> None:
    text = "野球\n\n先発した新人の三浦は6回3失点で勝敗はつかなかったが、「次は勝ちにつなげたい」と前を向いた。"
    assert quotes(text) == [("次は勝ちにつなげたい", "三浦")]
    other = "野球\n\n田中監督は試合に敗れたが、ファンは「また来年がある」と声援を送った。"
    assert quotes(other) == [("また来年がある", None)]


def test_a_saying_of_the_one_spoken_of_before_carries_their_words_on() -> None:
    text = ("俳優の北条誠さん死去\n\n俳優の北条誠（ほうじょう・まこと）さんが12日、死去した。82歳だった。\n\n"
            "時代劇を中心に活躍し、「男は黙って背中で語る」が口癖だった。晩年のインタビューでは「芝居に終わりはない」と語っていた。")
    assert quotes(text) == [("男は黙って背中で語る", "北条誠"), ("芝居に終わりはない", "北条誠")]  # (the saying his too)
    scene = ("祭り\n\n北浜市の森市長があいさつした。\n\n会場は大勢の人でにぎわった。「また来年も来たい」と話した。")
    assert quotes(scene) == [("また来年も来たい", None)]  # a scene's words may be anyone's


def test_a_speaker_named_after_と_with_a_role_and_の_before_the_name() -> None:
    shop = "物産館の売り上げは好調だ。「毎朝売り切れる」と店長の砂川徹さんは笑う。"
    assert quotes(shop) == [("毎朝売り切れる", "砂川徹")]
    coach = "「次こそ勝つ」と監督の森本健は話した。"
    assert quotes(coach) == [("次こそ勝つ", "森本健")]


def test_a_relative_named_after_と_by_someone_elses_name_and_role_speaks_no_quote() -> None:
    son = "「次こそ勝つ」と森本健監督の長男は話した。"
    assert quotes(son) == [("次こそ勝つ", None)]
