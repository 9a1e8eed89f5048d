"""A mayor's or governor's surname UniDic reads as a place (山川市長は, 吉岡知事は), told from the place by
the article: the article names another city (or prefecture) of the kind the title governs (桜ケ丘市議会は…
山川市長は; 北浜県の… 吉岡知事), and never this word with that kind (no 山川市): the title is the person's.

A word the article writes with the kind too (横浜市 … 横浜市長), or in an article that names no other place
of that kind, stays a place, as does a title that begins a longer word (山川市長選: the election) and a word
UniDic never reads as a surname (横浜 and 札幌 are none: 横浜さん is read as the city). (A governor's surname
needs no such context: before 知事 a word that names no prefecture is one, `governors`.) An assembly member's
surname is told so before 市議, 町議, 区議, 県議 …, and a chairman's before 議長 (`member_surname`).
"""

from __future__ import annotations

import re

from .surname_reading import reads_as_surname

# A head of a local government's title -> the suffixes of the places of the kind it governs.
_GOVERNS = {"市長": "市", "町長": "町", "村長": "村", "区長": "区", "知事": "都道府県"}
_TITLE = re.compile("|".join(_GOVERNS))
_KIND = frozenset("".join(_GOVERNS.values()))
_WORD_GOES_ON = re.compile(r"[\u4e00-\u9fff々]")
# An assembly member's title after the kind of the place whose assembly it is (市議, 県議: not 市議会), or a chairman's
_MEMBER = re.compile(r"([市町村区県府都道])議(?![会員])|(?:副)?議長(?![選室])")


def named_kinds(texts: "list[str]") -> dict[str, set[str]]:
    """Suffix -> the names written before it, in the places and organisations an article names (`texts`:
    their words as written): 北浜 of 北浜市, 桜ケ丘 of 桜ケ丘市議会, 吉岡 of 吉岡市役所."""
    out: dict[str, set[str]] = {}
    for text in texts:
        for i in range(2, len(text)):
            if text[i] in _KIND:
                out.setdefault(text[i], set()).add(text[:i])
                break
    return out


def member_surname(line: str, start: int, end: int, named: dict[str, set[str]]) -> int | None:
    """Where the surname ends when the place word line[start:end] (its kind written with it or not: 駒沢区 of 駒沢区議)
    is an assembly member's or a chairman's surname, else None: before 市議, 町議, 区議, 県議 … (not 市議会) when the
    article names another place of that kind and not this word with it (世田谷区の…駒沢区議, 東浦町議会…緒川町議), as a
    mayor's; before 議長 or 副議長 a word UniDic reads as a surname that the article never writes with a place's kind
    (市議会の津山議長: 津山市議会議長 would be the place's) — after an assembly and の, any such word (市議会の倉敷議長)."""
    word_end = end - 1 if line[end - 1] in _KIND and _MEMBER.match(line, end - 1) else end
    word = line[start:word_end]
    if start and _WORD_GOES_ON.match(line, start - 1):
        return None  # 小江戸市議: the place's word is part of a longer one
    council = line.endswith("議会の", 0, start)  # 市議会の倉敷議長: an assembly's own chairman or member
    if len(word) < 2 or not (council or reads_as_surname(word)) or any(word in names for names in named.values()):
        return None
    m = _MEMBER.match(line, word_end)
    if m is not None and m.group(1) is not None:  # 駒沢区議: the article governs another ward
        return word_end if named.get(m.group(1), set()) - {word} else None
    return word_end if m is not None else None


def mayor_surname(line: str, start: int, end: int, named: dict[str, set[str]]) -> bool:
    """The place word line[start:end], right before the title of its own kind's head, is the head's
    surname: the article names another place of that kind and not this word with the kind."""
    m = _TITLE.match(line, end)
    if m is None or _WORD_GOES_ON.match(line, m.end()) or line[end - 1] in _KIND:
        return False  # 山川市長選: an election; 岩手県知事: the place's own head
    word = line[start:end]
    if not reads_as_surname(word):
        return False  # 横浜, 札幌: UniDic never reads them as a surname
    kinds = _GOVERNS[m.group()]
    if any(word in named.get(k, ()) for k in kinds):
        return False
    return any(named.get(k, set()) - {word} for k in kinds)

