"""The members a line names right after their group: a group's kind, its name in quotes and の, then (after a role
and 、, if any) one name or several joined by と or 、 — アイドルグループ「…」のここなが, お笑いコンビ「…」の蒲生と湊川が,
韓国の女性グループ「…」の日本人メンバー、ミナミが. The kind and the quoted name are the context that makes a bare given
name or surname a person; what UniDic reads the name as (a common word, a place, pieces of kana) says little.

Each name is a word of its own before と, 、, a particle or an age in brackets: katakana that may be a name
(`discovery.plausible_name`: no メンバー, ボーカル), Latin letters, hiragana UniDic reads as a name's word, in hiragana
or in katakana (ここな, ななせ), or kanji it reads so or as a person's or a place's name (蒲生, 美羽, 湊川) — never the
group's work or event (新曲, 公演: common words).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..language import word_class, words
from .discovery import plausible_name
from .name import Name
from .name_frame import read_as_name

_GROUP = re.compile(r"(?:グループ|ユニット|コンビ|トリオ|デュオ|バンド|劇団|[０-９0-9]人組)[^「」。、]{0,3}「[^」「。]{1,30}」の"
                    r"(?:[^、。「」のとがはを]{1,8}、)?")  # (a role and 、: のボケ担当、)
_NOT_NAMES = frozenset("ふたり ひとり みんな みなさん ほか たち".split())  # counts and the like: no member's name
_ITEM = re.compile(r"([ァ-ヺー・]{2,12}|[Ａ-Ｚａ-ｚA-Za-z]{2,12}|[ぁ-ゖ]{2,4}?|[\u4e00-\u9fff々]{1,4})"
                   r"(?=[とがはもをに、]|[（(][0-9０-９]{1,3}[）)]|さん)")


def group_members(flat: str, free: Callable[[int, int], bool], names: list[Name]) -> list[Name]:
    """The members of the module's shape in `flat` (an article's text), where `free` allows and no name of `names`
    is."""
    if "」の" not in flat:
        return []
    taken = [(n.start, n.end) for n in names]
    out: list[Name] = []
    for m in _GROUP.finditer(flat):
        at = m.end()
        while (item := _ITEM.match(flat, at)) is not None:
            s, e = item.span(1)
            if not _name(item.group(1)):
                break
            if free(s, e) and not any(a < e and s < b for a, b in taken):
                out.append(Name(s, e, flat[s:e], False))
            if flat[e:e + 1] not in ("と", "、"):
                break
            at = e + 1  # the next member: 蒲生と湊川, 宮前詩織、日向まひる
    return out


def _name(word: str) -> bool:
    if "ァ" <= word[0] <= "ヺ":
        return all(plausible_name(part) for part in word.split("・") if part)
    if word[0].isascii() or "Ａ" <= word[0] <= "ｚ":
        return True
    if word in _NOT_NAMES:
        return False
    if "ぁ" <= word[0] <= "ゖ":
        return bool(read_as_name(word) or read_as_name("".join(chr(ord(c) + 0x60) for c in word)))
    if read_as_name(word):
        return True
    flat = words(word)
    return len(flat) == 2 and word_class(flat[1])[2] in ("人名", "地名") and word_class(flat[1])[3] != "国"
