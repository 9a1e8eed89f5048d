"""Clubs and papers whose names UniDic reads as other words (issue 20): a club written as two katakana
words in a result's line (ソフト + バンク), and a newspaper whose name is read as two countries (中日新聞).
Sentences of our own."""

from __future__ import annotations

import pytest

from tui.news import actors


def kinds(text: str) -> list[tuple[str, str]]:
    gaz = actors.default()
    hits, new = actors.find(text, gaz)
    return [(text[f.start:f.end], (new.get(f.actor) or gaz.entries[f.actor]).kind) for f in hits]


@pytest.mark.parametrize("text, clubs", [
    ("ソフトバンクは楽天に４−３で逆転勝ちした。", ["ソフトバンク", "楽天"]),  # a result line
    ("ソフトバンクは、延長の末に西武を破った。", ["ソフトバンク", "西武"]),
])
def test_a_club_of_two_katakana_words_in_a_result(text, clubs):
    assert [w for w, kind in kinds(text) if kind == "organization"] == clubs


@pytest.mark.parametrize("text", [
    "スピードスケートの北浜美帆選手は、今季初勝利を挙げた。",  # a sport, not a club
    "ホームチームは相手に４−３で勝った。",  # a word for a side in general
])
def test_a_sports_or_sides_word_is_no_club(text):
    assert [w for w, kind in kinds(text) if kind == "organization"] == []


def test_a_newspaper_read_as_two_countries():
    assert kinds("中日新聞の取材によると、工場は来春にも閉鎖される。")[0] == ("中日新聞", "organization")


@pytest.mark.parametrize("text, countries", [
    ("日米首脳会談が、来月ワシントンで開かれる。", ["日", "米"]),
    ("日中友好協会の会長が訪中した。", ["日", "中"]),
])
def test_two_countries_before_other_words_stay_countries(text, countries):
    assert [w for w, kind in kinds(text) if kind == "country"][:2] == countries
