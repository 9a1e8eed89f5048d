"""A month and day written in kanji numerals (八月十五日, 十二月八日: diaries, old documents, verse quoted in the news)
are dates as their digits are; a number of days or a name in kanji is none. Sentences of our own; each fails
without `dates.kanji_days`."""

from __future__ import annotations

from datetime import date

from tui.news.dates import kanji_days
from tui.news.sentence_dates import dates_in


def test_a_month_and_day_in_kanji_numerals_is_a_date() -> None:
    assert dates_in("日記には「十二月八日。朝から冷たい雨が降った」とあった。", date(2101, 12, 20)) == [date(2101, 12, 8)]
    assert dates_in("式典は十一月二十三日に開かれた。", date(2101, 12, 1)) == [date(2101, 11, 23)]


def test_kanji_numerals_keep_their_length_and_a_non_date_stays() -> None:
    for text in ("三月三十一日に閉店した", "八月十五日の正午", "一九四五年", "十日町市の三日月"):
        assert len(kanji_days(text)) == len(text)
    assert kanji_days("十日町市の三日月") == "十日町市の三日月"
    assert dates_in("十三月四十日という架空の日付", date(2101, 5, 1)) == []
