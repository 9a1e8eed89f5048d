"""An occupation run into a full name in crime pages: its longest reading ends where the name starts (飲食店従業員 +
泉谷浩平さん（３１）, not 飲食店従業 + 員泉谷浩平), and a surname of one kanji UniDic knows after an occupation, before a
given name it knows (無職 + 森 + 雅彦被告). Real tokenizer; sentences written for these tests."""

from __future__ import annotations

from conftest import persons


def test_an_occupations_longest_reading_ends_before_the_name() -> None:
    assert persons("路上で、飲食店従業員泉谷浩平さん（３１）が殴られた。") == ["泉谷浩平"]
    assert persons("逮捕されたのは、建設作業員宮之原悠真容疑者（２４）。") == ["宮之原悠真"]


def test_a_one_kanji_surname_after_an_occupation() -> None:
    assert persons("地裁は、無職森雅彦被告（５２）に懲役３年を言い渡した。") == ["森雅彦"]
