"""A broadcaster named テレビ and its area (テレビ東京, テレビ静岡) is one organisation, not the place; テレビ alone before
other words, or before a country, names none. And an officer's title a company gives (上級副社長) follows a katakana
name as any title does. Real tokenizer; sentences written for these tests."""

from __future__ import annotations

from conftest import found_of, persons


def test_terebi_and_its_area_is_a_broadcaster() -> None:
    assert found_of("テレビ静岡の取材に応じた。", "organization") == ["テレビ静岡"]
    assert found_of("テレビ静岡の取材に応じた。", "place") == []
    assert found_of("テレビ東京が特集を組んだ。", "organization") == ["テレビ東京"]


def test_terebi_before_other_words_or_a_country_is_no_broadcaster() -> None:
    assert found_of("テレビで日本代表の試合を見た。", "organization") == []
    assert found_of("テレビ中国語講座が始まった。", "organization") == []


def test_a_senior_officers_title_after_a_katakana_name() -> None:
    assert persons("北辰テックのマイケル・グラント上級副社長は会見で語った。") == ["マイケル・グラント"]
