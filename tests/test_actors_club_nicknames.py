"""A club written with its mark, its town and its name (ＦＣ播磨ヴェルデ) is one organisation, and its name alone later
(ヴェルデは), which UniDic reads as a person's, is the club; a prefix UniDic reads with the title after it (獣 of
獣医師) is no surname. Sentences of our own, through the real tokenizer."""

from __future__ import annotations

from conftest import found_of, persons


def test_a_club_of_mark_town_and_name_is_one_organisation_and_its_name_alone_the_club() -> None:
    text = ("首位のＦＣ但馬ヴェルデは豊岡市で越前ユナイテッドと２―２で引き分けた。\n"
            "ヴェルデの網干　誠司監督は「勝ち切れなかった」と話した。")
    assert found_of(text, "organization")[:2] == ["ＦＣ但馬ヴェルデ", "ヴェルデ"]
    assert "ヴェルデ" not in persons(text)


def test_a_name_alone_the_article_never_wrote_after_a_town_stays_as_it_was_read() -> None:
    text = "ヴェルデの網干　誠司監督は「勝ち切れなかった」と話した。"
    assert "ヴェルデ" not in found_of(text, "organization")


def test_a_prefix_read_with_the_title_after_it_is_no_surname() -> None:
    assert persons("同園の獣医師の鶴田　亀代さん（４５）は「クマの担当です」と笑った。") == ["鶴田　亀代"]
