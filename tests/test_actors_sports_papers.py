"""Shapes of sports papers: an age with the club or country after ＝ in brackets marks a person (エリナ・スビトリナ
（24＝ウクライナ）); a katakana name joined by ・ before its country in brackets is read whole (シェ・シュウェイ（台湾）,
not ウェイ); a surname the article named in full heads a headline before a space (大坂 全豪4強). Real tokenizer;
sentences written for these tests."""

from __future__ import annotations

from conftest import article_persons, persons


def test_an_age_with_a_club_or_country_after_an_equals_sign() -> None:
    assert persons("第6シードのマリナ・コバレワ（24＝ウクライナ）に勝った。") == ["マリナ・コバレワ"]


def test_a_joined_katakana_name_before_its_country_is_read_whole() -> None:
    assert persons("世界ランク71位のシェ・リンファ（台湾）を破った。") == ["シェ・リンファ"]


def test_a_surname_named_in_full_heads_a_headline_before_a_space() -> None:
    got = article_persons(["北見 全豪で4強", "第3シードの北見大輝が準々決勝で勝った。"])
    assert got == [["北見"], ["北見大輝"]]


def test_a_joined_katakana_word_of_loanwords_or_a_brand_before_a_place_is_no_name() -> None:
    assert persons("ワールド・カップ（東京）の会場が決まった。") == []
    assert persons("ソニー・ミュージック（東京）が発表した。") == []
