"""The one an obituary is about, whose own words it recalls with no subject (生前、本紙の取材に「…」と語っていた;
2075年のインタビューでは「…」と話していた): a headline that tells of a death (…さん死去) names that one person, and the
first sentence of the body has them as its subject (作家の…さんが10日、…死去した).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from .forms import sentence_spans
from .passage import Passage

_DEATH = re.compile(r"死去|逝去|死亡|訃報")  # a headline's word for a death
# After the words: a verb of saying in the past of a state (語っていた, 話していた): words the subject said in life
RECALLED = re.compile(r"[」』]\s*と(?:[^。「」、]{0,6}?)(?:語|話|述べ|言|明か|振り返)[^。「」、]{0,3}?ていた")


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
    return next(iter(named)) if subjects == named else None
