"""The head of an organisation's name written in hiragana that UniDic reads as other words (ほし + ぞら of ほしぞら電機,
はやせ as a verb of はやせ経済研究所, ごと + う of ごとう椿漁協): a name found from its kanji words (電機労働組合, 経済研究所)
starts back over the words of hiragana alone right before it, none a particle, a helper or a word of time (きのう), when
a particle, a mark, a verb's or the line's start stands before them.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .tokens import Toks

_HIRAGANA = re.compile(r"[ぁ-ゖー]+")
_STOP = frozenset(("助詞", "助動詞", "補助記号", "記号"))
_TIME = frozenset("きょう きのう おととい あす あした あさって けさ いま いつ ここ そこ どこ これ それ あれ この その あの "
                  "もう まだ また さらに すでに ほぼ やく および ならびに".split())


def kana_head(line: str, toks: Toks, start: int) -> int:
    """Where a name found at `start` begins with the hiragana words right before it (the module), else `start`."""
    if not start or not _HIRAGANA.fullmatch(line[start - 1]):
        return start
    k = bisect_left(toks.starts, start)
    if k >= len(toks) or toks.starts[k] != start:
        return start
    i = k
    while (i > 0 and toks.ends[i - 1] == toks.starts[i] and _HIRAGANA.fullmatch(toks.surfaces[i - 1])
           and toks.pos[i - 1] in _NAME_PARTS and toks.surfaces[i - 1] not in _TIME
           and not (toks.pos[i - 1] == "動詞" and toks.surfaces[i - 1][-1] in _U_ROW)):
        i -= 1
    if i == k or toks.starts[k] - toks.starts[i] < 2:
        return start
    if i and toks.ends[i - 1] == toks.starts[i] and toks.pos[i - 1] not in _STOP:
        return start  # (a word glued before: no name's start there; a verb before its noun: つくる + 協議会)
    return toks.starts[i]


# The classes UniDic gives the hiragana of a name it does not know: a noun, or a verb in a form that ends no clause
# before a noun (ほし: 干す's stem, はやせ, みなせ: orders), not one ending in the u-row as a verb before its noun does
# (つくる, する); not an adverb (かつて), a helper or a particle
_NAME_PARTS = frozenset(("名詞", "動詞", "接頭辞", "感動詞"))
_U_ROW = frozenset("うくぐすつぬぶむる")
