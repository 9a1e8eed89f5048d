"""A given name in hiragana after a surname, read whole up to the honorific or age that closes it, whatever UniDic
cuts it into: 望月しずかさん (しず + か, a particle), 星乃ゆずは（２１） (ゆず + は), 榊原かのん（２４） (か + のん).

The surname is a word UniDic reads as one (人名-姓); the hiragana, two to four characters, runs from its end to さん,
ちゃん, くん, 氏, 様 or an age in brackets; a name found over part of it (望月しず, 星乃ゆず, 榊原) gives way.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .persons import Name
from .tokens import Toks

SIGN = re.compile(r"[ぁ-ゖ](?:さん|ちゃん|くん|氏|様|[（(][0-9０-９]{1,3}[）)])")
_HONORIFICS = ("さん", "ちゃん", "くん", "さま")
_KANA = re.compile(r"(?<![ぁ-ゖ])[ぁ-ゖ]{2,4}(?=さん|ちゃん|くん|氏|様|[（(][0-9０-９]{1,3}[）)])")


def kana_given(line: str, toks: Toks, found: list[Name], free) -> list[Name]:
    """`found` with each surname and hiragana given name closed by an honorific or age (see the module) made one
    full name, the names inside it dropped; `free(start, end)`: no actor there."""
    made: list[Name] = []
    for m in _KANA.finditer(line):
        s, e = m.span()
        if m.group().startswith(_HONORIFICS):
            continue  # 大島さん（７２）: the honorific itself before the age
        k = bisect_left(toks.ends, s)
        if k >= len(toks) or toks.ends[k] != s or toks.pos3[k] != "姓" or toks.pos2[k] != "人名":
            continue
        start = toks.starts[k]
        if any(n.start < start or n.end > e for n in found if n.start < e and start < n.end):
            continue  # a name found across its edges
        if not all(free(x, x + 1) or any(n.start <= x < n.end for n in found) for x in range(start, e)):
            continue  # another actor in it
        made.append(Name(start, e, toks.surfaces[k], True))
    if not made:
        return found
    return [n for n in found if not any(m.start <= n.start and n.end <= m.end for m in made)] + made
