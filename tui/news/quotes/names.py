"""Whose name a speaker's actor is, read from its mentions: relatives filed under one surname (小川明美 and
小川健) are two people and speak no quote; a given name the actors kept apart from the full name before it
(今泉健吾 … 健吾さんは) is that person.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ..actors.persons import TITLE_RE

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text


def mention_names(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str],
                  of: Collection[str] = ("person",)) -> dict[str, list[str]]:
    """Each person's (or actor's `of` those kinds) names as written, in the order first seen."""
    names: dict[str, list[str]] = {}
    for text, found in zip(texts, mentions):
        for a, s, e in found:
            if kinds.get(a) in of and text[s:e] not in names.setdefault(a, []):
                names[a].append(text[s:e])
    return names


def shared(names: dict[str, list[str]], speakers: set[str]) -> set[str]:
    """The `speakers` whose mentions name two people (小川明美, 小川健), as when relatives share a surname.
    A surname and a given name are one person's when a full name holds both (汐見翼, 汐見, 翼)."""
    out = set()
    for a in speakers:
        seen = names.get(a, [])
        longest = max(seen, key=len, default="")
        if not all(one_name(x, longest) for x in seen):
            out.add(a)
    return out


def one_name(x: str, y: str) -> bool:
    """Whether two mentions may name one person: one holds the other at its start (大谷, 大谷翔平) or, for a
    foreign name or a given name, at its end (ヴァインシュタイン, ゲルハルト・ヴァインシュタイン; 翼, 汐見翼)."""
    short, long = sorted((x, y), key=len)
    return long.startswith(short) or long.endswith(short)


def given_name_of(names: dict[str, list[str]], first: dict[str, int], only: Collection[str]) -> dict[str, str]:
    """{actor: person} for each person of `only` (the speakers: no one else is read so) written only as a given
    name that ends the full name of exactly one person named before it (今泉健吾, later 健吾さん): the actors kept
    the given name apart, it is that person."""
    out = {}
    for a in only:
        seen = names.get(a)
        if not seen:
            continue
        holders = {b for b, theirs in names.items() if b != a and first.get(b, 1 << 30) < first.get(a, 0)
                   and all(any(len(n) > len(x) and n.endswith(x) for n in theirs) for x in seen)}
        if len(holders) == 1:
            out[a] = holders.pop()
    return out


_BEFORE_WORDS = re.compile(r"(?:は|が|も)、?「")
_TITLED_WORDS = re.compile(r"(?<=[\u4e00-\u9fff])「")  # 氏「, 大統領「: words right after a title
_BOUNDARY = "、。　 「」（）"
_TITLED_SUBJECT = re.compile(r"(?<=[\u4e00-\u9fff])[はが](?!「)")  # 外相は, 大統領が: a title, then the subject's particle


def named_after_quotes(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str],
                       names: dict[str, list[str]]) -> list[Mentions]:
    """The passages' mentions, with a name the article wrote elsewhere found where the actors marked none
    in a passage that quotes: right after 」と (「…」とペトレンコ。: the speaker named after the words), and
    as the subject right before the words (東邦スチール加工は「…」: a company named before in brackets), and as a subject
    with a title of theirs anywhere in the passage (ナビ外相は会談で「…」: the surname UniDic cut apart)."""
    known: dict[str, str] = {}
    for a, seen in names.items():
        for n in [*seen, *(x.rsplit("・", 1)[1] for x in seen if "・" in x)]:  # (a foreign name's surname)
            if len(n) >= 2:
                known[n] = a if known.get(n, a) == a else ""
    known = {n: a for n, a in known.items() if a}
    persons = {n: a for a, seen in names.items() if kinds.get(a) == "person" for n in seen if len(n) >= 2}
    out: list[Mentions] = []
    for text, found in zip(texts, mentions):
        if "「" not in text or not known:
            out.append(found)
            continue
        starts = {m[1] for m in found}
        added = []
        for m in _BEFORE_WORDS.finditer(text):  # 東邦スチール加工は「: a name the actors left unmarked, at a boundary
            hit = max((n for n in known if text.endswith(n, 0, m.start())), key=len, default="")
            s = m.start() - len(hit)
            if hit and s not in starts and (s == 0 or text[s - 1] in _BOUNDARY):
                added.append((known[hit], s, m.start()))
            elif not hit and (surname := _surname_before(text, m.start(), persons, starts)) is not None:
                added.append(surname)  # 森林九段は「: a person's surname UniDic reads as a common word
            elif not hit and (titled := _titled_before(text, m.start(), known, kinds, found)) is not None:
                if titled[1] in starts:  # (ハドソン外相は: the name read as a place where a title says a person)
                    found = [f for f in found if f[1] != titled[1]]
                    starts.discard(titled[1])
                added.append(titled)  # ウィンスロー大統領は「: the name UniDic cut apart before the title
        for m in _TITLED_WORDS.finditer(text):  # ウィンスロー氏「…」: a headline's form, the name UniDic cut apart
            if m.start() in {e for _, _, e in found}:
                continue
            titled = _titled_before(text, m.start(), known, kinds, found)
            if titled is not None and titled[1] not in starts:
                added.append(titled)
            elif titled is None and (full := _full_name_before(text, m.start(), persons, found)) is not None:
                added.append(full)  # 主演の早瀬蒼「…」: a headline's name glued to the words, unmarked
        for m in _TITLED_SUBJECT.finditer(text):  # ナビ外相は会談で「…」: a subject the actors left unmarked, its title after
            titled = _titled_before(text, m.start(), known, kinds, found)
            if titled is not None and titled[1] not in starts and titled not in added:
                added.append(titled)
        at = text.find("」と")
        while at >= 0:
            s = at + 2
            if s not in starts:
                hit = max((n for n in known if text.startswith(n, s)), key=len, default="")
                if hit:
                    added.append((known[hit], s, s + len(hit)))
            at = text.find("」と", s)
        out.append(sorted([*found, *added], key=lambda m: m[1]) if added else found)
    return out


# A sports page's note after a name, the age and the club or stable (北斗海(26=湊川部屋)が), then the subject's particle
_SPORTS_NOTE = re.compile(r"[（(][0-9０-９]{1,3}[=＝][^（）()「」。、]{1,15}[）)](?:は|が)")


def noted_subjects(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str],
                   names: dict[str, list[str]]) -> list[Mentions]:
    """The passages' mentions, with a person's name written elsewhere in the article found where the actors marked
    none before a sports page's note and the subject's particle (大関・北斗海(26=湊川部屋)が会見した): the subject of
    the sentence, who may speak in the next."""
    persons = {n: a for a, seen in names.items() if kinds.get(a) == "person" for n in seen if len(n) >= 2}
    out: list[Mentions] = []
    for text, found in zip(texts, mentions):
        starts, ends, added = {m[1] for m in found}, {m[2] for m in found}, []
        for m in _SPORTS_NOTE.finditer(text) if persons else ():
            if m.start() in ends:
                continue  # (the actors marked the name)
            hits = {(a, m.start() - len(n)) for n, a in persons.items() if text.endswith(n, 0, m.start())}
            if len({a for a, _ in hits}) != 1:
                continue  # no name, or two people's
            a, s = min(hits, key=lambda h: h[1])
            if s not in starts and (s == 0 or text[s - 1] in _BOUNDARY + "・"):
                added.append((a, s, m.start()))
        out.append(sorted([*found, *added], key=lambda m: m[1]) if added else found)
    return out


def _titled_before(text: str, at: int, known: dict[str, str], kinds: dict[str, str],
                   found: Mentions) -> tuple[str, int, int] | None:
    """A person's name written before (`known`: name → actor; a foreign name's last part) that stands right
    before `at` with a title of theirs between (ウィンスロー大統領は「), at a boundary where the actors marked
    no one or only a place of that name (ハドソン外相: a title is a person's): the one person it names."""
    ends = [t for t in range(max(1, at - _LONGEST_TITLE), at) if TITLE_RE.fullmatch(text, t, at)]  # where a name may end
    if not ends:
        return None  # (most places: no title ends at `at`)
    marked = {s: kinds.get(a) for a, s, e in found if s < at}
    for name, a in sorted(known.items(), key=lambda x: -len(x[0])):
        if kinds.get(a) != "person" or not any(text.endswith(name, 0, t) for t in ends):
            continue
        s = text.rfind(name, max(0, at - len(name) - _LONGEST_TITLE), at)
        rest = text[s + len(name):at] if s >= 0 else ""
        if (s >= 0 and rest and TITLE_RE.fullmatch(rest) and marked.get(s, "place") == "place"
                and (s == 0 or text[s - 1] in _BOUNDARY)):
            return a, s, s + len(name)
    return None


_LONGEST_TITLE = 8  # characters a title between a name and `at` may hold


def _full_name_before(text: str, at: int, persons: dict[str, str], found: Mentions) -> tuple[str, int, int] | None:
    """The one person whose full name as the article writes it (three characters or more) ends right before the 「 at
    `at`, after a boundary, の or ・ (主演の早瀬蒼「…」, a headline's form), where the actors marked nothing; or whose
    name of two characters opens the paragraph right before the words (若嵐「…」: a line of comments, a ring name)."""
    hits = {(a, at - len(n)) for n, a in persons.items() if text.endswith(n, 0, at) and (len(n) >= 3 or at == len(n))
            and (at == len(n) or text[at - len(n) - 1] in _BOUNDARY + "の・")}
    if len({a for a, _ in hits}) != 1 or any(s < at and e > min(s for _, s in hits) for _, s, e in found):
        return None
    a, s = min(hits, key=lambda h: h[1])
    return a, s, at


def _surname_before(text: str, at: int, persons: dict[str, str], starts: set[int]) -> tuple[str, int, int] | None:
    """The one person whose full name (`persons`: name → actor) starts with the words right before `at` (the
    は of 森林九段は「), a title of theirs between at most, at a boundary where the actors marked nothing: a
    surname UniDic reads as a common word (森林, 石浜), written alone after the full name (森林太郎九段)."""
    found = set()
    window = text[max(0, at - max(map(len, persons), default=0) - 8):at]  # where any name's start may stand
    for name, a in persons.items():
        if name[:2] not in window:
            continue  # (most names: their first two characters are not there)
        for n in range(2, len(name)):
            s = text.rfind(name[:n], max(0, at - n - 8), at)
            rest = text[s + n:at] if s >= 0 else ""
            if (s >= 0 and s not in starts and (s == 0 or text[s - 1] in _BOUNDARY)
                    and (not rest or TITLE_RE.fullmatch(rest))):
                found.add((a, s, s + n))
    return next(iter(found)) if len(found) == 1 else None


def named_once(mentions: Sequence[Mentions], names: dict[str, list[str]],
               out: list[tuple[int, str, str | None]]) -> list[tuple[int, str, str | None]]:
    """The quotes with each speaker read as one person (`names`: each person's names as written): a given
    name written apart is the full name's (健吾さん after 今泉健吾); an actor whose mentions name two people
    (relatives under one surname) none."""
    first: dict[str, int] = {}
    for k, found in enumerate(mentions):
        for a, _, _ in found:
            first.setdefault(a, k)
    given = given_name_of(names, first, {speaker for _, _, speaker in out if speaker})
    out = [(k, words, given.get(speaker, speaker) if speaker else None) for k, words, speaker in out]
    two = shared(names, {speaker for _, _, speaker in out if speaker})
    return [(k, words, None if speaker in two else speaker) for k, words, speaker in out] if two else out
