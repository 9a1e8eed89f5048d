"""A bare title of a head the actors' list lacks (宮司は, 住職は, 女将は) stands for the one person named with it before;
with another holder written (別の寺の住職は) it stands for no one. Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes


def test_a_shrines_head_alone_is_the_one_named_before() -> None:
    text = ("南浦神社の本殿の屋根がふき替えられ、3日、祝いの神事が営まれた。宮司の松岡直哉さん（58）は"
            "「氏子の皆さんのおかげで間に合った」と話した。\n\n神事には地元の子どもたちも加わった。"
            "宮司は「百年先まで守っていきたい」と語った。")
    assert quotes(text)[-1] == ("百年先まで守っていきたい", "松岡直哉")


def test_an_inns_head_alone_passes_over_another_speaker() -> None:
    text = ("温泉旅館の女将の森下和代さんは「秋の客足が戻ってきた」と話した。仲居の川端良子さんも"
            "「忙しいのはうれしい」と笑った。女将は「まだ油断はできない」と語った。")
    assert quotes(text)[-1] == ("まだ油断はできない", "森下和代")


def test_another_temples_head_is_no_one_named() -> None:
    text = ("東光寺の住職の森田光雲さん（70）は「本堂の修理を終えてほっとした」と話した。"
            "近くの別の寺の住職は「うちも急がなければ」と語った。")
    assert quotes(text)[-1] == ("うちも急がなければ", None)
