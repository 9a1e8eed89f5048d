"""A surname named in full before a title of a master's trade (調教師, 牧師, 講師) stands again before 師 alone, as
racing and church pages write it (那須野師は「…」): that person, though UniDic may glue the surname's last kanji
and 師 into one word (野師). Not after a name titled otherwise. Real tokenizer; sentences
written for these tests."""

from __future__ import annotations

from conftest import persons


def test_a_trainer_again_before_shi() -> None:
    text = "勝ったのは、開業８年目の那須野弘道調教師（５２）が管理する馬。那須野師は「よく辛抱した」と笑った。"
    assert persons(text) == ["那須野弘道", "那須野"]


def test_a_minister_again_before_shi() -> None:
    text = "教会の東條幸雄牧師（６１）は炊き出しを続けてきた。東條師によると、利用者は年々増えているという。"
    assert persons(text) == ["東條幸雄", "東條"]


def test_not_after_a_name_titled_otherwise() -> None:
    assert persons("那須野弘道社長（５２）が出席した。那須野師は欠席した。") == ["那須野弘道"]
