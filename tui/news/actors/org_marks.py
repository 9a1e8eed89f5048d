"""Co-operatives and railways named by their group's mark and their area (JA奥津, JA三ツ森, JF鷹取, JR北浜): letters
the recognisers take for a common word alone (JA: agricultural co-operatives, JF: fisheries', JR: the railways)
name one organisation with the area written right after them, whatever UniDic makes of the area's name (a place,
a surname, a common word: 夕凪). The area ends where its run of nouns does, before a word that says what the
organisation does or who in it (営農指導課, 職員, 組合員: JA職員 is no organisation).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .tokens import Toks

MARKS = frozenset(("JA", "JF", "JR"))
_NOUNS = frozenset(("名詞", "接尾辞", "接頭辞"))
# Words after the area that are no part of its name: what the body does, a unit of it, who in it.
_NOT_AREA = re.compile(r".*(?:課|部|室|局|係|班|員|者|長|側|店|所|会|グループ|全体|各)$")


def area_end(line: str, toks: Toks, start: int, end: int) -> int:
    """The end of the organisation a group's mark at line[start:end] names with the area after it, else 0: the
    run of nouns right after it up to a word that is no part of an area's name, or up to a particle."""
    if line[start:end] not in MARKS:
        return 0
    first = k = bisect_left(toks.starts, end)
    at = end
    while (k < len(toks) and toks.starts[k] == at and toks.pos[k] in _NOUNS and toks.pos2[k] != "サ変可能"
           and not _NOT_AREA.fullmatch(toks.surfaces[k]) and not toks.surfaces[k].isascii()):
        at = toks.ends[k]
        k += 1
    if k < len(toks) and toks.starts[k] == at and toks.pos[k] in _NOUNS:
        # the run goes on to what the body does (JA三ツ森営農指導課): the area ends before its first common noun
        # of two characters or more after its first word
        cut = next((j for j in range(first + 1, k) if toks.pos1[j] == "普通名詞" and len(toks.surfaces[j]) >= 2), k)
        k, at = cut, toks.ends[cut - 1] if cut > first else end
    return at if at - end >= 2 or (at > end and toks.pos1[k - 1] == "固有名詞") else 0
