"""Days said by words (a broadcast's きょう, きのう, あす; 大みそか, 元日), a chronology whose years stand on lines of their own
above its steps, 同月 after a day ahead in a plan, a range after 同 (同7日（月）～9日（水）) and a timeline's step the
cleaner keeps though it reads like a writer's profile (↓1月4日　大発会。…); day words in speech that closes plainly or on
what was or politely on what will be (「あすの始発で帰ります」, 「おととい…行けたのでよかったです」, 「あしたからは…早く
なります」), a wish of one's own (「きょう中に復旧させたい」), a state or a resolve (「きょうの景色は…できている」,
「あすは泣かない」) but no call (「あすも行こう」), and a deadline there (「あさってまでに…てほしい」); today's word in a
headline beside a year (きょうピーク　Uターンは来年1月3日に); a day word UniDic cuts as a verb (あさっても), one so many
years back (1年前の大みそか), a day and within it (26日中の), a day in a condition ahead (9日に雨が降れば) and a thing done
since which the sentence counts (3月20日に開通してから). Sentences of our own; each fails without its change
(`day_words`, `events._step_years`, `dates.resolve`'s 同月, `sentence_dates`' month after 同, `closing._NOTE`,
`quoted_days.told_day`, `counted_days.TODAY`, `dates.DATES`, `sentence_dates._IF_AHEAD` and `_SINCE_DONE`)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.test_events import events

DATA = Path(__file__).parent / "data"


def test_a_broadcasts_day_words_are_read_against_the_article() -> None:
    text = ("大雪で車の立ち往生が相次いでいます。\n\n県はきょう午後、災害対策本部を設置しました。"
            "きのう夕方から降り始めた雪は、あすにかけて降り続く見込みです。")
    got = events(text, "2050-02-01")
    assert ("2050-02-01", "県はきょう午後、災害対策本部を設置しました。") in got
    assert ("2050-01-31", "きのう夕方から降り始めた雪は、あすにかけて降り続く見込みです。") in got
    assert ("2050-02-02", "きのう夕方から降り始めた雪は、あすにかけて降り続く見込みです。") in got


def test_no_day_word_inside_another_word_or_quoted_words_or_nowadays() -> None:
    text = ("きょうだい3人で店を継いだ。\n\n店主は「きょうは低めを狙え」と笑った。\n\n今日の日本社会では珍しい。"
            "明日香村の祭りに出た。")
    assert events(text, "2050-02-01") == []


def test_the_years_end_by_name() -> None:
    got = events("大みそかの夜、老舗そば店に行列ができた。\n\n元日の初日の出は各地で見られる見込みだ。", "2050-12-31")
    assert got == [("2050-12-31", "大みそかの夜、老舗そば店に行列ができた。"),
                   ("2051-01-01", "元日の初日の出は各地で見られる見込みだ。")]


def test_a_chronologys_years_on_lines_of_their_own() -> None:
    text = ("陶芸家の守屋喜一郎さんが9月28日に死去した。\n\n略歴\n\n1958年\n\n4月3日　備前市伊部に生まれる\n\n"
            "1976年\n\n4月1日　父に弟子入り")
    got = [(d, t) for d, t in events(text, "2050-10-01") if "　" in t]
    assert got == [("1958-04-03", "4月3日　備前市伊部に生まれる"), ("1976-04-01", "4月1日　父に弟子入り")]


def test_same_month_after_a_day_ahead_in_a_plan() -> None:
    sentence = "改新党は19日の総会で、代表選を6月3日告示、同月18日投開票の日程で行うことを決めた。"
    assert ("2050-06-18", sentence) in events(sentence, "2050-05-20")


def test_a_range_after_same_day() -> None:
    text = "市議会3月定例会の日程が決まった。\n\n▽3月2日（水）開会\n▽同7日（月）～9日（水）一般質問\n▽同15日（火）閉会"
    got = {d for d, _ in events(text, "2050-02-28")}
    assert {"2050-03-02", "2050-03-07", "2050-03-09", "2050-03-15"} <= got and "2050-02-09" not in got


def test_a_timelines_step_with_a_full_stop_is_kept() -> None:
    # (a page of the thirty-second development set: a year-end review's steps under the year they happened in)
    article = next(a for a in json.loads((DATA / "stories_dev32" / "events_gold.json").read_text(encoding="utf-8"))[
        "articles"] if a["id"] == "e06")
    got = {d for d, _ in events(article["text"], article["published"])}
    assert {"2049-01-04", "2049-04-07", "2049-08-02", "2049-12-30"} <= got


def test_two_days_after_or_before_the_day_named() -> None:
    text = "白鷺電鉄野里線が28日、最終運行を迎えた。\n\n同社は最終運行の翌々日から、記念乗車券を本社で販売する。"
    assert ("2050-03-02", "同社は最終運行の翌々日から、記念乗車券を本社で販売する。") in events(text, "2050-03-01")
    before = "県知事選は12日に投開票された。前々日の10日、候補者は最後の演説に臨んだ。"
    assert ("2050-03-10", "前々日の10日、候補者は最後の演説に臨んだ。") in events(before, "2050-03-13")


def test_a_day_counted_from_a_thing_the_article_dated() -> None:
    text = ("野里線が28日、最終運行を迎えた。\n\n1日からは代わりの路線バスが走る。同社は最終運行の翌々日から、記念乗車券を販売する。")
    assert ("2050-03-02", "同社は最終運行の翌々日から、記念乗車券を販売する。") in events(text, "2050-03-01")


def test_a_holidays_weekday_and_a_note_on_the_date() -> None:
    got = events("税務署は体験会を開く。\n\n▽日時　2月10日（土）・11日（日・祝）、午前10時から", "2052-01-31")
    assert {d for d, _ in got} == {"2052-02-10", "2052-02-11"}
    sentence = "英部品大手は14日（日本時間同日夜）、北斗精機を買収すると発表した。"
    assert [d for d, _ in events(sentence, "2052-10-15")] == ["2052-10-14"]


def test_a_year_after_the_date_named_and_a_review_headed_last_year() -> None:
    text = "事件は2050年11月3日に起きた。\n\n県警は翌年6月18日に男を逮捕した。"
    assert ("2051-06-18", "県警は翌年6月18日に男を逮捕した。") in events(text, "2052-02-29")
    review = "大発会の株価は続落した。\n\n昨年の相場を振り返る\n\n1月4日　大発会で上昇\n8月1日　日銀が利上げを決定"
    got = [(d, t) for d, t in events(review, "2052-01-05") if "　" in t]
    assert got == [("2051-01-04", "1月4日　大発会で上昇"), ("2051-08-01", "8月1日　日銀が利上げを決定")]


def test_a_day_ahead_counted_down_and_a_local_times_note() -> None:
    sentence = "米大統領選は5日（日本時間6日）の投開票まで残り4日となった。"
    assert [d for d, _ in events(sentence, "2052-11-01")] == ["2052-11-05", "2052-11-06"]
    assert [d for d, _ in events("県知事選は20日の投開票まであと10日となった。", "2052-11-10")] == ["2052-11-20"]


def test_a_plan_scheduled_for_days_further_ahead() -> None:
    sentence = "準々決勝は22、23日、決勝は28日（日）に予定されている。"
    assert [d for d, _ in events(sentence, "2052-07-01")] == ["2052-07-22", "2052-07-23", "2052-07-28"]


def test_a_day_word_before_one_day_counted() -> None:
    assert events("下りの混雑は、きのう1日で一段落しました。", "2061-01-05") == [
        ("2061-01-04", "下りの混雑は、きのう1日で一段落しました。")]  # きのう1日で: in the one day of yesterday
    assert events("下りの混雑は1日で一段落しました。", "2061-01-05") == []


def test_the_times_of_a_day_that_name_it() -> None:
    got = events("雪は昨夜10時ごろから降り始めました。\n\n通報はけさだけで20件近くにのぼりました。\n\n"
                 "寒気のピークは今夜の見込みです。\n\n市は明朝、除雪車を増やします。", "2061-01-19")
    assert [d for d, _ in got] == ["2061-01-18", "2061-01-19", "2061-01-19", "2061-01-20"]
    assert events("市民会館で音楽のゆうべが開かれた。", "2061-01-19") == []  # an evening's concert


def test_a_day_of_this_next_or_last_week() -> None:
    # 2061-10-28 is a Friday; weeks run Monday to Sunday
    got = events("県は今週の月曜日に対策本部を設けた。\n\n補正予算案は来週木曜の臨時議会に出す。\n\n"
                 "投開票は来週日曜日だ。\n\n先週金曜日に国が方針を示していた。", "2061-10-28")
    assert [d for d, _ in got] == ["2061-10-24", "2061-11-03", "2061-11-06", "2061-10-21"]


def test_a_chronologys_steps_begun_with_month_and_day_joined_by_a_dot() -> None:
    got = events("偽装の経緯\n\n12・1　社長が辞任\n\n3・9　元従業員が県に通報\n\n3・18　同社が偽装を認める", "2061-05-12")
    assert [d for d, _ in got] == ["2060-12-01", "2061-03-09", "2061-03-18"]
    assert events("試合は3・9で敗れた。", "2061-05-12") == []  # not at a line's start, nor before a space


def test_a_years_chronology_in_order_is_one_year() -> None:
    text = ("【回顧】この一年\n\n本紙が伝えた主な出来事を振り返る。\n\n【1月18日】北陸で記録的な大雪\n\n"
            "【3月2日】港町で大規模な火災\n\n【6月8日】関東甲信が梅雨入り\n\n【12月5日】県北部で震度5強")
    got = [d for d, line in events(text, "2061-12-28") if line.startswith("【")]
    assert got == ["2061-01-18", "2061-03-02", "2061-06-08", "2061-12-05"]  # not January and March ahead
    plans = "来年の予定\n\n1月4日　大発会\n\n2月1日　新法が施行\n\n4月10日　統一地方選の投開票"
    assert [d for d, _ in events(plans, "2061-12-28")] == ["2062-01-04", "2062-02-01", "2062-04-10"]


def test_a_time_of_day_or_a_weeks_day_inside_quoted_words_names_that_day() -> None:
    text = ("台風が近づいている。\n\n漁師の男性は「船は陸に上げた。今夜のうちに、網を片付けておく」と話した。\n\n"
            "寺の住職は「今週の土曜日には見ごろを迎えそうです」と話した。")
    got = [d for d, _ in events(text, "2050-06-08")]  # a Wednesday
    assert got == ["2050-06-08", "2050-06-11"]
    # (but not a likeness: 「ゆうべのことのように覚えている」)
    assert events("式典があった。\n\n男性は「ゆうべのことのように覚えている」と話した。", "2050-06-08") == []


def test_day_words_in_speech_that_closes_plainly_or_on_what_was() -> None:
    text = ("帰省ラッシュ\n\n東京の大学に通う女子学生は「おととい、地元の友達と初詣に行けたのでよかったです。あすから授業が始まるので、"
            "きょうのうちに戻ります」と話した。会社員の男性は「あすの始発で実家の青森に帰ります」と話した。")
    got = {d for d, _ in events(text, "2084-01-04")}
    assert {"2084-01-02", "2084-01-05", "2084-01-04"} <= got


def test_day_words_in_speech_that_closes_politely_on_what_will_be() -> None:
    text = "廃線\n\n高校2年の男子生徒は「あしたからはバスで、家を出るのが20分早くなります。寂しいけれど仕方ない」と話した。"
    assert "2083-04-01" in {d for d, _ in events(text, "2083-03-31")}


def test_a_deadline_in_speech_names_its_day_whatever_the_verb() -> None:
    text = ("大雪への備え\n\n気象台の担当者は「山沿いでは雪が強まる。あさってまでに、車のタイヤを冬用に替えておいてほしい」と呼びかけた。"
            "町の担当者は「除雪車はあすまでに全台を点検してもらいたい」と話した。")
    got = {d for d, _ in events(text, "2085-12-10")}
    assert {"2085-12-12", "2085-12-11"} <= got
    # (an order with no deadline still names no day: 「きょうは低めを狙え」)
    assert events("試合があった。\n\n監督は「きょうは低めを狙え」と選手に指示した。", "2085-12-10") == []


def test_hon_jitsu_is_the_articles_day_and_a_year_of_the_next_century_is_read() -> None:
    got = events("営業時間のお知らせ\n\n本日午後5時で、設備点検のため営業を終えます。", "2086-04-12")
    assert [d for d, _ in got] == ["2086-04-12"]
    # (the page's own day, said of the page itself, is no event: 本日は、…について考えました)
    assert events("考察\n\n本日は、町の交通について考えてみました。", "2086-04-12") == []
    got = events("町制100年\n\n町は、200年の節目となる2136年1月1日にも式典を開けるよう基金を残す。", "2086-12-31")
    assert [d for d, _ in got] == ["2136-01-01"]


def test_day_words_in_words_put_up_on_a_day_the_sentence_dates_count_from_that_day() -> None:
    text = "文化祭\n\n北浜高校の生徒会は14日夜、公式SNSに「あすは午後4時まで開いています」と投稿した。"
    assert {d for d, _ in events(text, "2086-10-15")} == {"2086-10-14", "2086-10-15"}
    # (words said with no day of their own: the article's, as before)
    text = "文化祭\n\n生徒会長は「あすは午後4時まで開いています」と話した。"
    assert {d for d, _ in events(text, "2086-10-15")} == {"2086-10-16"}


def test_day_words_in_words_said_after_that_days_game_or_practice_count_from_that_day() -> None:
    # a day the sentence names, then the thing of that day the words were said after or before (試合後, 練習後, 取組の後)
    text = "大会\n\n大会は第3日を終えた。18日の試合後、監督は「あすは2試合ある。一つも落とせない」と語った。"
    assert {d for d, _ in events(text, "2086-10-19")} == {"2086-10-18", "2086-10-19"}
    text = "相撲\n\n大関はきのうの取組の後、「あすは中日。いつも通りに立ちたい」と話した。"
    assert {d for d, _ in events(text, "2086-10-19")} == {"2086-10-18", "2086-10-19"}
    text = "ラグビー\n\n主将は前日の11日の練習後、部員に「あしたは一歩も走り負けない」と話していたという。"
    assert {d for d, _ in events(text, "2086-10-13")} == {"2086-10-11", "2086-10-12"}
    # (a day that only heads a plan is no day the words were said on: 19日の開幕に向け、…)
    text = "大会\n\n19日の開幕に向け、監督は「あすは最後の練習だ」と話した。"
    assert "2086-10-20" not in {d for d, _ in events(text, "2086-10-17")}


def test_todays_word_in_a_headline_beside_a_year() -> None:
    from tui.news.events import find_events
    blocks = [("heading", "年末年始の帰省ラッシュ　きょうピーク　Uターンは来年1月3日に集中"),
              ("paragraph", "帰省ラッシュがピークを迎えています。")]
    got = {d for _, d, _ in find_events(blocks, "2083-12-30", False)}
    assert {"2083-12-30", "2084-01-03"} <= got


def test_a_day_word_in_a_wish_of_ones_own_names_its_day() -> None:
    got = events("電力会社は「残る200戸もきょう中に復旧させたい」としている。", "2061-09-03")
    assert [d for d, _ in got] == ["2061-09-03"]
    assert events("監督は「きょうは低めを狙え」と指示した。", "2061-09-03") == []  # (an order: no happening dated)


def test_day_words_in_speech_that_tells_a_state_or_a_resolve_but_not_a_call() -> None:
    from datetime import date

    from tui.news.sentence_dates import dates_in

    day = date(2062, 5, 3)
    # words that tell what is or will be, in any form: a state, a plain copula, a resolve in the negative
    assert dates_in("会長は「きょうの景色は、町じゅうの力でできている」と話した。", day) == [day]
    assert dates_in("生徒は「自分たちの舟が、あすの舟競べに出ると思うと胸がいっぱいだ」と話した。", day) == [date(2062, 5, 4)]
    assert dates_in("主将は「あすは絶対に泣かない」と話した。", day) == [date(2062, 5, 4)]
    # a call, a request or a ban: no dated happening
    for said in ("あすも全員で行こう", "あすは早めに来てください", "あすは無理をするな", "きょうは低めを狙え"):
        assert dates_in(f"監督は「{said}」と呼びかけた。", day) == [], said


def test_a_day_word_uni_dic_cuts_as_a_verb_and_one_so_many_years_before() -> None:
    from datetime import date

    from tui.news.sentence_dates import dates_in

    day = date(2062, 12, 31)
    # (UniDic may cut あさっても as 漁っても: the word still starts and ends where its words do)
    assert dates_in("路線は雪の状況によっては、あさっても運転を見合わせる可能性があるということです。", day) == [date(2063, 1, 2)]
    assert dates_in("組合長は「1年前の大みそかは寂しかった」と話した。", day) == [date(2061, 12, 31)]
    assert dates_in("10年前のきょう、町は濁流にのまれた。", date(2062, 7, 16)) == [date(2052, 7, 16)]
    # a month counted in quoted words from the day they were said (28日の記者会見で「来月19日には…」)
    assert dates_in("社長は先月28日の記者会見で「来月19日には全線をつなぐ」と約束していた。", date(2062, 11, 19)) == [
        date(2062, 10, 28), date(2062, 11, 19)]
    # the year's last day of the year said before it (去年の大みそか in August: last year's, not this year's ahead)
    assert dates_in("両親に会うのは、去年の大みそか以来だ。", date(2062, 8, 10)) == [date(2061, 12, 31)]
    assert dates_in("来年の大みそかは家族で過ごしたい。", date(2062, 8, 10)) == [date(2063, 12, 31)]


def test_a_day_and_within_it() -> None:
    from datetime import date

    from tui.news.sentence_dates import dates_in

    day = date(2062, 1, 25)
    assert dates_in("送電会社は26日中の全面復旧を目指している。", day) == [date(2062, 1, 26)]
    assert dates_in("組合は28日中に回答する方針だ。", day) == [date(2062, 1, 28)]
    assert dates_in("山間部では1日中雪が降り続いた。", day) == []  # (all day long: no date)
    assert dates_in("両国は5日中の首脳会談を見送った。", day) == []  # (日中: Japan and China)


def test_a_day_in_a_condition_of_what_is_to_come_lies_ahead() -> None:
    from datetime import date

    from tui.news.sentence_dates import dates_in

    day = date(2062, 7, 28)
    got = dates_in("市の担当者は「9日に雨が降れば、翌日に延ばすことも考える」と話した。", day)
    assert got == [date(2062, 8, 9), date(2062, 8, 10)]
    # (what might have been, told in the past: the day behind)
    assert dates_in("実行委員長は「3日に雨が降っていれば、中止になっていた」と話した。", day) == [date(2062, 7, 3)]


def test_a_thing_done_since_which_the_sentence_counts_is_behind() -> None:
    from datetime import date

    from tui.news.sentence_dates import dates_in

    day = date(2062, 12, 31)
    assert dates_in("島と本土を結ぶ大橋が3月20日に開通してから、初めての年の瀬を迎えた。", day) == [date(2062, 3, 20)]
    assert dates_in("新駅は4月1日に開業してから、快速の停車を始める予定だ。", day) == [date(2063, 4, 1)]  # (a plan)


def test_a_diarys_day_words_count_from_its_day() -> None:
    from datetime import date

    from tui.news.sentence_dates import dates_in

    got = dates_in("2031年8月14日の日記には「あすは能登の海を描きに行く」とある。", date(2062, 10, 20))
    assert got == [date(2031, 8, 14), date(2031, 8, 15)]  # (written that day: its あす is the next)


def test_a_notices_today_in_quoted_words() -> None:
    from datetime import date

    from tui.news.sentence_dates import dates_in

    day = date(2062, 10, 20)
    assert dates_in("店主はSNSで「本日は臨時休業します」と知らせた。", day) == [day]
    assert dates_in("本日は晴天なり、と書いた。", day) == []  # (本日 outside quoted words: the page's own voice)


def test_each_quoted_sentence_its_own_way() -> None:
    from datetime import date

    from tui.news.sentence_dates import dates_in

    # a degree taken in March (behind), a trial begun the year after next (ahead)
    got = dates_in("研究員は「3月25日に博士号を取り、いまは研究所にいます。再来年の1月15日から試験を始める計画です」と話した。",
                   date(2062, 7, 1))
    assert got == [date(2062, 3, 25), date(2064, 1, 15)]


def test_a_day_of_the_calendar_named_before_its_day() -> None:
    from datetime import date

    from tui.news.sentence_dates import dates_in

    assert dates_in("県は、防災の日の1日の総合防災訓練を中止した。", date(2062, 8, 31)) == [date(2062, 9, 1)]
    # (after another 1st told before, which a day set beside its thing would take)
    text = "台風10号が接近している。\n\n県は今月1日、警戒本部を設けた。県は、防災の日の1日に予定していた訓練を中止した。"
    assert [d for d, t in events(text, "2062-08-31") if "防災の日" in t] == ["2062-09-01"]


def test_the_day_before_a_death_and_a_death_told_beside_another_day() -> None:
    text = ("遺族が会社を訴えた訴訟で、社員が2084年7月2日に命を絶ったのは長時間労働が原因だとした判決が18日、高裁であった。\n\n"
            "判決は、社員が亡くなる2日前に上司へ送ったメッセージを重くみた。社員は亡くなる前日まで深夜の作業を続けていた。")
    got = events(text, "2089-11-19")
    assert [d for d, t in got if "2日前" in t] == ["2084-06-30"]
    assert [d for d, t in got if "前日まで" in t] == ["2084-07-01"]


def test_a_year_and_then_its_month_and_day() -> None:
    from datetime import date

    from tui.news.sentence_dates import dates_in

    assert dates_in("祖父が亡くなった2084年の8月15日、港に船は一隻も出ていなかった。", date(2092, 11, 7)) == [date(2084, 8, 15)]


def test_a_day_of_what_a_body_decided_to_do_lies_ahead() -> None:
    from datetime import date

    from tui.news.sentence_dates import dates_in

    day = date(2062, 8, 3)
    got = dates_in("協議会は会合で、取水制限を4日午前9時から第2次の35％に強めることを決めた。", day)
    assert got == [date(2062, 8, 4)]
    # (a day of a past act before the deciding: behind)
    assert dates_in("市は3日に開いた会合で、計画を見直すことを決めた。", date(2062, 8, 5)) == [date(2062, 8, 3)]


def test_a_day_heading_its_clause_with_ni_wa_is_its_verbs_however_far_back() -> None:
    from datetime import date

    from tui.news.sentence_dates import dates_in

    got = dates_in("部会は11月7日には、受給開始年齢の見直しを正式な議題に加えた。", date(2062, 9, 2))
    assert got == [date(2061, 11, 7)]


def test_quoted_words_closing_on_a_plain_verb_tell_what_is_to_come() -> None:
    from datetime import date

    from tui.news.sentence_dates import dates_in

    got = dates_in("教育長は「報告書を重く受け止め、24日の定例会で再発防止策を示す」と話した。", date(2062, 4, 8))
    assert got == [date(2062, 4, 24)]


def test_the_nth_day_of_a_run_counts_from_its_first() -> None:
    text = ("山林で24日に発生した火災は、延焼を続けている。\n\n火災は発生4日目も延焼し、約320ヘクタールを焼いた。\n\n"
            "初日の15日は挑戦者が封じ手をした。2日目は挑戦者が勝負手を放った。")
    got = events(text, "2062-05-28")
    assert [d for d, t in got if "4日目" in t] == ["2062-05-27"]
    assert [d for d, t in got if "2日目" in t] == ["2062-05-16"]


def test_a_day_of_what_may_come_lies_ahead() -> None:
    from datetime import date

    from tui.news.sentence_dates import dates_in

    day = date(2062, 8, 3)
    got = dates_in("このまま雨が降らなければ、貯水率は18日ごろにゼロになるおそれがある。", day)
    assert got == [date(2062, 8, 18)]
    assert dates_in("男性は2日に死亡した可能性がある。", day) == [date(2062, 8, 2)]  # (what may have been: behind)


def test_a_deadline_aimed_at_in_the_past_is_the_nearest_such_day() -> None:
    from datetime import date

    from tui.news.sentence_dates import dates_in

    assert dates_in("県は当初、23日までの完了を目指していた。", date(2062, 1, 21)) == [date(2062, 1, 23)]


def test_a_dates_clause_of_its_own_and_days_counted_as_a_span() -> None:
    from datetime import date

    from tui.news.sentence_dates import dates_in

    # (the date's clause closes on a copula before another topic: the closing verb's past is not its)
    got = dates_in("公演は3日から5日までの3日間で、チケットは昨年11月15日の発売から2日で売り切れた。", date(2062, 1, 1))
    assert got == [date(2062, 1, 3), date(2062, 1, 5), date(2061, 11, 15)]  # (発売から2日で: in two days, no date)
    assert dates_in("会期は1日から3日で、延長はない。", date(2062, 1, 1)) == [date(2062, 1, 1), date(2062, 1, 3)]


def test_a_years_review_under_its_months_headings_keeps_its_year() -> None:
    # (a review of the year in its last days: 【2062年の主なできごと】 over 〈1月〉, 〈3月〉…; the first step kept as prose)
    text = ("県内10大ニュース\n\n今年の県内の10大ニュースが決まった。\n\n【2062年の主なできごと】\n\n〈1月〉\n\n"
            "▽20～21日　記録的な大雪。積雪112センチ\n\n▽23日　除雪中の男性が死亡\n\n〈3月〉\n\n▽8日　県立高校の一般入試")
    got = [(d, t.split("　")[0]) for d, t in events(text, "2062-12-30")]
    assert got == [("2062-01-20", "20～21日"), ("2062-01-21", "20～21日"), ("2062-01-23", "23日"), ("2062-03-08", "8日")]
