"""The part of an address written straight after a city's or a ward's kind (町田市鶴川, 同市下和田) is no person,
though UniDic may read it as a surname; a person set off from the place (市の, 市、) still is. Real tokenizer;
sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import persons


@pytest.mark.parametrize("text, word", [
    ("県警は、東京都町田市鶴川の無職の男（３３）を窃盗の疑いで逮捕した。", "鶴川"),
    ("逮捕されたのは、同市下和田の自称会社員の男（２１）ら３人。", "下和田"),
])
def test_the_next_part_of_an_address_is_no_person(text: str, word: str) -> None:
    assert word not in persons(text)


def test_a_person_set_off_from_the_place_still_is() -> None:
    assert "鶴川" in persons("町田市の鶴川さんは「驚いた」と話した。")
