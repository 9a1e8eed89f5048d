"""A surname UniDic cuts at its first kanji (優勝した前田穂南は: 前 + 田穂 + 南, read as "former" and a name 田穂南):
when the kanji right before a full name stands as a word of its own (no kanji before it) and UniDic, reading
that kanji with the name alone, takes it into a surname (前田 + 穂 + 南), the name starts there, filed under that
surname. A kanji that stays a word of its own when so read (元 of 元田中 …) is left before the name.
"""

from __future__ import annotations

import re

from .persons import Name

_KANJI = re.compile(r"[\u4e00-\u9fff々]")


def with_cut_surnames(line: str, found: list[Name], free) -> list[Name]:
    """`found`, each full name whose surname UniDic cut at its first kanji started one kanji earlier."""
    from ..language import tagger

    out = []
    for n in found:
        s = n.start
        if (n.full and s >= 1 and _KANJI.fullmatch(line[s - 1]) and (s < 2 or not _KANJI.fullmatch(line[s - 2]))
                and free(s - 1, s)):
            # (with what follows: UniDic reads 前田穂南 alone as 前 + 田穂 + 南; before a bracket, read it before は)
            for text in (line[s - 1:n.end + 1], line[s - 1:n.end] + "は"):
                words = list(tagger()(text))
                first = words[0] if words else None
                if (first is not None and len(first.surface) >= 2 and first.feature.pos3 == "人名"
                        and first.feature.pos4 == "姓" and len(words) >= 2):
                    break
                if line[n.end:n.end + 1] not in "（(":
                    first = None
                    break
            else:
                first = None
            if first is not None:
                out.append(Name(s - 1, n.end, first.surface, True))
                continue
        out.append(n)
    return out
