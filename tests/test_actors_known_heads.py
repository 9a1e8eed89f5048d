"""A full name that UniDic reads from inside a surname the article named in full (御子柴ちか … 喪主は長男御子柴信吾さん:
柴信吾) starts at that surname, after a kin word, a particle or no kanji. Real tokenizer; sentences written for these
tests (`article_persons` reads the passages together)."""

from __future__ import annotations

from conftest import article_persons


def test_a_surname_named_before_heads_a_kins_full_name() -> None:
    texts = ["御子柴ちかさん（みこしば・ちか＝人形作家）１日死去、９６歳。", "喪主は長男御子柴信吾（しんご）さん。"]
    assert article_persons(texts) == [["御子柴ちか"], ["御子柴信吾"]]
