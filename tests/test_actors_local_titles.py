"""The heads of local offices, branches and crews (大森船長, 西村組合長) and titles UniDic splits into common
nouns and the suffix 長 (高木病院長, 北野営業部長): the name before them is the person, never a noun of the
title (高木病, 北野営業); after a place's name (東京支社長) the title is the place's. Sentences of our own."""

from __future__ import annotations

import pytest

from tui.news import actors


def kinds(text: str) -> list[tuple[str, str]]:
    gaz = actors.default()
    hits, new = actors.find(text, gaz)
    return [(text[f.start:f.end], (new.get(f.actor) or gaz.entries[f.actor]).kind) for f in hits]


@pytest.mark.parametrize("text, person", [
    ("ＪＲの大場支社長は「観光の拠点になれば」と期待を寄せた。", "大場"),
    ("地元紙の村上支局長が現地を取材した。", "村上"),
    ("漁協の西村組合長は「命あっての漁だ」と語った。", "西村"),
    ("駅では竹内駅長が一番列車を見送った。", "竹内"),
    ("転覆した漁船の大森船長は無事だった。", "大森"),  # a surname UniDic reads as a place
    ("着陸を決めた中野機長の判断が称賛された。", "中野"),
    ("町の井上教育長が保護者に謝罪した。", "井上"),
    ("市民病院の高木病院長が会見した。", "高木"),  # 病院 + 長, split by UniDic
    ("営業部の北野営業部長が質問に答えた。", "北野"),  # 営業 + 部 + 長
])
def test_the_name_before_a_local_head_is_the_person_and_no_noun_of_the_title(text: str, person: str) -> None:
    found = kinds(text)
    assert (person, "person") in found, found
    assert not any(kind == "person" and name != person for name, kind in found), found


@pytest.mark.parametrize("text", ["東京支社長に就任した。", "大阪本部長は語った。"])
def test_a_place_before_a_branch_heads_title_is_no_person(text: str) -> None:
    assert not any(kind == "person" for _, kind in kinds(text))
