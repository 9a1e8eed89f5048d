"""Dated events: explicit dates, month-and-day and day-only dates read against the article's date
(across month and year ends), and the steps of ↓ timelines."""

from __future__ import annotations

import json

import pytest

from tui.news.models import Document
from tui.news.pipeline import analyse


def events(text: str, published: str | None) -> list[tuple[str, str]]:
    """(date, sentence) of each event the import finds in an article of these paragraphs."""
    stored = analyse(Document(source="t.txt", text="見出しのテスト記事\n\n" + text, published=published))
    assert not isinstance(stored, str)
    return [(d, t) for _, d, t, _ in json.loads(stored.story)["events"]]


@pytest.mark.parametrize("published, text, date", [
    ("2025-08-16", "両首脳は15日、アラスカで会談した。", "2025-08-15"),
    ("2025-08-16", "ゼレンスキー大統領は18日にワシントンを訪れる予定だ。", "2025-08-18"),
    ("2025-03-02", "両首脳は28日、ホワイトハウスで会談した。", "2025-02-28"),  # the month before
    ("2025-01-04", "高速道路は30日に渋滞のピークを迎えた。", "2024-12-30"),  # the year before
    ("2025-10-01", "万博は13日に閉幕する。", "2025-10-13"),  # ahead, said in the future
    ("2024-12-30", "通常国会は来年1月24日に召集される見通しだ。", "2025-01-24"),
    ("2025-01-04", "鉄道各社は12月31日、終夜運転を実施した。", "2024-12-31"),
    ("2024-12-30", "万博は4月13日に開幕する。", "2025-04-13"),
    ("2025-07-01", "大阪での会談は2019年6月28日以来となる。", "2019-06-28"),
    ("2025-07-01", "直接協議は令和4年3月29日以来だ。", "2022-03-29"),
])
def test_dates_are_read_against_the_published_date(published: str, text: str, date: str) -> None:
    assert events(text, published) == [(date, text)]


def test_day_counts_and_durations_are_no_dates() -> None:
    text = "会議は3日間の日程で開かれた。猛暑日は5日連続となった。1日あたり20万人が訪れた。日本の対応が問われる。"
    assert events(text, "2025-07-01") == []


def test_an_undated_article_keeps_only_dates_with_a_year() -> None:
    assert events("会談は28日に開かれた。協定の原案は2025年2月25日にまとまった。", None) == [
        ("2025-02-25", "協定の原案は2025年2月25日にまとまった。")]


def test_a_timeline_dates_each_step_below_its_date_line() -> None:
    text = ("会談の経緯は次の通り。\n2025年2月28日\n↓\nホワイトハウスで会談が始まる\n↓\n鉱物資源をめぐり意見が対立\n↓\n"
            "共同記者会見が中止に\n\n欧州の首脳は翌週、ロンドンで会合を開いた。")
    assert events(text, "2025-03-02") == [
        ("2025-02-28", "ホワイトハウスで会談が始まる"), ("2025-02-28", "鉱物資源をめぐり意見が対立"),
        ("2025-02-28", "共同記者会見が中止に")]
