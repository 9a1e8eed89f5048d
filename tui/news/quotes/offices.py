"""Public bodies written short as the subject of a quote's sentence, each the one body of that kind the article
named before: a place's kind alone (市は「…」としている: the one city named), and a body shortened to its place's
kind and the first characters of its words (市教委 for 南沢市教育委員会, 県警 or 県警本部 for 小森県警, 選管 for a
選挙管理委員会), alone or with one of its units after it (県警本部交通企画課は); a spokesperson alone (広報担当者は) for the one body whose spokesperson the article named before
(東和製菓の広報担当者は…。広報担当者はさらに「…」), when no person was named with the title (an unnamed 報道官, a
title a person holds, is no body's voice: no one). Two bodies that fit, or none, give
no one: a quote given to the wrong body is worse than a quote given to no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..actors.persons import TITLE_RE
from .bodies import staff_speak
from .roles import TITLES, Roles

_NOT_OFFICE = "場民長議内外立役営政販街況町村"  # 市場, 市民, 市長 …: words, not the place's kind after its name
# 市は「…」: a city's government, named before; or one of its departments (県健康福祉部は, 市防災課は), not a body of its
# own the place has (県警, 市消防局, 県教委, 市議会, 市選管: `short_body` reads those)
BARE_OFFICE = re.compile(r"(?<![\u4e00-\u9fff々ァ-ヺーA-Za-z])([都道府県市区町村])(?:(?![警消教議選])[\u4e00-\u9fff]{2,7}?[部課室])?"
                         r"(?:は|が)[、，]?(?:[^、，。「」はがもを]{1,12}?で[、，]?)?$")  # (市は公式サイトで「…」: where it said so)
# 市教委は, 県警本部は, 県警本部交通企画課は: a place's kind (not after another name's kanji), a few kanji, a unit
_SHORT = re.compile(r"(?<![\u4e00-\u9fff々ァ-ヺーA-Za-z])同?([都道府県市区町村][\u4e00-\u9fff]{1,9}?)(の担当者)?"
                    r"(は|が|も|によると|によれば|によりますと)[、，]?$")  # (同市教委は; 県教委によると: a source)
_UNIT = re.compile(r"(?:本部|[\u4e00-\u9fff]{0,6}[課室]|[\u4e00-\u9fff]{2,6}(?:本部|センター))")


def one_office(kind: str, roles: Roles) -> str | None:
    """The one place of that kind (a city for 市) the article named before, else None: also when its text
    writes the kind after other words that may be another's name (北浜市, a city the actors missed) or
    after 両 / 各 (両市: two of them)."""
    texts = [t if k < roles.upto else t[:roles.until] for k, t in enumerate(roles.texts[:roles.upto + 1])]
    found = {a for k, t in enumerate(texts) for a, s, e in roles.mentions[k]
             if roles.kinds.get(a) == "place" and e <= len(t) and t[e - 1:e] == kind}
    written = {m.group(1) for t in texts  # (not after kana: 適用を県に求める names no other prefecture)
               for m in re.finditer(rf"([^\s、。「」（）()・][^\s、。「」（）()・ぁ-ゖ]){kind}(?![{_NOT_OFFICE}])", t)}
    if len(found) != 1 or len(written - {"同" + kind}) > 1 or any(w[-1] in "両各同全" for w in written):
        return None
    return next(iter(found))


def shortens(short: str, name: str) -> bool:
    """Whether `short` (a place's kind, then characters) is `name` shortened: the kind stands in the name after
    the place's own name, and the characters after it are, in order, characters of the name after the kind, the
    first of them right after it (市教委: 南沢市 + 教育委員会; 県警: 小森県 + 警)."""
    kind, rest = short[0], short[1:]
    at = name.find(kind, 1)
    while at > 0:
        tail = name[at + 1:]
        if tail and tail[0] == rest[0]:
            i = 0
            for ch in tail:
                if i < len(rest) and ch == rest[i]:
                    i += 1
            if i == len(rest):
                return True
        at = name.find(kind, at + 1)
    return False


def short_body(head: str, roles: Roles, told: bool = True) -> tuple[bool, str | None]:
    """(whether `head`, the words before a quote, end with a public body written short as their subject,
    the one organisation named before that it shortens, or None when none or several fit). A unit after the
    short name (県警本部交通企画課) speaks for the body; as a source (県教委によると「…」) it does when the words are
    `told` as hearsay right after it (`quotes.sources`)."""
    m = _SHORT.search(head)
    if m is None or (m.group(3).startswith("によ") and not told):
        return False, None
    words = m.group(1)
    if re.fullmatch(r"[\u4e00-\u9fff]{0,3}(?:" + TITLES + ")", words) or TITLE_RE.fullmatch(words):
        return False, None  # 市長は, 県知事は, 高田さやか市議は: a title, whose holder `quotes.roles` reads
    seen = roles.bodies()
    for cut in range(len(words), 1, -1):  # the longest short name, the rest a unit of the body
        short, unit = words[:cut], words[cut:]
        if unit and not _UNIT.fullmatch(unit):
            continue
        fits = {a for a, names in seen.items() if any(shortens(short, n) for n in names)}
        if fits and m.group(2) and not staff_speak(m.group(2)):
            return True, None  # 県の担当者: a body's staff in charge, whose words are no one's
        if fits:
            return True, (next(iter(fits)) if len(fits) == 1 else None)
    return False, None


_SPOKESPERSON = re.compile(r"(広報担当者?|報道担当者?)(?:は|が|も)[、，]?[^はが「」。]{0,12}$")  # (広報担当者はさらに)


def spokesperson_of(head: str, roles: Roles) -> tuple[bool, str | None]:
    """(whether `head`, the words before a quote, are a spokesperson's title alone as their subject; no one, when no
    person was named with the title: a person of a body, whom the text leaves unnamed)."""
    m = _SPOKESPERSON.match(head)
    if m is None:
        return False, None
    if roles.get(m.group(1), set()):
        return False, None  # a person named with the title: theirs, whom `quotes.roles` reads
    return True, None  # (a person of a body the text leaves unnamed: `bodies.staff_speak`)


Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text
_KIND_FIRST = "都道府県市区町村"


def full_bodies(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str]) -> list[Mentions]:
    """The passages' mentions with an organisation the actors filed under a short name (市教育委員会, 県警本部: its
    place's kind first) read as the one organisation named in full before it that the short name shortens
    (北山市教育委員会): the words the short name speaks are that body's."""
    first: dict[str, tuple[int, int]] = {}
    names: dict[str, set[str]] = {}
    for k, (text, found) in enumerate(zip(texts, mentions)):
        for a, s, e in found:
            if kinds.get(a) == "organization":
                first.setdefault(a, (k, s))
                names.setdefault(a, set()).add(text[s:e])
    short = {a for a, ns in names.items() if all(n[:1] in _KIND_FIRST and len(n) > 1 for n in ns)}
    to: dict[str, str] = {}
    for a in short:
        fits = {b for b in names if b != a and b not in short and first[b] < first[a]
                and all(any(shortens(n, m) for m in names[b]) for n in names[a])}
        if len(fits) == 1:
            to[a] = fits.pop()
    if not to:
        return list(mentions)
    return [[(to.get(a, a), s, e) for a, s, e in found] for found in mentions]
