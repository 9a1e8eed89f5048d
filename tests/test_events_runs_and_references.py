"""Dates read from what the page laid out before them: a run of month headings over a year's lists read as one (a
review of 30 December: 〈1月〉 … 〈12月〉 all of that year), the year a list's step named without a day (▽2097年1月中旬 /
▽同年4月1日), the day a dateline names for この日 when no sentence told one, その翌日 and その夜 of the day named last,
a paragraph without a date as a gap after a background, 2095年の元日, a relative clause's plain verb in a sentence told
in the past (4日にオリーブ園へ向かう道路で…動かなくなった), a range decided on (15日夕から…の欠航を決めた), 残りの2日 and the eve of
the news (試合前夜, 打ち上げ前夜), 同日 told ahead after a plan's day (…6月27日の株主総会で辞任すると発表した。…同日付で
退任する), and a month and day after a year said since the date before (昨年4月1日から今年3月末まで…、5月16日に).
Sentences of our own; each fails without its change in `events`, `sentence_dates`, `dates` or `day_words`."""

from __future__ import annotations

from tests.test_events import events

_REVIEW = ("今年の主な出来事を月ごとに振り返る。\n\n"
           "〈1月〉\n\n▽12日　港の新しい桟橋が完成\n▽27日　市内で記録的な大雪\n\n"
           "〈3月〉\n\n▽8日　市長が再選\n\n"
           "〈9月〉\n\n▽21日　台風で川が氾濫\n\n"
           "〈12月〉\n\n▽2日　駅前の再開発が着工\n\n"
           "来年も穏やかな年であってほしい。")


def test_a_run_of_month_headings_over_a_years_lists_is_read_as_one() -> None:
    got = dict((t[:3], d) for d, t in events(_REVIEW, "2081-12-30"))
    assert got["12日"] == "2081-01-12" and got["27日"] == "2081-01-27"  # not the next January, nearer alone
    assert got["8日　"] == "2081-03-08" and got["2日　"] == "2081-12-02"


def test_a_schedules_month_headings_go_on_into_the_next_year() -> None:
    text = ("今後の日程は次の通り。\n\n〈12月〉\n\n▽20日　説明会\n\n〈1月〉\n\n▽15日　入札\n\n〈2月〉\n\n▽3日　契約\n\n"
            "市は準備を進めている。")
    got = dict((t[:3], d) for d, t in events(text, "2081-12-10"))
    assert got == {"20日": "2081-12-20", "15日": "2082-01-15", "3日　": "2082-02-03"}


def test_same_year_on_a_list_line_repeats_the_year_a_step_above_named_without_a_day() -> None:
    text = ("両社の今後の日程は次の通り。\n\n▽5月24日　株主総会で統合を承認\n▽同年10月1日　物流子会社を統合\n"
            "▽2083年1月中旬　新社名を発表\n▽同年4月1日　持ち株会社を設立")
    got = [d for d, t in events(text, "2082-03-31") if "同年4月1日" in t]
    assert got == ["2083-04-01"]


_BOUT = ("◆夏場所8日目（20日・両国国技館）\n\n"
         "大関の白嶺が関脇を寄り切り、8戦全勝とした。取組後、白嶺は「あしたからも一番ずつ」と話した。\n\n"
         "1敗で追うのは平幕の大潮。大潮はこの日、小結を突き落とした。")


def test_this_day_on_a_datelined_page_is_the_datelines_day() -> None:
    assert [d for d, t in events(_BOUT, "2081-05-21") if "この日" in t] == ["2081-05-20"]


def test_this_day_after_a_background_told_before_on_a_datelined_page_is_the_datelines_day() -> None:
    text = ("港北イーグルス4―3西浜ベアーズ（30日・港北球場）\n\n"
            "港北がサヨナラ勝ちで優勝を決めた。29日の試合では好機に凡退し、優勝を持ち越していた。\n\n"
            "新人の川端は、チーム最多の13勝。この日は中5日で先発した。")
    assert [d for d, t in events(text, "2081-10-01") if "この日" in t] == ["2081-09-30"]


def test_that_next_day_counts_from_the_day_named_last_and_that_night_is_its_day() -> None:
    text = ("港北がサヨナラ勝ちで優勝を決めた。29日の試合では好機に凡退し、優勝を持ち越していた。\n\n"
            "転機は8月15日の試合後だった。監督は選手を集めて話をした。チームはその翌日から11連勝した。")
    assert [d for d, t in events(text, "2081-10-01") if "その翌日" in t] == ["2081-08-16"]
    text = "市の花火大会が3日、河川敷で開かれた。その夜、駅前は帰りの客で混み合った。"
    assert [d for d, t in events(text, "2081-08-05") if "その夜" in t] == ["2081-08-03"]


def test_a_paragraph_without_a_date_is_a_gap_after_a_background() -> None:
    text = ("詐欺罪に問われた元社長の初公判が17日、地裁で開かれた。\n\n"
            "検察側は、被告が昨年9月14日、社員にメッセージを送っていたことも明らかにした。\n\n"
            "弁護側は「被告は事業が実在すると信じていた」と反論し、無罪を主張した。\n\n"
            "この日の法廷では、被害者の女性の供述調書も読み上げられた。")
    assert [d for d, t in events(text, "2081-05-18") if "この日" in t] == ["2081-05-17"]


def test_new_years_day_of_a_year_named_is_that_years() -> None:
    text = "発見は偶然だった。2079年の元日、研究室に残っていた大学院生が、培養液の変化に気付いた。"
    assert [d for d, _ in events(text, "2081-02-27")] == ["2079-01-01"]


def test_a_relative_clauses_plain_verb_in_a_sentence_told_in_the_past_is_no_plan() -> None:
    text = "小豆島では4日にオリーブ園へ向かう道路で車が動かなくなり、路線バスが最大1時間遅れた。"
    assert [d for d, _ in events(text, "2081-05-07")] == ["2081-05-04"]
    # a plan told as such stays ahead: 予定する, にも, a noun of a plan
    text = "首相は、22日に予定する一般討論演説で、橋渡し役を担う考えを伝えた。"
    assert [d for d, _ in events(text, "2081-09-21")] == ["2081-09-22"]
    text = "市長は、鎮圧のめどが立てば30日にも一部地区の避難指示を解く方針を明らかにした。"
    assert [d for d, _ in events(text, "2081-05-27")] == ["2081-05-30"]


def test_a_range_decided_on_lies_ahead() -> None:
    text = "航空各社は、15日夕から16日にかけて、両空港を発着する便の欠航を決めた。"
    assert [d for d, _ in events(text, "2081-09-14")][:1] == ["2081-09-15"]


def test_the_remaining_two_days_are_no_date() -> None:
    text = "実行委員長は「初日は雨に降られたが、残りの2日は晴れて、過去最高の人出になった」と喜んだ。"
    assert events(text, "2081-05-07") == []


def test_the_eve_of_the_news_is_the_day_before_its_day() -> None:
    text = ("◆全国高校ラグビー大会▽決勝（7日・花園）\n\n北浜学園が逆転勝ちし、初の全国制覇を果たした。\n\n"
            "関係者によると、選手たちは試合前夜、宿舎で誓い合ったという。")
    assert [d for d, t in events(text, "2081-01-08") if "前夜" in t] == ["2081-01-06"]
    text = ("宇宙ベンチャーの北浜スペースは1日、小型ロケットを打ち上げた。\n\n"
            "同社によると、開発責任者の榊原聡美さん（38）は打ち上げ前夜、技術者たちに声をかけたという。")
    assert [d for d, t in events(text, "2081-10-02") if "前夜" in t] == ["2081-09-30"]
    assert [d for d, t in events("町の前夜祭に多くの人が集まった。花火大会は1日にある。", "2081-10-02") if "前夜祭" in t] == []


def test_same_day_told_ahead_after_a_plans_day_is_the_plans_day() -> None:
    text = ("北浜フーズは23日、岩城達郎社長が6月27日の株主総会で辞任すると発表した。創業者で父の岩城勝会長も同日付で退任する。")
    assert [d for d, t in events(text, "2081-05-24") if "同日付" in t] == ["2081-06-27"]
    text = "北浜フーズは23日、6月27日の株主総会で新しい社長を選ぶと発表した。社長は同日、記者会見した。"
    assert [d for d, t in events(text, "2081-05-24") if "同日" in t] == ["2081-05-23"]  # (told in the past: the news's)


def test_a_month_and_day_takes_the_year_said_since_the_date_before() -> None:
    text = "今回は昨年4月1日から今年3月末までに刊行された作品が対象で、候補の5作は5月16日に発表されていた。"
    assert [d for d, _ in events(text, "2081-06-12")] == ["2080-04-01", "2081-05-16"]
    text = "入試は来年3月4日に行い、合格発表は3月12日の予定だ。"  # (no year said between: the date before's)
    assert [d for d, _ in events(text, "2081-06-12")] == ["2082-03-04", "2082-03-12"]
