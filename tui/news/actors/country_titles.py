"""A foreign leader or minister named before ・, their country and their title, as Japanese news writes those
it introduces: ガルシア・ペルー外相, マリア・ソリス・コスタリカ大統領, 王毅・中国外相.

The country is one the gazetteer found in the line; the title follows it with nothing between; the name is the
katakana run (its parts joined by ・ or ＝) or two to four kanji right before the ・, free of other actors.
"""

from __future__ import annotations

import re

from .name import Name
from .roles import TITLE_RE

_KATA_NAME = re.compile(r"(?:[ァ-ヺ][ァ-ヺー]*[・＝])*[ァ-ヺ][ァ-ヺー]+$")
_KANJI_NAME = re.compile(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff]{2,4}$")


def country_titled(line: str, heads: dict[int, tuple[int, bool]], taken: list[Name], free) -> list[Name]:
    """The names before ・, a country in `heads` (start -> (end, a country?), the gazetteer's finds in the line) and a
    title, that overlap no name `taken` and are free (`free(start, end)`)."""
    out: list[Name] = []
    for s, (e, country) in heads.items():
        if not country or s < 2 or line[s - 1] != "・" or TITLE_RE.match(line, e) is None:
            continue
        before = line[max(0, s - 30):s - 1]
        m = _KATA_NAME.search(before) or _KANJI_NAME.search(before)
        if m is None:
            continue
        start, end = s - 1 - len(before) + m.start(), s - 1
        if start and "ァ" <= line[start - 1] <= "ヺ" or any(n.start < end and start < n.end for n in taken):
            continue
        if free(start, end):
            part = re.split(r"[・＝]", line[start:end])[-1]
            out.append(Name(start, end, part, True))
    return out
