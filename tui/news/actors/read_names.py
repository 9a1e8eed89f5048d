"""A name in kanji with its reading in katakana in brackets before a title or honorific, as news of Korea and
China gives it: 尹炳世(ユン・ビョンセ)外相, 黄民哲(ファン・ミンチョル)氏. The kanji before the reading are the name,
whatever UniDic cuts them into; the title after the bracket is the person's. A reading in hiragana with ・ between
the family and the given name (鶴見蒼山（つるみ・そうざん）さん, 月岡玄（つきおか・げん＝作曲家）) marks a Japanese
name, title or none: the family name is the kanji UniDic reads as its first part; the names found inside it give
way (`kana_read_names`: 陶仙 of 柴山陶仙（しばやま・とうせん）).
"""

from __future__ import annotations

import re

from .name import Name
from .persons import TITLE_RE

# Two to four kanji after a character that ends a word (not more kanji), the reading in katakana, then a title.
_READ = re.compile(r"(?<![\u4e00-\u9fff々])([\u4e00-\u9fff]{2,4})[（(][ァ-ヺー]+(?:[・＝][ァ-ヺー]+)*[）)]")
# A name in kanji with its reading in hiragana, family name and given name joined by ・, as obituaries and profiles
# give it (鶴見蒼山（つるみ・そうざん）さん, 月岡玄（つきおか・げん＝作曲家）): a person's, title or none (a place's
# reading is one word).
_KANA_READ = re.compile(r"(?<![\u4e00-\u9fff々])([\u4e00-\u9fff々]{2,6}|[\u4e00-\u9fff々]{1,4}(?P<kana>[ぁ-ゖー]{1,5}))[（(]"
                        r"([ぁ-ゖー]{1,8})・([ぁ-ゖー]{1,8})(?=[）)、，,＝=])")  # (葉月しずく（はづき・しずく）: a given name in kana)
SIGN = re.compile(r"[）)・](?:(?<=[ァ-ヺー][）)])|(?<=[ぁ-ゖー]・)(?=[ぁ-ゖ]))")  # (one class first: read at it only)


def reading_names(line: str, found: list[Name], free) -> list[Name]:
    """The names of the line written in kanji before their reading in katakana and a title (the module's doc);
    `found`: the names found so far in the line, `free(start, end)`: no actor there."""
    out: list[Name] = []
    for m in _READ.finditer(line):
        s, e = m.span(1)
        title = TITLE_RE.match(line, m.end())
        if title is None or any(x.start < e and s < x.end for x in found) or not free(s, e):
            continue
        out.append(Name(s, e, line[s], True))
    return out


def kana_read_names(line: str, found: list[Name], free) -> list[Name]:
    """`found` (the line's names so far) with each name before its reading in hiragana (the module's doc) in place of
    the names found inside it (陶仙 of 柴山陶仙（しばやま・とうせん）), where `free(start, end)` allows."""
    for m in _KANA_READ.finditer(line):
        s, e = m.span(1)
        if m["kana"] and m["kana"] != m.group(4):
            continue  # (a given name in kana is read as itself: しずく（…・しずく）)
        e = next((k for k in range(s + 2, e) if (t := TITLE_RE.match(line, k)) and t.end() == e), e)  # (桂木隆九段（…）)
        inside = [x for x in found if s <= x.start and x.end <= e]
        if any(x.start < e and s < x.end for x in found if x not in inside) or not free(s, e):
            continue
        found = [x for x in found if x not in inside] + [Name(s, e, _surname(line[s:e], m.group(3)), True)]
    return found


def _surname(name: str, family: str) -> str:
    """The kanji of the name that read as the family name's kana (鶴見 of 鶴見蒼山 read つるみ・そうざん), else the first
    two kanji."""
    from ..language import tagger

    kana, k = "", 0
    for w in tagger()(name):
        kana += _hiragana(getattr(w.feature, "kana", "") or "")
        k += len(w.surface)
        if kana == family:
            return name[:k]
        if len(kana) > len(family):
            break
    return name[:2] if len(name) > 2 else name


def _hiragana(katakana: str) -> str:
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in katakana)
