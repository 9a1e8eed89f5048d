"""Discovery of people the gazetteer lacks: a katakana name (parts joined by `・` or `＝`) directly
before a title (氏, 大統領, 国防長官 …). A discovered full name and its surname are one actor. Names in
kanji are the recognisers' (`recognise`), which read them with their words and context.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..language import tagger
from .gazetteer import KATAKANA, MARK

TITLES = (
    "国務長官", "国防長官", "財務長官", "商務長官", "司法長官", "長官", "副大統領", "大統領補佐官", "大統領",
    "首相", "副首相", "外相", "国防相", "財務相", "外務大臣", "防衛大臣", "大臣", "報道官", "上院議員",
    "下院議員", "下院議長", "上院議長", "議員", "特使", "大使", "首席補佐官", "補佐官", "事務総長", "委員長", "書記長", "議長",
    "国家主席", "主席", "総統", "皇太子", "国王", "司令官", "総司令官", "参謀総長", "代表", "市長", "知事",
    "前大統領", "元大統領", "次期大統領", "氏", "首席", "外務次官", "次官", "総裁", "党首", "最高指導者",
)
_STOP_NAMES = {
    "チーム", "トップ", "リーダー", "メディア", "メンバー", "スタッフ", "ホワイトハウス", "クレムリン", "グループ",
    "コメント", "ニュース", "プロセス", "パートナー", "ボス", "オーナー", "ドナー", "スポークスマン", "ネット",
    "チーフ", "シニア", "ジュニア", "ナンバー", "ベテラン", "エース", "ゲスト",  # a rank before a title (チーフ報道官)
}
STOP_NAMES = frozenset(_STOP_NAMES)  # words before a title that are no one's name
_TITLES_RE = re.compile("|".join(sorted(TITLES, key=len, reverse=True)))  # the longest title at a place
_NAME_CHARS = frozenset(map(chr, range(ord("ァ"), ord("ヺ") + 1))) | {"ー", "・", "＝"}
_NAME = re.compile(rf"[ァ-ヺ][{KATAKANA}]+(?:[・＝][ァ-ヺ][{KATAKANA}]*)*")  # katakana names, joined by ・ or ＝
_COUNTRY_BEFORE_TITLE = frozenset("米露英仏独中日韓" + MARK)  # プーチン露大統領


def discover(masked: str) -> list[tuple[str, str, int, int]]:
    """Katakana names before a title: (name, surname, start, end) in the masked text.

    A discovered person's id is their surname, so a full name and its surname merge.
    The titles are found first (one pass that skips to their first characters); the name
    is then read backwards from each: a run of katakana, joined by ・ or ＝, that is the
    whole run (nothing of the kind just before it), then an optional country form.
    """
    out = []
    for m in _TITLES_RE.finditer(masked):
        at = m.start()
        end = at - 1 if at >= 2 and masked[at - 1] in _COUNTRY_BEFORE_TITLE else at
        if end and masked[end - 1] in _NAME_CHARS and masked[end - 1] not in "・＝":
            start = end - 1
            while start and masked[start - 1] in _NAME_CHARS:
                start -= 1
            if _NAME.fullmatch(masked, start, end):
                name = masked[start:end]
                if plausible_name(name) or (m.group() == "氏" and honorific_name(name)):
                    out.append((name, re.split(r"[・＝]", name)[-1], start, end))
    return out


@lru_cache(maxsize=4096)  # the same names recur article after article: tokenize each once
def plausible_name(name: str) -> bool:
    if len(name) < 2 or name in _STOP_NAMES or name.endswith("ー・"):
        return False
    words = tagger()(name.replace("・", " "))
    if any(all("地名" in w.feature_raw for w in tagger()(part)) for part in name.split("・") if part):
        return False  # a country or place before a title (ロシア大統領) is not a person; a name that holds a piece
        # UniDic reads as a place is (ホロ + ウェイ of ホロウェイ)
    if "・" in name and any("人名" in w.feature_raw for w in tagger()(name)):
        return True  # a part UniDic reads as a name beside the ・: ソフィア of ソフィア・リンドベリ
    return not _glossed_loanwords(words)  # every part an everyday loanword (ホワイト-white ハウス-house): no person


@lru_cache(maxsize=1024)
def honorific_name(name: str) -> bool:
    """A katakana word before 氏 made of everyday loanwords (ハート + マン of ハートマン氏) is a name all the same: 氏 follows
    people alone; not a place's or a stop word."""
    if len(name) < 3 or name in _STOP_NAMES:
        return False
    return not any("地名" in w.feature_raw for w in tagger()(name.replace("・", " ")))


@lru_cache(maxsize=1024)
def town_name(name: str) -> bool:
    """Katakana UniDic reads as a town's name and no country's (メンドサ: a surname and a city), each part of it."""
    words = list(tagger()(name.replace("・", " ")))
    return bool(words) and any(w.feature.pos3 == "地名" for w in words) and all(
        w.feature.pos4 != "国" and re.fullmatch(r"[ァ-ヺー]+", w.surface) for w in words)


def loanwords_only(word: str) -> bool:
    """Every word UniDic reads in `word` is an everyday loanword (ワールド: world, カップ: cup; a name's gloss is
    capitalised: ジョン-John)."""
    return _glossed_loanwords(list(tagger()(word)))


def _glossed_loanwords(words: list) -> bool:
    return bool(words) and all(re.search(r"-[a-z]", w.feature.lemma or "") for w in words)
