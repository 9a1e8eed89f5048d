"""A headline that gives words to a body (中国外務省「内政干渉に断固反対」): the body speaks them when the article's
body quotes it, or one of its people named right after it (中国外務省の趙立明報道官は「…」: its spokesman speaks
for it), and the words read as said. A body the text never quotes, or a heading with a person named in it, is left
to the other rules.
"""

from __future__ import annotations

from collections.abc import Sequence

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text
_BETWEEN = ("", "、", " ", "　")  # between the body's name and its words in a headline
_SPEAKS_FOR = ("organization",)


def heading_body(text: str, start: int, found: Mentions, kinds: dict[str, str]) -> str | None:
    """The body whose name stands right before the heading's 「 at `start` (a comma or space at most between)."""
    for a, s, e in found:
        if kinds.get(a) in _SPEAKS_FOR and text[e:start] in _BETWEEN:
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
