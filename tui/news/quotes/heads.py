"""A headline that gives words to a body (中国外務省「内政干渉に断固反対」): the body speaks them when the article's
body quotes it, or one of its people named right after it (中国外務省の趙立明報道官は「…」: its spokesman speaks
for it), and the words read as said; an officer of it who is no spokesman speaks them when they shorten his words
(気象庁「…」 over 気象庁の岸本課長は「…」). Words glued to a writing's name (共同声明「…」) are the writing's. A body
the text never quotes, or a heading with a person named in it, is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .condensed import condensed_for
from .topics import DOCUMENTS

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text
_BETWEEN = ("", "、", " ", "　")  # between the body's name and its words in a headline
_SPEAKS_FOR = ("organization",)


def heading_body(text: str, start: int, found: Mentions, kinds: dict[str, str]) -> str | None:
    """The body whose name stands right before the heading's 「 at `start` (a comma or space at most between)."""
    for a, s, e in found:
        if kinds.get(a) in _SPEAKS_FOR and e <= start and text[e:start] in _BETWEEN:  # (not a body after the words)
            return a
    return None


def quoted_for(body: str, texts: Sequence[str], mentions: Sequence[Mentions], headings: Sequence[int] | set[int],
               speakers: set[str]) -> bool:
    """Whether the article's body gives words to `body` or to a person named right after its name and の (its
    officer: 中国外務省の趙立明報道官), among the `speakers` its quotes were given."""
    if body in speakers:
        return True
    for k, (text, found) in enumerate(zip(texts, mentions)):
        if k in headings:
            continue
        ends = {e for a, s, e in found if a == body}
        if any(a in speakers and s - 1 in ends and text[s - 1] == "の" for a, s, e in found):
            return True
    return False


def officer_condensed(body: str, words: str, texts: Sequence[str], mentions: Sequence[Mentions],
                      headings: Collection[int], quotes: Sequence[tuple[int, str, str | None]]) -> str | None:
    """The one officer of `body` (a person named right after its name and の: 気象庁の岸本亮課長) whose words in the
    article's body the headline's `words` shorten (気象庁「1週間は注意を」 over 「…1週間ほどは…地震に注意してほしい」),
    when the body itself is given none: the officer said them, not the body; not its spokesman (中国外務省の林海報道官),
    whose words are the body's. An appeal's を left at the end of a headline (注意を, 受診を) stands for the verb the
    body wrote (注意してほしい) and is not read."""
    officers = set()
    for k, (text, found) in enumerate(zip(texts, mentions)):
        if k in headings:
            continue
        ends = {e for a, s, e in found if a == body}
        officers |= {a for a, s, e in found if s - 1 in ends and text[s - 1] == "の" and a != body
                     and not _SPOKESMAN.match(text, e)}  # (中国外務省の林海報道官: its spokesman speaks for it)
    short = words[:-1] if words.endswith("を") else words
    fit = {a for a in officers if condensed_for(short, a, quotes)}
    return next(iter(fit)) if len(fit) == 1 else None


_SPOKESMAN = re.compile(r"(?:副)?(?:報道官|報道担当|広報|スポークスマン)")
_WRITINGS = "|".join(sorted(DOCUMENTS, key=len, reverse=True))


def written_words(text: str, start: int) -> bool:
    """Whether the heading's 「 at `start` comes right after a writing's name (共同声明「…」, 判決「…」, 報告書「…」):
    the words are that writing's, not the person's the headline names before it."""
    return re.search(r"(?:" + _WRITINGS + r")$", text[max(0, start - 4):start]) is not None
