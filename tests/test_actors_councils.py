"""A council named by its kind 会議 (issue 20): a body where the line speaks of its members or officers
(日本学術会議の会員), never a summit or a conference. Sentences of our own."""

from __future__ import annotations

import pytest

from tui.news import actors


def kinds(text: str) -> list[tuple[str, str]]:
    gaz = actors.default()
    hits, new = actors.find(text, gaz)
    return [(text[f.start:f.end], (new.get(f.actor) or gaz.entries[f.actor]).kind) for f in hits]


@pytest.mark.parametrize("text, council", [
    ("北浜大学の教授は、東西学術会議の会員に任命された。", "東西学術会議"),  # science policy (a name the gazetteer lacks)
    ("経済財政諮問会議の議長を務める首相は、物価対策を指示した。", "経済財政諮問会議"),  # politics
])
def test_a_council_before_its_members_word(text, council):
    assert (council, "organization") in kinds(text)


@pytest.mark.parametrize("text", [
    "首脳会議の議長国として、日本は声明をまとめた。",  # a summit's host
    "国際会議の委員に、若手の研究者が選ばれた。",  # a conference
    "同会議の議長は、審議の継続を決めた。",  # the council named before
    "東西学術会議が来月開く公開講座に、市民も参加できる。",  # no member's word: not read here (a name the gazetteer lacks)
])
def test_a_meeting_is_no_council(text):
    assert [w for w, kind in kinds(text) if kind == "organization"] == []
