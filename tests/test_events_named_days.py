"""Days named by what happened on them or by words: a day counted from a thing the article dated (打ち上げの3日後,
着地の1週間後), 当日 and 同日 (and この日) of a thing named (初公判当日, 市長選と同日, ろくろ体験は…が、当日は), a day alone after a day
word (あす1日), a calendar's day inside quoted words (「元日の3回戦」), a season's year (来春の4月1日), a plan told by
見通しだと, a day heading a clause of its own before the sentence's last verb. Sentences of our own; each fails without
its change in `events`, `sentence_dates`, `dates` or `day_words`; a day's return (命日の10月9日) is this year's."""

from __future__ import annotations

from datetime import date

from tests.test_events import events
from tui.news.sentence_dates import dates_in


def _on(got: list[tuple[str, str]], part: str) -> list[str]:
    return [d for d, t in got if part in t]


def test_days_counted_from_a_thing_the_article_dated() -> None:
    text = ("観測衛星「みずは」、12日打ち上げ\n\n機構は2日、衛星を6月12日（月）に打ち上げると発表した。"
            "ロケットは打ち上げ前日の11日に発射地点へ移される。\n\n最初の軌道修正は打ち上げの3日後に行う。"
            "機構は打ち上げの1週間後をめどに、観測機器の確認結果を公表する。")
    got = events(text, "2062-06-02")
    assert _on(got, "打ち上げの3日後") == ["2062-06-15"]
    assert _on(got, "1週間後をめどに") == ["2062-06-19"]


def test_an_incident_is_dated_by_the_sentence_that_charges_its_act() -> None:
    text = ("雑貨店強盗で会社員を逮捕\n\n市内の雑貨店で現金が奪われた強盗事件で、県警は9日、会社員の男（34）を逮捕した。"
            "\n\n逮捕容疑は4日午後8時ごろ、雑貨店に押し入り、現金約20万円を奪った疑い。\n\n"
            "防犯カメラには、事件の前日に店をのぞく男が映っていた。事件から5日後の逮捕だった。")
    got = events(text, "2062-06-10")
    assert _on(got, "事件の前日") == ["2062-06-03"]
    assert _on(got, "事件から5日後") == ["2062-06-09"]


def test_an_incident_is_dated_by_the_sentence_that_tells_the_act_suspected() -> None:
    text = ("倉庫で不審火、アルバイトの男を逮捕\n\n市署は12日、アルバイトの男（27）を放火の疑いで逮捕した。\n\n"
            "署によると、男は2日午前1時ごろ、市内の倉庫に灯油をまいて火をつけ、倉庫の一部を焼いた疑いがある。\n\n"
            "事件の4日後に、近くの住民が不審な車を見たと署に届け出た。")
    got = events(text, "2062-06-13")
    assert _on(got, "事件の4日後") == ["2062-06-06"]


def test_the_day_of_a_thing_named_before() -> None:
    text = ("初公判は15日に地裁で開かれる。\n\n裁判員の選任手続きは、初公判当日の午前に行われる。")
    assert _on(events(text, "2062-06-02"), "初公判当日") == ["2062-06-15"]
    text = ("市長選は31日投開票され、現職が再選された。\n\n市長選と同日に行われた市議補選では、新人が当選した。")
    assert _on(events(text, "2062-02-01"), "市議補選") == ["2062-01-31"]


def test_the_day_alone_of_the_last_thing_named_before_it() -> None:
    text = ("主な催しは次の通り。\n\n▽1日（月）午前9時半　開会式\n\n▽2日（火）午後1時　ろうそく作り体験（要予約）\n\n"
            "▽3日（水）午前10時　窯出し見学会\n\nろうそく作り体験は予約で埋まったが、当日は受付でキャンセル待ちを受け付ける。")
    assert _on(events(text, "2062-04-30"), "キャンセル待ち") == ["2062-05-02"]


def test_a_day_alone_after_a_day_word_is_that_day_whatever_the_tense() -> None:
    assert dates_in("県教委は、あす1日、県立高校を臨時休校にすることを決めました。", date(2062, 8, 31)) == [date(2062, 9, 1)]


def test_a_calendar_day_inside_quoted_words() -> None:
    assert dates_in("監督は「元日の3回戦までに仕上げたい」と話した。", date(2062, 12, 24)) == [date(2063, 1, 1)]
    assert dates_in("監督は「きょうは低めを狙え」と話した。", date(2062, 12, 24)) == []


def test_a_seasons_year() -> None:
    assert dates_in("小学校の再編は、来春の4月1日に実施する計画だ。", date(2062, 4, 1)) == [date(2063, 4, 1)]


def test_a_plan_told_by_its_outlook() -> None:
    got = dates_in("機構は1日、カプセルが6日未明に砂漠に着地する見通しだと発表した。", date(2062, 12, 1))
    assert got == [date(2062, 12, 1), date(2062, 12, 6)]


def test_a_day_heading_a_clause_of_its_own_before_a_later_verb() -> None:
    got = dates_in("同省は28日（日本時間29日）、配備を増やす方針を発表しており、会談でも協力を求めるとみられる。",
                   date(2062, 6, 1))
    assert got[0] == date(2062, 5, 28)


def test_the_same_year_said_in_the_sentence_before() -> None:
    text = "事件は、親族が昨年2月に家裁に相談したことで発覚した。被告は同年6月12日に逮捕され、同月30日に起訴された。"
    assert [d for d, _ in events(text, "2062-01-31")] == ["2061-06-12", "2061-06-30"]


def test_a_past_plans_day_and_this_years_new_year() -> None:
    assert dates_in("会議は18日に開幕し、当初は28日に閉幕する予定だった。", date(2062, 11, 30)) == [
        date(2062, 11, 18), date(2062, 11, 28)]
    assert dates_in("今年の元日は厚い雲に覆われた。", date(2062, 12, 31)) == [date(2062, 1, 1)]


def test_a_reviews_steps_under_a_heading_of_this_year() -> None:
    text = "年の瀬を迎えた。\n\n【前橋この一年】\n\n2月26日　市長が引退を表明\n↓\n4月22日　市長選で新人が初当選"
    got = [d for d, t in events(text, "2062-12-31") if "　" in t]
    assert got == ["2062-02-26", "2062-04-22"]


def test_the_same_day_of_a_plan_told_as_a_plan() -> None:
    text = "新潟は前節、24日に鹿島を破った。\n\n新潟は次節、18日（土）に敵地で鹿島と対戦する。名古屋は同日、豊田スタジアムで浦和を迎える。"
    assert ("2062-03-18", "名古屋は同日、豊田スタジアムで浦和を迎える。") in events(text, "2062-03-12")


def test_a_headlines_day_is_not_a_past_clauses() -> None:
    text = "路線バス、3月31日で運行終了\n\n市とバス会社は31日、路線バスを3月31日の運行を最後に廃止すると発表した。"
    assert ("2062-01-31", "市とバス会社は31日、路線バスを3月31日の運行を最後に廃止すると発表した。") in events(
        text, "2062-02-01")


def test_a_notices_steps_headed_by_the_same_month() -> None:
    text = ("路線バス、3月31日で運行終了\n\n市は説明会を次の日程で開く。\n\n▽2月10日（金）午前10時、大芋公民館\n\n"
            "▽同11日（土）午後2時、後川公民館\n\n▽同18日（土）午前10時、市役所\n\n問い合わせは市交通政策課。")
    got = events(text, "2062-02-01")
    assert ("2062-02-11", "同11日（土）午後2時、後川公民館") in got and ("2062-02-18", "同18日（土）午前10時、市役所") in got


def test_a_day_word_inside_quoted_words_that_tell_a_happening() -> None:
    got = dates_in("店主は「きのうのうちに仕込んでおいて助かった。客が絶えない」と話した。", date(2062, 5, 3))
    assert got == [date(2062, 5, 2)]  # the quoted sentence holding the word has its verb's way
    assert dates_in("係は「集会所はきょうの夕方から開けている」と話した。", date(2062, 5, 3)) == [date(2062, 5, 3)]
    assert dates_in("祖父は「きのうのことのように覚えている」と話した。", date(2062, 5, 3)) == []
    assert dates_in("監督は「あすは低めを狙え」と話した。", date(2062, 5, 3)) == []


def test_a_days_return_is_this_years_not_the_year_said_before_it() -> None:
    text = ("没後50年の記念展\n\n作曲家が亡くなったのは2035年11月3日で、記念館は命日の11月3日に、自筆の楽譜を初めて公開する。"
            "劇団の創立は2040年6月1日で、創立から45年の記念日の6月1日には記念公演を開く。")
    got = events(text, "2085-05-20")
    assert _on(got, "命日の11月3日") == ["2035-11-03", "2085-11-03"]
    assert "2085-06-01" in _on(got, "記念日の6月1日")
    # (the same month and day with no return named goes on in the year said: 2035年11月3日に…、11月3日の夜)
    assert _on(events("通夜\n\n作曲家は2035年11月3日に亡くなり、11月3日の夜に親族が集まった。", "2085-05-20"), "夜") == [
        "2035-11-03"]


def test_kono_hi_is_the_day_named_before_as_doujitsu_is() -> None:
    text = ("花火大会に12万人\n\n実行委員会は18日、大会の人出が約12万人だったと発表した。最も混んだのは最終日の15日だった。"
            "この日は午後4時から、駅前の道路で交通規制が敷かれた。")
    assert _on(events(text, "2085-08-18"), "この日は") == ["2085-08-15"]
    # (not この日々 nor この日曜日, and not inside another word: この日本の)
    text = "展示\n\n美術館は10日、特別展を始めた。この日本の工芸を集めた展示は初めて。"
    assert _on(events(text, "2085-08-18"), "この日本") == []


def test_a_day_after_a_things_next_day_is_in_the_month_of_the_things_day() -> None:
    text = ("町長選、2月7日告示・24日投開票\n\n町選管は28日、町長選を2月7日（月）告示、24日（木）投開票の日程で行うと決めた。"
            "\n\n前副町長の森氏は昨年12月2日に出馬を表明し、年明けの7日には商工会から推薦を受けた。"
            "\n\n町選管によると、期日前投票は告示翌日の8日から23日まで、役場など3か所で受け付ける。")
    got = events(text, "2061-01-29")
    days = _on(got, "告示翌日の8日")  # not the 8th after the 7th of January told just before: the day after 2月7日告示
    assert "2061-02-08" in days and "2061-01-08" not in days
