"""A firm named with its seat in brackets (食品メーカーの鳴門フーズ（徳島市）は, ネオフーズ（本社・東京）が): business pages
write a company so when they first name it, and the brackets holding a place the actors found say that the words
before them are a body's name, though the recognisers found none there (a place's name and a common word: 鳴門 +
フーズ). The name runs back from the brackets to の, a comma, a space or the passage's start. Read before the speakers,
so that 同社は「…」 later has the body to stand for; kept as an actor of the article only when given words
(`quotes.sides.side_actors`). A name in brackets before its seat (「中部ケミカル」（名古屋市）に) names a firm too, and
the name written bare in any passage (中部ケミカルは「…」) is that firm.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text

PREFIX = "o:"  # an organisation's id
KIND = "organization"
_SEATED = re.compile(r"（(?:本社[・：:]?)?([^（）「」、。]{2,10})）(?=[はがも])")
_NAME_STOP = "の、，。「」）（ 　・"
_KANA_FIRST = re.compile(r"[ぁ-ゟ]{2,6}[\u4e00-\u9fff]{2,4}")  # みさき乳業, ひかり電機: hiragana, then kanji of a trade


def with_seated(texts: Sequence[str], mentions: Sequence[Mentions],
                kinds: dict[str, str]) -> tuple[list[Mentions], dict[str, str]]:
    """The passages' mentions with each firm named before its seat in brackets, and the kinds with theirs."""
    out: list[Mentions] = []
    kinds = dict(kinds)
    for text, found in zip(texts, mentions):
        added = []
        for m in _SEATED.finditer(text) if "）" in text else ():
            if not any(kinds.get(a) == "place" and m.start(1) <= s < m.end(1) for a, s, e in found):
                continue  # (an age, a note, a kind in brackets: no seat)
            start = m.start()
            while start > 0 and text[start - 1] not in _NAME_STOP:
                start -= 1
            name = text[start:m.start()]
            if any(s < m.start() and e > start for _, s, e in found) or not _named(name):
                continue  # (an actor the recognisers found, or a common word: 会社（東京）は)
            added.append((PREFIX + name, start, m.start()))
            kinds.setdefault(PREFIX + name, KIND)
        out.append(sorted([*found, *added], key=lambda x: x[1]) if added else found)
    return _quoted_seated(texts, out, kinds)


_QUOTED_SEATED = re.compile(r"「([^「」『』、。（）]{2,12})」（(?:本社[・：:]?)?([^（）「」、。]{2,10})）")


def _quoted_seated(texts: Sequence[str], mentions: list[Mentions],
                   kinds: dict[str, str]) -> tuple[list[Mentions], dict[str, str]]:
    """A firm's name in brackets before its seat in brackets (工場を運営する「中部ケミカル」（名古屋市）に): court and
    business pages write a name so the first time; the name written bare later (中部ケミカルは「…」) is that body."""
    names = set()
    for text, found in zip(texts, mentions):
        for m in _QUOTED_SEATED.finditer(text) if "」（" in text else ():
            if (any(kinds.get(a) == "place" and m.start(2) <= s < m.end(2) for a, s, e in found)
                    and not any(s < m.end(1) and e > m.start(1) and kinds.get(a) != "place" for a, s, e in found)
                    and _named(m.group(1))):  # (a place inside the name, 九州ファイン, gives way to it)
                names.add(m.group(1))
    if not names:
        return mentions, kinds
    bare = re.compile("(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + ")(?=[はがも、，])")
    out: list[Mentions] = []
    for text, found in zip(texts, mentions):
        added = [(PREFIX + m.group(), m.start(), m.end()) for m in bare.finditer(text)
                 if not any(s < m.end() and e > m.start() and kinds.get(a) != "place" for a, s, e in found)]
        for a, _, _ in added:
            kinds.setdefault(a, KIND)
        kept = [x for x in found if not any(s < x[2] and x[1] < e for _, s, e in added)]
        out.append(sorted([*kept, *added], key=lambda x: x[1]) if added else found)
    return out, kinds


@lru_cache(maxsize=512)
def _named(name: str) -> bool:
    """Whether the words read as a name rather than one common word: two words or more, or katakana, in 2 to 12
    characters, none of them hiragana but a name's hiragana before the kanji of its trade (みさき乳業), not opening
    with a word that points back (同社, 当社, 本社)."""
    from ..language import tagger

    if not 2 <= len(name) <= 12 or name[0] in "同当本両各全":
        return False  # (同社（東京）は: the one named before, not a name)
    if _KANA_FIRST.fullmatch(name):
        return True  # みさき乳業（本社・…）は: a name in hiragana and the kind of firm in kanji
    if re.search(r"[ぁ-ゟ0-9０-９]", name):
        return False
    words = list(tagger()(name))
    return len(words) >= 2 or bool(re.fullmatch(r"[ァ-ヺー]{3,}", name))
