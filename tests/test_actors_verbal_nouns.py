"""A noun of an act before 戦 (デビュー戦, リベンジ戦, オープン戦) names no club; a club's name before it does (北浜
ドルフィンズ戦). Real tokenizer; sentences written for these tests."""

from __future__ import annotations

from tui.news import actors


def orgs(text: str) -> list[str]:
    gaz = actors.default()
    hits, new = actors.find(text, gaz)
    return [text[f.start:f.end] for f in hits if (new.get(f.actor) or gaz.entries[f.actor]).kind == "organization"]


def test_a_noun_of_an_act_before_sen_is_no_club() -> None:
    assert orgs("新加入の選手がデビュー戦で決勝点を挙げた。") == []
    assert orgs("昨季敗れた相手とのリベンジ戦に臨む。") == []
    assert orgs("オープン戦で3安打を放った。") == []


def test_a_clubs_name_before_sen_is_the_club() -> None:
    assert orgs("ドルフィンズ戦で先発した。") == ["ドルフィンズ"]
