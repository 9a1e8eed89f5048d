"""Words someone wrote, given as what a writing holds: 日記には「…」とある, 手紙には「…」と書かれていた, メモには「…」と
記されていた. No verb of saying follows them, yet they are someone's words: the writer's when the sentence names one
person before them, as the writing's owner (…さんの日記には) or as the subject who wrote it (…さんが妻に宛てた手紙には);
no one's otherwise (張り紙には「…」とある: the text does not say whose).
"""

from __future__ import annotations

import re

from .passage import Passage
from .titles import title_end

_HOLDS = re.compile(r"[」』]\s*と(?:あ(?:る|り|った|ります|りました)|書かれ|記され|つづられ|書き残され)")  # what a writing holds
_IN = re.compile(r"(?:に|には)[、，]?\s*$")  # …には「: the writing the words are in
_OWNER = re.compile(r"\s*(?:の|が|は)")  # the owner's の, or the writer as a subject


def written(text: str, lo: int, start: int, close: int, hi: int) -> bool:
    """Whether the quote text[start:close] of the sentence text[lo:hi] is given as what a writing holds."""
    return _IN.search(text, lo, start) is not None and _HOLDS.match(text, close - 1, hi) is not None


def writer(p: Passage, lo: int, start: int) -> str | None:
    """The one person the sentence names before the words as the writing's owner or its writer, else None."""
    named = {a for a, s, e in p.persons if lo <= s and e <= start and _OWNER.match(p.text, title_end(p.text, e, start, True))}
    others = {a for a, s, e in p.persons if lo <= s and e <= start} - named
    return next(iter(named)) if len(named) == 1 and not others else None
