"""Football clubs by their mark and town (北浜FC, FC東京), the town alone later the club again (北浜は強かった), and
a player or manager after a club in kanji and katakana and ・ (南海ユナイテッド・ロペス監督: ロペス). Sentences of
our own (issue 20); each fails without its change."""

from __future__ import annotations

from conftest import persons
from tui.news import actors


def found(texts: list[str]) -> list[list[tuple[str, str]]]:
    gaz = actors.default()
    mentions, new = actors.find_all(texts, gaz)
    return [[(t[s:e], (new.get(a) or gaz.entries[a]).kind) for a, s, e in p] for t, p in zip(texts, mentions)]


def test_a_club_by_its_mark_and_town_and_the_town_alone_later() -> None:
    texts = ["◆北浜FC・田辺監督　「選手たちが信じてついてきてくれた」", "◆南海ユナイテッド・ロペス監督　「北浜は強かった」"]
    assert found(texts) == [[("北浜FC", "organization"), ("田辺", "person")],
                            [("ロペス", "person"), ("北浜", "organization")]]
    assert found(["FC東京は3日、新監督を発表した。"]) == [[("FC東京", "organization")]]
    assert found(["FCすずらんは前半に先制された。"]) == [[("FCすずらん", "organization")]]  # (a name in kana)


def test_letters_alone_or_in_a_tournaments_name_make_no_club() -> None:
    assert found(["全日本FC選手権が開幕した。"]) == [[]]  # (日本 of 全日本 is no country: a national body's or event's name)


def test_a_name_after_a_club_in_kanji_and_katakana_is_the_part_after_the_point() -> None:
    assert persons("南海ユナイテッド・ロペス監督は就任会見に臨んだ。") == ["ロペス"]
    assert persons("マルコ・ルビオ国務長官は述べた。") == ["マルコ・ルビオ"]
