"""A firm named by its region and a brand of katakana words (房総 + グリーン + エッグ, 遠州 + マルミツ), the subject of a
body's statement (…は「…」としている) and written again in the article: the statement is that firm's; a place alone or
a region before a kind of group is none. Sentences of our own; each fails without its change in `org_statements`."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_regional_brand_that_states_is_the_speaker() -> None:
    text = ("県は、信濃ハーブファームの工場で異物の混入が見つかったと発表した。\n\n"
            "信濃ハーブファームは「ご迷惑をおかけし、深くおわびします」としている。")
    assert quotes(text) == [("ご迷惑をおかけし、深くおわびします", "信濃ハーブファーム")]
    text = ("三河マルヨシは5日、工場の閉鎖を決めた。\n\n"
            "三河マルヨシは「従業員の雇用は守る」とコメントした。")
    assert quotes(text) == [("従業員の雇用は守る", "三河マルヨシ")]


def test_a_region_the_gazetteer_knows_with_its_suffix_heads_a_brand_that_states() -> None:
    text = ("道路を管理する日本海ハイウェイによると、けさも約300台が残っている。\n\n"
            "日本海ハイウェイは「あすの朝までに車を動かしたい」としている。")
    assert quotes(text) == [("あすの朝までに車を動かしたい", "日本海ハイウェイ")]


def test_a_region_before_a_kind_of_group_is_no_speaker() -> None:
    text = ("信濃チームは予選で敗れた。\n\n信濃チームは「来年こそ勝ちたい」としている。")
    assert quotes(text) == [("来年こそ勝ちたい", None)]
