"""A railway's name right before one of its lines (北浜電鉄北浜線, 山陰こだま鉄道こだま線): the railway is an organisation,
the line no part of its name; a boxing gym by its name (北浜ジム) is one too. Sentences of our own; each fails without its
change in `organisations`."""

from __future__ import annotations

from conftest import found_of


def _orgs(text: str) -> list[str]:
    return found_of(text, "organization")


def test_a_railway_before_its_line_is_the_organisation() -> None:
    assert _orgs("北浜電鉄港湾線は3日、始発から運転を再開した。") == ["北浜電鉄"]
    assert _orgs("大雨で不通が続いていた奥羽こまち鉄道あおば線が全線で再開した。") == ["奥羽こまち鉄道"]


def test_a_line_without_its_railway_is_no_organisation() -> None:
    assert _orgs("港湾線は3日、始発から運転を再開した。") == []


def test_a_gym_after_its_name_is_an_organisation() -> None:
    assert _orgs("北浜ジムの仲里大和は、王座決定戦で判定勝ちした。") == ["北浜ジム"]
    assert _orgs("近所のジムに通う人が増えた。") == []
