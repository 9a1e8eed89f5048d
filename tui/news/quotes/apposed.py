"""A person's name and office joined by ・, as papers write them (吉川正人・大阪府知事, 山田太郎・北浜市長): the place of
the office is no second person, whatever the actors made of it; the name and the office are one mention of the person,
who is the subject when は or が follows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..actors.persons import TITLE_RE

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text
_PLACE = re.compile(r"[\u4e00-\u9fff々]{1,5}")  # 大阪, 北浜: the place an office is of, in kanji


def with_apposed_titles(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str]) -> list[Mentions]:
    """`mentions` with each person written before ・ and a place read as a person, then an office (吉川正人・大阪府知事),
    made one mention of the first person up to the office (read after it as a title), and the place's mention dropped."""
    out: list[Mentions] = []
    for text, found in zip(texts, mentions):
        kept: list[tuple[str, int, int]] = []
        for a, s, e in sorted(found, key=lambda m: (m[1], m[2])):
            last = kept[-1] if kept else None
            office = TITLE_RE.match(text, e)
            if (last is not None and office and kinds.get(a) == "person" and kinds.get(last[0]) == "person"
                    and last[2] == s - 1 and text[s - 1] in "・･" and _PLACE.fullmatch(text, s, e)):
                kept[-1] = (last[0], last[1], e)  # 吉川正人・大阪府知事: one mention of 吉川正人, its office after it
                continue
            kept.append((a, s, e))
        out.append(kept)
    return out
