"""A full name whose surname the article gave another person in full (寺内湊斗さんと寺内心春さん: UniDic reads the
second as 寺 + 内心 + 春, common words): the surname again, right at a word's start, then one to three kanji and an
honorific (さん, 君, くん, ちゃん, 氏), is one of that family, the whole a full name filed under the surname. Nothing
the recognisers found already is read again, and a kin word or a title after the surname is no given name (寺内家,
寺内社長).
"""

from __future__ import annotations

import re

from .name import KIN
from .persons import Name, TITLE_RE

_GIVEN = re.compile(r"([\u4e00-\u9fff々]{1,3})(?=さん|君|くん|ちゃん|氏)")
_KANJI = re.compile(r"[\u4e00-\u9fff々]")


def shared_surnames(flat: str, names: list[Name], free) -> list[Name]:
    """The full names of `flat` that the module reads, given the names found (`names`)."""
    surnames = {n.surname for n in names if n.full and len(n.surname) >= 2 and flat.startswith(n.surname, n.start)}
    out: list[Name] = []
    for surname in surnames:
        at = flat.find(surname)
        while at >= 0:
            end = at + len(surname)
            given = _GIVEN.match(flat, end)
            if (given and (not at or not _KANJI.match(flat[at - 1])) and given.group(1) not in KIN
                    and not TITLE_RE.match(flat, end) and free(at, given.end())):
                out.append(Name(at, given.end(), surname, True))
            at = flat.find(surname, end)
    return out
