"""An interview that opens the article, its questions under ―― and its answers alone, before any lead: the one
person the first sentence after it names as its subject answered. Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_answers_before_the_lead_are_the_person_the_sentence_after_them_is_about() -> None:
    text = ("――初めての個展ですね。\n\n「ずっと夢でした。まだ実感がありません」\n\n――作品に込めた思いは。\n\n"
            "「海辺の町の光を残したかった」\n\n画家の岸本ゆうなが、故郷の美術館で初の個展を開いている。")
    assert quotes(text) == [("ずっと夢でした。まだ実感がありません", "岸本ゆうな"), ("海辺の町の光を残したかった", "岸本ゆうな")]


def test_a_sentence_after_them_that_names_two_gives_the_answers_no_one() -> None:
    text = ("――初めての個展ですね。\n\n「ずっと夢でした。まだ実感がありません」\n\n"
            "画家の岸本ゆうなと写真家の森川拓が、故郷の美術館で二人展を開いている。")
    assert quotes(text) == [("ずっと夢でした。まだ実感がありません", None)]


def test_a_comment_lines_speaker_answers_no_questions_after_it() -> None:
    text = ("北浜は2日、本拠地で南海に5―4でサヨナラ勝ちした。4番の岩城翼が右中間を破った。\n\n"
            "【南海・ロペス監督】「終盤の継投ミスだ。私の判断が悪かった」\n\n"
            "――サヨナラ打は、どの球を打ちましたか。\n\n「真っすぐです。狙っていました」")
    assert ("真っすぐです。狙っていました", "ロペス") not in quotes(text)
    assert ("終盤の継投ミスだ。私の判断が悪かった", "ロペス") in quotes(text)


def test_words_an_interviewers_question_quotes_are_no_ones() -> None:
    text = ("長編を出した作家の水沢遥さん（48）。新作について聞いた。\n\n――十年ぶりの長編です。\n\n「何度もやめようと思いました」"
            "\n\n――帯には「静かな傑作」とあります。\n\n「恥ずかしいですね。編集者が書いたんです」")
    got = quotes(text)
    assert ("静かな傑作", None) in got and ("恥ずかしいですね。編集者が書いたんです", "水沢遥") in got


def test_the_one_the_lead_introduces_answers_though_a_later_sentence_of_it_names_another() -> None:
    text = ("舞台「潮騒の町」で初主演を務める俳優の瀬尾湊（27）。「彼に賭けた」と話すのは、演出家の久住圭だ。稽古場で話を聞いた。\n\n"
            "――初主演です。\n\n「まだ信じられません。毎晩、台本を抱えて寝ています」\n\n"
            "――久住さんの稽古は。\n\n「厳しいです。でも一言ごとに景色が変わる」")
    got = quotes(text)
    assert ("まだ信じられません。毎晩、台本を抱えて寝ています", "瀬尾湊") in got
    assert ("厳しいです。でも一言ごとに景色が変わる", "瀬尾湊") in got


def test_a_lead_that_asks_a_long_question_of_its_person_names_who_answers() -> None:
    text = ("４月に就任した北陸共栄銀行の水野一樹頭取（57）に、人口減少が続く地域で地方銀行が果たす役割を聞いた。\n\n"
            "――重点を置く分野は。\n\n「事業承継です。後継者のいない取引先を支えたい」")
    assert quotes(text) == [("事業承継です。後継者のいない取引先を支えたい", "水野一樹")]
