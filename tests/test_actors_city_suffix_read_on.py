"""A city's suffix UniDic reads into the next word of an address (茅野 + 市川 + 端, 中野 + 市江 + 部): the city ends at
its suffix, never a place named across it (茅野市川). Real tokenizer; sentences written for these tests."""

from __future__ import annotations

from conftest import found_of


def places(text: str) -> list[str]:
    return found_of(text, "place")


def test_the_city_ends_at_its_suffix_before_the_district() -> None:
    assert places("茅野市川端の住宅で火事があった。") == ["茅野市"]
    got = places("現場は松本市川辺の交差点だ。")
    assert "松本市" in got and not any(p.startswith("松本市川") for p in got)


def test_two_places_apart_and_a_place_that_opens_with_the_character_stay_whole() -> None:
    assert places("千葉県市川市の住宅で火事があった。") == ["千葉県", "市川市"]
