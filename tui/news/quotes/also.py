"""Words said "also" (「…」とも述べた) with no subject of their own: the one who spoke the article's last quote given
to someone, when no other person is named between those words and these (…と説明した。…方針を伝えたという。「…」とも
述べた). A subject before the words (住民も, 市長は) leaves them to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .forms import SAY

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text
_ALSO = re.compile(r"[」』]\s*とも[、，]?\s*(?:" + SAY + ")")
_OWN_SUBJECT = re.compile(r"(?<![でにとへ])は|が|も[、，]")


def said_also(text: str, lo: int, start: int, end: int) -> bool:
    """Whether the words text[start:end] are said with とも and a verb of saying, with no subject before them in
    their sentence (from `lo`)."""
    head = re.sub(r"「[^」]*」|『[^』]*』", "", text[lo:start])
    return _ALSO.match(text, end - 1) is not None and not _OWN_SUBJECT.search(head)


def last_speaker(last: tuple[int, int, str] | None, k: int, start: int, mentions: Sequence[Mentions],
                 kinds: dict[str, str]) -> str | None:
    """The speaker of `last` (passage, end of its words, speaker), when every person named after it and before
    passage k's offset `start` is that speaker."""
    if last is None:
        return None
    j0, end0, who = last
    for j in range(j0, k + 1):
        for a, s, _ in mentions[j]:
            if kinds.get(a) == "person" and a != who and (j > j0 or s >= end0) and (j < k or s < start):
                return None
    return who
