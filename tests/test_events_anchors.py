"""What a day is counted from: the year a timeline's header names (【2044年の主な動き】 above a year-end review's
steps), the news's day rather than a plan ahead another passage told (前日の5日 after a mayor's 来年8月6日), and the
month a past day's 同月 repeats (not one that puts the day after the article's). Sentences of our own; each fails
without its change in `events` or `dates`."""

from __future__ import annotations

from tests.test_events import events


def test_a_timelines_header_year_dates_its_steps() -> None:
    text = ("東証は31日から休場し、来年の取引は1月4日に始まる。\n\n【2041年の株価の主な動き】\n\n"
            "1月4日　大発会は上昇して始まる\n↓\n8月5日　1日で急落\n↓\n12月30日　大納会、年間で上昇")
    got = [(d, t) for d, t in events(text, "2041-12-31") if "　" in t]
    assert got == [("2041-01-04", "1月4日　大発会は上昇して始まる"), ("2041-08-05", "8月5日　1日で急落"),
                   ("2041-12-30", "12月30日　大納会、年間で上昇")]


def test_the_day_before_counts_from_the_news_not_from_a_plan_told_in_another_passage() -> None:
    text = ("記念式典が6日、市内の公園で開かれた。\n\n市長は「来年8月6日の節目を前に、歩みを止めない」と訴えた。\n\n"
            "慰霊碑には、前日の5日夜に手向けられた花が並び、「来年も来るね」と書いた紙が添えられていた。")
    assert ("2041-08-05", "慰霊碑には、前日の5日夜に手向けられた花が並び、「来年も来るね」と書いた紙が添えられていた。") in events(
        text, "2041-08-07")


def test_a_past_days_same_month_is_not_one_that_puts_it_after_the_article() -> None:
    text = ("県警は11日、男を逮捕した。男は3月2日、女性方に上がり込み、現金を盗んだ疑い。\n\n県警は今月5日、男を特定した。\n\n"
            "女性は同月15日に被害に気付き、署に相談した。")
    assert ("2041-03-15", "女性は同月15日に被害に気付き、署に相談した。") in events(text, "2041-04-12")
