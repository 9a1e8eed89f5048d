"""A label, agency or club a person debuts from, belongs to or moves to (issue 20): a katakana name whose first
word is a proper noun, its words joined by ・ (ソニー・ミュージックエンタテインメントからデビュー). Sentences
of our own."""

from __future__ import annotations

import pytest

from tui.news import actors


def orgs(text: str) -> list[str]:
    gaz = actors.default()
    hits, new = actors.find(text, gaz)
    return [text[f.start:f.end] for f in hits if (new.get(f.actor) or gaz.entries[f.actor]).kind == "organization"]


@pytest.mark.parametrize("text, org", [
    ("彼女は２０１０年、ソニー・ミュージックエンタテインメントからデビューした。", "ソニー・ミュージックエンタテインメント"),
    ("エイベックスに所属する歌手が、新曲を配信した。", "エイベックス"),
])
def test_a_label_before_a_debut_or_membership(text, org):
    assert orgs(text) == [org]


@pytest.mark.parametrize("text", [
    "全国オーディションからデビューした新人が、初めての舞台に立った。",  # a common katakana word
    "地元のチームに所属して、週末に練習している。",
])
def test_a_common_word_before_the_verb_is_no_label(text):
    assert orgs(text) == []
