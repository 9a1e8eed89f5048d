"""The words of one line as the recognisers read them: UniDic class, surface and offsets.

A token that runs across the start of a title is cut there (UniDic reads 氷見野副総裁 as
氷見 + 野副 + 総裁; the title 副総裁 starts inside 野副), so no name is ever read across a title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..language import classes

KANJI = re.compile(r"[\u4e00-\u9fff々〆ヶ]+")
KATAKANA_NAME = re.compile(r"[ァ-ヺー][ァ-ヺー・＝=]*[ァ-ヺー]|[ァ-ヺ]")


@dataclass(frozen=True)
class Tok:
    """One word: its part of speech and subclasses (pos, pos1, pos2, pos3), surface and offsets."""

    pos: str
    pos1: str
    pos2: str
    pos3: str
    surface: str
    start: int
    end: int

    @property
    def person(self) -> bool:
        """UniDic reads it as (part of) a person's name."""
        return self.pos2 == "人名"

    @property
    def place(self) -> bool:
        return self.pos2 == "地名"

    @property
    def noun(self) -> bool:
        return self.pos in ("名詞", "接頭辞", "接尾辞") and self.pos1 != "数詞"


def tokenize(line: str, cuts: "set[int] | frozenset[int]" = frozenset()) -> list[Tok]:
    """The tokens of a line with their offsets; a token is cut at each offset in `cuts`."""
    flat = classes(line)
    out: list[Tok] = []
    offset = 0
    for cls, surface in zip(flat[0::2], flat[1::2]):
        start = line.find(surface, offset)
        if start < 0:
            continue
        end = offset = start + len(surface)
        pos, pos1, pos2, pos3 = (cls.split(",") + ["", "", "", ""])[:4]
        inner = [c for c in cuts if start < c < end]
        if not inner:
            out.append(Tok(pos, pos1, pos2, pos3, surface, start, end))
            continue
        at = start
        for c in sorted(inner) + [end]:
            # The part before a cut keeps the class (野 of 野副: a name's end); the title part is a noun.
            if at == start:
                out.append(Tok(pos, pos1, pos2, pos3, line[at:c], at, c))
            else:
                out.append(Tok("名詞", "普通名詞", "一般", "", line[at:c], at, c))
            at = c
    return out
