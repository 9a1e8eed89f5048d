"""A school's box score brackets the batter's side (▽二塁打　島、谷（鶴城学園）工藤（津軽明星）: players and schools, no
pitcher), a battery's line headed 【投】 or 【バッテリー】, a bout's line with the marks outside the names (○若嶋灘　押し出し
琴乃峰●), and a club named by a town and a katakana name either way round (北陸サンダーズ, ルシア静岡; ルシア alone again),
never a venue or a competition so named. Real tokenizer; sentences written for these tests; each fails without its
change (`result_lines`, `ring_names._MARKED`, `org_teams._a_side`)."""

from __future__ import annotations

import pytest

from conftest import found_of, persons


def test_a_schools_box_brackets_the_batters_side() -> None:
    line = "▽二塁打　島、谷（鶴城学園）工藤（津軽明星）"
    assert persons(line) == ["島", "谷", "工藤"]
    assert found_of(line, "organization") == ["鶴城学園", "津軽明星"]


def test_a_pro_box_brackets_the_pitcher_after_the_hit() -> None:
    assert persons("▽本塁打　鳴門８号３ラン（三次）") == ["鳴門", "三次"]


def test_a_batterys_line_headed_short() -> None:
    assert persons("【投】大宮、中川（荒川学園）森、飯能（所沢北陵）") == ["大宮", "中川", "森", "飯能"]


def test_a_bouts_line_with_the_marks_outside_the_names() -> None:
    text = "大相撲九州場所の十両の取組結果。\n○若嶋灘　押し出し　琴乃峰●"
    assert persons(text) == ["若嶋灘", "琴乃峰"]


def test_a_town_before_a_clubs_katakana_name() -> None:
    text = "北陸サンダーズは救援の南が林に痛打を浴び、連勝が４で止まった。"
    assert "北陸サンダーズ" in found_of(text, "organization") and "サンダーズ" not in persons(text)


def test_a_clubs_katakana_name_before_its_town_and_alone_again() -> None:
    text = "ルシア静岡は静岡市でエミリオ群馬に８３－７９で競り勝った。ルシアはジェームズが２８得点を挙げた。"
    assert found_of(text, "organization") == ["ルシア静岡", "エミリオ群馬", "ルシア"]
    assert persons(text) == ["ジェームズ"]


def test_a_venue_or_a_competition_named_by_a_town_is_no_club() -> None:
    text = "アルバルク東京は有明アリーナで群馬に88-79で勝った。"
    assert "有明アリーナ" not in found_of(text, "organization")
    assert found_of("柔道のグランドスラム東京は２日目、決勝で中野が勝った。", "organization") == []


def test_a_bouts_line_with_the_technique_in_brackets_after_the_winner() -> None:
    text = "大相撲秋場所の取組結果。\n▽幕内　○白浪山（寄り切り）●北斗灘　●岩ノ里（送り出し）○豊昇嶺"
    assert persons(text) == ["白浪山", "北斗灘", "岩ノ里", "豊昇嶺"]


@pytest.mark.parametrize("line, names", [
    # each place's result runs into the next place's mark (１０秒３２②… is 10秒322… in NFKC)
    ("▽男子２００メートル　①ケネス・オドゥヤ（湖北電機）２０秒４１②三雲（潮見ＡＣ）２０秒６２③堀 航（北浦大）２０秒７０",
     ["ケネス・オドゥヤ", "三雲", "堀 航"]),
    # a batting table's averages after the clubs (．３２２)
    ("▽首位打者　①宗像（西武）．３２２②江口 翼（楽天）．３１８③マルコ・ディアス（ロッテ）．３０５",
     ["宗像", "江口 翼", "マルコ・ディアス"]),
])
def test_a_rankings_places_that_run_on_from_the_result_before(line: str, names: list[str]) -> None:
    assert persons(line) == names


@pytest.mark.parametrize("line, names", [
    ("①浜谷ほのか２０５（６９、６７、６９）", ["浜谷ほのか"]),
    ("③宮永あおい、リサ・ハートマン（豪州）２０８", ["宮永あおい", "リサ・ハートマン"]),
    ("⑦鴨川、小暮、岩田みずき２１１", ["鴨川", "小暮", "岩田みずき"]),
    # places and totals set apart by spaces, and a halfway board of the total and each round's score
    ("１　大江航　２７４（６８、６９、６８、６９）", ["大江航"]),
    ("４　ジョン・ハリス（豪州）、小暮、鴨川　２７７", ["ジョン・ハリス", "小暮", "鴨川"]),
    ("１３２　林大悟　６７　６５", ["林大悟"]),
])
def test_a_stroke_leaderboards_place_on_a_line_of_its_own(line: str, names: list[str]) -> None:
    assert persons(line) == names


def test_a_line_of_a_towns_figure_is_no_leaderboard() -> None:
    assert persons("②東京２３４") == []
