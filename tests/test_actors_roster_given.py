"""A given name UniDic reads as two name words of one kanji each, after a surname and a roster's space
(`roster_given`): the full name, as rosters and line-ups print it. Names of our own; each case fails without the
rule. The guards: a title after the name stays out of it, a longer run of words is no given name."""

from __future__ import annotations

import pytest

from conftest import article_persons, persons


@pytest.mark.parametrize("text, name", [
    ("◇堀口 賢慎 投手", "堀口 賢慎"),  # the roster's space, then the position (慎 read as a surname's)
    ("◇梶谷 泰誠 投手", "梶谷 泰誠"),
    ("【先発】北浜 大森 翔征、南浜 杉本 翔慎", "大森 翔征"),  # an entry's comma after it
    ("投手 桐山 智慎 ２４ 右投", "桐山 智慎"),
])
def test_a_spaced_given_name_of_two_name_words_is_the_full_name(text, name):
    assert name in persons(text)


def test_each_entry_of_a_line_up_and_no_title_in_a_name():
    got = article_persons(["【先発】北浜 大森 翔征、南浜 杉本 翔慎"])[0]
    assert "杉本 翔慎" in got and "大森 翔征" in got
    assert all("選手" not in name for name in persons("◇望月 賢翔選手"))
