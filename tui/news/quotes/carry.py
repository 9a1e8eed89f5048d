"""Words carried to the speaker before, and words that answer that speaker: 「…」と反論した with no subject of its own,
right after a sentence whose words were given to someone, answers them: another spoke, whom the text leaves out
(トランプ氏は「…」と発言した。「…」と反論。), so the words are not carried to the one they answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .forms import SAY_RE

# A view stated in the sentence before, by its subject: 表明した, 考えを示した, 主張した, 強調した
_STATED = re.compile(r"(?:表明|主張|強調|明言|断言|発言|言明|考えを示|見解を示|立場を示|認識を示|方針を示|意向を示)")
_ANSWER = re.compile(r"[」』]\s*と[、，]?[^。「」]{0,6}?(?:反論|反発|応酬|切り返|言い返|反ばく|反駁|やり返)")


def answers_back(after: str, before: Sequence[tuple[Any, tuple[int, int]]], carried: str | None) -> bool:
    """Whether words whose verb (`after`: from their closing bracket) answers back would be carried to the one whose
    words or stated view the sentence before (`before[0]`: its passage, with the speakers given its quotes, and span)
    holds (…と表明し、…考えを示した。「…」と反論。: the words answer that view)."""
    if carried is None or not before or not _ANSWER.match(after):
        return False
    p, (lo, hi) = before[0]
    own = re.sub(r"「[^」]*」", "", p.text[lo:hi])
    return carried in p.spoken.get(lo, set()) or _STATED.search(own) is not None


def qualified_saying(after: str) -> bool:
    """「…」と慎重な見方を示した, と強い懸念を示した: と, one word that tells how the view was held (an adjective in its
    attributive form, or an adjectival noun and な) and then a phrase of saying, which closes the clause as the verb
    alone does (「…」と見方を示した)."""
    from ..language import tagger

    m = re.match(r"\s*と", after)
    if m is None:
        return False
    words = list(tagger()(after[m.end():m.end() + 30]))
    if len(words) < 3:
        return False
    first, second = words[0].feature, words[1]
    if first.pos1 == "形容詞" and (first.cForm or "").startswith("連体形"):
        at = len(words[0].surface)
    elif (first.pos1 == "形状詞" or first.pos3 == "形状詞可能") and second.surface == "な" and second.feature.pos1 == "助動詞":
        at = len(words[0].surface) + len(second.surface)
    else:
        return False
    return SAY_RE.match(after, m.end() + at) is not None
