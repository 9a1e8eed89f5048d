"""A handle or stage name with the real name in brackets after it (issue 20): the handle is the person the
real name names, and both are one actor. Sentences of our own."""

from __future__ import annotations

import pytest

from conftest import persons
from tui.news import actors


def actor_ids(text: str) -> list[tuple[str, str]]:
    gaz = actors.default()
    hits, _ = actors.find(text, gaz)
    return [(text[f.start:f.end], f.actor) for f in hits]


@pytest.mark.parametrize("text, names", [
    ("eスポーツの大会で、ハヤト（本名・小川隼人）選手が初優勝した。", ["ハヤト", "小川隼人"]),  # esports
    ("人気配信者のKAZUYA（本名・森田和也）さんは「夢のようだ」と語った。", ["KAZUYA", "森田和也"]),  # letters
    ("漫才コンビのツッコミ、ミナミ（本名＝佐藤南、２４）さんが司会を務めた。", ["ミナミ", "佐藤南"]),  # an age after
])
def test_a_handle_before_its_real_name_is_the_person(text, names):
    assert persons(text) == names


def test_the_handle_and_the_real_name_are_one_actor():
    found = actor_ids("ハヤト（本名・小川隼人）選手は決勝で逆転した。")
    assert len(found) == 2 and found[0][1] == found[1][1]


@pytest.mark.parametrize("text", [
    "歌手のアイミ（本名・非公表）は、新曲を発表した。",  # a name withheld
    "NHK（本名・日本放送協会）は、番組の改編を発表した。",  # a body's full name, no person's
])
def test_a_bracket_with_no_persons_name_makes_no_handle(text):
    assert persons(text) == []
