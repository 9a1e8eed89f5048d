"""Known clubs by the short names sports news gives them (阪神, 中日, 巨人, 日本ハム: the gazetteer's `sport` forms),
read as the club in an article about a game, wherever the sentence puts them, and filed under the club's full name;
never out of sport (阪神・淡路大震災, 中日両国, 日本ハム株式会社). Sentences of our own; each fails without the rule
(`actors.sport_forms`)."""

from __future__ import annotations

import textwrap

import pytest

from tui.news import actors
from tui.news.actors.gazetteer import load


def found(*lines: str) -> list[tuple[str, str, str]]:
    """(words, kind, actor's name) of each mention in an article of these lines."""
    gaz = actors.default()
    per_line, new = actors.find_all(list(lines), gaz)
    out = []
    for line, hits in zip(lines, per_line):
        for aid, s, e in hits:
            actor = new.get(aid) or gaz.entries[aid]
            out.append((line[s:e], actor.kind, actor.name))
    return out


@pytest.mark.parametrize("lines, club, name", [
    (("中日の新人谷地がプロ初登板し、５回を無失点に抑えた。",), "中日", "中日ドラゴンズ"),  # not China and Japan
    (("阪神は３日、国内ＦＡ権を行使した投手の獲得を発表した。",), "阪神", "阪神タイガース"),  # a player's word
    (("阪神・鳴沢は「後ろを信じて投げた」と話し、巨人戦の連敗を止めた。",), "巨人", "読売ジャイアンツ"),  # 巨人戦
    (("元巨人の村岡投手が来月、母校で講演する。",), "巨人", "読売ジャイアンツ"),  # 元 before it
    (("ソフトバンクは延長十回、代打の一打でサヨナラ勝ちした。",), "ソフトバンク", "福岡ソフトバンクホークス"),
])
def test_a_known_clubs_short_name_in_a_games_article_is_the_club(lines, club, name):
    assert (club, "organization", name) in found(*lines)


def test_the_player_after_a_known_club_and_its_dot_is_a_person():
    hits = found("日本ハム・ヴァレリオが３安打を放ち、チームは連勝を５に伸ばした。")
    assert ("日本ハム", "organization", "北海道日本ハムファイターズ") in hits
    assert any(w == "ヴァレリオ" and k == "person" for w, k, _ in hits)


@pytest.mark.parametrize("lines, word", [
    (("阪神・淡路大震災から３０年となり、神戸市で追悼の集いが開かれた。",), "阪神"),  # no game: the region
    (("中日両国の外相は北京で会談し、交流の再開で一致した。",), "中日"),  # a word runs on after it
    (("日本ハム株式会社は、ハムの新商品を来月発売すると発表した。",), "日本ハム"),
    (("ソフトバンクの株価が上がり、通信株が買われた。",), "ソフトバンク"),  # the group, no game
    (("北広島の球場で、試合前に花火が上がった。",), "広島"),  # a name's letter before it
])
def test_no_club_out_of_sport_nor_inside_another_word(lines, word):
    assert all(not (w == word and n in ("阪神タイガース", "中日ドラゴンズ", "北海道日本ハムファイターズ",
                                        "福岡ソフトバンクホークス")) for w, _, n in found(*lines))


def test_a_users_file_gives_a_club_its_sport_forms(tmp_path):
    user = tmp_path / "actors.toml"
    user.write_text(textwrap.dedent("""\
        [[actor]]
        id = "kitahama-fc"
        name = "北浜フットボールクラブ"
        kind = "organization"
        sport = ["北浜"]
        """), encoding="utf-8")
    gaz = load(user)
    assert gaz.sport["北浜"] == "kitahama-fc" and gaz.sport["阪神"] == "hanshin-tigers"
    per_line, new = actors.find_all(["北浜は浦和に２－１で勝ち、首位に立った。"], gaz)
    assert [aid for aid, s, e in per_line[0]][:1] == ["kitahama-fc"]
