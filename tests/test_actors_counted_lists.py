"""Each item of a list the line counts as that many people (ひなの、さら、ゆずき、あかり、こはるの５人, 俳優南雲、宍戸、
江良の３人): a person, whatever UniDic reads it as; not a list of kin (父、母、姉の3人), a clause before a count (衝突し、
乗用車の２人), items of mixed scripts, or a count that is not the list's. Sentences of our own; each fails without its
change in `stage_names`."""

from __future__ import annotations

import pytest

from conftest import persons


def test_the_items_of_a_list_counted_as_people_are_persons() -> None:
    assert persons("ステージにはみのり、さら、ゆずき、あかりの４人が並び、新曲を歌った。") == ["みのり", "さら", "ゆずき", "あかり"]
    assert persons("小劇場出身の俳優南雲、宍戸、江良の３人が、新しい劇団を作った。") == ["南雲", "宍戸", "江良"]


@pytest.mark.parametrize("text", [
    "父、母、姉の3人が見守った。",
    "観光バスと乗用車が衝突し、乗用車の２人が死亡した。",
    "みのり、さら、ゆずきの５人が並んだ。",
])
def test_kin_a_clause_or_a_count_not_the_list_s_make_no_persons(text: str) -> None:
    assert persons(text) == []
