"""A full name whose given name UniDic does not know and cuts into two single kanji it reads as common
words (羽生結弦が: 羽生 + 結 + 弦), with no title after it: a surname (人名-姓), then exactly two words of one
kanji each that are common nouns of no special kind (not a suffix, counter or place word: 鈴木家, 高橋宅前 are
none) or rare kanji UniDic reads as marks (赤間凜花: 凜 + 花), the first of them a counter's kanji too (藤波朱音:
朱 + 音), then a particle, punctuation or a bracket; or a surname and a given name in hiragana UniDic reads as a
common word (早田ひなが: ひな), then a particle or punctuation, not a word that follows names (鈴木ほか, 田中など);
or, in a line about a game (`club_slots.game`), a surname and one common word of two kanji before が, は or の
(伊藤大海が完投), not a word that follows names (石破政権, 鈴木一家). Two kanji of a given name is the commonest shape; one alone
(松本城) is too often a word of its own to be read so.
"""

from __future__ import annotations

import re

from .club_slots import game
from .persons import Name
from .tokens import KANJI, Toks, chars

_AFTER = frozenset("がはをのともにへや")
_PUNCT = frozenset("、。，．「」（）()・ 　")
# Common words of two kanji that follow a surname as words of their own (石破政権, 鈴木一家), never a given name
_NOT_GIVEN_WORD = frozenset("政権 内閣 陣営 一家 体制 時代 家族 夫妻 兄弟 姉妹 親子 一族 本人 自身 個人 選手 監督 投手 捕手 "
                            "野手 打者 主将 先発 打線 一派 派閥 事務 後援 会長 社長 代表 本塁 適時 安打 失点 得点 今季 昨季".split())
_HIRAGANA = re.compile(r"[ぁ-ゖ]{2,4}")
# Hiragana words that follow a surname as words of their own (鈴木ほか３人, 田中など), never a given name
_NOT_GIVEN = frozenset("ほか こと もの とき ところ ため よう まま あと うち ころ ごろ たち など ども さま くん ちゃん さん "
                       "ぐらい くらい だけ ばかり まで から より について において".split())


def split_given(line: str, toks: Toks, found: list[Name], free) -> list[Name]:
    """The names of the module's doc in the line that no name of `found` overlaps, where `free` allows."""
    if not toks.has("pos3", "姓"):
        return []
    cls, surf, starts, ends, n = toks.classes, toks.surfaces, toks.starts, toks.ends, len(toks)
    surname, plain = chars("pos3", "姓"), chars("pos2", "一般") & chars("pos1", "普通名詞")
    odd = chars("pos", "記号")  # a rare kanji UniDic reads as a mark (凜 + 花)
    first = plain | odd | chars("pos2", "助数詞可能")  # (朱 + 音: a counter's kanji first)
    out: list[Name] = []
    game_line: bool | None = None  # (read once, where a common word of two kanji follows a surname)
    for k in toks.where("pos3", "姓"):
        if k + 2 > n or not KANJI.fullmatch(surf[k]):
            continue
        a = k + 1
        if (_HIRAGANA.fullmatch(surf[a]) and surf[a] not in _NOT_GIVEN and cls[a] in plain | chars("pos3", "名")
                and ends[k] == starts[a] and (a + 1 == n or surf[a + 1][:1] in _AFTER | _PUNCT and starts[a + 1] == ends[a])
                and not (k and ends[k - 1] == starts[k] and KANJI.match(surf[k - 1][-1]))):
            s, e = starts[k], ends[a]  # 早田ひなが: a given name in hiragana UniDic reads as a common word (ひな)
            if not any(x.start < e and s < x.end for x in found) and free(s, e):
                out.append(Name(s, e, surf[k], True))
            continue
        if (len(surf[a]) == 2 and a + 1 < n and surf[a + 1] in ("が", "は", "の") and cls[a] in plain
                and KANJI.fullmatch(surf[a]) and surf[a] not in _NOT_GIVEN_WORD
                and ends[k] == starts[a] and starts[a + 1] == ends[a]
                and not (k and ends[k - 1] == starts[k] and KANJI.match(surf[k - 1][-1]))
                and (game_line := game(line) if game_line is None else game_line)):
            s, e = starts[k], ends[a]  # 伊藤大海が完投: a given name that is a common word (大海), in a game's line
            if not any(x.start < e and s < x.end for x in found) and free(s, e):
                out.append(Name(s, e, surf[k], True))
            continue
        if k + 3 > n:
            continue
        b = k + 2
        if not (len(surf[a]) == 1 == len(surf[b]) and cls[a] in first and cls[b] in plain | odd
                and KANJI.fullmatch(surf[a]) and KANJI.fullmatch(surf[b])
                and ends[k] == starts[a] and ends[a] == starts[b]):
            continue
        nxt = surf[b + 1] if b + 1 < n and starts[b + 1] == ends[b] else ""
        if not (nxt[:1] in _AFTER and len(nxt) <= 2 or nxt[:1] in _PUNCT or b + 1 == n):
            continue
        if k and ends[k - 1] == starts[k] and KANJI.match(surf[k - 1][-1]) and cls[k - 1] not in surname:
            continue  # a word glued before the surname: a longer compound, not a name's start
        s, e = starts[k], ends[b]
        if any(x.start < e and s < x.end for x in found) or not free(s, e):
            continue
        out.append(Name(s, e, surf[k], True))
    return out
