"""Words alone as a sentence, then a sentence whose one person, named before in the article, is described by a clause
right before the name and closes as a clause of saying would (「…」。ベンチに戻った石原は照れくさそうに笑った): that
person said them; with no describing clause, or a verb of hearing or answering, they stay no one's. A verb's stem and
an adjective's suffix that UniDic splits (照れ + くさ) are one adjective of manner. Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes

_LEAD = "サッカーのリーグ戦は5日、各地で行われた。港北は後半、途中出場の石原航平が決勝点を挙げ、西浦に1―0で勝った。\n\n"


def test_one_named_before_and_described_by_a_clause_said_the_words() -> None:
    found = quotes(_LEAD + "「足に当たっただけで、よく見えていなかった」。ベンチに戻った石原は照れくさそうに笑った。")
    assert ("足に当たっただけで、よく見えていなかった", "石原航平") in found


def test_one_named_before_with_no_describing_clause_is_not_read_so() -> None:
    found = quotes(_LEAD + "「足に当たっただけで、よく見えていなかった」。石原は照れくさそうに笑った。")
    assert ("足に当たっただけで、よく見えていなかった", "石原航平") not in found


def test_one_named_before_who_heard_the_words_did_not_say_them() -> None:
    found = quotes(_LEAD + "「足に当たっただけで、よく見えていなかった」。ベンチに戻った石原は監督の言葉を黙って聞いた。")
    assert ("足に当たっただけで、よく見えていなかった", "石原航平") not in found


def test_a_verb_stem_and_an_adjectives_suffix_tell_the_manner() -> None:
    found = quotes("港北の石原航平は「まだ実感がない」と照れくさそうに笑った。")
    assert ("まだ実感がない", "石原航平") in found
