"""Speakers a description names after their words, and words alone after a paragraph about one person: the
description may close on an age, a kin word or a clause in で (…出身の17歳、飯田は; 男児（7）の母親、井上綾さんは; 西田さんの
上司で、同支店の片山茂支店長は), and one named first only as whose (西田さんの) does not speak (「…」と西田さんの母親。:
no one); a sentence of acts in turn (エンジンをかけては切り、…確かめた) is no topic of its own, so the one the paragraph
before is about speaks the words alone after it; はにかんだ is a verb of saying, not とは. Sentences of our own; each
fails without its change."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_description_closing_on_an_age_or_a_kin_word() -> None:
    text = "「もう入ると思った」と、決勝点を押し込んだ地元出身の17歳、飯田航大は振り返った。"
    assert quotes(text) == [("もう入ると思った", "飯田航大")]
    text = "「涙で子どもの顔が見えなかった」と、治験に参加した小学2年の男児（7）の母親、井上綾さん（38）は話す。"
    assert quotes(text) == [("涙で子どもの顔が見えなかった", "井上綾")]


def test_the_one_named_first_as_whose_does_not_speak() -> None:
    text = "「職員に伝えてきた。それが生きた」と、西田さんの上司で、同支店の片山茂支店長（54）は話す。"
    assert quotes(text) == [("職員に伝えてきた。それが生きた", "片山茂")]
    assert quotes("「それが生きた」と西田さんの母親。") == [("それが生きた", None)]


def test_words_alone_after_a_paragraph_about_one_person() -> None:
    text = ("大雪で国道が立ち往生した。\n\n会社員の林田聡さん（34）は、家族を乗せた車で一夜を過ごした。"
            "エンジンをかけては切り、燃料計を何度も確かめた。\n\n「あんなに長い夜はなかった」")
    assert quotes(text) == [("あんなに長い夜はなかった", "林田聡")]


def test_hanikamu_is_a_verb_of_saying() -> None:
    text = "小学4年の松井結衣さん（9）が訪れた。結衣さんは「一番好きなのは白いサギの絵」とはにかんだ。"
    assert quotes(text) == [("一番好きなのは白いサギの絵", "松井結衣")]
