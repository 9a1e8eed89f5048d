"""Day words quoted in a morning paper, in a sentence that names no date and tells them said in the past: counted
from the day before the paper's, when its news happened then (歓迎式で「きょう、町に…」とあいさつした: that day); not a
broadcast's words told politely (…と話しました), nor a week's day, which is the calendar's. Sentences of our own; each
fails without its change in `sentence_dates`."""

from __future__ import annotations

from tests.test_events import events

_LEAD = "山あいの町を結ぶ新しい路線バスが1日、運行を始めた。始発には約80人が列をつくった。\n\n"


def _dated(text: str, word: str) -> list[str]:
    return [d for d, t in events(_LEAD + text, "2061-04-02") if word in t]


def test_quoted_day_words_said_yesterday_count_from_that_day() -> None:
    assert _dated("出発式で、町長は「きょう、町の願いがかなった」とあいさつした。", "きょう") == ["2061-04-01"]
    assert _dated("運転手の男性は「あすから通常の時刻で走る」と話した。", "あすから") == ["2061-04-02"]


def test_a_broadcasts_polite_past_and_a_weeks_day_stay_the_calendars() -> None:
    assert _dated("町長は「きょう、町の願いがかなった」と話しました。", "きょう") == ["2061-04-02"]
    assert _dated("町長は「来週の土曜日には祭りも開く」と話した。", "土曜日") == ["2061-04-09"]
