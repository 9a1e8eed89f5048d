"""A listed company named right before its securities code in brackets (ノースピークス＜4821＞, ミナトライン(9113)) is an
organisation, without the words that describe it (大手商社); a year in round brackets is no code, and an acronym in
brackets after a word that is no body is that word's short form (スターボックス(SBX)). Real tokenizer; sentences and
companies invented for these tests."""

from __future__ import annotations

from conftest import found_of


def orgs(text: str) -> list[str]:
    return found_of(text, "organization")


def test_a_company_before_its_code_in_angle_brackets() -> None:
    assert orgs("売買代金トップとなったノースピークス＜4821＞が上場来高値を更新した。") == ["ノースピークス"]
    assert orgs("大手商社丸紅＜8002＞が上げた。") == ["丸紅"]


def test_a_company_before_its_code_in_round_brackets_but_not_a_year() -> None:
    assert orgs("ミナトライン(9113)の社長が会見した。") == ["ミナトライン"]
    assert orgs("南港博覧会(2025)の会場を下見した。") == []


def test_an_acronym_in_brackets_after_a_word_that_is_no_body_is_its_short_form() -> None:
    assert orgs("新型機スターボックス(SBX)を発表した。") == []
    assert orgs("北浜電機工業(HDK)が上げた。") == ["北浜電機工業", "HDK"]
