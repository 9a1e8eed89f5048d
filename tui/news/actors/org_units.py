"""A unit written after an organisation's name, in the same run of nouns: an ordinal unit (早稲田大学 +
第一文学部, 東京証券取引所 + 第一部, 北浜製作所 + 第２工場) or a faculty (京北大学 + 法学部, 工学研究科),
whatever follows it there (卒業, 卒業後, 教授): the organisation ends before the unit."""

from __future__ import annotations

import re

_UNIT = re.compile(r"第[0-9０-９一二三四五六七八九十]+(?=[\u4e00-\u9fff])|[\u4e00-\u9fff]{1,4}?(?:学部|研究科|学科)")


def unit_tail(tail: str) -> bool:
    """`tail`, the words after an organisation's suffix, begins with a unit of it."""
    return _UNIT.match(tail) is not None
