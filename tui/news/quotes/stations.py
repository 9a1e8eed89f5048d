"""A station named by its place (白浜署, 北町警察署, 港消防署, 西税務署): police and fire reports write a station so, and
the recognisers may find only the place. A place's name right before 署 (or 警察署, 消防署, 税務署) and a particle or
の is a body of its own, the station, so that its words (…署は「…」) and 同署は later have the body to stand for; kept
as an actor of the article only when given words (`quotes.sides.side_actors`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text

PREFIX = "o:"  # an organisation's id
KIND = "organization"
_STATION = re.compile(r"(?:警察|消防|税務)?署(?=[はがもの、，に])")


def with_stations(texts: Sequence[str], mentions: Sequence[Mentions],
                  kinds: dict[str, str]) -> tuple[list[Mentions], dict[str, str]]:
    """The passages' mentions with each place's name written right before 署 made that station (the place's name as
    the actors found it anywhere in the article), and the kinds with theirs."""
    places = {text[s:e] for text, found in zip(texts, mentions) for a, s, e in found
              if kinds.get(a) == "place" and e - s >= 2}
    if not places or not any("署" in text for text in texts):
        return list(mentions), kinds
    longest_first = sorted(places, key=len, reverse=True)
    out: list[Mentions] = []
    kinds = dict(kinds)
    for text, found in zip(texts, mentions):
        made_at: list[tuple[str, int, int]] = []
        for m in _STATION.finditer(text) if "署" in text else ():  # each station, then the longest place before it
            place = next((p for p in longest_first if text.endswith(p, 0, m.start())), None)
            s = m.start() - len(place) if place else -1
            if place and not (made_at and s < made_at[-1][2]) and not (s and _KANJI_BEFORE.match(text, s - 1)):
                made_at.append((PREFIX + text[s:m.end()], s, m.end()))
        kept = [x for x in found if not any(s < x[2] and x[1] < e for _, s, e in made_at)]
        for a, _, _ in made_at:
            kinds.setdefault(a, KIND)
        out.append(sorted([*kept, *made_at], key=lambda x: x[1]) if made_at else found)
    return out, kinds


_KANJI_BEFORE = re.compile(r"[\u4e00-\u9fff々ァ-ヺー]")  # (南白浜署: a longer name than the place's)
