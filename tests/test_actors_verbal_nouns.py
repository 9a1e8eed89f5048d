"""A noun of an act before 戦 (デビュー戦, リベンジ戦, オープン戦) names no club, and a sitting's date and kind are no part
of an assembly's name (9月定例北浜県議会 is 北浜県議会); a club's name before 戦 is the club. Real tokenizer; sentences
written for these tests."""

from __future__ import annotations

from conftest import found_of


def orgs(text: str) -> list[str]:
    return found_of(text, "organization")


def test_a_noun_of_an_act_before_sen_is_no_club() -> None:
    assert orgs("新加入の選手がデビュー戦で決勝点を挙げた。") == []
    assert orgs("昨季敗れた相手とのリベンジ戦に臨む。") == []
    assert orgs("オープン戦で3安打を放った。") == []


def test_a_clubs_name_before_sen_is_the_club() -> None:
    assert orgs("ドルフィンズ戦で先発した。") == ["ドルフィンズ"]


def test_a_sittings_date_and_kind_are_no_part_of_the_assemblys_name() -> None:
    assert orgs("9月定例北浜県議会が開会した。") == ["北浜県議会"]
    assert orgs("臨時北浜市議会を招集した。") == ["北浜市議会"]
    assert orgs("十六銀行が決算を発表した。") == ["十六銀行"]  # a number that is the name's own
