"""A candidate by surname and 候補 (広瀬候補は, サントス候補が): the surname is a person's, even one that is a place; not
立候補 (a word of its own), 候補者 or 候補地, nor a thing a candidate is of (ワクチン候補). A name in capitals before an
age or ＝本名 (ＫＯＵＧＡ（２４）) is a person, no acronym. Sentences of our own; each fails without its change in
`roles` (the candidate), `persons` (the thing) or `stage_names` and `organisations` (the capitals)."""

from __future__ import annotations

import pytest

from conftest import persons as _persons


def test_a_surname_before_candidate_is_a_person() -> None:
    assert _persons("告示日の朝、広瀬候補は広瀬町の出発式で第一声を上げた。") == ["広瀬"]
    assert _persons("日系３世のリベイロ候補は駅前で演説した。") == ["リベイロ"]


@pytest.mark.parametrize("text", [
    "千里市長が、２期目の立候補を表明した。",
    "大学病院は、新型のワクチン候補の治験を始める。",
    "市は処分場の候補地を３カ所に絞った。",
])
def test_standing_a_candidate_s_thing_or_site_is_no_person(text: str) -> None:
    assert _persons(text) == []


def test_a_name_in_capitals_before_an_age_or_its_real_name_is_a_person() -> None:
    assert _persons("メインでは、ＫＯＵＧＡ（２４）が判定で勝った。") == ["ＫＯＵＧＡ"]
    assert "ＳＯＲＡ" in _persons("ボーカルのＳＯＲＡ＝本名・浜岡　空＝は地元の出身だ。")
    assert _persons("ＮＴＴ（東京）は新しい料金を発表した。") == []
