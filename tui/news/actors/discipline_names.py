"""A player named after their sport or event and の, in a sentence that gives their result: サーフィンの新城カイは…準優勝
した, フェンシング男子エペの嘉手納は…銅メダルを獲得した, パラ陸上の伊集院は…大会新記録を出した.

Sports pages open a player's line with the discipline: the word after it and の is the player's name, whatever UniDic
reads it as (a place's name: 嘉手納; a surname and a given name it does not know: 西園寺 + ここ + な). The name is a
word UniDic reads as a proper noun or does not know, with at most a given name in kana after it, and the sentence
goes on to a result (優勝, メダル, 記録, 勝利, 進出 …), so 柔道の聖地講道館は or スキーの白馬は雪不足で is none.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .club_words import NOT_CLUB
from .persons import Name
from .tokens import Toks

# Sports and events in kanji (the katakana ones are `club_words.NOT_CLUB`'s)
_KANJI_SPORTS = ("陸上", "競泳", "水泳", "柔道", "剣道", "空手", "体操", "卓球", "相撲", "野球", "射撃", "馬術", "弓道", "新体操",
                 "重量挙げ", "自転車", "近代五種", "競歩", "飛び込み", "競輪", "競艇", "囲碁", "将棋", "走り高跳び", "走り幅跳び",
                 "棒高跳び", "三段跳び", "やり投げ", "砲丸投げ", "円盤投げ", "ハンマー投げ", "障害")
_NOT_SPORT = frozenset("チーム リーグ クラブ グループ メンバー ファン トップ エース ベテラン ルーキー ホーム アウェー グループ会社 "
                       "メーカー ブランド チェーン ベンチャー スタートアップ".split())
_SPORTS = sorted(set(_KANJI_SPORTS) | (NOT_CLUB - _NOT_SPORT), key=len, reverse=True)
SIGN = re.compile("|".join(_SPORTS))  # (literals alone: the engine skips to their first characters)
_OF = re.compile(r"[^、。「」]{0,12}?の(?=[\u4e00-\u9fff々ァ-ヺ])")
_NAME = re.compile(r"([\u4e00-\u9fff々ヶ]{2,4})([ぁ-ゖ]{2,3}|[ァ-ヺ][ァ-ヺー]{1,4})?(?=[はがも、])")
_RESULT = re.compile(r"優勝|制し|獲得|新記録|記録を|勝利|勝ち|敗れ|進出|出場|突破|更新|入賞|メダル|[０-９0-9]+位|表彰台|自己ベスト")


def discipline_names(line: str, toks: Toks, found: list[Name], free) -> list[Name]:
    """The players named after their discipline and の (see the module) that no name of `found` holds, where
    `free(start, end)` allows."""
    out: list[Name] = []
    for sport in SIGN.finditer(line):
        of = _OF.match(line, sport.end())
        if of is None:
            continue
        at = of.end()
        name = _NAME.match(line, at)
        if name is None:
            continue
        start, end = name.span(0)
        stop = line.find("。", end)
        if _RESULT.search(line, end, stop if stop >= 0 else len(line)) is None:
            continue  # no result in the sentence: スキーの白馬は雪不足で
        if not free(start, end) or any(n.start < end and start < n.end for n in found + out):
            continue
        if not _proper_or_unknown(toks, start, name.end(1)):
            continue  # 柔道の聖地講道館は, 陸上の世界選手権は: a common word
        out.append(Name(start, end, name.group(1), name.group(2) is not None))
    return out


def _proper_or_unknown(toks: Toks, start: int, end: int) -> bool:
    """Whether line[start:end] (kanji) is one word UniDic reads as a person's or place's name (嘉手納, 伊集院), or a surname
    and kanji it cuts as it cuts no word it knows (words of one kanji)."""
    k = bisect_left(toks.starts, start)
    if k >= len(toks) or toks.starts[k] != start:
        return False
    if toks.ends[k] == end:
        return toks.pos2[k] in ("人名", "地名")
    return toks.pos2[k] == "人名" and all(len(toks.surfaces[j]) == 1 for j in range(k + 1, bisect_left(toks.starts, end)))
