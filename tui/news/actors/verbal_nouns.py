"""Nouns of an act (UniDic's サ変可能: デビュー, リベンジ, プレー + オフ), which name no club or body before 戦 or の."""

from __future__ import annotations

from bisect import bisect_left

from .tokens import Toks, chars


def verbal(toks: Toks, start: int, end: int) -> bool:
    """The words from `start` to `end` of a line (`toks`) are each a noun UniDic reads as one of an act
    (サ変可能, サ変形状詞可能: デビュー, オープン, プレー + オフ)."""
    k = bisect_left(toks.starts, start)
    if k >= len(toks) or toks.starts[k] != start:
        return False
    acts = chars("pos2", "サ変可能") | chars("pos2", "サ変形状詞可能")
    while k < len(toks) and toks.ends[k] <= end:
        if toks.classes[k] not in acts:
            return False
        if toks.ends[k] == end:
            return True
        k += 1
    return False
