"""Who 同 and a word names before quoted words, and who speaks after a described stranger: 同被告 with two defendants
named is the one of them the sentence before names, else no one (never the judge who asked); 同社 is no
co-operative's (同社 after 北浦村農協 is none); 同館 with no museum named is no one, not the speaker before; a
stranger told by a noun and its suffix (番組制作者も「…」) speaks, not the one quoted before; a town UniDic reads as
common words is the place the article names as a subject twice (東雲市は). Sentences of our own; each fails without
its change."""

from __future__ import annotations

from conftest import found_of
from tests.test_quotes import quotes


def test_the_same_defendant_of_two_named_is_no_one_after_the_judge() -> None:
    text = ("元課長の小松原明被告（58）の初公判が17日、地裁で開かれた。建設会社の元社長、滝本勇被告（63）も起訴されている。\n\n"
            "野上達也裁判長は「どう受け止めていますか」と尋ねた。同被告は「迷惑をかけて申し訳ない」と頭を下げた。")
    assert ("迷惑をかけて申し訳ない", "野上達也") not in quotes(text)


def test_the_same_company_is_no_cooperative() -> None:
    text = ("北浦村農協は1日、イチゴの出荷を始めた。\n\n首都圏の店では5日から売り出す。"
            "同社は「今年は量を増やした」としている。")
    assert quotes(text) == [("今年は量を増やした", None)]


def test_the_same_museum_with_none_named_is_no_one() -> None:
    text = ("鳴川大学の研究チームが化石を見つけた。同大は「協力に感謝する」としている。"
            "同館は「子どもたちに見てほしい」と話している。")
    assert quotes(text) == [("協力に感謝する", "鳴川大学"), ("子どもたちに見てほしい", None)]


def test_a_stranger_told_by_a_noun_and_its_suffix_speaks() -> None:
    text = ("演芸評論家の堀内久雄氏は「珍しくない」と話す。\n\n"
            "番組制作者も「局内は大騒ぎです」と明かす。")
    assert quotes(text) == [("珍しくない", "堀内久雄"), ("局内は大騒ぎです", None)]


def test_a_town_read_as_common_words_is_a_place_where_it_governs() -> None:
    text = "東雲市は18日、新年度予算案を発表した。\n\n東雲市によると、給食費の無償化に約5億円をかける。"
    assert found_of(text, "place") == ["東雲市", "東雲市"]
    assert found_of("政令市は全国に20ある。", "place") == []


def test_the_same_kind_is_a_body_named_after_its_kind_or_opening_with_it() -> None:
    text = "雑貨店のクラフト・マルイは小物入れを売り出した。同店は「若いお客さんが面白がってくれた」としている。"
    assert quotes(text) == [("若いお客さんが面白がってくれた", "クラフト・マルイ")]
    text = "町長は町内のホテル・ナラハラに泊まった。同ホテルは取材に「お答えできない」と答えた。"
    assert quotes(text) == [("お答えできない", "ホテル・ナラハラ")]


def test_a_town_named_once_then_written_the_same_is_a_place() -> None:
    text = "鳥沢市は事故の後、飲食店に呼びかけてきた。同市は「判決を重く受け止める」とコメントした。"
    assert found_of(text, "place") == ["鳥沢市"]
    assert quotes(text) == [("判決を重く受け止める", "鳥沢")]


def test_words_that_name_their_candidate_with_an_honorific_are_anothers() -> None:
    text = ("甘利健吾捕手（35）が引退試合に臨んだ。\n\n"
            "甘利は試合後、後輩の投手と握手した。「健吾さんのサインに首を振ったのは1回だけ」と話した。")
    assert quotes(text) == [("健吾さんのサインに首を振ったのは1回だけ", None)]


def test_the_same_city_is_no_firm_named_after_the_city_and_no() -> None:
    text = "北浜市の北浜製作所は新しい工場を建てる。同市は「雇用が増える」としている。"
    assert ("雇用が増える", "北浜製作所") not in quotes(text)


def test_a_town_named_once_then_as_its_suffix_alone_or_before_its_head_is_a_place() -> None:
    text = "鳥沢市は来春、駅前の駐車場を増やす。市は「中心部のにぎわいを続けたい」としている。"
    assert found_of(text, "place") == ["鳥沢市"]
    assert quotes(text) == [("中心部のにぎわいを続けたい", "鳥沢")]
    text = "上庄町の中川浩町長は雪の現場を見て回った。同町は小中学校を休校にしており、「あすも休校にするか判断する」としている。"
    assert found_of(text, "place") == ["上庄町"]
    assert found_of("中央市場の市は朝早い。", "place") == []
