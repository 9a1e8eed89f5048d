"""Shapes of names as crime and court news writes them (issue 20): a surname UniDic cuts into odd pieces
after an occupation, a given name of one kanji that is also a title's prefix, a surname read apart from
the full name it belongs to. Sentences of our own; each fails without its change."""

from __future__ import annotations

import pytest

from conftest import persons
from tui.news import actors


def filed(texts: list[str]) -> list[list[tuple[str, str]]]:
    """Each passage's person mentions as (text, actor id)."""
    gaz = actors.default()
    mentions, found = actors.find_all(texts, gaz)
    return [[(t[s:e], a) for a, s, e in row if (found.get(a) or gaz.entries[a]).kind == "person"]
            for t, row in zip(texts, mentions)]


@pytest.mark.parametrize("text, names", [
    ("県警は、無職与後茂樹容疑者（48）を窃盗の疑いで逮捕した。", ["与後茂樹"]),  # 与 + 後 + 茂樹
    ("職業不詳、山口新容疑者（53）を逮捕した。", ["山口新"]),  # 新 opens no 容疑者
    ("大会では、佐藤新さん（20）が初めて優勝した。", ["佐藤新"]),
    ("就任した山田新社長は、会見で抱負を述べた。", ["山田"]),  # 新社長 is a title
])
def test_a_name_after_an_occupation_or_before_a_title_new_cannot_open(text, names):
    assert persons(text) == names


def test_a_surname_alone_is_the_full_name_it_begins_though_unidic_read_that_surname_apart():
    texts = ["亡くなったのは会社員の知浦幸司さん（55）と分かった。", "近所の人は「知浦さんは朝早くから働いていた」と話した。"]
    assert filed(texts) == [[("知浦幸司", "p:知浦幸司")], [("知浦", "p:知浦幸司")]]


def test_the_surname_of_an_odd_full_name_names_the_same_person_again():
    texts = ["県警は、無職与後茂樹容疑者（48）を逮捕した。", "与後容疑者は容疑を否認している。"]
    assert filed(texts) == [[("与後茂樹", "p:与後茂樹")], [("与後", "p:与後茂樹")]]


@pytest.mark.parametrize("full, surname", [("四十物正雄", "四十物"), ("百目鬼一郎", "百目鬼")])
def test_a_rare_surname_alone_is_the_one_full_name_it_begins(full, surname):
    texts = [f"会社員の{full}さん（40）が、川で倒れている人を見つけた。", f"{surname}さんは「驚いた」と話した。"]
    assert filed(texts) == [[(full, f"p:{full}")], [(surname, f"p:{full}")]]


@pytest.mark.parametrize("text, names", [
    ("男子100メートルで、岸浪勇也（北浜大）が10秒21で制した。", ["岸浪勇也"]),  # 勇 + 也 (an auxiliary)
    ("女子1500メートルは、矢代希実（南浜AC）が制した。", ["矢代希実"]),  # before a club in brackets
    ("女子200メートルは、君嶋愛梨沙（北浜クラブ）が2連覇した。", ["君嶋愛梨沙"]),  # 愛梨 + 沙 (a suffix)
    ("永山竜樹（北浜柔道クラブ）が初優勝した。", ["永山竜樹"]),  # 姓 + a name of either kind
    ("総務担当の山田花子役員が、会見に臨んだ。", ["山田花子"]),  # 役員: a word of its own (山田花子役 is a part)
])
def test_a_given_name_unidic_cuts_or_reads_as_either_kind_before_a_club_in_brackets(text, names):
    assert persons(text) == names


def test_a_department_heads_title_after_a_surname_unidic_reads_as_a_place():
    assert persons("会見した県警の中野刑事部長は、捜査の経緯を説明した。") == ["中野"]  # 刑事 + 部 + 長


def test_a_title_the_lists_lack_after_a_speakers_name_is_no_part_of_it():
    texts = ["会談には楊潔明国務委員が同席した。", "楊国務委員は、「対話を続ける」と述べた。"]
    assert [[m for m, _ in row] for row in filed(texts)] == [["楊潔明"], ["楊"]]


def test_a_surname_before_a_katakana_word_of_either_kind_is_a_clubs_name_not_a_person():
    assert persons("▽高原ブレイズ・真田浩之監督「前半は相手に押された」") == ["真田浩之"]


@pytest.mark.parametrize("text, names", [
    ("同庁の黒良龍太主任予報官は、早めの避難を呼びかけた。", ["黒良龍太"]),  # 主任 + 予報 + 官: a title the lists lack
    ("山田太郎審議官が、法案の要点を説明した。", ["山田太郎"]),
    ("中国外務省の趙立成報道官は、定例会見で反論した。", ["趙立成"]),  # 報道官 known: no longer title over 立成
])
def test_a_title_unidic_splits_into_nouns_and_the_suffix_kan(text, names):
    assert persons(text) == names
