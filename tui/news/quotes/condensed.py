"""A headline quotes its person's words shortened (安倍首相が会見「つい強い口調で反論してしまう姿勢、深く反省」 over the body's
「つい強い口調で反論してしまう、そうした私の姿勢が、…深く反省しております」): the headline's words are that person's when
the heading names that one person, and its words, read in order, are all in words the body gives that person, with
a run of them as the body wrote them.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

_MARKS = re.compile(r"[\s　、，。・…―—！？!?]")
_RUN = 6  # characters of the headline's words the body wrote as they stand
_MIN = 8  # headline words shorter than this may be a title or a term


def _in_order(short: str, long: str) -> bool:
    """Whether every character of `short` is in `long`, in the same order."""
    at = 0
    for ch in short:
        at = long.find(ch, at) + 1
        if not at:
            return False
    return True


def shortened_from(words: str, named: Collection[str], quotes: Sequence[tuple[int, str, str | None]]) -> str | None:
    """The one person the heading names (`named`), when its `words` shorten words the body's `quotes` give that
    person: their characters in order in those words, the first `_RUN` of them as written."""
    bare = _MARKS.sub("", words)
    if len(named) != 1 or len(bare) < _MIN:
        return None
    person = next(iter(named))
    for _, said, speaker in quotes:
        if speaker == person and bare[:_RUN] in said and _in_order(bare, _MARKS.sub("", said)):
            return person
    return None


_SHORT = 5  # a headline's words under a title (社長「責任は私にも」): this long at least, their first two as written


def condensed_for(words: str, person: str | None, quotes: Sequence[tuple[int, str, str | None]]) -> bool:
    """Whether a headline's `words`, set after a title whose one holder is `person`, shorten words the body gives
    that person (社長「責任は私にも」 over 「…私にも責任がある」): their characters in order in those words, the first
    two as written."""
    bare = _MARKS.sub("", words)
    if person is None or len(bare) < _SHORT:
        return False
    return any(speaker == person and bare[:2] in said and _in_order(bare, _MARKS.sub("", said))
               for _, said, speaker in quotes)


def condensed_by_one(words: str, quotes: Sequence[tuple[int, str, str | None]]) -> str | None:
    """The one speaker whose words the body gives hold a headline's `words` that name no one (「人でも検証を」 over
    「…人でも同じ仕組みが働くのか、検証を進めたい」), as `condensed_for` reads them; None when no one's do, several
    people's do, or words the body gives no one do."""
    bare = _MARKS.sub("", words)
    if len(bare) < _SHORT - 1:
        return None
    if len(bare) < _SHORT:  # 遺族「忘れない」 over 「…私は一生忘れない」: words this short only as the body wrote them
        holders = {speaker for _, said, speaker in quotes if words in said}
    else:
        holders = {speaker for _, said, speaker in quotes if bare[:2] in said and _in_order(bare, _MARKS.sub("", said))}
    return next(iter(holders)) if len(holders) == 1 else None
