"""A surname that is an everyday loanword too (グリーン, ゴールド), after の and before a title only a person holds, is
the officer's surname; a rank before a title (トップ, チーフ) and a loanword before a title that takes a describing
word (エース投手, ベテラン議員) are no one's. Real tokenizer; sentences written for these tests."""

from __future__ import annotations

from conftest import persons


def test_a_loanword_surname_of_an_officer_after_no() -> None:
    assert "グリーン" in persons("北浜国務省のグリーン報道官は会見で説明した。")
    assert "ゴールド" in persons("同社のゴールド氏は取材に応じた。")


def test_a_rank_or_a_describing_word_before_a_title_is_no_name() -> None:
    assert persons("政府のトップ報道官は会見で説明した。") == []
    assert persons("政府のチーフ報道官は会見で説明した。") == []
    assert persons("チームのエース投手が好投した。") == []
    assert persons("党のベテラン議員が質問に立った。") == []
    assert persons("グリーン報道官室は閉じていた。") == []  # no の before it
