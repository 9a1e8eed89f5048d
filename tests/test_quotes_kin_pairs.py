"""A word for kin as the subject of words said, where the article named no one with that word but named the other of the
pair (妻の…さん before 夫は「…」, 長男の…さん before 父は「…」): the one other person named in full with the same surname;
no one's when two others share it or no one was named with the pair's word. Sentences of our own; each fails without
its change in `quotes.kin`."""

from __future__ import annotations

from tests.test_quotes import quotes

_CLEANUP = ("地区の用水路で清掃があり、呼びかけた住民代表の久住隆三さん（70）ら約80人が参加した。\n\n"
            "妻の久住房江さん（68）は参加者に冷えた麦茶を配った。")


def test_husband_after_the_wife_named_is_the_one_other_of_her_surname() -> None:
    text = _CLEANUP + "夫は「家内が手伝ってくれるから続けられる」と笑った。"
    assert ("家内が手伝ってくれるから続けられる", "久住隆三") in quotes(text)


def test_father_after_the_eldest_son_named_is_the_one_other_of_his_surname() -> None:
    text = ("品評会で、農家の戸叶誠一さん（74）と長男の戸叶健吾さん（44）が育てたリンゴが最高賞に選ばれた。\n\n"
            "父は「今年は夏の雨が少なく、実が締まった」と目を細めた。")
    assert ("今年は夏の雨が少なく、実が締まった", "戸叶誠一") in quotes(text)


def test_two_others_of_the_surname_leave_the_words_to_no_one() -> None:
    text = _CLEANUP.replace("ら約80人", "と弟の久住修三さん（66）ら約80人") + "夫は「家内が手伝ってくれるから続けられる」と笑った。"
    assert ("家内が手伝ってくれるから続けられる", None) in quotes(text)
