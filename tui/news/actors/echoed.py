"""A full name UniDic reads as common words (如月 + ひかり: a month and light; 錦 + 野 + あかり), shown a name by
the article itself: the same kanji stand alone later as the subject of quoted words (如月は「…」と打ち明けた,
錦野は「…」と話した), as news write a person's surname after the full name. The full name is those kanji (two or
three) and a given name in hiragana (two to four characters) right after them, at a word's start (after の, a
comma, ・ or the line's start) and before a particle or a bracket; it is filed under the kanji. Kanji before a
quote that never stand so before hiragana, hiragana that run on into a suffix or a verb, and kanji that end as a
body's name or are a title (消防局, 知事) name no one.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .organisations import SUFFIXES
from .persons import TITLE_RE, Name
from .tokens import Toks

_ECHO = re.compile(r"(?<![\u4e00-\u9fff々])([\u4e00-\u9fff々]{2,3})(?:さん)?[はが][、，]?「")
_AFTER = "はがも、（("  # (not に, と, の: 会場いっぱいに)
_HIRAGANA = re.compile(r"[ぁ-ゖー]+")
_BEFORE = "の、・　 「"


def echoed_surnames(flat: str) -> set[str]:
    """The kanji that stand alone as the subject right before a quote somewhere in the article, but a body's
    name or a title (消防局は「, 知事は「: no surname)."""
    if "「" not in flat:
        return set()
    spoken = set()
    at = flat.find("「")
    while at >= 0:  # (back from each quote: one regex over the whole text costs ten times more)
        for back in range(7, 2, -1):  # kanji (2-3), さん, は / が, a comma, 「
            m = _ECHO.fullmatch(flat, at - back, at + 1) if at >= back else None
            if m:
                spoken.add(m.group(1))
                break
        at = flat.find("「", at + 1)
    return {k for k in spoken if re.search(k + "[ぁ-ゖ]", flat)  # (most stand before no hiragana: no look further)
            and not k.endswith(SUFFIXES) and not TITLE_RE.fullmatch(k)}


def echoed_names(line: str, toks: Toks, taken: list[Name], free, surnames: set[str]) -> list[Name]:
    """The full names of the line whose kanji are one of `surnames` (the module's doc)."""
    out: list[Name] = []
    for surname in surnames:
        at = line.find(surname)
        while at >= 0:
            s, k = at, at + len(surname)
            at = line.find(surname, k)
            if s and line[s - 1] not in _BEFORE:
                continue
            i, given = bisect_left(toks.starts, s), bisect_left(toks.starts, k)
            if given >= len(toks) or toks.starts[given] != k or toks.starts[i] != s:
                continue  # not whole words
            j = given
            while (j < len(toks) and toks.pos[j] == "名詞" and toks.pos2[j] in ("一般", "人名")
                   and _HIRAGANA.fullmatch(toks.surfaces[j])):
                j += 1  # the given name: hiragana nouns (ひかり, あかり), no suffix (住民たちは), particle or
                # word that also says how much or how (ひとりひとり, いっぱい: 副詞可能, 形状詞可能)
            e = toks.ends[j - 1] if j > given else k
            if not 2 <= e - k <= 4 or not line[e:e + 1] or line[e] not in _AFTER or not free(s, e):
                continue
            if any(n.start < e and s < n.end for n in taken + out):
                continue
            if any(toks.pos[x] not in ("名詞", "接尾辞") for x in range(i, given)):
                continue
            out.append(Name(s, e, surname, True))
    return out
