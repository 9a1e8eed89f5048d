"""Players by surname alone in a game story's running text where UniDic reads the surname as a town or a common word
(`actors.game_players`): the subject of one player's play, a list before a play or a relay, a player after a position,
a town's word that speaks, a club's player after の, and a player found so again elsewhere in the article. Sentences
of our own; each fails without the module."""

from __future__ import annotations

import pytest

from conftest import article_persons, persons


@pytest.mark.parametrize("text, names", [
    ("延長十回、新居浜のサヨナラ打で西武を下した。", ["新居浜"]),  # a town's word before の and a play
    ("九回、鯖江が左翼へ同点弾を放った。", ["鯖江"]),
    ("先発の網走は５安打２失点、九回は由布が締めた。", ["網走", "由布"]),
    ("打線は中日の木更津を攻略し、五回までに６安打で４点を奪った。", ["木更津"]),  # a club, の and its player
])
def test_a_town_word_in_a_players_slot(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("楽天は三回、羽咋、輪島、珠洲の３連打など５安打を集めて逆転した。", ["羽咋", "輪島", "珠洲"]),
    ("六回以降は鳴門、坂出とつないで１点差を守り、５－４で逃げ切った。", ["鳴門", "坂出"]),
])
def test_a_list_of_town_words_before_a_play_or_a_relay(text, names):
    assert persons(text) == names


def test_a_word_after_a_position_and_a_speaker():
    got = article_persons(["ヤクルトは２日、広島に５－３で勝った。", "代走の桑が二盗を決め、捕手の伊勢は２安打を放った。",
                           "伊勢は「投手陣がよく粘ってくれた」と振り返った。"])
    assert got[1] == ["桑", "伊勢"] and got[2] == ["伊勢"]


def test_a_player_found_so_again_before_no_and_in_a_quote():
    got = article_persons(["巨人は五回、鹿角の２点適時打で勝ち越した。",
                           "国分監督は「鹿角の一打が大きかった」と話した。"])
    assert got == [["鹿角"], ["国分", "鹿角"]]


@pytest.mark.parametrize("text", [
    "阪神の新外国人ベルトランが来日初本塁打を放った。",  # the subject is the katakana word, not the club before の
    "その裏、巨人は同点に追いついた。",  # a time's word before 、 is no list's item
    "長浜の町並みを歩き、名物の鯖そうめんを味わった。",  # no game: a town is a town
    "京都は前半に２得点し、逃げ切った。",  # a town's word before a side's play is the side
])
def test_no_player_where_none_stands(text):
    assert all(name not in ("阪神", "裏", "長浜", "京都") for name in persons(text))


def test_a_sides_scorers_after_its_name_and_an_equals_sign_are_players() -> None:
    text = ("実業団バスケットボールの試合があり、北浜重工が８２―７７で南海繊維に勝った。\n"
            "【得点】北浜重工＝高岡９、大門６、上市５ほか")
    found = persons(text)
    assert {"高岡", "大門", "上市"} <= set(found)


def test_a_football_line_up_names_every_player_after_the_positions() -> None:
    found = set(persons("【北浜ＦＣ先発】ＧＫ綾、ＤＦ春日、門川、ソフィア、甲斐、ＭＦ椎葉、黒木、日高、那須、ＦＷ高千穂、今"))
    assert {"綾", "門川", "ソフィア", "甲斐", "今"} <= found
    assert not any("北浜" in n for n in found)  # (the side in the header is no player)
