"""A state's ministry or agency named after its country (中国外務省, 韓国外交省, 米国務省) as a speaker: the actors
file the country and the ministry apart (中国 + 外務省), and 外務省 alone is Japan's in Japanese news, so words the
body of another state speaks are given to the body as written, country and all. Such a body is read only in the
passages that quote, and kept as an actor of the article only when given words (`quotes.sides.side_actors`). A body
written 同国外務省 is that of the one country named before it (中国 … 同国外務省: 中国外務省), and one written
同市教育委員会 that of the one city (北浜市 … 同市教育委員会: 北浜市教育委員会), or no one's when none or two were
(中国は日本を非難した。同国外務省は: which state the text leaves to the reader).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text

PREFIX = "o:"  # an organisation's id
KIND = "organization"
_STATE_BODY = ("省", "庁", "部", "院")  # 外務省, 国防総省, 国防部, 国務院


def with_states(texts: Sequence[str], mentions: Sequence[Mentions],
                kinds: dict[str, str]) -> tuple[list[Mentions], dict[str, str]]:
    """The passages' mentions with each country written right before a state's body (中国 + 外務省) read as one
    body of that state (中国外務省), and each body written after 同 and a place's kind (同国外務省, 同市教育委員会) read
    as the one place of that kind named before (`_same_place`), and a country before 政府 as the subject of words
    (ノルウェー政府は声明で「…」) as that state's government, and the kinds with theirs."""
    out: list[Mentions] = []
    kinds = dict(kinds)
    places: dict[str, dict[str, str]] = {}  # a kind (国, 市, 県 …) -> the places of that kind named so far, as written
    same = _SAME.search("\n".join(texts)) is not None  # (no 同国, 同市: the places need not be noted)
    for text, found in zip(texts, mentions):
        if "「" not in text:
            for a, s, e in found if same else ():
                _note_place(places, a, text, s, e, kinds)
            out.append(found)
            continue
        merged: list[tuple[str, int, int]] = []
        for m in found:
            a, s, e = m
            if same:
                _note_place(places, a, text, s, e, kinds)
            if kinds.get(a) == KIND and text[s:s + 1] == "同" and text[s + 1:s + 2] in _KINDS and e - s > 2:
                named = places.get(text[s + 1], {})
                if len(named) == 1:  # 同国外務省, 同市教育委員会: the body of the one place named before, else no one's
                    body = PREFIX + next(iter(named.values())) + text[s + 2:e]
                    kinds.setdefault(body, KIND)
                    merged.append((body, s, e))
                continue
            if (merged and kinds.get(a) == KIND and text[s:e].endswith(_STATE_BODY) and merged[-1][2] == s
                    and kinds.get(merged[-1][0]) == "country"):
                c, cs, _ = merged.pop()
                body = PREFIX + text[cs:e]
                kinds.setdefault(body, KIND)
                merged.append((body, cs, e))
            elif kinds.get(a) == "country" and (gov := _GOVERNMENT.match(text, e)) and e - s >= 2:
                body = PREFIX + text[s:e] + gov.group(1)  # ノルウェー政府は声明で「…」: that state's government or
                kinds.setdefault(body, KIND)  # delegation (中国代表団は), a body that speaks
                merged.append((body, s, gov.end(1)))
            else:
                merged.append(m)
        out.append(merged if merged != list(found) else found)
    return out, kinds


_GOVERNMENT = re.compile(r"(政府|代表団)(?=[はがも][、，]?(?:[^「」。]{0,12}?)「)")  # a state's government or delegation
# as a quote's subject
_KINDS = "国市町村県区府道州"
_SAME = re.compile("同[" + _KINDS + "]")


def _note_place(places: dict[str, dict[str, str]], a: str, text: str, s: int, e: int, kinds: dict[str, str]) -> None:
    """Files a country under 国 and a place under the kind it is written with (北浜市, or 北浜 before 市)."""
    kind = kinds.get(a)
    if kind == "country":
        places.setdefault("国", {}).setdefault(a, text[s:e])
    elif kind == "place":
        name = text[s:e] if text[e - 1:e] in _KINDS else text[s:e + 1]
        if name[-1:] in _KINDS and len(name) > 1:
            places.setdefault(name[-1], {}).setdefault(a, name)


def state_body(actor: str) -> bool:
    """Whether `actor` is the id of a state's body read here (a country's name, then the body's)."""
    return actor.startswith(PREFIX) and actor.endswith(_STATE_BODY)
