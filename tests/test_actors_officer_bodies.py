"""A body before の and its named officer (issue 20): a surname UniDic reads as a common word (全国知事会の川原
会長: 川原, a riverbank) and a body's name shortened to its kind's last character (生協, 自治労). Sentences
of our own."""

from __future__ import annotations

import pytest

from tui.news import actors


def kinds(text: str) -> list[tuple[str, str]]:
    gaz = actors.default()
    hits, new = actors.find(text, gaz)
    return [(text[f.start:f.end], (new.get(f.actor) or gaz.entries[f.actor]).kind) for f in hits]


@pytest.mark.parametrize("text, found", [
    ("全国知事会の川原会長は、国に財源の確保を求めた。", [("全国知事会", "organization"), ("川原", "person")]),
    ("北浜県医師会の川原会長は「発熱外来を増やす」と話した。", [("北浜県医師会", "organization"), ("川原", "person")]),
])
def test_a_surname_unidic_reads_as_a_common_word_after_a_body(text, found):
    assert kinds(text) == found


@pytest.mark.parametrize("text", [
    "全国知事会の次期会長に、北浜県の知事が選ばれた。",  # a common word before the title
    "連合の歴代会長が、記念式典に集まった。",
    "連合の初代会長は、労働運動の先駆けだった。",  # a given name UniDic knows, no surname
])
def test_a_common_word_before_an_officers_title_is_no_person(text):
    assert not any(kind == "person" for _, kind in kinds(text))


@pytest.mark.parametrize("text, body, name", [
    ("生協の北村理事長は、値上げの影響を説明した。", "生協", "北村"),  # consumer news
    ("自治労の川本委員長が、賃上げの要求を発表した。", "自治労", "川本"),  # labour
    ("地元の農協の森田会長は、米の作柄を語った。", "農協", "森田"),  # farming
])
def test_a_body_shortened_to_its_kinds_last_character(text, body, name):
    found = kinds(text)
    assert (body, "organization") in found and (name, "person") in found


@pytest.mark.parametrize("text", [
    "番組の田中会長は、視聴者に感謝を述べた。",
    "一連の問題について、山本会長が謝罪した。",
])
def test_a_common_word_that_ends_in_a_kinds_character_is_no_body(text):
    assert [w for w, kind in kinds(text) if kind == "organization"] == []
