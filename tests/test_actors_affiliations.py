"""A name right before its club, company or school in brackets is a person's, whatever UniDic reads it as.
Sentences of our own; the first fails without `affiliations`."""

from __future__ import annotations

import pytest

from conftest import found_of, persons


def test_a_place_word_before_a_company_in_brackets_is_a_person():
    assert persons("２位は石塚（東洋大）、３位は前回覇者の桐ケ谷（ＪＡＬ）だった。") == ["石塚", "桐ケ谷"]


@pytest.mark.parametrize("text", [
    "東京（共同）政府は新たな方針を決めた。",  # a dateline at the line's head
    "大会は横浜（神奈川県）で開かれた。",  # a place in the bracket
    "子会社のトヨタ（愛知県）は増産を決めた。",
])
def test_no_person_before_a_dateline_or_a_place_in_brackets(text):
    assert persons(text) == []


def orgs(text: str) -> list[str]:
    from tui.news.actors import default, mentions

    gaz = default()
    spans, actors = mentions.find_all([text], gaz)
    return [text[s:e] for i, s, e in spans[0] if (actors.get(i) or gaz.entries[i]).kind == "organization"]


@pytest.mark.parametrize("text, bodies", [
    ("女子１万メートルは八神千尋（積水化学）が制した。", ["積水化学"]),
    ("５７キロ級は楠本（至学館大）が須田（自衛隊）を破った。", ["至学館大", "自衛隊"]),
])
def test_a_body_in_brackets_after_a_name_is_an_organisation(text, bodies):
    assert orgs(text) == bodies


@pytest.mark.parametrize("text", [
    "主演の氷室蒼（声優）が登壇した。",  # a calling
    "優勝した杉浦（２年）は笑顔を見せた。",  # a school year
    "２位は沖田（宮城）だった。",  # a prefecture
    "ＭＦ牧野（元日本代表）が加入した。",  # a description
    "鈴木健一さん（写真）は語った。",
])
def test_no_organisation_from_a_calling_year_place_or_description(text):
    assert orgs(text) == []


@pytest.mark.parametrize("text, bodies", [
    ("金沢大名誉教授の山田太郎氏が講演した。", ["金沢大"]),  # 大名 of UniDic's: the university before its title
    ("名古屋大特任教授の山田太郎氏が講演した。", ["名古屋大"]),
    ("早稲田大客員教授で作家の山田太郎氏が死去した。", ["早稲田大"]),
])
def test_a_university_before_an_emeritus_or_visiting_professor(text, bodies):
    assert orgs(text) == bodies


@pytest.mark.parametrize("text, bodies", [
    ("家電量販のケーズＨＤは、同業を買収する。", ["ケーズＨＤ"]),  # a holding company written short
    ("福岡県教委は、教諭を処分した。", ["福岡県教委"]),  # a board of education
    ("城南信金は、ファンドを設立した。", ["城南信金"]),
    ("北浜総合医療センターは、患者が死亡したと発表した。", ["北浜総合医療センター"]),  # a hospital
])
def test_short_forms_of_a_holding_company_a_board_of_education_and_a_credit_union(text, bodies):
    assert orgs(text) == bodies


def test_a_side_and_a_role_in_brackets_after_a_name_are_no_person_and_no_body():
    text = "試合後、中川隆之（南港主将）が取材に応じた。"
    assert persons(text) == ["中川隆之"]
    assert found_of(text, "organization") == []
