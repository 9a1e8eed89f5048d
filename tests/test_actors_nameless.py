"""Lines the person rules skip (`nameless`): only where those rules would find nothing, so a rule added to
`persons` or `given_names` that reads a place the guard does not shows here."""

from __future__ import annotations

import pytest

from tui.news.actors.given_names import more_persons
from tui.news.actors.lines import lines
from tui.news.actors.nameless import nameless
from tui.news.actors.persons import line_persons
from tui.news.language import index_and_words


def _read(text: str, taken: list[str]) -> tuple[bool, list, list]:
    """Whether `nameless` skips the line (`taken`: the words an actor holds already), and what the person
    rules find in it."""
    occupied = bytearray(len(text))
    for word in taken:
        at = text.index(word)
        occupied[at:at + len(word)] = b"\1" * len(word)
    (x,) = lines(text, [(0, text, index_and_words(text)[1])], occupied)
    toks = x.toks
    skipped = nameless(x.text, toks, x.marks, x.free, x.open_titles())
    found, left = line_persons(x.text, toks, x.marks, x.free) if x.marks or toks.has("pos2", "人名") else ([], [])
    found, left = more_persons(x.text, toks, x.marks, found, left, x.free, x.open_titles())
    return skipped, found, left


_LINES = [
    ("北浜商事の山岸社長は新工場の建設を発表した。", ["北浜商事", "山岸"]),
    ("山岸社長は、森田副社長と共に会見した。", ["山岸", "森田"]),
    ("社長の小峰は記者会見で語った。", []),
    ("山岸社長の小峰への信頼は厚い。", ["山岸"]),
    ("歌手のみなみが新曲を出した。", []),
    ("兄の健太が優勝した。", []),
    ("山岸さんと森田さんが参加した。", ["山岸"]),
    ("山岸と森田が参加した。", ["山岸"]),
    ("園児のゆうまくん（5）が泣いた。", []),
    ("百目鬼さんは語った。", []),
    ("代打中島が決めた。", []),
    ("北浜町の人口は減った。", ["北浜町"]),
]


@pytest.mark.parametrize("text, taken", _LINES)
def test_a_skipped_line_is_one_where_the_person_rules_find_nothing(text, taken):
    skipped, found, left = _read(text, taken)
    assert not skipped or (found, left) == ([], [])


def test_a_title_after_an_actor_found_and_no_free_name_skips_the_rules():
    assert _read("北浜商事の山岸社長は新工場の建設を発表した。", ["北浜商事", "山岸"])[0]
    assert _read("北浜町の人口は減った。", ["北浜町"])[0]


@pytest.mark.parametrize("text, taken", [
    ("社長の小峰は記者会見で語った。", []),  # a title and の, then a free word
    ("山岸社長の小峰への信頼は厚い。", ["山岸"]),
    ("山岸と森田が参加した。", ["山岸"]),  # a list after a name
    ("歌手のみなみが新曲を出した。", []),  # a role
    ("百目鬼さんは語った。", []),  # an honorific after free words
])
def test_a_free_place_for_a_name_keeps_the_rules(text, taken):
    assert not _read(text, taken)[0]
