"""A body named in brackets after its kind (市民団体「川を守る会」は, NPO法人「こども食堂ネット」が): the recognisers find no
name there when its words are a phrase (川を守る会) or common words (みどりの森), but the kind before the brackets says a
body is named, so its words are that body's. Read only in the passages that quote, as the subject of a sentence, and
kept as an actor of the article only when given words (`quotes.sides.side_actors`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text

PREFIX = "o:"  # an organisation's id
KIND = "organization"
# The kinds of body a name in brackets follows: a group of citizens or residents, a legal person, a firm
_KIND = r"(?:団体|法人|グループ|企業|会社|スタートアップ|ベンチャー|組織|ネットワーク|サークル|協議会|連絡会|ファンクラブ|後援会|実行委員会|保存会|愛好会|同好会|クラブ|劇団|楽団|バンド|ユニット)"
_NAMED = re.compile(_KIND + r"「([^「」『』。、]{2,20})」(?=[はがも][、，]?)")


def with_bracketed(texts: Sequence[str], mentions: Sequence[Mentions],
                   kinds: dict[str, str]) -> tuple[list[Mentions], dict[str, str]]:
    """The passages' mentions with each body named in brackets after its kind as a subject, in the passages that
    quote (its brackets with it: no words quoted, a name), and the kinds with theirs."""
    out: list[Mentions] = []
    kinds = dict(kinds)
    for text, found in zip(texts, mentions):
        if "「" not in text or not any(f"」{p}" in text for p in "はがも"):
            out.append(found)
            continue
        named, widened = [], {}
        for m in _NAMED.finditer(text):
            if "「" not in text[m.end(1) + 1:]:
                continue
            inside = [f for f in found if m.start(1) <= f[1] and f[2] <= m.end(1)]
            if len(inside) == 1 and inside[0][1:] == m.span(1) and kinds.get(inside[0][0]) == KIND:
                widened[inside[0]] = (inside[0][0], m.start(1) - 1, m.end(1) + 1)  # (an actor found inside: it, bracketed)
            elif not inside:
                named.append((PREFIX + m.group(1), m.start(1) - 1, m.end(1) + 1))
        for a, _, _ in named:
            kinds.setdefault(a, KIND)
        if named or widened:
            out.append(sorted([*(widened.get(f, f) for f in found), *named], key=lambda m: m[1]))
        else:
            out.append(found)
    return out, kinds


def bracketed_body(actor: str, known: set[str]) -> bool:
    """Whether `actor` is the id of a body named in brackets read here (not one of the `known` actors)."""
    return actor.startswith(PREFIX) and actor not in known
