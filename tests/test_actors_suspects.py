"""The slot crime, court and sports pages give a name: an occupation or a boundary, the name, a person's title
and an age (`actors.suspects`). Sentences of our own; each fails without the rule."""

from __future__ import annotations

import pytest

from conftest import persons


@pytest.mark.parametrize("text, names", [
    ("県警は無職杠葉拓磨容疑者（３４）を逮捕した。", ["杠葉拓磨"]),  # 拓磨 read as a surname, 杠葉 as a word
    ("同市の飲食店経営帯刀美咲容疑者（３３）を逮捕した。", ["帯刀美咲"]),  # 美咲 read as a place
    ("姫路市のアルバイト鵜ノ沢健吾容疑者（５１）を逮捕した。", ["鵜ノ沢健吾"]),  # 鵜 + ノ + 沢健吾
    ("逮捕されたのは会社員五十公野煌大容疑者（２６）。", ["五十公野煌大"]),
    ("職業不詳の勘解由小路翼容疑者（２１）を手配した。", ["勘解由小路翼"]),  # a place's word and 翼
    ("容疑者の男は、派遣社員一尺八寸拓海（４１）。", ["一尺八寸拓海"]),  # no title: the occupation before the age
    ("長野市に住む無職四十物大河容疑者・４６歳を逮捕した。", ["四十物大河"]),  # ・ and the age; 大河 a common word
    ("検察側は、廿楽被告に懲役８年を求刑した。", ["廿楽"]),  # a numeral's kanji
    ("元中学校教諭の鈴見颯汰容疑者（２９）を再逮捕した。", ["鈴見颯汰"]),
    ("先発の鈴見颯汰投手（３年）は７回を投げ切った。", ["鈴見颯汰"]),  # a player's title and a school year
])
def test_the_run_before_a_title_and_an_age_is_a_name(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "同居する長男（３９）を逮捕した。",
    "県警は、会社員男性（２１）から事情を聴いている。",
    "自営業の男（２７）ら男３人を逮捕した。",
    "タクシーの運転手さん（５０）にけがはなかった。",
    "一審被告の控訴を棄却した。",
    "代表選手（２０）に選ばれた。",
    "先発投手（２年）が好投した。",
    "森、林両被告は起訴内容を認めた。",  # 両: both of them, no part of a name
])
def test_kin_roles_and_common_words_in_the_slot_make_no_new_name(text):
    got = persons(text)
    assert not any(n in ("長男", "会社員男性", "男性", "運転手", "一審", "代表", "先発", "林両") for n in got), got


@pytest.mark.parametrize("text, names", [
    ("１区の三ツ木大翔（３年）が区間賞の走りを見せた。", ["三ツ木大翔"]),  # ツ inside a surname
    ("女子走り高跳びで嘉手納ひかり（２年）が大会新をマークした。", ["嘉手納ひかり"]),  # a place's word, a kana name
])
def test_a_name_before_a_school_year_is_read_whole(text, names):
    assert persons(text) == names
