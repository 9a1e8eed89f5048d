"""One passage as the speaker rules read it: its text and the mentions of actors that may speak (a person, a
body, a country, or a place with its kind, which is its government: 桜ケ丘市は「…」としている), with the speakers
its sentences' quotes were given so far.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from copy import copy

from .clauses import relative_subject
from .forms import bracketed, sentence_spans
from .titles import title_end

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text
SPEAKER_KINDS = frozenset({"person", "organization", "country"})
SUBJECT = re.compile(r"(?:は|が|も|によると|によれば|によりますと|の話では|の話によると)[、，]?")
_OFFICE = frozenset("都道府県市区町村")  # a place with its kind is its government: 桜ケ丘市は「…」としている


class Passage:
    """One passage with its speaker-capable mentions."""

    def __init__(self, text: str, mentions: Mentions, kinds: dict[str, str]) -> None:
        self.text, self.kinds = text, kinds
        self.spoken: dict[int, set[str | None]] = {}  # a sentence's start -> the speakers given its quotes
        self.mentions = [(a, s, e) for a, s, e in mentions if kinds.get(a) in SPEAKER_KINDS
                         or (kinds.get(a) == "place" and text[e - 1:e] in _OFFICE and SUBJECT.match(text, e))]
        self.persons = [(a, s, e) for a, s, e in mentions if kinds.get(a) == "person"]

    def outside_quotes(self, lo: int, hi: int) -> "Passage":
        """This passage with only the mentions of text[lo:hi] that stand outside every 「…」 in it: a name
        inside quoted words (「田中被告が…」) is never the subject of the sentence that quotes them."""
        inside = [(lo + s, lo + e) for s, e in bracketed(self.text[lo:hi])]
        if not inside:
            return self
        out = copy(self)  # (the quotes given so far, `spoken`, stay shared)
        out.mentions = [m for m in self.mentions if not any(s < m[1] < e for s, e in inside)]
        out.persons = [m for m in self.persons if not any(s < m[1] < e for s, e in inside)]
        return out

    def subject_at(self, a: str, e: int, lo: int, hi: int) -> int | None:
        """Where the particle after mention [.., e) ends, when the mention (with its title) is a subject."""
        kind = self.kinds.get(a)
        at = title_end(self.text, e, hi, kind == "person", kind == "organization")
        p = SUBJECT.match(self.text, at, hi)
        if p and relative_subject(self.text, at + 1, hi):
            return None  # 日銀が目標とする物価上昇率: the subject of a clause describing a noun
        return p.end() if p else None

    def particle_of(self, a: str, e: int, lo: int, hi: int) -> str:
        """The particle that makes mention [.., e) a subject (は, が, も), or '' when it is none."""
        at = self.subject_at(a, e, lo, hi)
        return "" if at is None else self.text[:at].rstrip("、，")[-1:]


class QuoteAt:
    """One quote as the speaker rules read it: its passage `p` (the mentions outside the sentence's quotes), the
    span lo..hi of its sentence (from a note's own start: （注：総理は…「…」と発言）), and its brackets start..end."""

    __slots__ = ("p", "lo", "hi", "start", "end")

    def __init__(self, p: Passage, lo: int, hi: int, start: int, end: int) -> None:
        self.p, self.lo, self.hi, self.start, self.end = p, lo, hi, start, end

    @property
    def text(self) -> str:
        return self.p.text


Before = list[tuple[Passage, tuple[int, int]]]  # the sentences before (their passage and span, nearest first)


def last_sentence(p: Passage | None, n: int = 1) -> list[tuple[Passage, tuple[int, int]]]:
    """The last sentence of passage `p` (the sentence before the next passage's first), if any; with `n`,
    its last n sentences, the nearest first (a lead that names who answers the questions after it, then
    says 以下、主なやり取り。)."""
    spans = sentence_spans(p.text) if p is not None else []
    return [(p, span) for span in spans[::-1][:n]] if p is not None else []
