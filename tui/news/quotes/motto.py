"""A saying someone kept: 「…」が口癖だった, 「…」が口癖で、…, 「…」がモットーだ, 山田さんの口癖は「…」だった. The words are the subject of
their sentence, so no verb of saying follows them; they are the one person the sentence names before them as its
topic or as the owner of the saying, else, with no one named there, the one the sentence before is about, or in an
obituary the dead (`obituary.life_words`); no one when the text says not.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .obituary import life_words
from .passage import Passage
from .previous import previous_one
from .roles import Roles
from .titles import title_end

_SAYING = r"(?:口癖|口ぐせ|モットー|信条|持論|座右の銘)"
_AFTER = re.compile(r"[」』]\s*が" + _SAYING + r"(?:(?:だった|だ|です|でした|である)[。．]?\s*$|で[、，])")  # 「…」が口癖だった。,
# 「…」が口癖で、…: a clause that goes on with the same topic
_OWNED = re.compile(r"の" + _SAYING + r"は[、，]?\s*$")  # 山田さんの口癖は「…」
_OWNED_END = re.compile(r"[」』]\s*(?:だった|だ|です|でした|である)[。．]?\s*$")
_SUBJECT = re.compile(r"(?<![でにとへ])は|が|も")  # a subject of its own before the words
_IN_LIFE = re.compile(r"\s*(?:生前|現役時代|晩年)?(?:は|に|から)?[、，]?\s*$")


def saying(text: str, lo: int, start: int, end: int, hi: int) -> bool:
    """Whether the quote text[start:end] of the sentence text[lo:hi] is named as someone's saying."""
    return bool(_AFTER.match(text, end - 1, hi) or (_OWNED.search(text, lo, start) and _OWNED_END.match(text, end - 1, hi)))


def sayings_owner(p: Passage, lo: int, start: int, carried: Callable[[], str | None]) -> str | None:
    """Whose saying the words at `start` are: the one person named before them in their sentence, as its topic
    (山田さんは「…」が口癖だった) or before の口癖は; with no one named there and nothing but a time before the
    words (生前は「…」が口癖だった), the one `carried` gives (the sentence before's, or the dead's)."""
    text = p.text
    named = [(a, s, e) for a, s, e in p.persons if lo <= s and e <= start]
    if named:
        a, s, e = named[-1]
        at = title_end(text, e, start, True)
        owned = _OWNED.match(text, at, start)
        topic = re.match(r"は[、，]?\s*", text[at:start])
        others = {x for x, _, _ in named} - {a}
        return a if not others and (owned and owned.end() == start or topic and topic.end() == start - at) else None
    if any(lo <= s < start for _, s, _ in p.mentions):
        return None
    if not (_IN_LIFE.fullmatch(text, lo, start) or not _SUBJECT.search(text, lo, start)):
        return None  # (同僚は「…」が口癖だったと話す: someone the text does not name)
    return carried()  # 生前は「…」, 時代劇を中心に活躍し、「…」: a time, or acts with no subject of their own


def carried_owner(before: list[tuple[Passage, tuple[int, int]]], roles: Roles, k: int, start: int,
                  sentence: str) -> str | None:
    """The person a saying with no one named in its sentence (of passage k) belongs to: the one the sentences
    `before` are about, else in an obituary the dead, when no one else's life is told there (生前は「…」が口癖だった)."""
    one = previous_one(before, roles)
    if one is not None:
        return one if roles.kinds.get(one) == "person" else None
    return life_words(roles.texts, roles.mentions, roles.kinds, k, start, sentence)
