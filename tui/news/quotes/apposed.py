"""A person's name and office joined by ・, as papers write them (吉川正人・大阪府知事, 山田太郎・北浜市長): the place of
the office is no second person, whatever the actors made of it; the name and the office are one mention of the person,
who is the subject when は or が follows. So a person's other name in brackets (桂川小柳（…本名・小林正夫）さん, 旧姓) is
no second person either: it is left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..actors.name_frame import read_as_name
from ..actors.persons import TITLE_RE

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text
_PLACE = re.compile(r"[\u4e00-\u9fff々]{1,5}")  # 大阪, 北浜: the place an office is of, in kanji
_ALIAS = re.compile(r"[（(][^（）()「」。]{0,20}?(?:本名|旧姓|旧名)[・、＝:：]?$")  # （かつらがわ・こやなぎ、本名・


def with_apposed_titles(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str]) -> list[Mentions]:
    """`mentions` with each person written before ・ and a place read as a person, then an office (吉川正人・大阪府知事),
    made one mention of the first person up to the office (read after it as a title), and the place's mention dropped."""
    out: list[Mentions] = []
    for text, found in zip(texts, mentions):
        kept: list[tuple[str, int, int]] = []
        for a, s, e in sorted(found, key=lambda m: (m[1], m[2])):
            if kinds.get(a) == "person" and _ALIAS.search(text, max(0, s - 24), s):
                continue  # （本名・小林正夫）: the same person's other name
            last = kept[-1] if kept else None
            office = TITLE_RE.match(text, e)
            if (last is not None and office and kinds.get(a) == "person" and kinds.get(last[0]) == "person"
                    and last[2] == s - 1 and text[s - 1] in "・･" and _PLACE.fullmatch(text, s, e)
                    and not _full_name(text[s:e])):  # (▽米沢城南・松本誠監督: a side, then its person)
                kept[-1] = (last[0], last[1], e)  # 吉川正人・大阪府知事: one mention of 吉川正人, its office after it
                continue
            kept.append((a, s, e))
        out.append(kept)
    return out


def _full_name(word: str) -> bool:
    """Whether UniDic reads `word` in a name's frame as a surname and a given name (松本誠), no place of an office
    (大阪府)."""
    return read_as_name(word) == ("姓", "名")
