"""An obituary's words of the dead: 生前、「…」と語っていた (生前は, 生前に) are the words of the one person whose death
the article reports (…作曲家の篠宮礼二さんが2日、肺炎のため死去した), whatever sentences stand between; with no
such person, or two, they are no one's. Words with no subject in the account of that life after the death
(1999年に社長に就任した。社長時代には「…」と語っていた) are the dead's too, when no one else is named there
(`life_words`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text

IN_LIFE = re.compile(r"\s*生前(?:は|に|から)?[、，]?\s*$")  # the words before the quote: 生前、 / 生前は
# After the dead's name in the sentence that reports the death: a title, a reading or an age in brackets, then が /
# は / も, and the death that ends the sentence (さんが2日、肺炎のため死去した。; not 死去した山田さんを悼んだ).
_DIED = re.compile(r"[^。「」]{0,40}?[がはも、][^。「」]{0,40}?(?:(?:死去|死亡|逝去|永眠)(?:し(?:た|ました|ていた))?|亡くな(?:った|りました))"
                   r"(?:ことが分か(?:った|りました)|と(?:発表|公表)(?:した|しました)|という|ということです"
                   r"|[、，][0-9０-９]{1,3}歳)?[。．]")  # (…の病院で死去、88歳。: a notice's death and age)


def the_deceased(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str], upto: int) -> str | None:
    """The one person whose death the passages before `upto` (and `upto`) report, or None."""
    dead = set()
    for k in range(min(upto + 1, len(texts))):
        text = texts[k]
        for a, s, e in mentions[k]:
            if kinds.get(a) == "person" and _DIED.match(text, e):
                dead.add(a)
    return next(iter(dead)) if len(dead) == 1 else None


_PAST_END = re.compile(r"(?:た|ていた|たという|ていたという)[。．]\s*$")  # 語っていた。, 探して回ったという。


def life_words(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str], upto: int,
               start: int, sentence: str) -> str | None:
    """Words with no subject in an obituary's account of a life told after the death (1972年に入社。…。社長時代には
    「…」と自らを責めたという): its sentences leave out the dead as their subject, so words told in the past are the
    dead's, when the one person whose death the passages before report is named by no other person in that passage
    before the words nor in the passage before it (no one else's life is told there)."""
    if upto < 1 or not _PAST_END.search(sentence):
        return None
    dead = the_deceased(texts, mentions, kinds, upto - 1)
    if dead is None:
        return None
    told = [(a, s) for a, s, _ in mentions[upto] if s < start] + [(a, 0) for a, _, _ in mentions[upto - 1]]
    return None if any(kinds.get(a) == "person" and a != dead for a, _ in told) else dead
