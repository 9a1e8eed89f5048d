"""Dated events read by the clause a date stands in: the tense a sentence's plain verb gives, a plan told in the
past, a date that heads its own clause, a year set before the month and day, and the days the sentence before
tells of (a clause joined on by its verb gives way to the clause after it)."""

from __future__ import annotations

import pytest

from tests.test_events import events


@pytest.mark.parametrize("published, text, dates", [
    # a sentence closing on a verb of action in its plain form tells of what is to come
    ("2036-10-03", "催しの後の20日までにテントを片付ける。", ["2036-10-20"]),
    ("2036-06-03", "運営側は12月6日までの会期中に、延べ900万人の入場を見込む。", ["2036-12-06"]),
    # … but not for a date of a past clause, nor after a quoting と (the present of a report)
    ("2033-06-05", "25日に見つかった不具合の調査を進める。", ["2033-05-25"]),
    ("2033-06-05", "主将は25日、次も勝ちたいと話す。", ["2033-05-25"]),
    # a plan told in the past lies on the nearer side
    ("2036-03-15", "説明会は当初、14日の予定だったが、停電で翌週に回した。", ["2036-03-14"]),
    ("2036-07-31", "港で2日に予定されていた式典は、主催者が取りやめを決めた。", ["2036-08-02"]),
    # 15日中心 is a day (中心 a word of its own), 15日中 is none
    ("2036-10-03", "神輿の渡御は15日中心に行われる。", ["2036-10-15"]),
    # a date that heads its own clause is of its verb's tense however far back
    ("2036-11-28", "地裁は3月12日、罰金刑を言い渡し、会社は翌日に控訴していた。", ["2036-03-12", "2036-03-13"]),
    # a relative year set before the month and day (昨年は…10月16日の)
    ("2036-10-04", "昨年は大雨で10月17日の行列が中止になった。", ["2035-10-17"]),
])
def test_the_clause_a_date_stands_in_gives_its_reading(published: str, text: str, dates: list[str]) -> None:
    assert [d for d, _ in events(text, published)] == dates
