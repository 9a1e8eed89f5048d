"""Namesakes of the gazetteer's people: a known person's surname before a given name UniDic reads as one
(岸田和夫社長, 上川和子外相) is someone else, filed under their own full name, and so is that surname alone
later in the article; the known person keeps their full name and their surname where no namesake is
named. Sentences of our own, through the real tokenizer, as the import reads them and as `find` does."""

from __future__ import annotations

import unicodedata

import pytest

from tui.news import actors
from tui.news.language import index_and_words
from tui.news.pipeline import analyse
from tui.news.models import Document


def filed(texts: list[str], as_imported: bool) -> list[tuple[str, str]]:
    """(the mention, the id it is filed under) in each passage, in order."""
    gaz = actors.default()
    if as_imported:
        nfkc = [unicodedata.normalize("NFKC", t) for t in texts]
        both = [index_and_words(t) for t in nfkc]
        found, _ = actors.find_all(texts, gaz, nfkc, [b[0] for b in both], [b[1] for b in both])
    else:
        found, _ = actors.find_all(texts, gaz)
    return [(text[s:e], aid) for text, passage in zip(texts, found) for aid, s, e in passage]


def known_id(name: str) -> str:
    gaz = actors.default()
    aid = gaz.by_alias.get(actors.gazetteer.normal(name))
    assert aid is not None, f"{name} is in the gazetteer: these tests need it"
    return aid


@pytest.mark.parametrize("as_imported", [True, False])
def test_a_known_surname_before_another_given_name_is_another_person(as_imported: bool) -> None:
    texts = ["北浜精工の岸田和夫社長は「来期も増益を目指す」と語った。", "岸田社長は工場の増設にも触れた。"]
    found = filed(texts, as_imported)
    people = [(name, aid) for name, aid in found if aid.startswith("p:") or aid == known_id("岸田文雄")]
    assert people == [("岸田和夫", "p:岸田和夫"), ("岸田", "p:岸田和夫")], found
    assert known_id("岸田文雄") not in {aid for _, aid in found}


@pytest.mark.parametrize("as_imported", [True, False])
def test_the_known_person_keeps_their_name_and_surname(as_imported: bool) -> None:
    kamikawa = known_id("上川陽子")
    texts = ["上川陽子外相は2日の会見で「対話を続ける」と述べた。", "上川外相は記者団の質問にも答えた。"]
    assert filed(texts, as_imported) == [("上川陽子", kamikawa), ("上川", kamikawa)]
    assert filed(["上川外相は「協議は続く」と話した。"], as_imported) == [("上川", kamikawa)]


@pytest.mark.parametrize("as_imported", [True, False])
def test_a_known_person_and_a_namesake_in_one_article_stay_two(as_imported: bool) -> None:
    ishiba = known_id("石破茂")
    found = filed(["石破茂首相は地元で石破花子さんと握手した。"], as_imported)
    assert ("石破茂", ishiba) in found and ("石破花子", "p:石破花子") in found, found


def test_an_imported_article_lists_the_namesake_not_the_known_person() -> None:
    doc = Document(source="namesake.txt", title="新社長が会見", format="text", published="2025-04-01",
                   text="新社長が会見\n\n北浜精工の岸田和夫社長は1日、就任会見を開いた。\n\n岸田社長は「現場を歩く」と述べた。\n")
    stored = analyse(doc)
    assert not isinstance(stored, str), stored
    names = {a[0]: a[1] for a in stored.actors}
    assert names.get("p:岸田和夫") == "岸田和夫", names
    assert known_id("岸田文雄") not in names


@pytest.mark.parametrize("as_imported", [False, True])
def test_a_surname_alias_inside_a_word_of_kanji_is_no_one(as_imported: bool) -> None:
    # 上川 of 最上川, a river UniDic reads as 最上 + 川: the alias starts inside a word, no person
    assert filed(["最上川の水位が上がり、上川外相が視察した。"], as_imported) == [("上川", known_id("上川陽子"))]


@pytest.mark.parametrize("as_imported", [False, True])
def test_a_surname_alias_between_a_kanji_and_a_body_s_suffix_is_no_one(as_imported: bool) -> None:
    # 最 + 上川 + 銀行, as UniDic reads 最上川銀行: a bank named after the river, no person; 上川外相 stays hers
    got = filed(["最上川銀行の頭取は、上川外相と会談した。"], as_imported)
    assert got.count(("上川", known_id("上川陽子"))) == 1


@pytest.mark.parametrize("as_imported", [True, False])
def test_a_known_surname_printed_with_a_space_before_another_given_name_is_another_person(as_imported: bool) -> None:
    kishida = known_id("岸田文雄")
    found = filed(["原告の岸田　守さん（７０）と岸田　静江さん（６８）が会見した。"], as_imported)
    assert ("岸田　守", "p:岸田守") in found and ("岸田　静江", "p:岸田静江") in found, found
    assert kishida not in {aid for _, aid in found}
    assert filed(["岸田 首相は会見した。"], as_imported)[0][1] == kishida  # (a title after the space: the known person)


@pytest.mark.parametrize("as_imported", [False, True])
def test_a_surname_alias_before_a_towns_suffix_and_a_particle_is_the_town(as_imported: bool) -> None:
    # 上川 + 町は: the town (UniDic reads 上川 as a place), never the known person; 上川外相 stays hers
    got = filed(["北海道上川町の山林で男性が見つかった。上川町は「お礼を伝えたい」としている。", "上川外相は視察した。"],
                as_imported)
    kamikawa = known_id("上川陽子")
    assert [aid for name, aid in got if name.startswith("上川")] == ["l:上川", "l:上川", kamikawa], got
