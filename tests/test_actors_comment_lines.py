"""A sports page's comment line that opens with the club and the person set off by ・, a note in brackets and a colon
before the words (北陸・石黒（GK）：「…」): the club an organisation, the person a person, and the words theirs; a
surname named in full or a foreign name's last part heading such a line again (梓沢「…」, ウォーカー「…」). Real
tokenizer and the import's analysis; sentences written for these tests."""

from __future__ import annotations

from conftest import article_persons, found_of, persons
from tests.test_quotes import quotes


def test_a_colons_comment_line_names_the_club_and_the_person() -> None:
    line = "レイブンズ・稲穂（先発で六回1失点）：「六回まで投げ切れたのはよかった」"
    assert persons(line) == ["稲穂"]
    assert found_of(line, "organization") == ["レイブンズ"]
    assert persons("湖北・梶ケ谷（GK）：「2点目は自分のミス」") == ["梶ケ谷"]


def test_its_words_are_the_persons() -> None:
    text = "レイブンズは開幕戦に勝った。\n\n【談話】\n\nレイブンズ・稲穂（先発で六回1失点）：「六回まで投げ切れたのはよかった」"
    assert quotes(text) == [("六回まで投げ切れたのはよかった", "稲穂")]


def test_a_home_and_a_person_with_an_honorific_stay_as_they_were() -> None:
    assert found_of("東京・田中さん：「よかった」", "place") == ["東京"]


def test_a_surname_or_a_foreign_names_last_part_heading_a_comment_line() -> None:
    texts = ["先発の梓沢拓真は７回を無失点。抑えのジャマール・Ｔ・ウォーカーが締めた。",
             "ファルコンズ・梓沢「低めに丁寧に投げられた」", "ウォーカー「最後は力で押した」"]
    assert article_persons(texts)[1:] == [["梓沢"], ["ウォーカー"]]
