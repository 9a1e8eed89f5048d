"""A surname named in full before, again in the brackets that close a comment (「…」（北星・岸本）, 「…」（岸本）), as the
text reads once NFKC has made its brackets narrow; and a name word in katakana right after its town's name (大阪
ブレイズの選手) ends a club's name, no person alone. Real tokenizer; sentences written for this test; each fails without
its change (`names_again._headed` on the NFKC text, `names_again._place_headed`)."""

from __future__ import annotations

from conftest import article_persons

from tui.news import actors


def person_names(texts: list[str]) -> list[list[str]]:
    """Each passage's persons, by the name they are filed under."""
    gaz = actors.default()
    mentions, new = actors.find_all(texts, gaz)
    return [[(new.get(aid) or gaz.entries[aid]).name for aid, s, e in passage
             if (new.get(aid) or gaz.entries[aid]).kind == "person"] for passage in mentions]

_LEAD = "北星ラークスの岸本誠一投手（26）が完封した。"  # (UniDic reads 岸本 alone as a place)


def test_a_surname_after_the_side_in_the_brackets_closing_a_comment() -> None:
    got = person_names([_LEAD, "「次も同じように投げるだけです」（北星・岸本）"])
    assert got[1] == ["岸本誠一"]


def test_a_surname_alone_in_the_brackets_closing_a_comment() -> None:
    got = person_names([_LEAD, "「次も勝ちたい」（岸本）"])
    assert got[1] == ["岸本誠一"]


def test_a_name_word_in_katakana_after_its_towns_name_is_no_person() -> None:
    got = article_persons(["大阪ブレイズの選手が完封リレーを見せた。"])
    assert got == [[]]
