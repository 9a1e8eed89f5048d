"""Words carried to the speaker before, and words that answer that speaker: 「…」と反論した with no subject of its own,
right after a sentence whose words were given to someone, answers them: another spoke, whom the text leaves out
(トランプ氏は「…」と発言した。「…」と反論。), so the words are not carried to the one they answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

_ANSWER = re.compile(r"[」』]\s*と[、，]?[^。「」]{0,6}?(?:反論|反発|応酬|切り返|言い返|反ばく|反駁|やり返)")


def answers_back(after: str, before: Sequence[tuple[Any, tuple[int, int]]], carried: str | None) -> bool:
    """Whether words whose verb (`after`: from their closing bracket) answers back would be carried to the one whose
    words the sentence before (`before[0]`: its passage, with the speakers given its quotes, and span) holds."""
    if carried is None or not before or not _ANSWER.match(after):
        return False
    p, (lo, _) = before[0]
    return carried in p.spoken.get(lo, set())
