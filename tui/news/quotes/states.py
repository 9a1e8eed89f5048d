"""A state's ministry or agency named after its country (中国外務省, 韓国外交省, 米国務省) as a speaker: the actors
file the country and the ministry apart (中国 + 外務省), and 外務省 alone is Japan's in Japanese news, so words the
body of another state speaks are given to the body as written, country and all. Such a body is read only in the
passages that quote, and kept as an actor of the article only when given words (`quotes.sides.side_actors`). A body
written 同国外務省 is that of the one country named before it (中国 … 同国外務省: 中国外務省), or no one's when none or
two were (中国は日本を非難した。同国外務省は: which state the text leaves to the reader).
"""

from __future__ import annotations

from collections.abc import Sequence

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text

PREFIX = "o:"  # an organisation's id
KIND = "organization"
_STATE_BODY = ("省", "庁", "部", "院")  # 外務省, 国防総省, 国防部, 国務院


def with_states(texts: Sequence[str], mentions: Sequence[Mentions],
                kinds: dict[str, str]) -> tuple[list[Mentions], dict[str, str]]:
    """The passages' mentions with each country written right before a state's body (中国 + 外務省) read as one
    body of that state (中国外務省), in the passages that quote, and the kinds with theirs."""
    out: list[Mentions] = []
    kinds = dict(kinds)
    countries: dict[str, str] = {}  # the countries named so far, as first written (同国外務省: the one state's ministry)
    for text, found in zip(texts, mentions):
        if "「" not in text:
            for a, s, e in found:
                if kinds.get(a) == "country":
                    countries.setdefault(a, text[s:e])
            out.append(found)
            continue
        merged: list[tuple[str, int, int]] = []
        for m in found:
            a, s, e = m
            if kinds.get(a) == "country":
                countries.setdefault(a, text[s:e])
            if kinds.get(a) == KIND and text[s:e].startswith("同国") and text[s:e].endswith(_STATE_BODY):
                if len(countries) == 1:  # 同国外務省: the body of the one state named before, else no one's
                    body = PREFIX + next(iter(countries.values())) + text[s + 2:e]
                    kinds.setdefault(body, KIND)
                    merged.append((body, s, e))
                continue
            if (merged and kinds.get(a) == KIND and text[s:e].endswith(_STATE_BODY) and merged[-1][2] == s
                    and kinds.get(merged[-1][0]) == "country"):
                c, cs, _ = merged.pop()
                body = PREFIX + text[cs:e]
                kinds.setdefault(body, KIND)
                merged.append((body, cs, e))
            else:
                merged.append(m)
        out.append(merged if merged != list(found) else found)
    return out, kinds


def state_body(actor: str) -> bool:
    """Whether `actor` is the id of a state's body read here (a country's name, then the body's)."""
    return actor.startswith(PREFIX) and actor.endswith(_STATE_BODY)
