"""A name in kanji with its reading in katakana in brackets before a title or honorific, as news of Korea and
China gives it: 尹炳世(ユン・ビョンセ)外相, 黄民哲(ファン・ミンチョル)氏. The kanji before the reading are the name,
whatever UniDic cuts them into; the title after the bracket is the person's. And a name in kanji with its reading
in hiragana, the surname's and the given name's joined by ・, as obituaries give it (柴山陶仙（しばやま・とうせん）氏):
the kanji before the reading are the full name, but a title they end in (桂木隆九段（かつらぎ・たかし）) (`kana_read_names`).
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


# Two to six kanji after a character that ends a word, then the reading in hiragana: a surname's, ・, a given name's
_KANA_READ = re.compile(r"(?<![\u4e00-\u9fff々])([\u4e00-\u9fff々]{2,6})[（(][ぁ-ゖー]{2,8}・[ぁ-ゖー]{1,8}[、，,）)]")
KANA_SIGN = re.compile(r"・[ぁ-ゖ]")


def kana_read_names(line: str, found: list[Name], free) -> list[Name]:
    """`found` (the line's names so far) with each name read in hiragana (the module's doc) in place of the names
    found inside it (陶仙 of 柴山陶仙), where `free(start, end)` allows."""
    for m in _KANA_READ.finditer(line):
        s, e = m.span(1)
        e = next((k for k in range(s + 2, e) if (t := TITLE_RE.match(line, k)) and t.end() == e), e)  # 桂木隆九段（…）
        inside = [x for x in found if s <= x.start and x.end <= e]
        if any(x.start < e and s < x.end for x in found if x not in inside) or not free(s, e):
            continue
        found = [x for x in found if x not in inside] + [Name(s, e, line[s:s + 2], True)]
    return found
