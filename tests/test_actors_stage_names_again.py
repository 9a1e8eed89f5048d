"""A stage name is the same person again (アイドルグループ「…」のミオ（21）が … ミオは), read with the names found line by
line; a group's member with her age before the particle (…」のミオ（21）が), whatever UniDic makes of the word; names in
letters or kana listed one after another with their ages (あんず（17）、RURU（15）で). Real tokenizer; sentences written for
this test; each fails without its change (`recognise`'s stage names again, `cast_names._GROUP_MEMBER`'s age,
`cast_names._AGED_LIST`)."""

from __future__ import annotations

from conftest import article_persons


def test_a_members_name_with_her_age_and_again() -> None:
    got = article_persons(["アイドルグループ「ＳＴＡＲ☆ＬＩＮＫ」のミオ（２１）が、公演をもって卒業する。",
                           "ミオは結成時からのメンバーで、センターを務めることが多かった。"])
    assert got == [["ミオ"], ["ミオ"]]


def test_names_listed_with_their_ages() -> None:
    got = article_persons(["新メンバーは、オーディションに合格したひかり、あんず（１７）、ＲＵＲＵ（１５）の２人と発表された。"])
    assert "あんず" in got[0] and "ＲＵＲＵ" in got[0]
