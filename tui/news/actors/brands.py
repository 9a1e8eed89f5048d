"""A company's name in katakana before its officer's title: ソニー社長, トヨタ副社長, ボーイング会長.

UniDic knows many companies and brands in katakana as proper nouns of no person nor place (固有名詞-一般:
ソニー, ホンダ, ニトリ, ボーイング, ルノー), and most foreign people's names as names (バイデン, ゲイツ)
or not at all (ゴーン, ナデラ). Before a company officer's title such a word names the company whose
officer is meant, not the officer: the person is left unnamed. Before other titles it may still be a
person (フォード大統領), so only a company's offices read so.
"""

from __future__ import annotations

import re

from ..language import words
from .tokens import ids

# The offices of a company (roles.py lists them among every title): 会長兼社長 … CEO.
OFFICER = frozenset(
    "社長 副社長 会長 副会長 会長兼社長 頭取 副頭取 専務 常務 取締役 代表取締役 相談役 執行役員 最高経営責任者 "
    "元社長 前社長 元会長 前会長 新社長 新会長 CEO COO CFO 社員 幹部 広報 上級副社長 最高執行責任者 最高財務責任者 "
    "最高技術責任者".split())


def company_word(name: str, title: str) -> bool:
    """`name` (katakana before `title`) is one word UniDic reads as a proper noun of no person nor
    place, and `title` is a company officer's: the company's name, no person's."""
    if title not in OFFICER or "・" in name or "＝" in name or "=" in name:
        return False
    flat = words(name)
    if len(flat) != 2:
        return False  # (two words or more: a name UniDic does not know, read in pieces)
    proper, named = ids("pos1", "固有名詞"), ids("pos2", "人名") | ids("pos2", "地名")
    return flat[1] in proper and flat[1] not in named





_KATA_RUN = re.compile(r"[ァ-ヺ][ァ-ヺー]+$")


def brand_orgs(line: str, marks: list[tuple[int, int]], free) -> list[tuple[int, int]]:
    """The companies named by `company_word` before an officer's title in a line (`marks`: the line's
    titles; `free(start, end)`: no actor there yet): ソニー of ソニー社長, not ゴーン of ゴーン社長."""
    out = []
    for s, e in marks:
        m = _KATA_RUN.search(line, max(0, s - 12), s)
        if m is None or (m.start() and "ァ" <= line[m.start() - 1] <= "ヺ"):
            continue
        if free(m.start(), s) and company_word(m.group(), line[s:e]):
            out.append((m.start(), s))
    return out
