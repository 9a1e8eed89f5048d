"""A body named before a title that completes its last word (北浜感染症研究所長: 研究所 + 所長, 北浜警察署長, 北浜大学長)
is an organisation whose head is unnamed, no person; a surname before a title of its own (高木病院長, 田中所長) stays a
person; a given name's second kanji before ・ and a post stays in the name (脇田隆字・…). Real tokenizer; sentences
written for these tests."""

from __future__ import annotations

from conftest import found_of, persons


def test_a_body_before_a_title_that_completes_its_word_is_no_person() -> None:
    for text, body in (("北浜感染症研究所長は会見で述べた。", "北浜感染症研究所"),
                       ("北浜警察署長は会見で述べた。", "北浜警察署"),
                       ("北浜大学長は式辞を述べた。", "北浜大学")):
        assert persons(text) == []
        assert found_of(text, "organization") == [body]


def test_a_surname_before_a_title_of_its_own_stays_a_person() -> None:
    assert persons("高木病院長は会見で述べた。") == ["高木"]
    assert persons("田中所長は会見で述べた。") == ["田中"]


def test_a_given_names_second_kanji_before_a_dot_and_a_post() -> None:
    assert persons("座長の脇田隆字・北浜感染症研究所長が説明した。") == ["脇田隆字"]
