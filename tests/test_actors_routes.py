"""A word UniDic reads as a surname at the end of a stretch written with a dash (北浜―貝塚の区間) is a station or
a place, never a person, and so is a name right after a vessel's or craft's kind (旅客船ちどり); the same word
standing alone as a subject stays one. Real tokenizer; sentences written for these tests."""

from __future__ import annotations

from conftest import persons


def test_a_surname_after_a_dash_ends_a_stretch_not_a_name() -> None:
    assert persons("市営地下鉄は8日、北浜駅―貝塚の区間で運転を再開した。") == []
    assert persons("臨時バスは南町―西新、東町―馬出の2区間で走る。") == []


def test_the_same_word_alone_as_a_subject_is_a_person() -> None:
    assert "貝塚" in persons("九回は貝塚が抑えた。")


def test_a_name_right_after_a_vessels_or_crafts_kind_is_no_person() -> None:
    assert persons("旅客船ちどりが岸壁に衝突した。") == []
    assert persons("九回、大和が抑えた。") == ["大和"]  # a name alone as a subject stays one
