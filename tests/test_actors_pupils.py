"""A name in the slot before brackets: a pupil's before the school year (守屋さん（３年）), whose honorific is no part
of it (the slot for a given name in hiragana before the year takes no さん, くん, ちゃん or さま), and a name before its
age whose rank or title is no part of it either (白峰宗玄九段（６８）). Real tokenizer; sentences written for these
tests."""

from __future__ import annotations

from conftest import persons


def test_a_pupils_honorific_before_the_school_year_is_no_part_of_the_name():
    assert persons("生徒会長の守屋さん（３年）は「本気を感じる」と話した。") == ["守屋"]
    assert persons("部長の宇佐美くん（２年）が発表した。") == ["宇佐美"]


def test_a_rank_or_title_between_a_name_and_its_age_is_no_part_of_the_name():
    assert persons("師匠の白峰宗玄九段（６８）と話した。") == ["白峰宗玄"]
    assert persons("研究室の岩城崇教授（５６）が発表した。") == ["岩城崇"]
