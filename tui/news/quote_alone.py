"""Words standing alone as a sentence (「うれしい」。) and the sentence after them: one whose subject is a
person (お立ち台で岩瀬は一言だけ絞り出した) may be about the words' speaker, so the speaker of the sentence
before is not carried over them; one whose one person says something with no words of its own
(主演の青井まどかは、しみじみと語った) tells who said them.
"""

from __future__ import annotations

import re

from .quote_speakers import Passage

# A verb of speaking that ends the sentence (語った, 振り返った, 一言だけ絞り出した, 声を詰まらせた), no object of
# its own after it; not one of answering or judging (応じた, 反論した, 批判した), whose subject answers words
# someone else said.
_SAYS_LAST = re.compile(r"(?:語っ|語る|語り|話し|話す|述べ|振り返|打ち明け|明かし|明かす|漏らし|こぼし|強調し|力説し"
                        r"|吐露し|述懐し|つぶやい|絞り出|声を(?:詰まらせ|震わせ|弾ませ|落とし|荒らげ))[ぁ-ゟ]{0,6}[。．]?\s*$")


def person_subject_after(p: Passage, span: tuple[int, int]) -> set[str]:
    """The persons that are a subject (X は / X が / X も) of the sentence text[span] outside its quotes."""
    lo, hi = span
    q = p.outside_quotes(lo, hi)
    return {a for a, s, e in q.persons if lo <= s < hi and q.subject_at(a, e, lo, hi) is not None}


def said_after(p: Passage, span: tuple[int, int]) -> str | None:
    """The one person of the sentence text[span], its subject, when the sentence quotes nothing, names no
    other person and ends in a verb of saying (「…」。カーテンコールの後、青井まどかは、しみじみと語った)."""
    lo, hi = span
    text = p.text[lo:hi]
    if "「" in text or not _SAYS_LAST.search(text):
        return None
    named = {a for a, s, e in p.persons if lo <= s < hi}
    subjects = person_subject_after(p, span)
    return next(iter(subjects)) if len(subjects) == 1 and named == subjects else None
