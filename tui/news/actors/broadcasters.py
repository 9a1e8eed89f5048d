"""A broadcaster named テレビ and its area: テレビ東京, テレビ北海道, テレビ静岡 (the area after the word, as a place's
name UniDic or the gazetteer reads; 札幌テレビ and 日本テレビ, with the word after, are the suffix rules')."""

from __future__ import annotations

import re
from bisect import bisect_left

from .tokens import Toks, chars

SIGN = re.compile("テレビ")


def broadcasters(line: str, toks: Toks, heads: dict[int, tuple[int, bool]], open_) -> list[tuple[int, int]]:
    """(start, end) of each テレビ + a place's name in the line: `heads`, start -> (end, a country?) of the places
    found in it so far, or a place's word of UniDic's right after テレビ; `open_(start, end)`: nothing found there
    but those places."""
    out: list[tuple[int, int]] = []
    for m in SIGN.finditer(line):
        at = m.end()
        if at in heads and not heads[at][1]:
            end = heads[at][0]
        else:
            k = bisect_left(toks.starts, at)
            if (k >= len(toks) or toks.starts[k] != at or toks.classes[k] not in chars("pos2", "地名")
                    or toks.classes[k] in chars("pos3", "国")):
                continue  # (a country after テレビ is the country: テレビ中国 names none)
            end = toks.ends[k]
        if m.start() and "ァ" <= line[m.start() - 1] <= "ヺ":
            continue  # (a longer katakana word: ケーブルテレビ is a kind, not the name's start)
        if open_(m.start(), end):
            out.append((m.start(), end))
    return out
