"""The sides of a score in a result's heading: 【オリックス３−２西武】, <中日３−４DeNA>, as game reports head
their text. The words right before the first number and right after the second, within the brackets, are
the two sides (clubs, schools, countries); the same words elsewhere in the article are the sides again.
"""

from __future__ import annotations

import re

_SIDE = r"[\u4e00-\u9fff々ァ-ヺーA-Za-zＡ-Ｚａ-ｚ・]{1,12}?"
_SCORE = re.compile(rf"[【<＜〈]({_SIDE})[0-9０-９]{{1,2}}[−\-－―][0-9０-９]{{1,2}}({_SIDE})[】>＞〉]")
_DASHES = "−-－―"
SIGN = re.compile(f"[0-9０-９][{re.escape(_DASHES)}][0-9０-９]")  # a line where no score is written holds none
# The same places found from their dash, rarer than a digit: one regex a dash, each a literal found in C.
SIGNS = tuple(re.compile(f"{re.escape(d)}(?<=[0-9０-９]{re.escape(d)})(?=[0-9０-９])") for d in _DASHES)


def score_sides(line: str, free) -> list[tuple[int, int]]:
    """(start, end) of each side of the line's bracketed scores where `free` allows."""
    out = []
    for m in _SCORE.finditer(line):
        for k in (1, 2):
            s, e = m.span(k)
            if free(s, e):
                out.append((s, e))
    return out


def side_at(text: str, start: int, end: int) -> bool:
    """text[start:end] is a side of a bracketed score (中日 of <中日３−４DeNA>: the club, not two countries)."""
    if not (text[start - 1:start] in "【<＜〈" or text[end:end + 1] in "】>＞〉"):
        return False
    m = _SCORE.search(text, max(0, start - 20), end + 20)
    while m is not None and m.start() <= end:
        if m.span(1) == (start, end) or m.span(2) == (start, end):
            return True
        m = _SCORE.search(text, m.start() + 1, end + 20)
    return False
