"""An office of the article's own local government named by its kind alone, with no place's name before it
(県警捜査1課, 市保健所, 県感染症対策課, 町税務課): UniDic reads 県 and 市 as common words, and the suffixes read no
body after a generic head. One only as a clause's subject (at a line's or clause's start, before は or が), where
a body acts or speaks (県警捜査1課は…逮捕した, 市保健所は「…」と呼びかけている): the words 県の対策課に問い合わせた
name none. Not where the article names the office with its place (北浜市保健所) or the police it is part of (桐原県警本部 …
県警本部交通企画課は: the office of a body named before speaks for it: `quotes.bodies`).
"""

from __future__ import annotations

import re

# The local government (県, 市, 町, 村, 府, 道, 区, or its police: 県警), up to eight characters of what the office does
# (kanji and digits: 捜査1課), and an office's end: a section (課), a health centre (保健所), a station (署).
# (The pattern opens with its character class, the clause's start checked behind it: so the engine skips in C to
# where the class stands instead of trying the pattern at every place.)
SIGN = re.compile(r"([県市町村府道区](?<![^、。」\s].)(?:(?<=[県府道])警)?[\u4e00-\u9fff0-9０-９]{0,8}?(?:課|保健所|署))"
                  r"(?=[はが](?![いかじ]))")


_POLICE = re.compile(r"[県府道]警(?:本部)?")
# A section of a local government named with its place (金沢市ごみ減量推進課は, 喜多方市交通政策課は): one body, the place's
# name part of it, as a clause's subject or a source
NAMED = re.compile(r"(?<![\u4e00-\u9fff々ヶ])((?!同)[\u4e00-\u9fff々ヶ]{1,5}[都道府県市町村区][\u4e00-\u9fff々ぁ-ゖ]{2,10}?課)"
                   r"(?=[はがも](?![いかじ])|によると|によりますと)")
NAMED_SIGN = re.compile(r"課(?=[はがもに])")  # (`NAMED`'s rare end: searched for at 課 only)


def local_offices(line: str, flat: str, open_) -> list[tuple[int, int]]:
    """(start, end) of each such office in the line; `flat`: the article's text; `open_(start, end)`: no actor
    there but a place it may hold."""
    out = []
    for m in SIGN.finditer(line):
        police = _POLICE.match(m.group(1))
        head = police.group() if police else m.group(1)  # (碧浜市 … 市保健所は: the city's office, named by its kind)
        if not re.search(r"[\u4e00-\u9fffァ-ヺ]" + re.escape(head), flat) and open_(*m.span(1)):
            out.append(m.span(1))
    for m in NAMED.finditer(line) if "課" in line else ():
        if open_(*m.span(1)) and not any(a < m.end(1) and m.start(1) < b for a, b in out):
            out.append(m.span(1))
    return out
