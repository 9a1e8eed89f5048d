"""People named in a list that shares one title: 「堀田、楢崎、芦屋の各選手」, 「梶原と鶴見の両氏」,
「西田、原口両被告」, 「鈴木、渡辺、高橋の3氏」, 「大輝、陽向、悠真の3人」.

The title after the last name (各 / 両 + a role, or の + a count of people) stands for every name of
the list, joined by 、 or と (or ・ between names in kanji: 田嶋・小柳両被告). Each item is read on the line's tokens: a name's words (a 人名 token, a
surname UniDic reads as a place, a katakana name, a rare name cut in pieces), never a single common
word (社長、会長の両氏), a country (日本、米国の両首脳 holds no role), a number or a pronoun (父、母、私の3人).
A count of people (の3人) says less than a role does: there one item at least must be a name already.
Only lines with a 、 or と and such a title are read: the caller runs `LIST_TAIL` once over the article.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .persons import _ROLES, _NOT_NAME, Name, trie
from .tokens import Toks, chars

_NUM = "0-9０-９一二三四五六七八九十"
# The title that closes a list: 各 / 両 + a role (両被告, の各選手, 両氏), or の + a count of people.
# A count before a role (の3投手) is a role's title; before 人 or 名 only a count of people.
_COUNTED = "氏|選手|投手|捕手|内野手|外野手|騎手|棋士|力士|議員|被告|容疑者|監督|コーチ"
_TAIL = re.compile(rf"[各両の](?:(?<=[各両])(?:{trie(_ROLES)})|(?<=の)[{_NUM}]+(?:{_COUNTED}|人|名))")  # one class first: fast
# The same places, a regex a first character (each a literal the engine finds in C): a line where one matches
# may hold such a list.
LIST_TAIL = (re.compile(f"各(?:{trie(_ROLES)})"), re.compile(f"両(?:{trie(_ROLES)})"),
             re.compile(rf"の[{_NUM}]+(?:{_COUNTED}|人|名)"))
_ROLE_TAIL = frozenset("各両")
_ITEM = re.compile(r"[\u4e00-\u9fff々ヶァ-ヺーぁ-ゖ・＝]+$")
_KANA = re.compile(r"[ァ-ヺー・＝]+$")
_KANJI_CHAR = re.compile(r"[\u4e00-\u9fff々]")
_HIRA = re.compile(r"[ぁ-ゖー]+$")
_NAME_END = re.compile(r"[\u4e00-\u9fff々ぁ-ゖ]")  # a name's last character before ・ (皆生さら・淀江悠人の3人)


def list_persons(line: str, toks: Toks, taken: list[Name], free) -> list[Name]:
    """The names of the line's lists that share a title (see the module's doc) not `taken` yet."""
    out: list[Name] = []
    n = len(toks)
    starts, ends, cls, surf = toks.starts, toks.ends, toks.classes, toks.surfaces
    person, place, nation = chars("pos2", "人名"), chars("pos2", "地名"), chars("pos3", "国")
    common, number = chars("pos1", "普通名詞"), chars("pos1", "数詞")
    pronoun = chars("pos", "代名詞")
    busy = [(x.start, x.end) for x in taken]
    for m in _TAIL.finditer(line):
        strong = m.group()[0] in _ROLE_TAIL or not m.group().endswith(("人", "名"))
        end = m.start() - 1 if strong and line[m.start() - 1:m.start()] == "の" else m.start()
        items: list[tuple[int, int, int, int]] = []  # start, end, first token, last token + 1
        while end > 0:
            j = bisect_left(ends, end)
            if j >= n or ends[j] != end or _stop(toks, j):
                break
            i = j
            while i > 0 and ends[i - 1] == starts[i] and surf[i - 1] not in ("、", "と") and not _stop(toks, i - 1):
                i -= 1
            if not _ITEM.match(line, starts[i], end):
                break
            i = _after_occupation(toks, i, j + 1)
            items.append((starts[i], end, i, j + 1))
            at = starts[i]
            dot = at >= 2 and line[at - 1] == "・" and _KANJI_CHAR.match(line[at]) and _NAME_END.match(line[at - 2])
            if at == 0 or (line[at - 1] not in "、と" and not dot) or (line[at - 1] == "と" and not _particle(toks, at - 1)):
                break  # (田嶋・小柳両被告: names in kanji joined by ・)
            end = at - 1
        if len(items) < 2:
            continue
        names: list[tuple[int, int, int, int, bool]] = []
        evidence = False
        single = False  # an item of one kanji UniDic reads as a common word (林, 泉): a name beside names only
        for s, e, i, j in items:
            text = line[s:e]
            block = cls[i:j]
            if any(a < e and s < b for a, b in busy):
                evidence = True  # a name found already (坂口さん、今井さんの3人)
                continue
            if text in _NOT_NAME or not number.isdisjoint(block) or not nation.isdisjoint(block) or (
                    not pronoun.isdisjoint(block)) or len(text) > (12 if _KANA.match(text) else 6):
                names = []
                break
            named = not person.isdisjoint(block)
            evidence |= named
            if j - i == 1 and block[0] in common and not _KANA.match(text) and not _HIRA.match(text):
                if len(text) > 1 or not strong:
                    names = []
                    break  # a single common word: 社長、会長の両氏
                single = True  # 佐藤、林の両選手; not 兄、弟の両選手, where no item is a name
            names.append((s, e, i, j, named))
        if not names or not (strong or evidence) or (single and not evidence):
            continue
        for s, e, i, j, named in names:
            if not free(s, e):
                continue
            if cls[i] in person and cls[i] in chars("pos3", "姓") and j - i > 1:
                out.append(Name(s, e, surf[i], True))
            else:
                out.append(Name(s, e, line[s:e], False))
            busy.append((s, e))
    return out


def _stop(toks: Toks, k: int) -> bool:
    """Token `k` ends what stands before a name: a particle, a mark, a verb or the like."""
    return toks.pos[k] in ("助詞", "補助記号", "動詞", "助動詞", "形容詞", "副詞", "連体詞", "接続詞", "代名詞") or (
        toks.pos1[k] == "数詞")


def _particle(toks: Toks, at: int) -> bool:
    """The と at `at` is a particle of its own (not inside a word)."""
    k = bisect_left(toks.starts, at)
    return k < len(toks) and toks.starts[k] == at and toks.surfaces[k] == "と"


def _after_occupation(toks: Toks, i: int, j: int) -> int:
    """The first token of the name in tokens i..j-1: a common noun before a proper one is an occupation
    (会社員東山, 会社役員新田実), dropped."""
    proper = chars("pos1", "固有名詞")
    common = chars("pos1", "普通名詞") | chars("pos1", "名詞的")
    k = i
    while k < j - 1 and toks.classes[k] in common:
        k += 1
    # (an occupation's words hold two characters or more: 船 + 迫 is a rare surname in pieces)
    return k if k > i and toks.classes[k] in proper and toks.starts[k] - toks.starts[i] >= 2 else i
