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

