"""A date's own verb and what it points back to: a month and day whose first verb is past lies behind however far back
(「2月1日に入団した日から…」 in October), unless the verb sets the day (…に延期した); a plan's day told by となる; a day
alone before a verb of a plan (30日に開く会合) and a range's first day read by its last; a day counted in years (4年後の
2月29日); 当日 after a notice's field; 同月 repeating the month the body named last, not a day alone; a step of a
timeline headed 同日. Sentences of our own; each fails without its change in `dates`, `sentence_dates`, `events` or the
cleaner's `kinds`."""

from __future__ import annotations

from datetime import date

from tests.test_events import events
from tui.news.sentence_dates import dates_in


def test_a_month_and_days_own_past_verb_puts_it_behind_however_far() -> None:
    said = "「2月1日に入団した日から、この舞台だけを見てきました」"
    assert dates_in(said, date(2061, 10, 30)) == [date(2061, 2, 1)]
    assert dates_in("彼は2月1日に入社していた。", date(2061, 10, 30)) == [date(2061, 2, 1)]
    got = dates_in("被告は2月8日の初公判で「予見できなかった」と無罪を主張していた。", date(2061, 11, 15))
    assert got == [date(2061, 2, 8)]  # past the quoted words, the clause's own verb


def test_a_verb_that_sets_the_day_or_a_conditional_keeps_it_ahead() -> None:
    assert dates_in("式典は2月3日に延期された。", date(2061, 10, 30)) == [date(2062, 2, 3)]
    assert dates_in("新しい日程は1月16日とした。", date(2061, 10, 30)) == [date(2062, 1, 16)]


def test_a_day_that_a_plan_becomes() -> None:
    assert dates_in("会期は150日間で、会期末は6月18日となる。", date(2061, 12, 26)) == [date(2062, 6, 18)]


def test_a_day_alone_before_a_plans_verb_and_a_ranges_first_day() -> None:
    assert dates_in("市場は米当局が28日に開く会合に注目している。", date(2062, 1, 6)) == [date(2062, 1, 28)]
    assert dates_in("市場は米当局が28、29日に開く会合に注目している。", date(2062, 1, 6)) == [
        date(2062, 1, 28), date(2062, 1, 29)]


def test_days_counted_in_years() -> None:
    assert dates_in("祖母は「次の誕生日は4年後の2月29日」と笑った。", date(2064, 3, 2)) == [date(2068, 2, 29)]
    assert dates_in("10年前の3月11日、町は波にのまれた。", date(2061, 3, 2)) == [date(2051, 3, 11)]


def test_days_counted_or_compared_are_no_dates() -> None:
    assert dates_in("開花は平年より3日遅い。", date(2061, 4, 2)) == []
    assert dates_in("桜は例年より2日早く咲いた。", date(2061, 4, 2)) == []
    assert dates_in("一行は1日早朝に出発した。", date(2061, 4, 2)) == [date(2061, 4, 1)]


def test_the_day_of_a_notices_field_above() -> None:
    text = ("■市民マラソン\n\n▽日時　2月8日（金）午前9時から\n\n▽会場　運動公園\n\n"
            "当日は午前7時から、公園周辺で交通規制を行います。")
    assert ("2064-02-08", "当日は午前7時から、公園周辺で交通規制を行います。") in events(text, "2063-12-01")


def test_the_same_month_is_the_one_the_body_named_not_a_day_alones() -> None:
    text = ("2058年3月8日に受けた手術をめぐる訴訟の判決が30日、地裁であった。\n\n"
            "判決によると、男性は意識が戻らないまま同月11日に死亡した。")
    got = events(text, "2061-08-31")
    assert ("2058-03-11", "判決によると、男性は意識が戻らないまま同月11日に死亡した。") in got
    text = "2058年3月3日に出願し、同月15日に受理された。"
    assert [d for d, _ in events(text, "2061-08-31")] == ["2058-03-03", "2058-03-15"]


def test_a_timeline_step_headed_by_the_same_day() -> None:
    text = ("記録的な大雨となった。\n\n▽大雨の経過\n\n▽30日（月）午後3時　気象台が大雨警報を発表\n\n"
            "▽同日午後11時　市に土砂災害警戒情報\n\n▽31日午前4時　県が災害対策本部を設置\n\n"
            "▽同日午前6時　県が自衛隊に災害派遣を要請")
    got = dict((t, d) for d, t in events(text, "2061-06-01"))
    assert got["同日午後11時　市に土砂災害警戒情報"] == "2061-05-30"
    assert got["同日午前6時　県が自衛隊に災害派遣を要請"] == "2061-05-31"
