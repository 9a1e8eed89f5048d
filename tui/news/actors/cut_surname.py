"""A surname UniDic cuts at its first kanji (優勝した前田穂南は: 前 + 田穂 + 南, read as "former" and a name 田穂南):
when the kanji right before a full name stands as a word of its own (no kanji before it) and UniDic, reading
that kanji with the name alone, takes it into a surname (前田 + 穂 + 南), the name starts there, filed under that
surname. A kanji that stays a word of its own when so read (元 of 元田中 …) is left before the name. Two kanji
standing so that UniDic reads as a town's name, before a full name whose surname is one kanji (筒香 + 嘉智), are
that surname's first part, and so are one or two kanji and ケ before it (戸ケ崎浩二: 戸 + ケ + 崎浩二).
"""

from __future__ import annotations

import re

from .name import KIN
from .persons import Name

_KANJI = re.compile(r"[\u4e00-\u9fff々]")


# The last characters of a given name of old or of the stage UniDic reads apart (市川福之丞, 中村勘右衛門, a bunraku
# chanter's 豊竹寿太夫)
_OLD_TAIL = re.compile(r"(?:之[丞助介輔進亮]|[右左]衛門|兵衛|衛門|太夫)(?![\u4e00-\u9fff々])")


def _ke_before(line: str, s: int) -> int | None:
    """The start of one or two kanji and ケ (or ヶ) right before `s`, standing as a word's start (戸ケ of 戸ケ崎), else None."""
    if s < 2 or line[s - 1] not in "ケヶ" or not _KANJI.fullmatch(line[s - 2]):
        return None
    at = s - 2
    if at and _KANJI.fullmatch(line[at - 1]):
        at -= 1
    return at if not at or not (_KANJI.fullmatch(line[at - 1]) or "ァ" <= line[at - 1] <= "ヺ") else None


def _place_word_before(line: str, s: int) -> bool:
    """The two kanji right before `s` are a word of their own UniDic reads as a town's name (not a country's), with
    no kanji or kana word glued before them: the first part of a surname of three UniDic read as a town and a
    surname of one (筒香嘉智 read as 筒香 + 嘉智)."""
    from ..language import tagger

    if s < 2 or not (_KANJI.fullmatch(line[s - 2]) and _KANJI.fullmatch(line[s - 1])):
        return False
    if s >= 3 and (_KANJI.fullmatch(line[s - 3]) or "ァ" <= line[s - 3] <= "ヺ"):
        return False
    words = list(tagger()(line[s - 2:s]))
    return len(words) == 1 and words[0].feature.pos3 == "地名" and words[0].feature.pos4 == "一般"


# One kanji that stands before a name as a word of its own and is no surname's part: a prefix (元, 故, 前, 新), a
# country's short name (米, 中, 韓), a kin's word (父, 妻), a count or an order (計, 第)
_NO_SURNAME_PART = frozenset("元故前新現同旧両各亡副次米英独仏中韓露朝日豪印伊加台父母妻夫兄姉弟妹娘孫祖叔伯甥姪"
                             "計約全第本当某実義一二三四五六七八九十百千万")
_BOUNDARY = frozenset(" 　▽▼・（(「『【、のはがともを")


def _lone_kanji_before(line: str, s: int) -> bool:
    """The kanji right before `s` stands alone after a list's or a sentence's boundary (a line's start, a space, ▽,
    a bracket, a comma, a particle) and is no word that stands before names (`_NO_SURNAME_PART`): with a surname of one
    kanji UniDic found after it, it is the surname's first part (燕沢隆之 read as 燕 + 沢 + 隆之)."""
    return (s >= 1 and _KANJI.fullmatch(line[s - 1]) is not None and line[s - 1] not in _NO_SURNAME_PART
            and (s == 1 or line[s - 2] in _BOUNDARY))


# Two kanji UniDic reads as a place right after a surname and before an honorific (真栄 + 田結 + さん): the rest of
# the surname and the given name, one full name with it
_PLACE_TAIL = re.compile(r"[\u4e00-\u9fff]{2}(?=さん|君|くん|ちゃん|氏)")


def _place_word(text: str) -> bool:
    """UniDic reads `text` as one word, a place's name."""
    from ..language import tagger

    words = tagger()(text)
    return len(words) == 1 and words[0].feature.pos2 == "固有名詞" and words[0].feature.pos3 == "地名"


def with_cut_surnames(line: str, found: list[Name], free) -> list[Name]:
    """`found`, each full name whose surname UniDic cut at its first kanji started one kanji earlier, each
    full name whose given name ends in characters UniDic read apart (之丞, 右衛門) ending after them, and each surname
    before two kanji read as a place and an honorific ending after them (真栄 + 田結さん)."""
    from ..language import tagger

    out = []
    for k, n in enumerate(found):
        tail = _OLD_TAIL.match(line, n.end) if n.full and ("之" in line or "衛門" in line or "太夫" in line) else None
        if tail and free(n.end, tail.end()) and not any(x.start < tail.end() and n.end < x.end for x in found):
            n = found[k] = Name(n.start, tail.end(), n.surname, True)
        if not n.full and (tail_ := _PLACE_TAIL.match(line, n.end)) and free(n.end, tail_.end()) and _place_word(
                tail_.group()):
            n = found[k] = Name(n.start, tail_.end(), n.surname + tail_.group()[0], True)  # 真栄 + 田結さん: one name
        s = n.start
        if (n.full and s >= 1 and _KANJI.fullmatch(line[s - 1]) and (s < 2 or not _KANJI.fullmatch(line[s - 2]))
                and free(s - 1, s)):
            # (with what follows: UniDic reads 前田穂南 alone as 前 + 田穂 + 南; before a bracket, read it before は)
            for text in (line[s - 1:n.end + 1], line[s - 1:n.end] + "は"):
                words = list(tagger()(text))
                first = words[0] if words else None
                if (first is not None and len(first.surface) >= 2 and first.feature.pos3 == "人名"
                        and first.feature.pos4 == "姓" and len(words) >= 2):
                    break
                if line[n.end:n.end + 1] not in "（(":
                    first = None
                    break
            else:
                first = None
            if first is not None:
                out.append(Name(s - 1, n.end, first.surface, True))
                continue
        ke = _ke_before(line, s)
        if n.full and ke is not None and free(ke, s):
            out.append(Name(ke, n.end, line[ke:s] + n.surname, True))  # 戸ケ崎浩二: a surname written with ケ
            continue
        if n.full and len(n.surname) == 1 and _lone_kanji_before(line, s) and free(s - 1, s):
            out.append(Name(s - 1, n.end, line[s - 1:s + 1], True))  # 燕 + 沢隆之, 幸 + 崎キク: a surname of two
            continue
        if n.full and len(n.surname) == 1 and _place_word_before(line, s) and free(s - 2, s):
            out.append(Name(s - 2, n.end, line[s - 2:s + 1], True))  # 筒香 + 嘉 + 智: a surname of three
            continue
        out.append(n)
    return out


def known_heads(flat: str, names: list[Name], free) -> list[Name]:
    """`names` (the article's), each full name that starts inside a surname the article named in full elsewhere started
    at that surname (御子柴ちか … 喪主は長男御子柴信吾さん: UniDic reads 柴信吾, the surname cut after 御子), when the surname
    stands as a word's start there (after a kin word, no kanji or a particle) and nothing else was found over it."""
    surnames = {n.surname for n in names
                if n.full and len(n.surname) >= 2 and flat.startswith(n.surname, n.start)}
    if not surnames:
        return names
    out = []
    for n in names:
        for surname in surnames if n.full else ():
            j = next((j for j in range(1, len(surname)) if flat.startswith(surname, n.start - j)
                      and flat.startswith(surname[j:], n.start)), 0)
            at = n.start - j
            if j and at >= 0 and (not at or not _KANJI.fullmatch(flat[at - 1]) or flat.endswith(_KIN_WORDS, 0, at)) and (
                    free(at, n.start)):
                n = Name(at, n.end, surname, True)
                break
        out.append(n)
    return out


_KIN_WORDS = tuple(sorted((w for w in KIN if _KANJI.fullmatch(w[0])), key=len, reverse=True))
