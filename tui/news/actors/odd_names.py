"""Names UniDic does not know, read from the words right around them, once over a line's tokens.

- a word of rare kanji alone before さん, 氏 or 教授 (百目鬼さん, 月見里さんは), which UniDic cuts into common
  words: several words no one of which is a common noun of two characters or more, or one unknown word of
  three kanji or more; never a word ending in a character of occupations or kin (運転手さん, 看護師さん,
  大家さん, 歯医者さん, 花嫁さん) nor a school's or organisation's (工学部教授);
- a Chinese or Korean name: a common one-kanji surname as a word of its own, then one or two kanji,
  before a title or honorific (王建国氏, 趙明哲主席);
- a surname (人名-姓) and the short given name UniDic does not read as one, right before an honorific
  (柳家小まめさん, 山本リンさん): the whole is the name, not the surname alone;
- a kana name right after a verb, before an honorific and an age (働くとよさん（89）);
- a surname UniDic reads as a place, before a family word (高城姉妹の, 宮坂夫妻は), or right after a
  player's position in a box score (代打中島が).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import compress

from .persons import Name
from .tokens import KANJI, Toks

_ENDS = frozenset(("さん", "氏", "教授"))
# The last characters of occupations, kin, schools and organisations: such a word before さん is no name.
_NOT_LAST = frozenset("手師士員者官医人屋家長生工匠主客婦夫母父娘子児童名方前番職司僧姓掌将嬢様君殿民嫁兄姉弟妹"
                      "孫婿姑舅大学部科院校所局課室省庁県市町村区都府国州社会党団協組那銀空通連御天神仏尊羅輩間")
_OCCUPATION = frozenset("家者師士")  # the last character of an occupation before の (書道家の, 漁師の)
_PERSON_TITLE = frozenset("さん 氏 教授 名誉教授 准教授 容疑者 被告 選手 投手".split())
# Common one-kanji Chinese and Korean surnames (a closed class, like titles).
_CN_SURNAME = frozenset("王李張劉陳楊黄趙周呉徐孫朱胡郭何羅鄭梁謝宋唐許鄧韓馮曹彭曾蕭董潘袁蔡蒋余杜葉程魏"
                        "蘇呂丁沈姚盧姜崔鍾譚汪范賈韋傅鄒孟熊秦邱尹薛閻段雷侯龍史陶黎賀顧毛郝龔邵銭厳覃"
                        "戴莫孔湯朴権洪裴兪禹辛閔卞廉卓")
CN_SURNAME = _CN_SURNAME
_FAMILY = frozenset(("姉妹", "兄弟", "夫妻", "兄妹", "姉弟"))
_POSITION = frozenset("代打 代走 先発 主砲 捕手 遊撃手 左腕 右腕 抑え 中継ぎ".split())
_KIN = frozenset("こと もの ところ みんな みな ねえ にい じい ばあ おば おじ あに あね かあ とう おばあ おじい おにい おねえ おかあ おとう".split())
_AGE_AFTER = re.compile(r"[ぁ-ゖー]{2,4}(?=(?:さん|ちゃん|くん)[（(][0-9０-９]{1,3}[）)])")
_SPACED = re.compile(r"(?:^|(?<=[、。「の]))([ぁ-ゖー]{2,4}[ 　][ぁ-ゖー]{2,4})(?=さん|氏|先生)")
_HONORIFIC = frozenset(("さん", "氏", "様", "師匠"))
_BOUND = frozenset(("補助記号", "助詞", "動詞", "助動詞", "形容詞"))
TRIGGER = _ENDS | _FAMILY | _POSITION | {"ちゃん", "くん"}
_WORDS = _ENDS | _FAMILY | _POSITION | _HONORIFIC


def _hira(s: str) -> bool:
    return all("ぁ" <= c <= "ゖ" or c == "ー" for c in s)


def _kana(s: str) -> bool:
    return all("ぁ" <= c <= "ゖ" or "ァ" <= c <= "ヺ" or c == "ー" for c in s)


def odd_persons(line: str, toks: Toks, marks: list[tuple[int, int]], found: list[Name],
                free, opened: list[int]) -> tuple[list[Name], list[Name]]:
    """The names of the module's doc in the line, and the names of `found` one of them replaces (柳家 of
    柳家小まめ). Only where one of `TRIGGER`'s words or a title stands (the caller checks); `opened`: the
    starts of the titles after a free character (the others follow an actor found: no rule here reads them)."""
    surf, starts, ends, n = toks.surfaces, toks.starts, toks.ends, len(toks)
    out: list[Name] = []
    dropped: list[Name] = []
    spaced = (" " in line or "\u3000" in line) and _SPACED.search(line) is not None
    aged = ("（" in line or "(" in line) and _AGE_AFTER.search(line) is not None
    if not opened and _WORDS.isdisjoint(surf) and not spaced and not aged:
        return out, dropped  # the commonest: each title after an actor found, none of the words
    title_at = {s for s, _ in marks}
    at_titles = [k for k in (bisect_left(starts, s) for s in opened) if k < n and starts[k] in title_at]
    named_ends = {x.end for x in found if x.end - x.start >= 2}
    # Where a rule may find something: a trigger word, or a title, after no name found already (石破首相) and
    # no other actor (free: the gazetteer's names); most titles of news follow a name found already.
    words_at = set(compress(range(n), map(_WORDS.__contains__, surf))) if not _WORDS.isdisjoint(surf) else set()
    cands = sorted(k for k in words_at.union(at_titles)
                   if surf[k] in _POSITION or (k and starts[k] == ends[k - 1] and starts[k] not in named_ends
                                               and free(starts[k] - 1, starts[k])))
    if not cands and not spaced and not aged:
        return out, dropped
    pos, pos1, pos2, pos3 = toks.pos, toks.pos1, toks.pos2, toks.pos3
    busy = [(x.start, x.end) for x in found]

    def bound(i: int) -> bool:  # token i (or the line's start) ends a word before a name
        return i < 0 or (pos[i] in _BOUND and (pos[i] != "助詞" or _hira(surf[i]))) or ends[i] != starts[i + 1]

    def add(s: int, e: int, surname: str, full: bool, over: bool = False) -> None:
        hit = [x for x in found if x.start < e and s < x.end]
        if any((x.start, x.end) == (s, e) for x in hit):
            return  # found already
        if over and hit and all(s <= x.start and x.end <= e for x in hit):
            dropped.extend(hit)  # a shorter name inside this one: the surname alone (柳家 of 柳家小まめ)
        elif any(a < e and s < b for a, b in busy):
            return
        if free(s, e):
            out.append(Name(s, e, surname, full))
            busy.append((s, e))

    for k in cands:
        word = surf[k]
        if word in _POSITION:
            if k + 2 < n and starts[k + 1] == ends[k] and pos[k + 2] == "助詞":  # 代打中島が
                i = k + 1
                if len(surf[i]) >= 2 and KANJI.fullmatch(surf[i]) and (pos3[i] == "姓" or (
                        pos2[i] == "地名" and pos3[i] != "国")):
                    add(starts[i], ends[i], surf[i], False)
            continue
        if not k or starts[k] != ends[k - 1]:
            continue
        if word in _HONORIFIC and k >= 2:  # 姓 + a short given name UniDic does not join: 柳家小まめさん
            i = k - 1
            while i > 0 and k - i < 3 and pos3[i] != "姓" and starts[i] == ends[i - 1] and pos[i] in (
                    "名詞", "接頭辞", "形状詞") and (pos[i] != "名詞" or pos2[i] != "人名"):
                i -= 1
            given = line[ends[i]:starts[k]]
            if (i < k - 1 and pos3[i] == "姓" and len(surf[i]) >= 2 and 1 <= len(given) <= 4 and bound(i - 1)
                    and (_kana(given) or KANJI.match(given[0]) and _hira(given[1:]) and len(given) > 1)
                    and not any(starts[i] < s < starts[k] for s in title_at)):
                add(starts[i], starts[k], surf[i], True, over=True)
                continue
        if (word == "さん" and k >= 3 and surf[k - 2] == "さん" and len(surf[k - 1]) == 1 and KANJI.match(surf[k - 1])
                and pos3[k - 1] != "姓" and pos2[k - 1] != "地名"
                and pos3[k - 3] == "姓" and len(surf[k - 3]) >= 2 and starts[k - 1] == ends[k - 2]
                and starts[k - 2] == ends[k - 3] and bound(k - 4)):
            add(starts[k - 3], starts[k], surf[k - 3], True, over=True)  # a stage name holding さん: 柳家さん吉さん
            continue
        if word == "さん" and k >= 3:  # after an occupation and の, a name UniDic reads as common words
            i = k - 1
            while i > 0 and k - i < 2 and surf[i - 1] != "の" and starts[i] == ends[i - 1]:
                i -= 1
            text = line[starts[i]:starts[k]]
            if (i >= 2 and surf[i - 1] == "の" and KANJI.fullmatch(text) and 2 <= len(text) <= 4
                    and text[-1] not in _NOT_LAST and all(pos[x] == "名詞" for x in range(i, k))
                    and surf[i - 2][-1] in _OCCUPATION and pos1[i - 2] in ("普通名詞", "名詞的")
                    and starts[i - 1] == ends[i - 2]):
                add(starts[i], starts[k], text, False)  # 書道家の紫雲さん
                continue
        if starts[k] in title_at and pos1[k - 1] == "固有名詞" and pos2[k - 1] == "一般" and bound(k - 2) and (
                line[starts[k]:_title_end(marks, starts[k])] in _PERSON_TITLE):
            text = surf[k - 1]
            if KANJI.fullmatch(text) and 2 <= len(text) <= 3 and text[-1] not in _NOT_LAST:
                add(starts[k - 1], ends[k - 1], text, False)  # 白川名誉教授: a name UniDic knows as a proper word
                continue
        if word in _ENDS or (starts[k] in title_at and k):  # rare kanji, or a Chinese name, before it
            i = k
            while i > 0 and KANJI.fullmatch(surf[i - 1]) and (i == k or starts[i] == ends[i - 1]) and k - i < 4:
                i -= 1
            if i < k and bound(i - 1):
                s, e = starts[i], ends[k - 1]
                text = line[s:e]
                chinese = (surf[i] in _CN_SURNAME and 2 <= len(text) <= 3 and k - i >= 2 and text[-1] not in "様殿君人"
                           and all(pos1[x] in ("普通名詞", "固有名詞", "名詞的") and pos2[x] != "地名"
                                   for x in range(i + 1, k)))
                if chinese:
                    add(s, e, surf[i], True, over=True)  # 楊立新教授, not 楊立
                elif word in _ENDS and 2 <= len(text) <= 4 and text[-1] not in _NOT_LAST and _rare(toks, i, k, text):
                    add(s, e, text, False)
        if word in _FAMILY and (k + 1 >= n or pos[k + 1] in ("助詞", "補助記号")):  # not 姉妹都市
            i = k - 1
            if (len(surf[i]) >= 2 and KANJI.fullmatch(surf[i]) and (pos3[i] == "姓" or (
                    pos2[i] == "地名" and pos3[i] != "国")) and bound(i - 1)):
                add(starts[i], ends[i], surf[i], False)  # 高城姉妹の
    if spaced:  # a name in hiragana, written with a space: なかの ひろこさん
        for m in _SPACED.finditer(line):
            s, e = m.span(1)
            if _KIN.isdisjoint(m.group(1).split()):
                add(s, e, line[s:e], True)
    if aged:  # a kana name after a verb, before an honorific and an age
        for m in _AGE_AFTER.finditer(line):
            for s in range(m.start(), m.end() - 1):
                x = _index(starts, s)
                if x and pos[x - 1] in ("動詞", "助動詞", "形容詞") and line[s:m.end()] not in _KIN:
                    add(s, m.end(), line[s:m.end()], False)
                    break
    return out, dropped


def _rare(toks: Toks, i: int, k: int, text: str) -> bool:
    """Tokens i..k-1 (all kanji) read as a rare name UniDic does not know (the module's doc)."""
    if k - i == 1:
        return len(text) >= 3 and toks.pos1[i] == "普通名詞" and toks.pos2[i] != "助数詞可能"
    if any(toks.pos1[x] == "普通名詞" and len(toks.surfaces[x]) >= 2 and x > i or toks.pos1[x] == "固有名詞"
           for x in range(i, k)):
        return False  # 歯 + 医者, 副 + 社長: a common word of its own at its end, or a place's or person's name
    return not all(toks.pos1[x] == "数詞" or toks.pos2[x] == "助数詞可能" for x in range(i, k))


def _title_end(marks: list[tuple[int, int]], start: int) -> int:
    return next(e for s, e in marks if s == start)


def _index(values: list[int], value: int) -> int | None:
    try:
        return values.index(value)
    except ValueError:
        return None
