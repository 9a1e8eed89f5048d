"""Words that open by calling their candidate speaker are said to them, not by them: the father the article names
as 父の…さん, called お父さん; a boy named 悠真, called ゆうまくん (as UniDic reads the name). Pages of our own,
through the real import."""

from __future__ import annotations

import pytest

from tests.test_quotes import quotes


@pytest.mark.parametrize("call", ["お父さん", "パパ", "父さん"])
def test_words_calling_the_father_are_not_the_father_s(call: str) -> None:
    text = ("柔道の全国大会で、初出場の宮園あかり（19）が優勝した。\n\n"
            f"宮園は畳を下りると、客席へ走った。父の宮園誠さん（52）は、娘を抱きしめた。「{call}、泣かないでよ」。会場が笑いに包まれた。")
    assert (f"{call}、泣かないでよ", "宮園誠") not in quotes(text)


def test_words_calling_a_boy_by_his_name_in_kana_are_not_his() -> None:
    text = ("港北小で入学式があり、新入生の坂巻悠真くん（6）が母親と手をつないで登校した。\n\n"
            "担任の教諭が一人ずつ名前を呼び、坂巻くんは大きな声で返事をした。「ゆうまくん、入学おめでとう」")
    assert ("ゆうまくん、入学おめでとう", "坂巻悠真") not in quotes(text)


def test_words_calling_another_stay_the_speaker_s() -> None:
    text = "優勝した宮園あかり（19）は、客席の父に手を振った。「お父さん、見ててくれた？」"
    assert ("お父さん、見ててくれた？", "宮園あかり") in quotes(text)
