"""A name in kanji with its reading in katakana in brackets before a title or honorific, as news of Korea and
China gives it: 尹炳世(ユン・ビョンセ)外相, 黄民哲(ファン・ミンチョル)氏. The kanji before the reading are the name,
whatever UniDic cuts them into; the title after the bracket is the person's.
"""

from __future__ import annotations

import re

from .name import Name
from .persons import TITLE_RE

# Two to four kanji after a character that ends a word (not more kanji), the reading in katakana, then a title.
_READ = re.compile(r"(?<![\u4e00-\u9fff々])([\u4e00-\u9fff]{2,4})[（(][ァ-ヺー]+(?:[・＝][ァ-ヺー]+)*[）)]")
SIGN = re.compile(r"[）)](?<=[ァ-ヺー][）)])")


def reading_names(line: str, found: list[Name], free) -> list[Name]:
    """The names of the line written in kanji before their reading in katakana and a title (the module's doc);
    `found`: the names found so far in the line, `free(start, end)`: no actor there."""
    out: list[Name] = []
    for m in _READ.finditer(line):
        s, e = m.span(1)
        title = TITLE_RE.match(line, m.end())
        if title is None or any(x.start < e and s < x.end for x in found) or not free(s, e):
            continue
        out.append(Name(s, e, line[s], True))
    return out
