"""In an article about sumo, a body's officer before words (審判部の幹部は「…」) is no wrestler: の joins a ring name
only after its first kanji (隆の勝, 大の里). Real tokenizer; sentences written for this test."""

from __future__ import annotations

from conftest import article_persons


def persons(texts: list[str]) -> list[str]:
    return [name for passage in article_persons(texts) for name in passage]


def test_a_bodys_officer_who_speaks_in_a_sumo_article_is_no_ring_name() -> None:
    texts = ["大相撲九州場所８日目、大関北斗嶺は小結を寄り切って全勝を守った。",
             "広報部の幹部は「今場所は客の入りがいい」と話した。"]
    assert "広報部の幹部" not in persons(texts)


def test_a_ring_name_with_no_after_its_first_kanji_still_speaks() -> None:
    texts = ["大相撲秋場所初日、関脇隆の嶺は平幕を押し出した。", "隆の嶺は「落ち着いて取れた」と話した。"]
    assert persons(texts).count("隆の嶺") == 2
