"""A troupe named after the word 劇団 with no bracket (劇団かんてら座, 劇団嵯峨野, 劇団ひこうき雲, 劇団青い梯子): the word and the name one
organisation, as troupes are called; the name is the words up to the next particle (UniDic may read a helper inside a
name of kana: ひこう + き + 雲). Not a member or an officer of some troupe (劇団員, 劇団代表), a troupe's words of
one character (劇団側), nor one common word in kanji (劇団出身; 劇団月曜日 of 劇団月曜日の象, whose name holds の).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .roles import TITLE_RE
from .tokens import Toks

SIGN = re.compile(r"劇団(?=[\u4e00-\u9fff々ぁ-ゖァ-ヺ])")
_STOP = frozenset(("助詞", "補助記号", "動詞", "形容詞"))
_NOT_NAME = frozenset("員 員ら 側 内 全体 関係者 主宰 主宰者 幹部 事務所 公演 活動 創設".split())


def troupes(line: str, toks: Toks, free) -> list[tuple[int, int]]:
    """(start, end) of each troupe the module reads in `line`."""
    out: list[tuple[int, int]] = []
    for m in SIGN.finditer(line):
        k = bisect_left(toks.starts, m.end())
        if k >= len(toks) or toks.starts[k] != m.end():
            continue  # (劇団 inside a word: 歌劇団)
        j = k
        if (toks.pos[k] == "形容詞" and k + 1 < len(toks) and toks.pos[k + 1] == "名詞"
                and toks.starts[k + 1] == toks.ends[k]):
            j = k + 1  # 劇団青い梯子: a name opening with an adjective before its noun
        while j < len(toks) and toks.pos[j] not in _STOP and (j == k or toks.starts[j] == toks.ends[j - 1]):
            j += 1
        name = line[m.end():toks.ends[j - 1]] if j > k else ""
        if (len(name) < 2 or name in _NOT_NAME or TITLE_RE.fullmatch(name) or toks.pos1[k] == "数詞" or toks.pos[k] not in ("名詞", "形容詞")
                or (m.start() and re.match(r"[\u4e00-\u9fff々]", line[m.start() - 1])) or not free(m.start(), toks.ends[j - 1])):
            continue
        if j - k == 1 and toks.pos1[k] == "普通名詞" and re.fullmatch(r"[\u4e00-\u9fff々]+", name):
            continue  # 劇団出身, 劇団月夜の…: one common word, no name of its own (or the name's first word only)
        out.append((m.start(), toks.ends[j - 1]))
    return out
