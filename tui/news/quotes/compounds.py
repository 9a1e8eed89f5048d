"""Countries written as one compound (日米, 米中, 日中韓): two countries or more, never one speaker. Their mentions are
left out of the quotes' reading, so that 日米が…「…」と歓迎した gives the words to neither country (the speaker is
then whoever the text says, or no one), while each country stays the article's actor.
"""

from __future__ import annotations

from collections.abc import Sequence

Mention = tuple[str, int, int]


def without_compounds(mentions: Sequence[Sequence[Mention]], kinds: dict[str, str]) -> list[list[Mention]]:
    """Each passage's mentions without those of countries that touch another country's mention."""
    out: list[list[Mention]] = []
    for row in mentions:
        countries = sorted((s, e) for aid, s, e in row if kinds.get(aid) == "country")
        joined: set[tuple[int, int]] = set()
        for (s1, e1), (s2, e2) in zip(countries, countries[1:]):
            if e1 == s2:
                joined.update(((s1, e1), (s2, e2)))
        out.append([m for m in row if (m[1], m[2]) not in joined] if joined else list(row))
    return out
