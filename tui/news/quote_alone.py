"""Words standing alone as a sentence (「うれしい」。) and the sentence after them: one whose subject is a
person (お立ち台で岩瀬は一言だけ絞り出した) may be about the words' speaker, so the speaker of the sentence
before is not carried over them.
"""

from __future__ import annotations

from .quote_speakers import Passage


def person_subject_after(p: Passage, span: tuple[int, int]) -> set[str]:
    """The persons that are a subject (X は / X が / X も) of the sentence text[span] outside its quotes."""
    lo, hi = span
    q = p.outside_quotes(lo, hi)
    return {a for a, s, e in q.persons if lo <= s < hi and q.subject_at(a, e, lo, hi) is not None}
