"""A headline's words said, shortened from the body's (初優勝の村瀬、「最後まで攻めた」 over 「最後まで攻める気持ちを
忘れなかった」): a quote of the one person the headline names when the body quotes that person, the words a
clause set off by a comma, a space or the headline's edge; a title in brackets (「君たちはどう生きるか」で受賞)
or words beside no one the body quotes stay out. Sentences of our own; each fails without its change."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_headlines_shortened_words_are_the_one_named_persons() -> None:
    text = ("初優勝の村瀬、「最後まで攻めた」\n\n女子ゴルフの北陸オープン最終日は17日、首位で出た村瀬彩花が初優勝を飾った。\n\n"
            "最終18番でバーディーを奪った村瀬は「最後まで攻める気持ちを忘れなかった」と涙を浮かべた。")
    assert quotes(text) == [("最後まで攻めた", "村瀬彩花"), ("最後まで攻める気持ちを忘れなかった", "村瀬彩花")]
    first = "「もう一度挑戦したい」　引退の佐野が会見\n\nプロ野球の佐野涼太投手が20日、引退会見した。佐野は「悔いはない」と語った。"
    assert quotes(first) == [("もう一度挑戦したい", "佐野涼太"), ("悔いはない", "佐野涼太")]


def test_a_title_in_a_headline_or_words_beside_no_one_quoted_are_no_quote() -> None:
    title = "宮崎監督、「君たちはどう生きるか」で受賞\n\nアニメ映画の宮崎駿監督が18日、賞を受けた。宮崎監督は「うれしい」と話した。"
    assert quotes(title) == [("うれしい", "宮崎駿")]
    unquoted = "村瀬、「最後まで攻めた」\n\n女子ゴルフの大会で村瀬彩花が初優勝を飾った。"
    assert quotes(unquoted) == []


def test_a_headlines_word_under_a_title_is_the_holders_when_the_body_quotes_them_saying_it() -> None:
    text = ("外相「遺憾」　領海侵入に抗議\n\n北浜沖で外国の艦艇が領海に入った問題で、宮原直樹外相は4日、"
            "「誠に遺憾であり、強く抗議した」と述べた。")
    assert quotes(text) == [("遺憾", "宮原直樹"), ("誠に遺憾であり、強く抗議した", "宮原直樹")]
    part = ("新しい図書館が開館　市長「学びの拠点に」\n\n西浜市の新しい市立図書館が1日開館した。式典で岡部聡子市長は"
            "「市民の学びの拠点にしたい」とあいさつした。")
    assert quotes(part) == [("学びの拠点に", "岡部聡子"), ("市民の学びの拠点にしたい", "岡部聡子")]
    other = ("外相「遺憾」　領海侵入に抗議\n\n北浜沖で外国の艦艇が領海に入った問題で、宮原直樹外相は4日、"
             "「強く抗議した」と述べた。")
    assert quotes(other) == [("強く抗議した", "宮原直樹")]  # (a word the body never gives him: a term)


def test_a_headline_over_a_body_s_top_shortens_the_one_speaker_s_words() -> None:
    from tests.test_quotes import quotes_headed

    got = quotes_headed("「値上げの波止めない」　業界団体トップ、総会で",
                        "北浜機械工業会の会長を務める岸田蒼一郎氏は5日の総会で「値上げの波を止めてはならない」と述べた。")
    assert ("値上げの波止めない", "岸田蒼一郎") in got


def test_a_headline_s_words_glued_to_one_of_its_people_are_that_one_s() -> None:
    from tests.test_quotes import quotes_headed

    body = ("北浜市で8日、女子マラソンの大会があり、ケニアのジェプチルチルが優勝した。日本勢トップは2位の森下美咲（北浜電機）だった。\n\n"
            "森下は「最後に離された。次は勝つ」と話した。")
    got = quotes_headed("北浜で女子マラソン、ケニアのジェプチルチルが優勝　日本勢トップの森下「次は勝つ」", body)
    assert ("次は勝つ", "森下美咲") in got
    got = quotes_headed("北浜で女子マラソン、ケニアのジェプチルチルが優勝　日本勢トップの森下「世界で戦う」", body)
    assert ("世界で戦う", "森下美咲") not in got  # (words the body gives no one: no speaker read from the glue alone)


def test_a_headlines_words_after_a_bodys_team_are_its_leaders_the_body_quotes() -> None:
    from tests.test_quotes import quotes_headed

    body = ("北辰大学の潮見一也教授らのチームは26日、深海の微生物がプラスチックを分解すると発表した。\n\n"
            "潮見教授は「低い温度でも働く点が大きい。海のごみ問題の解決に役立てたい」と話した。")
    got = quotes_headed("深海の微生物、プラスチックを分解　北辰大チーム「海のごみ問題に役立てたい」", body)
    assert ("海のごみ問題に役立てたい", "潮見一也") in got
