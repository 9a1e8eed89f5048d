"""A team ranked before its members in brackets (①北浜重工（石田、岡、東）２分５９秒８０): the team is no person's
name, wherever else it stands for a skater (①石田　陽（北浜重工）); a skater ranked before a body in brackets stays one.
A relay team ranked first, its members in brackets (①熊谷緑丘高（石黒、荻原、門脇、秋山）), is no person either, and the rank
before it is no part of the school's name. An age right after a rank (…七段（２２）) is no title a name runs up to.
Sentences of our own; each fails without its change in `entries`, `result_lines`, `organisations` or `persons`."""

from __future__ import annotations

from conftest import found_of, persons as _persons


def test_a_team_before_its_members_is_no_person() -> None:
    text = ("▽女子１０００㍍　①石田　陽菜（富良野重工）１分１４秒３０②森　千夏（信州エナジー）１分１５秒０２\n"
            "▽女子チームパシュート　①富良野重工（石田、岡、東）２分５９秒８０②信州エナジー（森、上田、原）３分１秒４４")
    got = _persons(text)
    assert "富良野重工" not in got
    assert "石田　陽菜" in got and "森　千夏" in got


def test_an_age_right_after_a_rank_leaves_the_name_to_the_rank() -> None:
    got = _persons("挑戦者の香川　陽翔七段（２２）が勝った。")
    assert got and not any("七段" in name for name in got)
    got = _persons("決勝は、新鋭の綾瀬　凛女流三段（２０）が制した。")
    assert not any("三段" in name for name in got)


def test_a_relay_team_ranked_before_its_members_is_no_person_and_its_rank_no_part_of_it() -> None:
    text = "▽女子４００メートルリレー決勝　①熊谷緑丘高（石黒、荻原、門脇、秋山）４７秒３５②高梁清流高（黒川、堀内、森、朝比奈）４７秒９２"
    got = _persons(text)
    assert "熊谷緑丘高" not in got and "①熊谷緑丘高" not in got
    assert {"石黒", "荻原", "門脇", "秋山"} <= set(got)
    orgs = found_of(text, "organization")
    assert not any(o.startswith("①") for o in orgs)


def test_a_number_before_a_bodys_name_is_no_part_of_it() -> None:
    # (in NFKC ① is 1: a number right before the proper noun that opens the name is the ranking's place)
    assert "小山桜丘高" in found_of("▽女子リレー決勝　①小山桜丘高（石黒、荻原、門脇、秋山）４７秒３５", "organization")


def test_a_relays_order_joined_by_horizontal_bars_is_its_members() -> None:
    # (― U+2015, the bar most pages join a relay's order with: the line is read for its results)
    got = _persons("▽男子４×１００メートルリレー　①名護北中（宮城―新垣―仲宗根―玉城）４４秒０２")
    assert {"新垣", "仲宗根", "玉城"} <= set(got)
