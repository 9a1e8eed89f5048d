"""A country's name inside the name of a region or a sea, as weather and disaster news write them: 西日本,
東日本, 北日本 (a direction before it), 日本海, 日本海側 (a sea after it), 日本列島, 中国地方 (Japan's Chūgoku
region). The gazetteer finds the country there; the whole is a place of its own, never the country.
"""

from __future__ import annotations

import re

_DIRECTION = frozenset("西東南北")
_AFTER = ("地方", "列島")
# 海 of a sea: before a particle, a mark, 側 / 沿 / 溝 / 域, or the end (not 日本海軍, a navy; nor 海外, 海上)
_SEA = re.compile(r"海(?=[側沿溝域]|[^\u4e00-\u9fff々]|$)")
_KANJI = re.compile(r"[\u4e00-\u9fff々]")


def region_span(flat: str, start: int, end: int) -> tuple[int, int] | None:
    """(start, end) of the region or sea the country at flat[start:end] names a part of, or None."""
    s, e = start, end
    if start and flat[start - 1] in _DIRECTION and (start == 1 or not _KANJI.match(flat[start - 2])):
        s = start - 1  # 西日本, not 関西 + 日本 (a longer word before the direction)
    if flat.startswith(_AFTER, end):
        e = end + 2
    elif _SEA.match(flat, end):
        e = end + 1
    return (s, e) if (s, e) != (start, end) else None
