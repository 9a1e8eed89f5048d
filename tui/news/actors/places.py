"""Places in any news: UniDic's 地名 tokens, with the administrative suffix that follows them
(東京都, 足立区, 能登半島), after the gazetteer, the organisations and the people have had theirs.

Guards: a one-character 地名 alone (米, 遼) is no place, nor one inside a katakana word
(アルバニー of アルバニージー), nor one right before a person's name token (氷見 of 氷見野).
"""

from __future__ import annotations

import re

from .name_heads import heads_a_name
from .tokens import Toks, chars

SUFFIXES = ("都", "道", "府", "県", "市", "区", "町", "村", "郡", "州", "半島", "空港", "湾", "諸島", "列島", "山", "川", "駅")
_JOINED = re.compile(r"[ーｰ]|・[ァ-ヺ]")  # a katakana name goes on after a place (ワシントン・ポスト)
_KATA_BEFORE = re.compile(r"[ァ-ヺー]・?\Z")


def _suffix_read_on(word: str) -> bool:
    """A place's word that opens with a city's, ward's, town's or village's suffix (市江 of 中野市江部)."""
    return len(word) >= 2 and word[0] in "市区町村郡"


def line_places(line: str, toks: Toks, free) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the places in one line, kind `country` for a 地名-国 token, else `place`."""
    out: list[tuple[int, int, str]] = []
    places = toks.where("pos2", "地名")  # UniDic's place tokens only
    if not places:
        return out
    done = 0
    n = len(toks)
    cls, starts, ends, surfaces = toks.classes, toks.starts, toks.ends, toks.surfaces  # no Tok made a word
    place, proper, person = chars("pos2", "地名"), chars("pos1", "固有名詞"), chars("pos2", "人名")
    for i in places:
        if i < done or cls[i] not in proper:
            continue
        j = i + 1
        while (j < n and cls[j] in place and starts[j] == ends[j - 1] and surfaces[j - 1][-1] not in "都道府県"
               and not _suffix_read_on(surfaces[j])):
            j += 1
        start, end = starts[i], ends[j - 1]
        if j < n and starts[j] == end and cls[j] in place and _suffix_read_on(surfaces[j]):
            end += 1  # 中野 + 市江 (部): UniDic reads the city's suffix into the district's name; the city ends at 市
            j += 1
        elif j < n and starts[j] == end and surfaces[j] in SUFFIXES:
            end = ends[j]
            j += 1
        elif j < n and starts[j] == end and surfaces[j][0] in _ADMIN and surfaces[j][1:2] in _AFTER_WORD:
            end += 1  # 東大阪 + 市議, 千葉 + 県連: the word after begins with the place's kind
        # A place after katakana, or before ・ and katakana, is a name's part (ヴィッセル神戸, ワシントン・ポスト);
        # not one after ・ and a kanji word (東京・銀座). (A city before katakana: `heads_a_name`.)
        country = cls[i] in chars("pos3", "国") and j == i + 1  # (a country before katakana: ロシアメディア)
        kata_word = ((start and _KATA_BEFORE.search(line, max(0, start - 2), start))
                     or _JOINED.match(line, end))  # ・ and katakana: a katakana name goes on
        before_name = j < n and starts[j] == end and cls[j] in person
        if (end - start >= 2 and not kata_word and not before_name and free(start, end)
                and not heads_a_name(line, start, end, country)):
            out.append((start, end, "country" if country else "place"))
        done = j
    return out


_ADMIN = "都道府県市区町村"
_AFTER_ADMIN = "内長議民立営知警庁連"  # 東京都内, 横浜市長, 大阪府警, 千葉県連: the suffix still belongs to the place
_AFTER_WORD = _AFTER_ADMIN.replace("長", "")  # (山川 + 市長 stays as it is: it may be a mayor's surname)
_ALWAYS = "府県"  # 大阪府, 千葉県 before any word (東京都港区 too, but not 東京都心, 東京都市圏)


def with_suffix(flat: str, start: int, end: int) -> int:
    """The end of a place the gazetteer found, with the administrative suffix written after it
    (東京 + 都, 大阪 + 市, ワシントン + 州): not when the character is a longer word's start (東京都心, 大阪市場)."""
    if end < len(flat) and (flat[end] in _ALWAYS or (flat[end] == "都" and flat[end + 1:end + 2] not in ("心", "市", "会"))):
        return end + 1
    if end < len(flat) and (flat[end] in _ADMIN or (flat[end] == "州" and "ァ" <= flat[end - 1] <= "ー")):
        after = flat[end + 1:end + 2]  # (州 after a name in katakana: ワシントン州, オンタリオ州)
        if not after or not ("\u4e00" <= after <= "\u9fff") or after in _AFTER_ADMIN:
            return end + 1
    return end


def place_key(name: str) -> str:
    """The actor a place is filed under: its name without the administrative suffix (人吉 of 人吉市 and of
    人吉), as the gazetteer's places are (東京 of 東京都), so that the two spellings are one actor; a name
    of one character before it keeps the suffix (堺市)."""
    if len(name) > 2 and name[-1] in _ADMIN:
        return name[:-1]
    return name
