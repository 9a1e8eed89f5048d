"""Comment lines of a sports round-up that open with the club and the player set off by ・ and a space, with no
title (北浜ユナイテッド・坂巻　決勝打を放ち、「…」): the club is an organisation and the name a person; a residence
or a line without words quoted is none. Real tokenizer; sentences written for these tests."""

from __future__ import annotations

from tui.news import actors


def kinds(texts: list[str]) -> list[tuple[str, str]]:
    gaz = actors.default()
    found, new = actors.find_all(texts, gaz)
    return [(texts[i][s:e], (new.get(aid) or gaz.entries[aid]).kind) for i, p in enumerate(found) for aid, s, e in p]


def test_a_club_and_a_surname_open_a_comment_line() -> None:
    got = kinds(["◇北浜ユナイテッド・坂巻　九回に決勝打。「狙い球を絞っていた」"])
    assert ("北浜ユナイテッド", "organization") in got
    assert ("坂巻", "person") in got


def test_a_club_with_a_countrys_name_in_it_is_the_club() -> None:
    got = kinds(["日本ハム・柿沼 七回途中で降板。「制球が甘くなった」"])
    assert ("日本ハム", "organization") in got and ("柿沼", "person") in got
    assert ("日本", "country") not in got


def test_no_quote_or_a_title_after_the_name_leaves_the_line_to_other_rules() -> None:
    assert ("坂巻", "person") not in kinds(["北浜ユナイテッド・坂巻 九回に決勝打を放った。"])
    assert ("松岡監督", "person") not in kinds(["◇西浜・松岡監督 「守り切れた」"])


def test_a_spaced_name_in_a_roster_keeps_its_given_names_second_kanji() -> None:
    assert ("頓宮 裕真", "person") in kinds(["◇頓宮 裕真 選手"])
    assert ("高橋 健介", "person") in kinds(["高橋 健介監督は就任会見に臨んだ。"])  # a title after: not taken into it
