"""An obituary's words of the dead: 生前、「…」と語っていた (生前は, 生前に) are the words of the one person whose death
the article reports (…作曲家の篠宮礼二さんが2日、肺炎のため死去した), whatever sentences stand between; with no
such person, or two, they are no one's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text

IN_LIFE = re.compile(r"\s*生前(?:は|に|から)?[、，]?\s*$")  # the words before the quote: 生前、 / 生前は
# After the dead's name in the sentence that reports the death: a title, a reading or an age in brackets, then が /
# は / も, and the death that ends the sentence (さんが2日、肺炎のため死去した。; not 死去した山田さんを悼んだ).
_DIED = re.compile(r"[^。「」]{0,40}?[がはも、][^。「」]{0,40}?(?:(?:死去|死亡|逝去|永眠)(?:し(?:た|ました|ていた))?|亡くな(?:った|りました))"
                   r"(?:ことが分か(?:った|りました)|と(?:発表|公表)(?:した|しました)|という|ということです)?[。．]")


def the_deceased(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str], upto: int) -> str | None:
    """The one person whose death the passages before `upto` (and `upto`) report, or None."""
    dead = set()
    for k in range(min(upto + 1, len(texts))):
        text = texts[k]
        for a, s, e in mentions[k]:
            if kinds.get(a) == "person" and _DIED.match(text, e):
                dead.add(a)
    return next(iter(dead)) if len(dead) == 1 else None
