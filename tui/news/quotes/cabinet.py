"""The holders of the state's offices named by their title alone: a page may never name the prime minister or a
minister it quotes (首相は記者会見で「…」と述べた, 初入閣した厚生労働相は「…」と語った). Where no person of the article
goes by the title (石破首相 names the one holder), the title alone is the speaker, an actor of its own, so that the
words show who spoke them; a title after a name, a place's or a body's (県知事, 同相), or qualified as another's
(前首相, 元外相, 各国の外相) is none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .passage import Mentions

# The prime minister, the chief cabinet secretary and the ministers (外相, 厚生労働相, 財務大臣), as the subject
_TITLE = r"(?:[\u4e00-\u9fff]{1,6}(?:大臣|相)|総理|官房長官)"  # (the longest title first: 総理大臣, not 総理)
_ALONE = re.compile(r"(?<![\u4e00-\u9fff々ァ-ヺーA-Za-zＡ-Ｚａ-ｚ0-9０-９・])(" + _TITLE + r")(?=[はがも][、，]?)")
_NOT_OFFICE = re.compile(r"^(?:前|元|新|旧|副|同|各|両|歴代|次期)")  # another's, or no one's: 前首相, 同相, 各国の外相
_WORDS = frozenset("真相 様相 手相 位相 世相 皮相 形相 血相 宰相 実相 人相 寝相 色相 貧相".split())  # words, no offices
_ANY_TITLE = re.compile("(" + _TITLE + ")")
_QUALIFIED = re.compile("(?:の|国)(" + _TITLE + ")")
_PREFIX = "p:"
KIND = "person"


def with_offices(texts: Sequence[str], mentions: Sequence[Mentions],
                 kinds: dict[str, str]) -> tuple[list[Mentions], dict[str, str]]:
    """The passages' mentions with each office's title standing alone as a subject in a passage that quotes, when no
    person of the article goes by it, and the kinds with theirs."""
    if not any("「" in t and _ANY_TITLE.search(t) for t in texts):
        return list(mentions), kinds
    held = _held(texts, mentions, kinds)
    written = {m.group(1) for t in texts for m in _ANY_TITLE.finditer(t)}
    held |= {m.group(1) for t in texts for m in _QUALIFIED.finditer(t)}  # (同国の首相, 各国の外相: another state's)
    held |= {t[1:] for t in held if t[:1] in "元前"}  # (岡部元首相: a former holder named, the title alone unclear)
    people = {a[2:] for found in mentions for a, _, _ in found if kinds.get(a) == "person" and a.startswith("p:")}
    if any(name[:k] + kind in t for name in people for k in range(1, len(name) + 1) for kind in ("内閣", "政権")
           for t in texts):
        held |= _PRIME  # (長谷部内閣: the prime minister the article names by the cabinet)
    out: list[Mentions] = []
    kinds = dict(kinds)
    for text, found in zip(texts, mentions):
        alone = []
        if "「" in text:
            for m in _ALONE.finditer(text):
                title = m.group(1)
                if (title in _WORDS or _NOT_OFFICE.search(title) or title in held or _same_office(title) & held
                        or any(s < m.end() and m.start() < e for _, s, e in found)):
                    continue
                alone.append((_PREFIX + _fullest(title, written), m.start(), m.end()))
        for a, _, _ in alone:
            kinds.setdefault(a, KIND)
        out.append(sorted([*found, *alone], key=lambda x: x[1]) if alone else found)
    return out, kinds


def _fullest(title: str, written: set[str]) -> str:
    """The fullest form of an office's title the article writes (経済産業相 for 経産相, 厚生労働相 for 厚労相): one of the
    same first and last characters, longer."""
    longer = [w for w in written if len(w) > len(title) and w[0] == title[0] and w[-1] == title[-1]
              and w.endswith(("相", "大臣")) and all(c in w for c in title)]
    return max(longer, key=len) if len(longer) == 1 else title


_PRIME = frozenset(("首相", "総理", "総理大臣", "内閣総理大臣"))


def _same_office(title: str) -> set[str]:
    return set(_PRIME) if title in _PRIME else {title}


def _held(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str]) -> set[str]:
    """The titles a person of the article is named with (石破首相, 岩屋外相, 北川厚生労働相: the one holder, named)."""
    return {m.group() for text, found in zip(texts, mentions) for a, _, e in found
            if kinds.get(a) == "person" and (m := _AT.match(text, e)) is not None}


_AT = re.compile(_TITLE)


def office(actor: str) -> bool:
    """Whether `actor` is an office this module made a speaker of (p:首相, p:厚生労働相)."""
    return actor.startswith(_PREFIX) and _AT.fullmatch(actor, len(_PREFIX)) is not None
