"""Shapes of names as crime and sports pages write them: a pupil's or student's school year, or school's
short name, in brackets after the name, as an age is written. Sentences of our own; each fails without its change."""

from __future__ import annotations

import pytest

from conftest import persons


@pytest.mark.parametrize("text, names", [
    ("主将の宇賀神颯（2年）は「みんなで勝ち取った」と笑顔を見せた。", ["宇賀神颯"]),  # 颯 read as an adverb
    ("九回には代打の鶴城颯（1年）が右前に運んだ。", ["鶴城颯"]),
])
def test_a_school_year_in_brackets_marks_the_name_before_it(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "任期（2年）が満了した。",
    "昨年（1年）は雨で中止になった。",
    "契約期間（3年）を延ばした。",
])
def test_a_school_year_after_common_words_makes_no_person(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, names", [
    ("男子走り幅跳びは、栃折隼之介（南陵高）が7メートル21で制した。", ["栃折隼之介"]),  # 栃 + 折 + 隼 + 之 + 介
    ("女子砲丸投げは宇賀神颯（東陵工2）が初優勝した。", ["宇賀神颯"]),
    ("男子千五百メートルは鮫嶋迅（西浜商）が制した。", ["鮫嶋迅"]),  # 鮫 read as a common word
    ("男子円盤投げは鍋谷晴之介（城北高校）が大会新。", ["鍋谷晴之介"]),
])
def test_a_school_in_brackets_marks_the_name_before_it(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "トヨタ（豊田工）との練習試合に臨んだ。",  # a company, no katakana name
    "米国（円高）の影響を受けた。",
])
def test_a_school_in_brackets_after_no_name_makes_no_person(text):
    assert persons(text) == []
