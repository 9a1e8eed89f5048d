"""A thing's day counted from (入院の翌日, 発表当日) when the sentence that told of the thing wrote one day and counted the other
(11月23日に…、その10日後に入院した): the counted day, nearest the thing, not the day written; and not a thing named in a
note in brackets ((昨年5月14日発表の確定値)). Sentences of our own; each
fails without its change in `events`."""

from __future__ import annotations

from tests.test_events import events


def test_a_thing_told_on_a_counted_day_is_counted_from_that_day() -> None:
    text = ("画家の北村さんが死去した。\n\n"
            "昨年5月8日に開いた個展が最後の仕事となり、その12日後に体調を崩して入院した。入院の翌日には、"
            "病室に画材を持ってくるよう家族に頼んだという。")
    assert [d for d, t in events(text, "2070-02-01") if "入院の翌日" in t] == ["2069-05-21"]


def test_a_thing_named_in_a_note_in_brackets_is_not_the_one_counted_from() -> None:
    text = ("県が12日発表した1～3月の観光客数は、前年同期比8％増だった。\n\n"
            "昨年の同じ時期は大雪で落ち込んでいた（昨年5月14日発表の確定値）。知事は発表当日の会見で「回復は本物だ」と述べた。")
    assert [d for d, t in events(text, "2070-05-13") if "発表当日" in t] == ["2070-05-12"]
