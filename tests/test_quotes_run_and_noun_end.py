"""Two shapes that name the speaker once for words given no one: 「…」としつつ、「…」と付け加えた (a continuative verb and
つつ or ながら: one subject does both, so the first words are the second's speaker's), and 「…」と常連の森川さん（74）。
(after と, a sentence in nouns alone that describes one person and ends in their name: that person said them).
Sentences of our own."""

from __future__ import annotations

from tests.test_quotes import quotes

_LEAD = "北浜銀行の高田誠一頭取は10日の会見で、新しい店舗の計画を説明した。\n\n"


def test_words_before_しつつ_are_the_next_words_speakers() -> None:
    found = quotes(_LEAD + "統合の時期を問われると、「具体的な日程はまだ決めていない」としつつ、「年内には方向を示したい」と付け加えた。")
    assert ("具体的な日程はまだ決めていない", "高田誠一") in found
    assert ("年内には方向を示したい", "高田誠一") in found


def test_words_before_述べながら_are_the_next_words_speakers() -> None:
    found = quotes(_LEAD + "高田頭取は「地域の店は減らさない」と述べながら、「人の配置は見直す」と話した。")
    assert ("地域の店は減らさない", "高田誠一") in found


def test_words_asked_of_the_subject_stay_no_ones() -> None:
    found = quotes(_LEAD + "記者から「店を閉じるのか」と問われつつ、「その考えはない」と答えた。")
    assert ("店を閉じるのか", "高田誠一") not in found


def test_a_sentence_in_nouns_after_と_names_the_speaker() -> None:
    found = quotes("駅前の古い食堂が、今月で店を閉じる。\n\n「ここの定食で育ったようなものだ。本当に寂しい」と常連の森川幸雄さん（74）。")
    assert ("ここの定食で育ったようなものだ。本当に寂しい", "森川幸雄") in found


def test_a_sentence_after_と_with_a_verb_of_its_own_is_not_read_so() -> None:
    found = quotes("駅前の古い食堂が、今月で店を閉じる。\n\n「ここの定食で育ったようなものだ。本当に寂しい」と常連が話すのを森川幸雄さん（74）が聞いた。")
    assert ("ここの定食で育ったようなものだ。本当に寂しい", "森川幸雄") not in found


def test_two_people_named_after_と_give_the_words_no_one() -> None:
    found = quotes("駅前の古い食堂が、今月で店を閉じる。\n\n「ここの定食で育ったようなものだ。本当に寂しい」と常連の森川幸雄さん（74）と"
                   "木村里美さん（70）。")
    assert ("ここの定食で育ったようなものだ。本当に寂しい", "森川幸雄") not in found
    assert ("ここの定食で育ったようなものだ。本当に寂しい", "木村里美") not in found
