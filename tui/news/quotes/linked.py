"""Words said in a clause that leads on (「…」とし、「…」と述べた / 「…」とすると、…も応じた / 「…」としつつ、): the
clause's と + する in its conjunctive form is the verb of saying, as 「…」とした is at a sentence's end. The
words must read as a clause or sentence (「…」を「重点地域」とし、 names a thing, not words said).
"""

from __future__ import annotations

import re

from ..reporting import ends_a_clause

_LINKED = re.compile(r"\s*と(?:し|すると|しつつ|しながら|しながらも|する一方で?)[、，]")


def linked_said(text: str, start: int, inner: str, after: str) -> bool:
    """Whether the 「…」 at text[start] holding `inner`, with `after` (the words after its closing bracket), is said
    in a clause that leads on: と + し、 / すると、 / しつつ、 right after it, and words that read as said, not a
    thing named with を (…を「重点地域」とし、)."""
    if not _LINKED.match(after) or text[start - 1:start] == "を":
        return False
    return "。" in inner or ends_a_clause(inner)
