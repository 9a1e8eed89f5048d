"""A word written straight after a city's, ward's, town's or county's kind, with no mark between, is the next
part of an address (町田市鶴川, 同市下和田, 北区西ケ原), as crime and disaster pages write where someone lives: no
person, though UniDic may read the neighbourhood as a surname. A person after a place is set off from it (市の,
市、, 市在住の) or comes after a title (市長, 市議), so a name found right there is the address's.
"""

from __future__ import annotations

_KINDS = frozenset("市区町村郡")


def in_address(line: str, start: int) -> bool:
    """Whether a name found at line[start:] follows a place's kind right after a kanji (…市 + it)."""
    return start >= 2 and line[start - 1] in _KINDS and ("\u4e00" <= line[start - 2] <= "\u9fff" or line[start - 2] == "々")
