"""A party by its short form where only a party stands (`actors.party_forms`): in brackets after a member, in an
election table's row, in a list of backers; never the common words 立憲, 維新, 国民, 共産 elsewhere. Sentences of our
own; each fails without the module."""

from __future__ import annotations

import pytest

from conftest import found_of
from tui.news import actors


@pytest.mark.parametrize("text, party", [
    ("予算委員会で、北条まどか委員（共産）が質問に立った。", "共産"),
    ("超党派の議員連盟には、森下拓海区議（立憲）らが加わった。", "立憲"),
    ("県議会では、黒田一平議員（維新・大阪市）が反対した。", "維新"),
    ("当　３，１０４　羽黒　大地　５２　国民　新", "国民"),
    ("◇宮森　ちひろ（５３）＝無新、立憲、社民支持", "社民"),
])
def test_a_partys_short_form_where_a_party_stands(text, party):
    assert party in found_of(text, "organization")


def test_filed_under_the_partys_full_name():
    hits, new = actors.find("質問した鳥海伸也委員（立憲）は", actors.default())
    gaz = actors.default()
    names = [(new.get(f.actor) or gaz.entries[f.actor]).name for f in hits]
    assert "立憲民主党" in names


@pytest.mark.parametrize("text", [
    "立憲主義を守るべきだと、明治維新の研究者は語った。",
    "国民の声を聞き、共産主義の歴史を学ぶ。",
    "社民の支持者も国民の一人だ。",
])
def test_no_party_from_the_common_words(text):
    assert found_of(text, "organization") == []
