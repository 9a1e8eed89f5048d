"""A thing's day counted from (入院の翌日) when the sentence that told of the thing wrote one day and counted the other
(11月23日に…、その10日後に入院した): the counted day, nearest the thing, not the day written. Sentences of our own; it
fails without its change in `events`."""

from __future__ import annotations

from tests.test_events import events


def test_a_thing_told_on_a_counted_day_is_counted_from_that_day() -> None:
    text = ("画家の北村さんが死去した。\n\n"
            "昨年5月8日に開いた個展が最後の仕事となり、その12日後に体調を崩して入院した。入院の翌日には、"
            "病室に画材を持ってくるよう家族に頼んだという。")
    assert [d for d, t in events(text, "2070-02-01") if "入院の翌日" in t] == ["2069-05-21"]
