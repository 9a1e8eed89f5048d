"""Schools by the short names that news of pupils, students and their games gives them: 赤川台中が, 書写台高の,
雄物川北高（…）, 松任わかば小３年, 日向灘高が, and a name with kana before the whole word (松山市立ゆずりは小学校). UniDic reads the name before the school's mark as places, common words
and suffixes (赤川 + 台 + 中, 書写 + 台 + 高), so neither the organisations' suffixes (高校, 中学校), which want the
whole word, nor the places' rules see a school there; the mark alone (高, 中, 小) ends too many words (最高, 期間中, 縮小)
to be read everywhere.

Read only in an article about schools or their games (中学, 高校, 生徒, 駅伝, 総体, a school year after the mark: 小６年 …): a run of two to seven kanji (kana
may follow the first: 松任わかば) right before 高, 中, 小 or 大 (a university: 北越大出身, ①南総大５時間２１分), standing as a
word of its own and followed by a particle, a bracket, a mark, a space, a school year (３年), a race's time or a game's
score (２―１), or 出身, 卒 or 大学院 (a name in kana alone only before a pupil's year: （すずらん小５年）); the run holds a place's or a person's name UniDic knows, or ends in a
word of a school's site (台, 丘, 北, 東 …); never a word of time, of an act or of an amount before the mark (午前中, 工事中,
期間中, 過去最高, 売上高, 縮小; 拡大, 重大, 甚大), nor a prefecture or country alone (東京中, 日本中).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .governors import PREFECTURES
from .org_context import free_over
from .organisations import BEFORE_BIG, BEFORE_HIGH
from .tokens import Toks

GATE = re.compile(r"中学|高校|小学|生徒|児童|年生|部員|駅伝|総体|選手権|甲子園|新人戦|大会|[小中高][0-9０-９]年")
SIGN = re.compile(r"[高中小大](?=[がはのもとを、。・（(）)\s　0-9０-９]|出身|卒|大学院|$)|(?<=[ぁ-ゖ])(?:小学校|中学校|高校)")
_SCHOOL = re.compile(r"(?<![\u4e00-\u9fff々ヶケノァ-ヺー])([\u4e00-\u9fff][\u4e00-\u9fff々ヶケノ]{1,6}?"
                     r"(?:(?![はがのをにともでへや])[ぁ-ゖ]{2,4})?)(小学校|中学校|高校|[高中小大])"
                     r"(?=[がはのもとを、。・（(）)\s　]|[0-9０-９]年|[0-9]+(?:時間|分|秒)|[0-9]+[―－-][0-9]|出身|卒|大学院|$)")
_SITE = frozenset("台丘北南東西央野原山川浜島森谷崎沢園陵")  # a school's site at the name's end (赤川台, 雄物川北)
_KANA = re.compile(r"[ぁ-ゖ]")
# A school named in kana alone, right before its mark and a pupil's or student's year, after a bracket, a comma, a mark
# or a space (（すずらん小5年）, 、あおば中2年)
_KANA_SCHOOL = re.compile(r"(?<=[(（、,・=＝\s　])[ぁ-ゖ]{3,6}[小中高](?=[0-9０-９]年)")
_NO_HEAD = re.compile(rf"(?:[{BEFORE_HIGH}{BEFORE_BIG}]|午前|午後|今年|年内|期間|一日|世界|日本|途|心|集|空|水|地|縮|大)$")


def school_names(line: str, toks: Toks, free, heads: dict[int, tuple[int, bool]]) -> list[tuple[int, int]]:
    """(start, end) of each school of the module's shape in `line`, where `free` allows but for places the name holds
    (赤川 of 赤川台中, which the school's name then replaces)."""
    out: list[tuple[int, int]] = []
    for m in _SCHOOL.finditer(line):
        head = m.group(1)
        s, e = m.start(), m.end(2)
        if head in PREFECTURES or _NO_HEAD.search(head) or not free_over(free, heads, s, e):
            continue
        if len(m.group(2)) > 1 and _KANA.search(head) is None:
            continue  # (北浜小学校: the organisations' suffixes read it whole; here only a name with kana in it)
        if head[-1] in _SITE or _KANA.search(head) is not None or _named(toks, s, m.end(1)):
            out.append((s, e))
    for m in _KANA_SCHOOL.finditer(line) if "年" in line else ():  # （すずらん小5年）: a name in kana, then a pupil's year
        if free(*m.span()) and not any(a < m.end() and m.start() < b for a, b in out):
            out.append(m.span())
    return sorted(out)


def _named(toks: Toks, start: int, end: int) -> bool:
    """Whether UniDic's words over line[start:end] start and end there and hold a place's or person's name (not a
    country's), and none is a word of an act or of time (工事, 午前)."""
    k = bisect_left(toks.starts, start)
    j = bisect_left(toks.starts, end)
    if k >= len(toks) or toks.starts[k] != start or (j < len(toks) and toks.starts[j] != end):
        return False
    words = range(k, j)
    if any(toks.pos3[i] == "国" or toks.pos2[i] in ("サ変可能", "副詞可能") for i in words):
        return False
    return any(toks.pos2[i] in ("人名", "地名") for i in words)
