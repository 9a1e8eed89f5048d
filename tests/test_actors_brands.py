"""A company named in katakana before its officer's title (ノースパイン社長 when UniDic knows the word as a
proper noun of no person nor place): the company is an organisation and no person is made of it; a foreign
person's name before the same titles, and a proper noun before other titles, stay persons. Real tokenizer;
sentences written for these tests."""

from __future__ import annotations

import pytest

from tui.news import actors
from tui.news.actors.brands import company_word


def kinds(texts: list[str]) -> list[tuple[str, str]]:
    gaz = actors.default()
    found, new = actors.find_all(texts, gaz)
    return [(texts[i][s:e], (new.get(aid) or gaz.entries[aid]).kind) for i, p in enumerate(found) for aid, s, e in p]


@pytest.mark.parametrize("line, company", [
    ("ソニー社長は決算会見で新しい計画を語った。", "ソニー"),
    ("◇トヨタ副社長、経営環境「大きく変わった」", "トヨタ"),
    ("ボーイング会長が記者団の取材に応じた。", "ボーイング"),
    ("ホンダ社長は「電動化を急ぐ」と述べた。", "ホンダ"),
])
def test_a_companys_katakana_name_before_its_officers_title_is_the_company(line: str, company: str) -> None:
    got = kinds([line])
    assert (company, "organization") in got
    assert all(kind != "person" for _, kind in got)


@pytest.mark.parametrize("line, person", [
    ("ゴーン社長は再建策を発表した。", "ゴーン"),  # a name UniDic does not know
    ("ザッカーバーグ最高経営責任者は声明を出した。", "ザッカーバーグ"),  # a name UniDic knows as one
    ("フォード大統領は議会で演説した。", "フォード"),  # a proper noun before a title no company has
])
def test_a_person_before_a_title_stays_a_person(line: str, person: str) -> None:
    assert (person, "person") in kinds([line])


def test_the_word_must_be_one_proper_noun_and_the_title_a_companys() -> None:
    assert company_word("ソニー", "社長") and company_word("ボーイング", "CEO")
    assert not company_word("ソニー", "大統領")
    assert not company_word("バイデン", "社長")  # UniDic reads it as a person's name
    assert not company_word("マルティネス", "社長")
    assert not company_word("ソニー・ホンダ", "社長")  # joined parts: another rule's


def test_a_katakana_name_after_a_word_for_a_companys_kind_is_the_companys() -> None:
    assert kinds(["製造元のノースライトエレベータ課長、原田隆一被告（46）が出廷した。"]) == [("原田隆一", "person")]
    assert kinds(["保守管理会社エス・ケイ・ビーエレベーター会長、鈴木孝夫被告（72）"]) == [("鈴木孝夫", "person")]
