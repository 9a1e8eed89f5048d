"""A pupil's name before the school year in brackets (守屋さん（３年）): the honorific is no part of the name (the
slot for a given name in hiragana before the year takes no さん, くん, ちゃん or さま). Real tokenizer; sentences written
for these tests."""

from __future__ import annotations

from conftest import persons


def test_a_pupils_honorific_before_the_school_year_is_no_part_of_the_name():
    assert persons("生徒会長の守屋さん（３年）は「本気を感じる」と話した。") == ["守屋"]
    assert persons("部長の宇佐美くん（２年）が発表した。") == ["宇佐美"]
