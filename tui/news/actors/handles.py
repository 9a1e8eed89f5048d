"""A handle or stage name with the real name in brackets after it (eスポーツ: ハヤト（本名・小川隼人）選手,
配信者のKAZUYA（本名・森田和也）さん): the handle is the person the real name names, filed under that name's
surname, so that the two are one actor.

The handle is katakana or Latin letters (with digits, ー, ・) right before the bracket, standing as a word
(no katakana or letters joined before it); the bracket's first words after 本名 are a surname and a given
name as UniDic reads them. A name withheld (本名・非公表) names no one.
"""

from __future__ import annotations

import re

from .tokens import tokenize

SIGN = re.compile(r"本名(?<=[（(]本名)")  # (searched at 本名, rarer than a bracket)
_HANDLE = re.compile(r"(?<![ァ-ヺーA-Za-z0-9・])[ァ-ヺA-Za-z][ァ-ヺーA-Za-z0-9・]{1,15}(?=[（(]本名)")
_NAME = re.compile(r"[（(]本名[・＝=：:]?([\u4e00-\u9fff々ぁ-ゖァ-ヺー]{2,8})(?=[、,）)])")


def handles(line: str, free) -> list[tuple[int, int, str]]:
    """(start, end, the real name's surname) of each handle in the line, where `free` allows."""
    out = []
    for m in _HANDLE.finditer(line):
        name = _NAME.match(line, m.end())
        if name is None or not free(*m.span()):
            continue
        toks = tokenize(name.group(1))
        if len(toks) >= 2 and toks.pos3[0] == "姓" and all(p == "人名" for p in toks.pos2[1:]):
            out.append((m.start(), m.end(), toks.surfaces[0]))
    return out
