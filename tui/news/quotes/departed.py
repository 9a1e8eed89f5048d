"""The one an obituary is about, whose own words it recalls with no subject (生前、本紙の取材に「…」と語っていた;
2075年のインタビューでは「…」と話していた), or told by a source (長男の…さんによると、病室で「…」と話していたという) or
by a child's word for a parent (母は病室で「…」と話していた): a headline that tells of a death (…さん死去) names that one
person, and the first sentence of the body has them as its subject (作家の…さんが10日、…死去した).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from .forms import sentence_spans
from .passage import Passage

Mentions = Sequence[tuple[str, int, int]]

_DEATH = re.compile(r"死去|逝去|死亡|訃報")  # a headline's word for a death
# After the words: a verb of saying in the past of a state (語っていた, 話していた): words the subject said in life
RECALLED = re.compile(r"[」』]\s*と(?:[^。「」、]{0,6}?)(?:語|話|述べ|言|明か|振り返|答え|打ち明け)[^。「」、]{0,3}?ていた")


def departed(passage_of: Callable[[int], Passage | None], texts: Sequence[str], headings: Collection[int]) -> str | None:
    """The one person an obituary is about, or None (no headline of a death, or it names no one or several, or the
    body's first sentence is about someone else)."""
    head = next((j for j in sorted(headings) if _DEATH.search(texts[j])), None)
    if head is None or (h := passage_of(head)) is None or len(named := {a for a, _, _ in h.persons}) != 1:
        return None
    first = next((j for j in range(head + 1, len(texts)) if j not in headings and texts[j].strip()), None)
    if first is None or (p := passage_of(first)) is None:
        return None
    lo, hi = next(iter(sentence_spans(p.text)), (0, 0))
    subjects = {a for a, s, e in p.persons if lo <= s < hi and p.particle_of(a, e, lo, hi) in ("は", "が")}
    if not subjects:  # …柚木ちさと（ゆのき・ちさと、本名…）さんが16日: a reading and a real name between the name and が
        subjects = {min(((s, a) for a, s, _ in p.persons if lo <= s < hi), default=(0, ""))[1]} - {""}
    return next(iter(named)) if subjects == named else None


_SOURCE = re.compile(r"(?:さん|氏)?によると")  # a source named before the words: 長男の…さんによると
_PARENT = re.compile(r"(?:^|[、，\s])(?:母|父|母親|父親)(?:は|が)")  # a child's word for the departed as the subject


def recalled_by_them(text: str, lo: int, start: int, close: int, hi: int, mentions: Mentions) -> bool:
    """Whether the sentence's words at start..close, recalled with a past state's verb of saying, have no one else for a
    speaker: no actor named in the sentence but a source before them (…さんによると), and no subject but a parent's
    word (母は)."""
    for _, s, e in mentions:
        if (lo <= s < start and not _SOURCE.match(text, e, start)) or close <= s < hi:
            return False
    head = text[lo:start]
    return not re.search(r"(?<![でにとへ])は|が", head) or bool(_PARENT.search(head))
