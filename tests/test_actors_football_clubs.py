"""Clubs of football's transfer and squad news written alone by their town or short name (神戸のDF…, …へ期限付き移籍,
DF…（ボルシアMG）, 浦和は…獲得), and the same words left places where the line gives no position and no move.
Real tokenizer, real gazetteer; sentences written for these tests."""

from __future__ import annotations

import pytest

from tui.news import actors


def kinds(text: str) -> dict[str, str]:
    gaz = actors.default()
    found, new = actors.find_all([text], gaz)
    return {text[s:e]: (new.get(aid) or gaz.entries[aid]).kind for aid, s, e in found[0]}


@pytest.mark.parametrize("text, clubs", [
    ("浦和は５日、鳥栖のＭＦ北園拓也（２６）を完全移籍で獲得したと発表した。", {"浦和", "鳥栖"}),
    ("神戸のＤＦ宮前颯が、岐阜へ育成型期限付き移籍することになった。", {"神戸", "岐阜"}),
    ("元代表の大垣健吾が、鈴鹿への期限付き移籍を発表した。", {"鈴鹿"}),
    ("ＧＫ柳井隼（パルマ）、ＦＷ大隅凌（ブライトン）が初めて選ばれた。", {"パルマ", "ブライトン"}),
    ("札幌は、スペイン人ＭＦルイス・モレノの加入を発表した。", {"札幌"}),
    ("Ｇ大阪は韓国人ＤＦパク・ソンホと契約を更新した。", {"Ｇ大阪"}),  # a letter before the town
    ("東京Ｖは横浜FCから高森翔を期限付き移籍で獲得した。", {"東京Ｖ"}),
])
def test_a_club_in_a_transfer_or_squad_line(text: str, clubs: set[str]) -> None:
    found = kinds(text)
    assert {c for c in clubs if found.get(c) == "organization"} == clubs


@pytest.mark.parametrize("text, place", [
    ("神戸市は新しい図書館の計画を発表した。", "神戸市"),  # no position, no move
    ("札幌は雪まつりの準備が進んでいる。", "札幌"),
    ("板垣さん（北浜県）は、地元の少年チームでＭＦとしてプレーしている。", None),  # a prefecture in brackets is no club
])
def test_a_town_in_other_news_stays_a_place(text: str, place: str | None) -> None:
    found = kinds(text)
    assert "organization" not in {k for w, k in found.items() if w in ("神戸", "神戸市", "札幌", "北浜県")}
    if place:
        assert found.get(place) == "place"


def test_a_word_for_people_in_general_is_no_club() -> None:
    assert "organization" not in kinds("政府は人材の獲得を急ぐ方針だ。").values()
