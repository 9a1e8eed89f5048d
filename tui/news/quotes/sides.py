"""The sides of a trial as speakers: court reports give words to 検察側 (the prosecution), 弁護側 (the defence),
原告側 and 被告側 (検察側は論告で「…」と指摘した) though these name no one. They are no actors of the article's
(the recognisers find names, and a side has none), so the quotes read each as a body of its own, and the
article keeps one for each side it gives words to, so that the words show who spoke them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence

from .bracketed_bodies import bracketed_body
from .cabinet import office
from .states import state_body

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text

_NAME = r"(?:検察|弁護|原告|被告)側"
_SIDE = re.compile(r"(?<![\u4e00-\u9fff々])" + _NAME + "(?=[はがもの、，])")
_PREFIX = "o:"  # an organisation's id
KIND = "organization"


def with_sides(texts: Sequence[str], mentions: Sequence[Mentions],
               kinds: dict[str, str]) -> tuple[list[Mentions], dict[str, str]]:
    """The passages' mentions with each side of a trial named in a passage that quotes, and the kinds
    with theirs."""
    out: list[Mentions] = []
    kinds = dict(kinds)
    for text, found in zip(texts, mentions):
        sides = [(_PREFIX + m.group(), m.start(), m.end()) for m in _SIDE.finditer(text)] if "「" in text and "側" in text else []
        sides = [m for m in sides if not any(s < m[2] and m[1] < e for _, s, e in found)]
        for a, _, _ in sides:
            kinds.setdefault(a, KIND)
        out.append(sorted([*found, *sides], key=lambda m: m[1]) if sides else found)
    return out, kinds


def side_actors(story: str, known: set[str]) -> tuple[tuple[str, str, str, tuple[str, ...], None], ...]:
    """The actors (id, name, kind, aliases, english) of the sides the story's quotes are given to, those
    not among the `known` actors, and of the states' bodies (`quotes.states`: 中国外務省), the bodies named in
    brackets (`quotes.bracketed_bodies`: 市民団体「川を守る会」) and the offices named by title alone (`quotes.cabinet`:
    首相) given words."""
    speakers = sorted({q[2] for q in json.loads(story)["quotes"] if q[2] and q[2] not in known})
    return tuple((a, a[len(_PREFIX):], KIND, (), None) for a in speakers
                 if a.startswith(_PREFIX) and (re.fullmatch(_NAME, a[len(_PREFIX):]) or state_body(a)
                                               or bracketed_body(a, known))) + tuple(
        (a, a[2:], "person", (), None) for a in speakers if office(a))  # 首相は「…」: an office no one named holds
