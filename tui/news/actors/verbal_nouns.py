"""Words that are no part of a body's name: nouns of an act (UniDic's サ変可能: デビュー, リベンジ, プレー + オフ) before
戦, and a sitting's date and kind before an assembly (9月定例県議会: 県議会)."""

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


_SITTINGS = frozenset(("定例", "臨時", "通常"))  # the kinds of an assembly's sitting


def sitting(toks: Toks, k: int) -> bool:
    """Word `k` tells a sitting, not the body: its kind (定例, 臨時, 通常) or a date's counter after a number (9 + 月)."""
    return toks.surfaces[k] in _SITTINGS or (
        k > 0 and toks.classes[k] in chars("pos2", "助数詞可能") and toks.classes[k - 1] in chars("pos1", "数詞")
        and toks.ends[k - 1] == toks.starts[k])
