"""Places UniDic lacks (issue 20): a city's, town's or prefecture's name written with its suffix before a
particle (北浜市は, 隣の北浜市から), where UniDic reads the name as a surname or another proper noun; no
common noun that ends in the suffix (政令市, 城下町, 同市) is one. Sentences of our own."""

from __future__ import annotations

import pytest

from tui.news import actors


def places(text: str) -> list[str]:
    gaz = actors.default()
    hits, new = actors.find(text, gaz)
    return [text[f.start:f.end] for f in hits if (new.get(f.actor) or gaz.entries[f.actor]).kind == "place"]


def kinds(text: str) -> list[tuple[str, str]]:
    gaz = actors.default()
    hits, new = actors.find(text, gaz)
    return [(text[f.start:f.end], (new.get(f.actor) or gaz.entries[f.actor]).kind) for f in hits]


@pytest.mark.parametrize("text, found", [
    ("北浜市は8日、ごみの収集を週3回に減らすと発表した。", ["北浜市"]),  # a city's announcement
    ("週末には隣の北浜市から多くの家族連れが訪れた。", ["北浜市"]),  # a feature
    ("北浜町の住民ら約200人が避難所に身を寄せた。", ["北浜町"]),  # a disaster report
    ("中村区で開かれた催しには、親子連れが列を作った。", ["中村区"]),  # a ward with a surname's name
    ("新潟市と北浜市が、防災協定を結んだ。", ["新潟市", "北浜市"]),
])
def test_a_name_unidic_lacks_with_a_citys_suffix_is_a_place(text, found):
    assert places(text) == found


@pytest.mark.parametrize("text", [
    "政令市や中核市の首長が、財源の確保を国に求めた。",
    "大都市の住民ほど、車を持たない傾向がある。",
    "城下町の風情が残る通りを、観光客が歩いた。",
    "同市の担当者は「原因を調べる」と話した。",
    "被災県の知事らが、復旧の遅れを訴えた。",
    "各県の担当者が集まり、指定都市の例も報告された。",
    "全市で一斉に清掃活動が行われた。",
])
def test_a_common_noun_that_ends_in_a_suffix_is_no_place(text):
    assert places(text) == []


def test_a_persons_name_before_a_suffix_or_a_title_stays_as_it_was():
    assert places("鈴木一郎町の出身だと話した。") == []  # a full name: no town
    assert ("北浜", "person") in kinds("北浜市長は、会見で説明した。")  # a title after the suffix: read elsewhere
