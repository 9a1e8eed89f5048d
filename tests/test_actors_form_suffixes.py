"""A one-character country form UniDic reads as a suffix of another word (一両日中, 今月中, 参加中, 訪日中の中) is no
country; one closing a list of forms (日米中, 米英仏) is. Real tokenizer; sentences written for these tests."""

from __future__ import annotations

from conftest import found_of


def countries(text: str) -> list[str]:
    return found_of(text, "country")


def test_a_suffix_of_another_word_is_no_country() -> None:
    assert countries("回答は一両日中に届ける。") == []
    assert countries("今月中に結論を出す方針だ。") == []
    assert countries("ランキングに参加中です。") == []
    assert countries("訪日中の首相が会見した。") == ["日"]


def test_a_form_closing_a_list_of_forms_is_a_country() -> None:
    assert countries("日米中の3カ国が協議した。") == ["日", "米", "中"]
    assert countries("米英仏の外相が集まった。") == ["米", "英", "仏"]
