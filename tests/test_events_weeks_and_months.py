"""Days told by their week (今週末, 週明けの月曜日, 週明けにも, 翌火曜日, 3日の日曜日), days alone under a month set on a
line of its own (【5月】, 〈5月〉 above a list of a notice's steps, of one line too), and the year before last and after next (一昨年,
再来年); a day's week's day over the day counted from a thing and over the order of clauses (開院の前日の20日（月・祝）まで
…し、21日午前0時から); a year said before a comma (去年、…7月19日). Sentences of our own; each fails without its change
(`day_words`' week's end and next Monday,
`sentence_dates`' 翌 before a week's day, `dates.WEEKDAY` after の, `events._month_line`, `dates.REL`,
`sentence_dates._in_order`'s week's day and `_PARTICLE`'s hour, `_YEAR_SETTING`'s comma)."""

from __future__ import annotations

from tests.test_events import events


def test_a_weeks_end_is_its_saturday_and_the_next_week_opens_on_monday() -> None:
    text = ("寒波が続いています。\n\n気象台によりますと、今週末は山沿いで大雪となるおそれがあります。"
            "週明けの月曜日には寒さが和らぐ見込みです。")
    got = events(text, "2081-01-08")  # a Wednesday
    assert ("2081-01-11", "気象台によりますと、今週末は山沿いで大雪となるおそれがあります。") in got
    assert ("2081-01-13", "週明けの月曜日には寒さが和らぐ見込みです。") in got


def test_a_plans_earliest_day_at_the_weeks_opening_is_the_next_monday() -> None:
    got = events("組合は週明けにもストの是非を決める。", "2086-01-04")  # a Friday
    assert [d for d, _ in got] == ["2086-01-07"]
    assert events("週明けの株式市場は大きく下げた。", "2086-01-04") == []  # (this week's, told in the past: no plan)


def test_the_next_weeks_day_counts_from_the_day_told_before_it() -> None:
    text = "与党は法案の採決を19日（金）に予定している。成立すれば、政府は翌火曜日の閣議で政令を決める方針だ。"
    got = events(text, "2081-12-15")
    assert ("2081-12-23", "成立すれば、政府は翌火曜日の閣議で政令を決める方針だ。") in got


def test_a_day_with_its_weeks_day_after_no_is_the_month_where_it_falls_so() -> None:
    text = "買い物に来た女性は「7日の日曜日まで外に出なくて済むよう、買いだめしました」と話した。"
    assert events(text, "2081-08-30") == [("2081-09-07", text)]  # (not 7 August, past: a Thursday)


def test_days_alone_under_a_month_line_are_of_that_month() -> None:
    text = ("市役所の移転の日程は次の通りです。\n\n【4月】\n\n▽3日（木）　新庁舎で業務を始めます。\n▽8日（火）　見学会\n\n"
            "【5月】\n\n▽12日（月）～16日（金）　旧庁舎前の駐車場を閉鎖します。\n▽20日　解体工事が始まります。")
    got = {d for d, _ in events(text, "2081-03-28")}
    assert {"2081-04-03", "2081-04-08", "2081-05-12", "2081-05-16", "2081-05-20"} <= got
    assert not {"2081-03-12", "2081-03-16", "2081-03-20"} & got


def test_a_line_naming_its_own_month_ends_the_month_line_above() -> None:
    text = ("鉄道の再開までの歩みは次の通り。\n\n【11月】\n\n▽2日　鉄橋が完成\n▽12月23日　全線で運転を再開\n▽25日　記念式典")
    got = {d for d, _ in events(text, "2081-12-20")}
    assert {"2081-11-02", "2081-12-23", "2081-12-25"} <= got and "2081-11-25" not in got


def test_a_month_in_angle_brackets_heads_even_a_list_of_one_line() -> None:
    text = ("健診の会場が変わります。\n\n〈3月〉\n\n▽6日（土）　旧会場での最後の健診\n▽27日（土）　新会場の内覧会\n\n"
            "〈5月〉\n\n▽6日（木）　新会場での最初の集団接種")
    got = {d for d, _ in events(text, "2083-03-01")}
    assert {"2083-03-06", "2083-03-27", "2083-05-06"} <= got
    assert "2083-02-27" not in got


def test_the_year_before_last_and_the_year_after_next() -> None:
    text = "路線の廃止は一昨年11月25日の取締役会で決まった。新駅は再来年4月1日に開業する。"
    got = events(text, "2083-03-31")
    assert ("2081-11-25", "路線の廃止は一昨年11月25日の取締役会で決まった。") in got
    assert ("2085-04-01", "新駅は再来年4月1日に開業する。") in got


def test_the_weeks_day_of_a_day_counted_from_a_thing_decides_its_month() -> None:
    text = ("同病院は来月21日（火）に新病棟を開院する。救急外来は開院の前日の20日（月・祝）まで旧病棟で診療し、"
            "21日午前0時から新病棟に移る。")
    got = {d for d, _ in events(text, "2083-08-31")}
    assert {"2083-09-20", "2083-09-21"} <= got and not {"2083-08-20", "2083-08-21"} & got


def test_a_year_said_before_a_comma_sets_the_month_and_day_after_it() -> None:
    text = "去年、九州北部の梅雨明けは7月19日でした。"
    assert [d for d, _ in events(text, "2084-06-01")] == ["2083-07-19"]
