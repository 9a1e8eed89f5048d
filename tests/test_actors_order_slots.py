"""Names in the slots of a game's report (`actors.order_slots`): batting orders with positions, a role before
・, a battery's dash. Sentences of our own; each fails without the rule."""

from __future__ import annotations

import pytest

from conftest import persons


@pytest.mark.parametrize("text, names", [
    ("【北陵】１番・遊撃 鍛冶屋敷蒼生、２番・中堅 比屋根琉斗", ["鍛冶屋敷蒼生", "比屋根琉斗"]),
    ("５番・右翼 神馬一颯、６番・左翼 宇土湊斗", ["神馬一颯", "宇土湊斗"]),  # names of common words
    ("１（二）奈須野陽向２（中）鈴見颯汰", ["奈須野陽向", "鈴見颯汰"]),
    ("続く５番安曇野の犠飛で勝ち越した。", ["安曇野"]),  # a place's word after a batting order
    ("巨人の先発・戸郷田は６回無失点と好投した。", ["戸郷田"]),  # not 郷田 alone
    ("【バッテリー】北陵：城間―仲宗根　南陵：鈴見、大神―末次", ["城間", "仲宗根", "鈴見", "大神", "末次"]),
])
def test_a_name_in_a_games_slot_is_found_whole(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "将棋の竜王戦７番勝負第３局は、挑戦者が勝った。",
    "４番一塁で先発し、２安打を放った。",
    "四国八十八カ所の１番札所を訪ねた。",
    "東京―大阪間の新幹線が遅れた。",  # a dash with no battery
    "２番手の投手が適時打を浴びた。",
])
def test_slots_with_no_name_in_them_make_no_person(text):
    assert persons(text) == []


@pytest.mark.parametrize("text, names", [
    ("投げては先発の才木浩人が８回無失点。", ["才木浩人"]),  # 才 + 木 read as marks
    ("九回、代打の安曇野が適時打を放った。", ["安曇野"]),  # a place's word
])
def test_a_name_after_a_role_and_no_in_a_game_line(text, names):
    assert persons(text) == names


def test_a_role_and_no_before_a_common_word_makes_no_person():
    assert persons("先発の柱として期待され、安打も放った。") == []


@pytest.mark.parametrize("text, names", [
    ("大社のエース馬場悠真投手（３年）はベンチから見守った。", ["馬場悠真"]),  # 大社 read as a surname: a side
    ("【明豊】１（二）奈須野陽向２（中）鈴見颯汰", ["奈須野陽向", "鈴見颯汰"]),  # 明 + 豊 heading a lineup
    ("大谷のエース級の投球が光った。", ["大谷"]),
])
def test_a_side_before_its_players_is_no_person(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text, names", [
    ("リードでは高校生の森岡（東京都山岳連盟）が決勝に進んだ。", ["森岡"]),  # a body found in brackets, a place in its name
    ("七瀬美羽（木下グループ）が白石（日本生命）を４―２で破った。", ["七瀬美羽", "白石"]),
    ("２位は沖原（東洋大）、３位は前回覇者の樫村（日本生命）だった。", ["沖原", "樫村"]),  # before だった
])
def test_a_surname_before_its_club_or_company_in_brackets(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "会場（東京都港区）は満員だった。",  # a place's kind in brackets, no body
    "市場（日本生命）の動きは鈍かった。",  # a common word before a body
])
def test_no_person_before_a_place_or_from_a_common_word(text):
    assert persons(text) == []


def test_a_battery_with_a_katakana_pitcher():
    assert persons("【バッテリー】（巨）大嶺、クレイトン―猪俣（神）門馬―百武") == ["大嶺", "クレイトン", "猪俣", "門馬", "百武"]


def test_a_club_before_its_battery_is_no_person() -> None:
    found = persons("▽バッテリー　北嶺台＝沖田、原口―堀、桜陵＝岸本―小山")
    assert "桜陵" not in found and {"沖田", "原口", "堀", "岸本", "小山"} <= set(found)
