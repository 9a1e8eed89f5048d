"""The head of a body named by the body and a title that completes its last word: 国立感染症研究所長 (研究所 +
所長), 北浜警察署長 (警察署 + 署長), 北浜大学長 (大学 + 学長). The title's first character ends the body's word, so
the words before it name the body, no person: the body is an organisation, its head unnamed.
"""

from __future__ import annotations

import re

from .name import ORG_SUFFIXES

# Words for a kind of body of two characters or more, as organisation names end (研究所, 警察署, 大学), and a
# few offices whose heads are named so (保健所長, 税務署長, 消防署長).
_BODIES = frozenset(s for s in ORG_SUFFIXES if len(s) >= 2) | frozenset(("保健所", "税務署", "消防署", "放送局", "動物園"))
_LONGEST = max(map(len, _BODIES))
BODY_WORDS = _BODIES - {"病院"}  # (病院長 is a title of its own after a name: 高木病院長)
_RUN = re.compile(r"[\u4e00-\u9fff々ァ-ヺーA-Za-z0-9]+\Z")  # the body's name: kanji, katakana, letters to the title


def body_before(line: str, title_start: int) -> int:
    """Where the body's word ends if the title at `title_start` completes it (国立感染症研究 + 所長: 研究所), else -1:
    the title's first character then belongs to the body's name."""
    upto = line[max(0, title_start - _LONGEST + 1):title_start + 1]
    for size in range(min(len(upto), _LONGEST), 1, -1):
        if upto[-size:] in _BODIES:
            return title_start + 1
    return -1


def office_heads(line: str, marks: list[tuple[int, int]], open_) -> list[tuple[int, int]]:
    """(start, end) of each body in the line named before a title that completes its word (the module's doc);
    `marks`: the line's titles, `open_(start, end)`: nothing found there but places its name may hold."""
    out: list[tuple[int, int]] = []
    for s, _ in marks:
        end = body_before(line, s)
        if end < 0:
            continue
        m = _RUN.search(line, 0, s)
        if m is None or end - m.start() < 3 or not open_(m.start(), end):
            continue
        out.append((m.start(), end))
    return out
