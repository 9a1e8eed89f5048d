"""A full name with no title whose given name UniDic cuts into two single kanji it reads as common words
(issue 20). Sentences of our own; each fails without the rule, the guards without their guard."""

from __future__ import annotations

import pytest

from conftest import persons


@pytest.mark.parametrize("text, names", [
    ("羽生結弦がオリンピックで連覇を果たした。", ["羽生結弦"]),  # 羽生 + 結 + 弦
    ("式典では羽生結弦、宇野昌磨の両選手が紹介された。", ["羽生結弦", "宇野昌磨"]),
])
def test_a_surname_and_two_kanji_read_as_common_words_are_a_full_name(text, names):
    assert persons(text) == names


@pytest.mark.parametrize("text", [
    "鈴木家の墓は、寺の裏手にある。",  # a family's suffix
    "高橋宅前の路上で事故があった。",
    "松本城の天守が公開された。",  # one kanji after the name: a word of its own
])
def test_a_surname_before_a_suffix_or_one_kanji_is_no_full_name(text):
    assert persons(text) == []
