"""A school's box score brackets the batter's side (▽二塁打　島、谷（鶴城学園）工藤（津軽明星）: players and schools, no
pitcher), a battery's line headed 【投】 or 【バッテリー】, a bout's line with the marks outside the names (○若嶋灘　押し出し
琴乃峰●), and a club named by a town and a katakana name either way round (北陸サンダーズ, ルシア静岡; ルシア alone again),
never a venue or a competition so named. Real tokenizer; sentences written for these tests; each fails without its
change (`result_lines`, `ring_names._MARKED`, `org_teams._a_side`)."""

from __future__ import annotations

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
