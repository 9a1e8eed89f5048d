"""A foreign leader or minister named with their country and title, as Japanese news writes those it introduces:
before ・, the country and the title (ガルシア・ペルー外相, マリア・ソリス・コスタリカ大統領, 王毅・中国外相), or after the
country and の, right before the title (米国のダコタ・ヒューストン国連大使, イタリアのフランチェスカ・ローマ国防相).

The country is one the gazetteer found in the line. Before ・, the title follows it with nothing between, and the
name is the katakana run (its parts joined by ・ or ＝) or two to four kanji right before the ・. After の, the name is a
katakana run of two parts or more joined by ・ or ＝, whatever UniDic reads its parts as (a place's name is a surname
too: ヒューストン, ローマ), with a title right after it. Either is free of other actors.
"""

from __future__ import annotations

import re

from .name import Name
from .roles import TITLE_RE

_KATA_NAME = re.compile(r"(?:[ァ-ヺ][ァ-ヺー]*[・＝])*[ァ-ヺ][ァ-ヺー]+$")
_KANJI_NAME = re.compile(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff]{2,4}$")
_JOINED = re.compile(r"[ァ-ヺ][ァ-ヺー]*(?:[・＝][ァ-ヺ][ァ-ヺー]*)+")


def country_titled(line: str, heads: dict[int, tuple[int, bool]], taken: list[Name], free) -> list[Name]:
    """The names before ・ and a country of `heads` (start -> (end, a country?), the gazetteer's finds in the line) and
    a title, or after the country and の and right before a title (see the module's doc), that overlap no name `taken`
    and are free (`free(start, end)`)."""
    out: list[Name] = []
    for s, (e, country) in heads.items():
        if country and line[e:e + 1] == "の" and (run := _JOINED.match(line, e + 1)) and _titled(line, run.end(), free):
            start, end = run.span()  # 米国のダコタ・ヒューストン国連大使
            if not any(n.start < end and start < n.end for n in taken) and free(start, end):
                out.append(Name(start, end, re.split(r"[・＝]", run.group())[-1], False))
            continue
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


def _titled(line: str, at: int, free) -> bool:
    """A title at `at`, or after a body found there (国連大使: 国連, then 大使)."""
    if TITLE_RE.match(line, at):
        return True
    return any(not free(at, at + k) and free(at + k, at + k + 1) and TITLE_RE.match(line, at + k) for k in (2, 3, 4))
