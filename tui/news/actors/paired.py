"""A name joined by と or や to a person's name found already is a person's too: 堀之内とチョン・ユリムが (堀之内 a
place to UniDic), 仙石や大鷹と, ホリデイと板鼻が. Pairs and short lists name like with like; the other item stands
where a name stands (a particle, a comma or ら after it) and reads as one: a run of kanji UniDic reads as names or
places only (no common word, no suffix of a town or a body: 長岡市, 北浜高), or katakana that may be a name, joined by
・ or not. A country, a prefecture or an actor found already is never taken (田中と中国, 鈴木とトヨタ).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .discovery import plausible_name
from .governors import PREFECTURES
from .persons import Name
from .tokens import Toks

_JOIN = frozenset("とや")  # (not 、: a role and 、 stand before a name, ポーランド代表のオポジット、カミル・ノヴァク)
_AFTER = re.compile(r"[がはもをにとや、の]|ら[がはもをにの]")
_KANJI_ITEM = re.compile(r"[\u4e00-\u9fff々ヶケノ]{2,4}")
_KATA_ITEM = re.compile(r"[ァ-ヺ][ァ-ヺー]{1,9}(?:・[ァ-ヺ][ァ-ヺー]{1,9}){0,2}")
_KANJI_BACK = re.compile(r"[\u4e00-\u9fff々ヶケノ]{2,4}$")
_KATA_BACK = re.compile(r"[ァ-ヺ][ァ-ヺー]{1,9}(?:・[ァ-ヺ][ァ-ヺー]{1,9}){0,2}$")
_STOP = frozenset("ファン チーム メンバー コーチ スタッフ ライバル エース ベテラン ルーキー".split())


def paired_names(line: str, toks: Toks, found: list[Name], free) -> list[Name]:
    """The names joined to a name of `found` (see the module), where `free(start, end)` allows."""
    out: list[Name] = []
    for n in found:
        if line[n.end:n.end + 1] in _JOIN:  # 堀之内 after …と: the item after the name
            at = n.end + 1
            m = _KANJI_ITEM.match(line, at) or _KATA_ITEM.match(line, at)
            if m and (m.end() == len(line) or _AFTER.match(line, m.end())):
                _take(line, toks, m.start(), m.end(), found + out, free, out)
        if n.start >= 3 and line[n.start - 1] in _JOIN:  # the item before the name
            m = _KANJI_BACK.search(line, max(0, n.start - 21), n.start - 1) or _KATA_BACK.search(
                line, max(0, n.start - 21), n.start - 1)
            if m and (m.start() == 0 or not _word_char(line[m.start() - 1])):
                _take(line, toks, m.start(), m.end(), found + out, free, out)
    return out


def _word_char(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff" or "ァ" <= c <= "ヺ" or c in "々ヶケノー・"


def _take(line: str, toks: Toks, s: int, e: int, taken: list[Name], free, out: list[Name]) -> None:
    word = line[s:e]
    if word in PREFECTURES or word in _STOP or not free(s, e) or any(x.start < e and s < x.end for x in taken):
        return
    if "ァ" <= word[0] <= "ヺ":
        if plausible_name(word.split("・")[-1]) or "・" in word:
            out.append(Name(s, e, word.split("・")[-1], False))
        return
    k, j = bisect_left(toks.starts, s), bisect_left(toks.starts, e)
    if k >= len(toks) or toks.starts[k] != s or (j < len(toks) and toks.starts[j] != e):
        return  # (the run starts or ends inside a word of UniDic's)
    words = range(k, j)
    if all(toks.pos1[i] == "固有名詞" and toks.pos2[i] in ("人名", "地名") and toks.pos3[i] != "国" for i in words):
        out.append(Name(s, e, word, False))
