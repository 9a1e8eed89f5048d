"""A label, agency or club that a person debuts from, belongs to or moves to (ソニー・ミュージックエンタテインメント
からデビュー, エイベックスに所属, ...に移籍): a katakana name, its words joined by ・, whose first word UniDic
reads as a proper noun that is no person's or place's (ソニー), standing as a word before the verb.

Not a common katakana word (オーディションからデビュー, チームに所属), nor a person's name (マイケル・…).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .tokens import Toks

# から(メジャー)デビュー, に所属, に / へ移籍: searched at the verbs, rarer than the particles before them, one
# regex a verb (each starts with a literal: the engine finds it in C)
SIGNS = (re.compile(r"デビュー(?:(?<=からデビュー)|(?<=からメジャーデビュー))"), re.compile(r"所属(?<=に所属)"),
         re.compile(r"移籍(?<=[にへ]移籍)"))
_NAME = re.compile(r"(?<![ァ-ヺー・A-Za-z0-9])[ァ-ヺ][ァ-ヺー]+(?:・[ァ-ヺ][ァ-ヺー]+)*(?=から(?:メジャー)?デビュー|に所属|[にへ]移籍)")


def label_orgs(line: str, toks: Toks, free) -> list[tuple[int, int]]:
    """(start, end) of each label, agency or club named before the verbs of `SIGNS`, where `free` allows."""
    out = []
    for m in _NAME.finditer(line):
        s, e = m.span()
        k = bisect_left(toks.starts, s)
        if k >= len(toks) or toks.starts[k] != s or toks.pos1[k] != "固有名詞" or toks.pos2[k] in ("人名", "地名"):
            continue
        if bisect_left(toks.ends, e) >= len(toks) or e not in toks.ends:
            continue  # the name ends inside a word
        if free(s, e):
            out.append((s, e))
    return out
