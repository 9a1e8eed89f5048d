"""The places of an article, taken last, once every person and body is found: a name UniDic lacks before its kind
(北浜市は, `city_suffix`), then UniDic's place words line by line (`places.line_places`), where no actor is already;
a place word that is the surname of a mayor of another city the article names as the one governed is that mayor
(桜ケ丘市議会は… 山川市長は, `mayors`), and one before an assembly member's or a chairman's title that member (世田谷区の
駒沢区議, 市議会の津山議長).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .city_suffix import governing_places, suffixed_places
from .mayors import mayor_surname, member_surname, named_kinds
from .places import line_places, place_key

# (the other place as a government: its assembly or office, a source, a subject; not a venue, 長崎市で)
_GOVERNING = re.compile(r"議会|役所|役場|[都道府県]庁")  # 桜ケ丘市議会, 北浜県庁: a government's own body
_GOVERNS_AFTER = re.compile(r"によると|によれば|は|が|の(?:担当|職員|幹部|発表|方針|施策)")  # 北浜県によると


def take_places(flat: str, lines: Sequence, city_rows: set[int],
                heads: dict[int, tuple[int, bool]], out: list[tuple[str, int, int, str]],
                take: Callable[[str, int, int, str], None]) -> None:
    """Take the article's places (the module's doc) with `take(kind, start, end, key)`: `lines` the article's lines,
    `city_rows` those where a name before its kind may stand, `heads` the gazetteer's places and countries (start ->
    (end, a country?)), `out` the mentions taken so far."""
    for row in sorted(city_rows):  # 北浜市は, 隣の北浜市から: a name UniDic lacks and its suffix
        x = lines[row]
        for s, e in suffixed_places(x.text, x.toks, x.free):
            take("place", x.at + s, x.at + e, place_key(x.text[s:e]))
    taken = [(s, e) for _, s, e, _ in out]
    for s, e in governing_places(flat, lambda s, e: not any(a < e and s < b for a, b in taken)):
        take("place", s, e, place_key(flat[s:e]))  # 東雲市は…。東雲市によると: a town UniDic reads as common words
    found: list[tuple[str, int, int]] = []
    for x in lines:
        if not x.open_word("pos2", "地名"):
            continue  # no place's word, or each where an actor is found already: a place starts at one
        found += [(kind, x.at + s, x.at + e) for s, e, kind in line_places(x.text, x.toks, x.free)]
    spans = [(s, e) for s, (e, _) in heads.items()] + [(s, e) for k, s, e, _ in out if k != "person"] + [
        (s, e) for _, s, e in found]
    governed = named_kinds([flat[s:e] for s, e in spans if _GOVERNING.search(flat[s:e]) or _GOVERNS_AFTER.match(flat, e)]
                           ) if found else {}
    # the places of each kind the article names, but before an assembly member's title (駒沢区 of 駒沢区議)
    placed = named_kinds([flat[s:e] for s, e in spans if not flat.startswith("議", e)]) if found else {}
    for kind, s, e in found:
        if kind == "place" and governed and mayor_surname(flat, s, e, governed):
            take("person", s, e, flat[s:e])
        elif kind == "place" and (stop := member_surname(flat, s, e, placed)) is not None:
            take("person", s, stop, flat[s:stop])  # 駒沢区議, 緒川議長: a member's or a chairman's surname
        else:
            take(kind, s, e, place_key(flat[s:e]))
