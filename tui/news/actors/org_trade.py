"""A company named after its trade, as business news introduce one: 電子部品大手の北斗電機は…を発表した,
所属事務所のルミナスプロは…と発表した. The name is no proper noun UniDic knows, only common words put together
(北斗 + 電機, ルミナス + プロ), so what shows it a name is where it stands: right after the kind of business
(…大手の, …メーカーの, 事務所の), its seat in brackets or not (食品ベンチャーのネオフーズ（東京）は), as the
subject (は / が) of a company's act in the same sentence (発表した, 発売した, 値上げ) or of words it says
(精密機器大手の北辰精機は「…」とコメントした); or set off by a comma from its trade, before one of its parts or
people (自動車部品メーカー、東邦ギアの労働組合は) or as a source (調査会社、大洋データバンクによると). A single word (大手の幹部は),
a word ending in a suffix (メーカーの担当者は) or in a part of a company (大手の労働組合は) is someone or something
of the company, and one ending in a verbal noun (大手の経営統合が, 業績予想は) a deed of it: no name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from .tokens import Toks

_NAME_WORDS = (2, 3)  # a name put together from two or three words
# The last word of a firm's name after a place's or a person's (北斗企画, 大和工業): a company, not a person or place.
FIRM_KINDS = frozenset("企画 工業 商事 興業 物産 産業 電機 電子 電工 建設 運輸 食品 製菓 水産 工務店 製作所 商会 技研 精工 化学 "
                        "製薬 不動産 観光 交通 印刷".split())
_NUMBER = "数詞"
# The last word of a part or the people of a company, not its name (大手の労働組合は, メーカーの広報担当は).
_PARTS = frozenset("組合 労組 部門 事業 本社 支社 工場 店舗 子会社 社員 幹部 広報 担当 経営 取締役会 首脳 役員 "
                   "マネジャー マネージャー アナリスト ストラテジスト エコノミスト ディーラー トレーダー ブローカー".split())
# (運用会社のファンドマネジャーは: a person of the company, unnamed)


# After a name set off by a comma from its trade (自動車部品メーカー、東邦ギアの): a part or the people of the company.
# Or the source of what follows (民間の調査会社、帝国データバンクによると).
_OWN_PART = re.compile(r"の(?:労働組合|労組|社長|会長|工場|本社|従業員|社員|経営陣|株価|決算)|によ(?:ると|れば|りますと)")
_NOTE = re.compile(r"[（(][^（）()「」。、]{1,10}[）)]")
# The subject's words and a verb of saying or a statement after them (北辰精機は「…」とコメントした, としている).
_SAYS = re.compile(r"「[^「」]{2,}」\s*(?:と|との)")


def _sentence_end(line: str, at: int) -> int:
    """Where the sentence from `at` ends: the first 。 outside brackets."""
    depth = 0
    for i in range(at, len(line)):
        ch = line[i]
        if ch == "「":
            depth += 1
        elif ch == "」":
            depth = max(0, depth - 1)
        elif ch == "。" and not depth:
            return i
    return len(line)


def trade_orgs(line: str, toks: Toks, free: Callable[[int, int], bool], category: re.Pattern[str],
               act: re.Pattern[str]) -> list[tuple[int, int]]:
    """(start, end) of each name of two or three common words right after `category` (…大手の) and before
    は / が, when the sentence goes on to `act`, a company's act, or to words it says."""
    out: list[tuple[int, int]] = []
    for m in category.finditer(line):
        i = bisect_left(toks.starts, m.end())
        if i >= len(toks) or toks.starts[i] != m.end():
            continue
        j = i
        while j < len(toks) and toks.pos[j] == "名詞" and toks.pos1[j] != _NUMBER and j - i < 4:
            j += 1
        s, e = toks.starts[i], toks.ends[j - 1] if j > i else m.end()
        note = _NOTE.match(line, e)  # ネオフーズ（東京）は: where the company is based, in brackets
        part = line.endswith("、", 0, m.end()) and _OWN_PART.match(line, e)  # メーカー、東邦ギアの労働組合は
        if _seated(line, toks, m.end(), i, j, note, free):  # 運営会社の北奥羽ウインドパワー（青森市）に: its seat says it
            out.append((s, e))
            continue
        if j - i not in _NAME_WORDS or e - s < 4 or (
                not part and (line.endswith("、", 0, m.end()) or line[note.end() if note else e:][:1] not in ("は", "が"))):
            continue
        if ((any(toks.pos2[x] in ("人名", "地名") for x in range(i, j)) and toks.surfaces[j - 1] not in FIRM_KINDS)
                or toks.surfaces[j - 1] in _PARTS
                or (toks.pos2[j - 1] == "サ変可能" and toks.surfaces[j - 1] not in FIRM_KINDS) or not free(s, e)):
            continue  # a person (大手の田中社長), a place, a part of the company, a deed (大手の経営統合)
        stop = _sentence_end(line, note.end() if note else e)
        if part or act.search(line, e, stop) or _SAYS.search(line, e, stop) or toks.surfaces[j - 1] in FIRM_KINDS:
            out.append((s, e))  # (電子部品大手の北辰電子は…を休みとした: a firm's kind closing the name is enough)
    return out


# A company's seat in brackets after its name: a city, ward, town or prefecture (（青森市）, （東京都港区）, （大阪府）)
_SEAT = re.compile(r"[（(](?:[\u4e00-\u9fff]{1,4}[都道府県])?[\u4e00-\u9fff]{1,5}[市区町村都道府県][)）]")


def _seated(line: str, toks: Toks, after: int, i: int, j: int, note: re.Match | None,
            free: Callable[[int, int], bool]) -> bool:
    """Whether the words `i`..`j` right after a kind of business and の (`after`: where they start) are a company's name
    because its seat follows in brackets, whatever comes after (運営会社の北奥羽ウインドパワー（青森市）に…を求めた):
    two to five nouns, katakana or Latin among them or a firm's last word, the last neither a place's nor a person's
    word nor a part or the people of a company (子会社の工場（大阪府）), and the kind said with の, not a comma."""
    if note is None or not _SEAT.fullmatch(note.group()) or line.endswith("、", 0, after) or not 2 <= j - i <= 5:
        return False
    last = j - 1
    if toks.pos2[last] in ("人名", "地名") or toks.surfaces[last] in _PARTS or (
            toks.pos2[last] == "サ変可能" and toks.surfaces[last] not in FIRM_KINDS):
        return False
    if any(toks.pos2[x] == "人名" for x in range(i, j)):
        return False  # (会社の田中社長（東京）: a person of the company)
    if not (toks.surfaces[last] in FIRM_KINDS or any(_FOREIGN.search(toks.surfaces[x]) for x in range(i, j))):
        return False
    return free(toks.starts[i], toks.ends[last])


_FOREIGN = re.compile(r"[ァ-ヺA-Za-zＡ-Ｚａ-ｚ]")
