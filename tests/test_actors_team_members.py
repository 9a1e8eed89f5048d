"""A team ranked before its members in brackets (①北浜重工（石田、岡、東）２分５９秒８０): the team is no person's
name, wherever else it stands for a skater (①石田　陽（北浜重工）); a skater ranked before a body in brackets stays one.
An age right after a rank (…七段（２２）) is no title a name runs up to. Sentences of our own; each fails without its
change in `entries` or `persons`."""

from __future__ import annotations

from conftest import persons as _persons


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
