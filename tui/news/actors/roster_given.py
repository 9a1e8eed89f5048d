"""A given name UniDic reads as two or three name words of one kanji each (堀田 賢慎: 賢 a given name's, 慎 a
surname's), right after a surname and the one space a roster or a line-up prints between the two: the given name
whole, for `persons._spaced` to join to its surname, as it joins 高橋 健介.

Only where the roster's entry ends after it (a space, a comma, a bracket, the line's end) or a title follows
(堀田 賢慎 投手, 堀田 賢慎選手), so that no word after a name is read into it.
"""

from __future__ import annotations

from bisect import bisect_left

from .tokens import KANJI, Toks, chars

_AFTER = frozenset(("", " ", "　", "(", "（", "、", "。", "\n", "・", "▽"))


def spaced_given(line: str, toks: Toks, free, titles: "list[tuple[int, int]]") -> list[tuple[int, int]]:
    """(start, end) of each given name so read after a surname and a space in the line."""
    cls, starts, ends, surf = toks.classes, toks.starts, toks.ends, toks.surfaces
    person, given, surname = chars("pos2", "人名"), chars("pos3", "名"), chars("pos3", "姓")
    n = len(toks)
    out: list[tuple[int, int]] = []
    at = line.find(" ")
    while at >= 0:
        k = bisect_left(starts, at + 1)
        if 1 <= k < n and starts[k] == at + 1 and ends[k - 1] == at and cls[k - 1] in surname and cls[k] in given:
            j = k + 1
            while j < n and cls[j] in person and starts[j] == ends[j - 1]:
                j += 1
            end = ends[j - 1]
            if (2 <= j - k <= 3 and all(len(surf[x]) == 1 and KANJI.fullmatch(surf[x]) for x in range(k, j))
                    and (line[end:end + 1] in _AFTER or any(s == end for s, _ in titles))
                    and free(starts[k - 1], end)):
                out.append((starts[k], end))
        at = line.find(" ", at + 1)
    return out
