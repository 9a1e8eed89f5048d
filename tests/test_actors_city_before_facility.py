"""A katakana word UniDic reads as a name alone, right before の and a part or facility of a place (…の宇宙センター,
…の郊外, …の空港): a city's name, no person; a person's own place is said otherwise (…の事務所), and a person's name
before other words stays one. Sentences of our own; each fails without its change in `persons`."""

from __future__ import annotations

from conftest import persons as _named


def test_a_katakana_name_before_a_facility_of_a_place_is_no_person() -> None:
    assert _named("野口さんは帰還の翌日、ヒューストンの宇宙センターで会見した。") == ["野口"]
    assert _named("竜巻はヒューストンの郊外に大きな被害を出した。") == []


def test_a_katakana_name_before_other_words_stays_a_person() -> None:
    assert _named("研究者たちはリンカーンの演説を読み直した。") == ["リンカーン"]


def test_a_press_conference_from_a_city_facility_is_answered_by_its_one_person() -> None:
    from tests.test_quotes import quotes

    text = ("国際宇宙拠点に半年滞在した飛行士の野口真央さん（41）が5日、地球に帰還した。\n\n"
            "野口さんは帰還の翌日、ヒューストンの宇宙センターからオンラインで記者会見に臨んだ。主なやりとりは次の通り。\n\n"
            "――今の体調は。\n\n「足が重くて、まだうまく歩けません」")
    assert ("足が重くて、まだうまく歩けません", "野口真央") in quotes(text)
