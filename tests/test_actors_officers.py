"""A body before の and one of its named officers (連合の芳野会長): the body is an organisation and the name its
person, in several genres; a place, a generic or common word before の is none. Sentences of our own; each
fails without the rule (`actors.org_officers`)."""

from __future__ import annotations

import pytest

from tui.news import actors


def kinds(text: str) -> list[tuple[str, str]]:
    gaz = actors.default()
    hits, new = actors.find(text, gaz)
    return [(text[f.start:f.end], (new.get(f.actor) or gaz.entries[f.actor]).kind) for f in hits]


@pytest.mark.parametrize("text, body, person", [
    ("連合の芳川会長は、中小企業の賃上げが広がったと評価した。", "連合", "芳川"),  # labour
    ("全国知事会の村岡会長が、地方の財源を守るよう政府に求めた。", "全国知事会", "村岡"),  # local government
    ("連盟の北浜理事長は「規約を見直す」と述べた。", "連盟", "北浜"),  # sport's governing body
    ("日教組の野沢委員長が、教員の働き方について記者会見した。", "日教組", "野沢"),  # education
    ("全国市長会の吉岡会長は、過疎地の医療を訴えた。", "全国市長会", "吉岡"),
])
def test_a_body_before_its_named_officer(text, body, person):
    found = kinds(text)
    assert (body, "organization") in found
    assert (person, "person") in found


def test_the_officer_after_a_known_body_is_a_person_though_unidic_reads_a_number():
    assert ("十倉", "person") in kinds("経団連の十倉会長は、投資を増やすよう会員企業に呼びかけた。")


@pytest.mark.parametrize("text, word", [
    ("東京の佐藤会長は、大会の準備を急ぐと述べた。", "東京"),  # a place
    ("地元の田中会長は「町のために働く」と語った。", "地元"),  # a common word
    ("同協会の鈴木会長は不正を否定した。", "同協会"),  # the body named before
    ("町内会の高野会長は「祭りを続けたい」と話した。", "町内会"),  # a kind of body, one word and its kind
    ("委員会の山本委員長は審議の日程を示した。", "委員会"),  # some body's committee
])
def test_no_body_before_no_name(text, word):
    assert all(not (w.endswith(word) and k == "organization") for w, k in kinds(text))


def test_no_name_where_a_common_word_stands_before_the_title():
    assert kinds("連合の次期会長に、製造業の労組出身者が選ばれた。") == []
