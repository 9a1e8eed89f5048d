"""Edges of a name the words decide: a title read inside an adjectival noun (著名人: 著名 + 人, no 名人 after a name 著)
is none, and a kinship word joined by ・ (俳優の長男・幹太) is no part of the name after it. Real tokenizer; sentences
written for these tests."""

from __future__ import annotations

from conftest import persons


def test_no_title_is_read_inside_an_adjectival_noun() -> None:
    assert persons("葬儀には多くの著名人が参列した。") == []
    assert persons("有名人が集まる店として知られる。") == []
    assert persons("北見名人は対局後に語った。") == ["北見"]  # the title itself, after a name


def test_a_kinship_word_joined_by_a_dot_is_no_part_of_the_name() -> None:
    assert persons("後列には俳優の長男・幹太と次男・直人が並んだ。") == ["幹太", "直人"]
