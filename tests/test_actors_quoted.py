"""Organisations in quotes after the word for their kind, and companies by their trade's suffix: sentences of our own."""

from __future__ import annotations

import pytest

from tui.news import actors


def orgs(text: str) -> list[str]:
    gaz = actors.default()
    hits, new = actors.find(text, gaz)
    return [text[f.start:f.end] for f in hits if (new.get(f.actor) or gaz.entries[f.actor]).kind == "organization"]


@pytest.mark.parametrize("text, name", [
    ("駅前の洋菓子店「ル・ポミエ」が、開店１０周年を迎えた。", "ル・ポミエ"),
    ("ジャズバンド「月夜のペンギン」が、初のライブを開いた。", "月夜のペンギン"),
    ("劇団「青い梯子」の新作公演が始まった。", "青い梯子"),
])
def test_a_name_in_quotes_after_the_word_for_its_kind(text, name):
    assert name in orgs(text)


def test_a_quote_after_no_kind_names_no_organisation():
    assert orgs("彼は「ありがとう」と言った。") == []
    assert orgs("特殊詐欺の「受け子」とみられる男が逮捕された。") == []


@pytest.mark.parametrize("text, name", [
    ("桜井製菓は、新しいせんべいを発売した。", "桜井製菓"),
    ("大川工務店が、駅前の改修を請け負った。", "大川工務店"),
])
def test_a_company_by_its_trade_suffix(text, name):
    assert orgs(text) == [name]


def test_a_trade_word_after_a_common_noun_is_no_company():
    assert orgs("加工食品の値上げが続いている。") == []
