"""The words of sports pages the players' rules share (`sports_names`, `result_lines`): what reads as a player's
name (a surname UniDic reads between a title and an honorific, a full name holding a name's word, a town's word), the
key a name is filed by, and the signs of a game's or a race's line.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .discovery import plausible_name
from .name_frame import read_as_name
from .tokens import KANJI, Toks

KANJI_CLASS = r"[\u4e00-\u9fff々]"
KATA_NAME = r"[ァ-ヺ][ァ-ヺー]{1,9}(?:・[ァ-ヺ][ァ-ヺー]{1,9})*"  # a player's name in katakana, joined by ・
RACING = re.compile(r"騎手|騎乗|調教師|競馬|馬主")  # a line of horse racing: its katakana winners are horses

# words that stand where a player's name does and are none
STOP = frozenset("チーム 日本 首位 後半 前半 同点 今季 今大会 大会 自身 男子 女子 選手 監督 全員 決勝 準決勝 相手".split())
_NAME_KANJI = re.compile(r"[\u4e00-\u9fff々][\u4e00-\u9fff々ヶケノ]*[ぁ-ゖ]*")
_KANA_TAIL = re.compile(r"[ぁ-ゖ]*$")
BODY_END = re.compile(r"(?:[庁省市町村県都府道区社会局署部課所党団院館校園]|大学?|高校?)$")  # a body's word's end
SPORT_LINE = re.compile(r"ゴルフ|テニス|マラソン|ツアー|選手権|大会|試合|スコア|ラウンド|決勝|[0-9０-９]打差|メートル|[0-9０-９]秒")


def name_word(text: str) -> bool:
    """A word that reads as a surname between a title and an honorific, or katakana that may be a name."""
    if text in STOP:
        return False
    if "ァ" <= text[0] <= "ヺ":
        return plausible_name(text)
    return read_as_name(text)[:1] == ("姓",)


def town_word(toks: Toks, start: int, end: int, whole: bool = True) -> bool:
    """line[start:end] is one word UniDic reads as a town's name (not a country's); with `whole` False, holds one."""
    k = bisect_left(toks.starts, start)
    if whole:
        return k < len(toks) and toks.starts[k] == start and toks.ends[k] == end and toks.pos2[k] == "地名" and (
            toks.pos3[k] != "国")
    return any(toks.pos2[j] == "地名" for j in range(k, bisect_left(toks.starts, end)))


def all_places(toks: Toks, start: int, end: int) -> bool:
    """line[start:end] is words UniDic reads as places (and their kinds) alone: 大阪（大阪市）, not イトマン東京."""
    k, j = bisect_left(toks.starts, start), bisect_left(toks.starts, end)
    return j > k and all(toks.pos2[x] == "地名" or toks.surfaces[x] in ("市", "町", "村", "区", "県", "都", "府", "道")
                         for x in range(k, j))


def surname_key(text: str) -> str:
    """The key a name is filed by: a foreign name's last part (ユン・ソヒ: ソヒ), a full name's surname as UniDic reads
    it (佐藤 + 美咲, 五十嵐 + 千尋), else the whole."""
    if "・" in text or len(text) < 3 or not KANJI.match(text):
        return text.split("・")[-1]
    from ..language import tagger

    got = tagger()(text)
    if len(got) >= 2 and got[0].feature.pos3 == "人名" and got[0].feature.pos4 == "姓":
        return got[0].surface
    if len(got) >= 2 and got[-1].feature.pos3 == "人名" and got[-1].feature.pos4 == "名" and len(text) - len(got[-1].surface) >= 2:
        return text[:len(text) - len(got[-1].surface)]
    return text


def full_name(text: str) -> bool:
    """Kanji of three to five characters (ケ, ヶ and ノ too), and a given name in hiragana, if any, that hold a word
    UniDic reads as a person's name (鳴瀬 + 千夏, 桐ケ谷 + 美羽, 氷見野 + すみれ)."""
    from ..language import tagger

    kana = len(_KANA_TAIL.search(text).group())  # type: ignore[union-attr]
    return 3 <= len(text) - kana <= 5 and _NAME_KANJI.fullmatch(text) is not None and any(
        w.feature.pos3 == "人名" for w in tagger()(text))
