"""Shapes read from real premiere, golf and foreign pages, pinned with sentences of our own: a run of speakers that
share one verb (佐倉は「…」、高山は「…」とそれぞれあいさつした: each topic's words its own); a headline's words beside a
person named with others (「…」、小雪ら…: a title, no one's); a time before a statement's の (協議後の声明で) names no
author, the subject speaks; a person ending the sentence after と and a verb in the past with ん or い (「…」と喜んだ
松山。); a name in brackets before an aside the sentence goes on past (「…オープン」（兵庫・…）で初優勝) is no quote;
a subject inside a clause the topic said (…が…と明かし、「…」) does not take the words from the topic; words greeted
with (「…」とあいさつした) are said."""

from __future__ import annotations

from tests.test_quotes import quotes, quotes_headed


def test_each_topic_in_a_run_that_shares_one_verb_speaks_its_own_words() -> None:
    text = ("映画の初日舞台あいさつが1日、都内で行われ、出演の佐倉みのり、高山健吾、野村彩花が登壇した。\n\n"
            "佐倉は「ようやく届けられてうれしい」、高山は「撮影は寒さとの闘いだった」、野村は「家族で見てほしい」と"
            "それぞれあいさつした。")
    assert quotes(text) == [("ようやく届けられてうれしい", "佐倉みのり"), ("撮影は寒さとの闘いだった", "高山健吾"),
                            ("家族で見てほしい", "野村彩花")]


def test_a_run_with_no_verb_of_saying_at_its_end_gives_no_words() -> None:
    text = "出演の佐倉みのりと高山健吾が登壇した。佐倉は「北の灯」、高山は「南の風」に出演した。"
    assert quotes(text) == []


def test_a_headline_title_beside_a_person_named_with_others_is_no_ones() -> None:
    body = "出演の佐倉みのりが登壇した。\n\n佐倉は「今日は楽しんでほしい」とあいさつした。"
    got = quotes_headed("「わたしが行く」、佐倉ら秘策を披露", body)
    assert ("わたしが行く", "佐倉みのり") not in got


def test_a_time_before_a_statements_no_names_no_author() -> None:
    text = "米国の西条国務長官は協議後の声明で、「我々は現実的な見方を維持している」と述べた。"
    assert quotes(text) == [("我々は現実的な見方を維持している", "西条")]


def test_a_person_ending_the_sentence_after_a_past_in_n_da() -> None:
    text = "北見大輝が初優勝を飾った。\n\n「本当にうれしいです。夢のようです」とツアー初勝利を喜んだ北見。"
    assert quotes(text) == [("本当にうれしいです。夢のようです", "北見大輝")]


def test_a_name_in_brackets_before_an_aside_the_sentence_goes_on_past_is_no_quote() -> None:
    text = "北見大輝が「みなとオープンゴルフ」（北浜・南台ゴルフクラブ）でプロ初優勝を果たした。"
    assert quotes(text) == []
    said = "田中一郎監督は試合後に会見した。「まだ終わっていない」（田中監督）。"
    assert quotes(said) == [("まだ終わっていない", "田中一郎")]


def test_a_subject_inside_a_clause_the_topic_said_does_not_block_the_topic() -> None:
    base = "映画監督の大島渚さんの自宅には、16日、松竹の北川信一会長らが弔問に訪れた。\n\n"
    text = base + "弔問に訪れた北川会長は、大島監督の体調が悪くなってからは会っていなかったと明かし、「特別な監督でした」と死を悼んだ。"
    assert quotes(text)[-1] == ("特別な監督でした", "北川信一")


def test_words_greeted_with_are_said() -> None:
    text = "主演の佐倉みのりは舞台に上がり、「今日は来てくれてありがとう」と穏やかな表情であいさつした。"
    assert quotes(text) == [("今日は来てくれてありがとう", "佐倉みのり")]


def test_words_said_with_a_manner_first_carry_the_speaker_from_the_sentence_before() -> None:
    text = ("北見大輝さん（71）は会見を開いた。支援者と共に北見さんが会場に入ると、フラッシュがたかれ、「恥ずかしい」と顔をおおった。"
            "軽く一礼して着席し、「やっと終わりました」と穏やかな表情であいさつした。")
    assert quotes(text)[-1] == ("やっと終わりました", "北見大輝")
