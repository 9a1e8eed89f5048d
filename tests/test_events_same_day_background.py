"""同日 after a background told in another passage (…1月24日に結審していた。 then, a paragraph on, 閉廷後の同日夕): the
news's day, the first day the body names within a week before the page's; but right after a background in the same
passage (…30日、…進言していた。首相は同日夜), that background's day. Sentences of our own; each fails without its change in
`events`."""

from __future__ import annotations

from tests.test_events import events

_TRIAL = ("工事現場で2058年11月3日、鉄骨が落下して作業員が死亡した事故で、元責任者の控訴審判決が9日、高裁であった。"
          "裁判長は一審の無罪判決を破棄した。\n\n"
          "控訴審は昨年12月6日に始まり、1月24日に結審していた。\n\n")


def test_same_day_after_a_background_paragraph_is_the_news_day() -> None:
    got = events(_TRIAL + "遺族の男性は閉廷後の同日夕、市内で記者会見した。", "2061-03-10")
    assert [d for d, t in got if "同日夕" in t] == ["2061-03-09"]


def test_same_day_right_after_a_background_in_its_passage_is_that_day() -> None:
    got = events(_TRIAL + "幹事長は前日の8日、首相に進言していた。首相は同日夜、党幹部と会食した。", "2061-03-10")
    assert [d for d, t in got if "同日夜" in t] == ["2061-03-08"]
