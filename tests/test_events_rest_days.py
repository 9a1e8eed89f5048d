"""A pitcher's days of rest (中4日で先発: no date, but 会期中4日に, the 4th during a session, is one), days in a row
(2日続けての試合), and a day before a noun that での joins to another (27日の開幕戦での先発が有力となった: the game's
day, not the day of the past verb). Sentences of our own; each fails without its change in `dates` or `sentence_dates`."""

from __future__ import annotations

from datetime import date

from tui.news.sentence_dates import dates_in

_DAY = date(2061, 5, 22)


def test_days_of_rest_are_no_date() -> None:
    assert dates_in("エースは中4日で週末のマウンドに上がる。", _DAY) == []
    assert dates_in("右腕、中5日で先発へ", _DAY) == []
    assert dates_in("県議会は会期中4日に条例案を採決する。", _DAY) == [date(2061, 6, 4)]


def test_a_day_before_a_noun_joined_by_de_no_is_the_nouns() -> None:
    assert dates_in("新人は27日の開幕戦での先発が有力となった。", _DAY) == [date(2061, 5, 27)]
    assert dates_in("監督は20日の会見で続投を表明した。", _DAY) == [date(2061, 5, 20)]  # (で: the verb's own day)


def test_days_in_a_row_are_no_date() -> None:
    assert dates_in("準決勝から2日続けての試合だった。", _DAY) == []
    assert dates_in("3日続きの雨で、川が増水した。", _DAY) == []
