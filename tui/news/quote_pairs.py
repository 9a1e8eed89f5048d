"""Two people as one subject (鈴木花子さんと山田太郎さんは「…」と声をそろえた): the words are both's, no one person's, so
the second name alone is never their speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text

# Between the first person's name and the second's: a title or honorific, then と, や or a comma (and 、).
_JOIN = re.compile(r"[\u4e00-\u9fffァ-ヺー]{0,6}?(?:さん|氏|君|くん|ちゃん)?(?:[（(][0-9０-９]{1,3}[）)])?(?:と|や|、|，)、?")


def paired(text: str, persons: Mentions, s: int) -> bool:
    """Whether the person named at `s` is the second of two people joined by と (や, a comma) right before it."""
    for a, ps, pe in persons:
        if pe <= s and ps < s and _JOIN.fullmatch(text, pe, s):
            return True
    return False


# 山田社長の談話では「…」, 同社のコメントによると「…」: the words of a statement whose author stands right before の
_STATEMENT = re.compile(r"の(?:談話|コメント|声明|メッセージ|書面|文書)(?:では|で|によると|によれば)[、，]?\s*$")


def statement_author(text: str, mentions: Mentions, lo: int, start: int, end_of_title) -> tuple[bool, str | None]:
    """(whether the words before the quote at `start` end with a statement's の…では, the actor named (with its
    title: `end_of_title(a, e)`) right before that の, or None when no actor is)."""
    m = _STATEMENT.search(text, lo, start)
    if m is None:
        return False, None
    for a, s, e in reversed(mentions):
        if lo <= s and e <= m.start() and end_of_title(a, e) == m.start():
            return True, a
    return True, None
