"""A governor's or a player's surname UniDic reads as a place (宮下知事, 北浜知事, 森脇投手) is a person, as is a surname
read in two odd kanji before a player's title (浅村選手); a prefecture's own name stays the place. Real tokenizer;
sentences written for these tests."""

from __future__ import annotations

from conftest import persons


def test_a_place_word_before_a_governors_title_is_the_governors_surname() -> None:
    assert persons("宮下知事は定例会見で予算案を説明した。") == ["宮下"]
    assert persons("北浜知事は県議会で答弁した。") == ["北浜"]


def test_a_prefectures_name_before_the_title_is_no_person() -> None:
    assert persons("千葉知事は会見を開いた。") == []
    assert persons("宮下町長は会見を開いた。") == []  # a town's head: the place word may be the town's


def test_a_place_word_before_a_players_position_is_the_players_surname() -> None:
    assert persons("2人目のルーキー森脇投手が3回無失点で初勝利を挙げた。") == ["森脇"]
    assert persons("千葉投手陣が崩れた。") == []  # a prefecture's name: never a surname here


def test_a_surname_read_in_two_odd_pieces_before_a_players_title() -> None:
    assert persons("9回、浅村選手の9号ソロで追いついた。") == ["浅村"]
    assert persons("代表選手と新人選手が集まった。") == []  # words of two kanji before the title
