"""A statement's words (山田社長の談話では「…」, 北浜電機の声明によると「…」) are its author's, the actor named right
before の: never the subject of the sentence before, carried.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text

# 山田社長の談話では「…」, 同社のコメントによると「…」: the words of a statement whose author stands right before の
_TIME_BEFORE = re.compile(r"(?:後|前|日|夜|朝|夕|末|初め)$")  # 協議後, 同日, 13日: a time before の, no author
_STATEMENT = re.compile(r"の(?:談話|コメント|声明|メッセージ|書面|文書)(?:では|で|によると|によれば)[、，]?\s*$")


def statement_author(text: str, mentions: Mentions, lo: int, start: int,
                     end_of_title: Callable[[str, int], int]) -> tuple[bool, str | None]:
    """(whether the words before the quote at `start` end with a statement's の…では, the actor named (with its
    title: `end_of_title(a, e)`) right before that の, or None when no actor is)."""
    m = _STATEMENT.search(text, lo, start)
    if m is None or _TIME_BEFORE.search(text, lo, m.start()):
        return False, None  # (協議後の声明で, 13日の談話で: a time names no author; the sentence's subject is read)
    for a, s, e in reversed(mentions):
        if lo <= s and e <= m.start() and end_of_title(a, e) == m.start():
            return True, a
    return True, None
