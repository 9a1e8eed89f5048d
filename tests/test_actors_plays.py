"""Players named by their plays in game recaps and box lines (`actors.plays`): a bare surname or a katakana
mononym with no title before what one player does, the pitchers of a box line before their records and the
hitters after the home runs' label. Sentences of our own; each fails without the module."""

from __future__ import annotations

import pytest

from conftest import persons


@pytest.mark.parametrize("text, names", [
    ("九回、ペドロサの適時打で同点に追いついた。", ["ペドロサ"]),  # a katakana word UniDic knows as a common one
    ("ソトの犠牲フライで１点を返した。", ["ソト"]),
    ("オルティスが２試合連続の先制弾を放った。", ["オルティス"]),
    ("浦和はエウシーニョの２得点で名古屋を下した。", ["エウシーニョ"]),
    ("五回、島内の２点適時三塁打で勝ち越した。", ["島内"]),  # a surname UniDic reads as a common word
    ("八回、近本が適時打を放って均衡を破った。", ["近本"]),  # 近 + 本: a prefix and a word
    ("十回に宇草の１号ソロで試合を決めた。", ["宇草"]),  # 宇 + 草: a surname and a kanji
])
def test_a_player_before_what_one_player_does(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("ＣＫの流れから丸橋の左クロスに鳥海が頭で合わせた。", ["丸橋", "鳥海"]),
    ("前半１７分、ダミアンの折り返しから脇坂が右足で先制した。", ["ダミアン", "脇坂"]),
])
def test_a_footballer_before_a_cross_or_a_shot(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "鹿島の２得点はいずれもセットプレーからだった。",  # football's sides go by their towns
    "浦和の右クロスは精度を欠いた。",
    "クラブのヘッドコーチに就任した。",
])
def test_a_town_or_a_club_before_a_goal_is_no_player(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, names", [
    ("○勝ち　島本　１勝　●負け　齋藤　２勝１敗", ["島本", "齋藤"]),
    ("【本塁打】村上９号（ヤ）、レアード２２号（ロ）", ["村上", "レアード"]),
])
def test_the_pitchers_and_hitters_of_a_box_line(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "代打の適時打で同点に追いついた。",  # a word standing in a player's place
    "主砲の２ランで突き放した。",
    "相手の失策と新人の犠牲フライで２点を奪った。",
    "チームの適時打は３本にとどまった。",
    "ヤクルトの先発は七回を投げ切った。",  # a club's unit, not a player's play
    "九回の同点打で延長に持ち込んだ。",
])
def test_no_player_where_the_slot_names_none(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, names", [
    ("男子マラソンはキプロノが２時間６分で制した。", ["キプロノ"]),  # a runner's time
    ("ジャンプ男子で大庭が１３１メートルを飛んで２位に入った。", ["大庭"]),  # a jumper's mark
])
def test_a_runner_or_a_jumper_before_a_time_or_a_mark(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("競泳男子で、坂倉が日本新記録をマークした。", ["坂倉"]),  # a record
    ("女子やり投げで、桐谷が自己ベストを更新した。", ["桐谷"]),
])
def test_a_swimmer_or_a_thrower_before_a_record(text, names):
    assert persons(text) == names


def test_the_pitchers_who_gave_up_the_home_runs_and_a_katakana_hitter():
    text = "▽本塁打　柳楽１８号２ラン（隈部）、メンドサ１５号ソロ（有働）"  # メンドサ: a town's name too
    assert persons(text) == ["柳楽", "隈部", "メンドサ", "有働"]
