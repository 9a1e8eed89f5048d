"""A name right before its club, company or school in brackets is a person's, whatever UniDic reads it as.
Sentences of our own; the first fails without `affiliations`."""

from __future__ import annotations

import pytest

from conftest import persons


def test_a_place_word_before_a_company_in_brackets_is_a_person():
    assert persons("２位は石塚（東洋大）、３位は前回覇者の桐ケ谷（ＪＡＬ）だった。") == ["石塚", "桐ケ谷"]


@pytest.mark.parametrize("text", [
    "東京（共同）政府は新たな方針を決めた。",  # a dateline at the line's head
    "大会は横浜（神奈川県）で開かれた。",  # a place in the bracket
    "子会社のトヨタ（愛知県）は増産を決めた。",
])
def test_no_person_before_a_dateline_or_a_place_in_brackets(text):
    assert persons(text) == []
