"""An organisation with a unit written after its suffix (issue 20): an ordinal unit or a faculty, and what
follows it in the same run of nouns (早稲田大学第一文学部卒業, 東京証券取引所第一部); the organisation ends
before the unit, but for a faculty that ends the run (京北大学法学部を: one body, as the sets label it). Sentences of
our own."""

from __future__ import annotations

import pytest

from tui.news import actors


def kinds(text: str) -> list[tuple[str, str]]:
    gaz = actors.default()
    hits, new = actors.find(text, gaz)
    return [(text[f.start:f.end], (new.get(f.actor) or gaz.entries[f.actor]).kind) for f in hits]


@pytest.mark.parametrize("text, org", [
    ("小説家の彼は早稲田大学第一文学部卒業後、出版社に勤めた。", "早稲田大学"),  # a profile
    ("同社は来月、東京証券取引所第一部に上場する。", "東京証券取引所"),  # business
    ("同社は東京証券取引所に株式を上場している。", "東京証券取引所"),  # the exchange alone
    ("京北大学法学部を卒業し、県庁に入った。", "京北大学法学部"),  # a faculty alone after it: one body with it
    ("京北大学工学研究科の教授らが論文を発表した。", "京北大学"),  # a graduate school
    ("北浜製作所第２工場で、未明に火災があった。", "北浜製作所"),  # a works' second plant
])
def test_an_organisation_before_a_unit_of_it(text, org):
    assert (org, "organization") in kinds(text)


@pytest.mark.parametrize("text", [
    "証券取引所の取引が、システムの障害で止まった。",  # an exchange, no name
    "暗号資産取引所で、不正な流出が見つかった。",
])
def test_a_kind_of_exchange_is_no_organisation(text):
    assert not any(kind == "organization" for _, kind in kinds(text))


def test_an_ordinal_that_heads_a_name_stays_in_it():
    assert ("第一生命", "organization") in kinds("第一生命の社員が、地域の清掃に参加した。")
