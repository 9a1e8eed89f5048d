"""A surname UniDic reads as a place's word holding ケ (桐ケ谷, as 井ノ口 holds ノ and 三ツ矢 ツ) before a word it reads as a name and a
title or さん (民生党の桐ケ谷遥代表): the full name, not the name's last word alone; a surname UniDic knows that reads as
a generation (八代恭平八段); a player's rank closing a comment's heading
(【西園寺六段の話】); a school read as a name before its member's full name after ・ (長岡越陽・江口隆之監督) is none. Real tokenizer; sentences written for these tests."""

from __future__ import annotations

from conftest import article_persons


def test_a_surname_of_a_place_with_ke_before_a_name_and_a_title() -> None:
    assert article_persons(["野党第1党・民生党の桐ケ谷遥代表は「予算の日付ばかり気にする政権だ」と語った。"]) == [["桐ケ谷遥"]]
    assert article_persons(["市民団体の桐ケ谷遥さんが署名を手渡した。"]) == [["桐ケ谷遥"]]


def test_a_surname_holding_tsu_before_a_name_and_a_title_or_san() -> None:
    assert article_persons(["喪主は長男で陶芸家の三ツ矢陽介さん。"]) == [["三ツ矢陽介"]]
    assert article_persons(["八ツ橋健一社長は「新しい店で勝負する」と話した。"]) == [["八ツ橋健一"]]


def test_a_surname_with_no_before_a_name_and_a_title_stays() -> None:
    assert article_persons(["井ノ口聡社長は「新工場で雇用を増やす」と話した。"]) == [["井ノ口聡"]]


def test_a_players_rank_before_the_close_of_a_comments_heading() -> None:
    assert article_persons(["【西園寺六段の話】「あと一つ。普段通りに準備します」"]) == [["西園寺"]]


def test_a_surname_that_reads_as_a_generation() -> None:
    assert article_persons(["師匠の八代恭平八段は「よく盤に向かう子だった」と目を細めた。"]) == [["八代恭平"]]
    assert article_persons(["二代目桂小南天は高座に上がった。"]) == [["桂小南天"]]  # (a generation still)


def test_a_school_read_as_a_name_before_its_members_full_name_is_none() -> None:
    # 長岡越陽・江口隆之監督: UniDic reads 長岡 + 越陽 as a surname and a given name; a full name follows after ・
    assert article_persons(["長岡越陽・江口隆之監督：「主将が最後に決めてくれた」"]) == [["江口隆之"]]
