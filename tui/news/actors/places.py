"""Places in any news: UniDic's 地名 tokens, with the administrative suffix that follows them
(東京都, 足立区, 能登半島), after the gazetteer, the organisations and the people have had theirs.

Guards: a one-character 地名 alone (米, 遼) is no place, nor one inside a katakana word
(アルバニー of アルバニージー), nor one right before a person's name token (氷見 of 氷見野).
"""

from __future__ import annotations

from .tokens import Toks, chars

SUFFIXES = ("都", "道", "府", "県", "市", "区", "町", "村", "郡", "州", "半島", "空港", "湾", "諸島", "列島")
_KATA = "ァ-ヺー・"


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
        while j < n and cls[j] in place and starts[j] == ends[j - 1] and surfaces[j - 1][-1] not in "都道府県":
            j += 1
        start, end = starts[i], ends[j - 1]
        if j < n and starts[j] == end and surfaces[j] in SUFFIXES:
            end = ends[j]
            j += 1
        # A place before or after katakana is a name's part (浦和レッズ, ヴィッセル神戸, 埼玉パナソニック…).
        kata_word = (start and line[start - 1] in _KATA) or (end < len(line) and line[end] in _KATA)
        before_name = j < n and starts[j] == end and cls[j] in person
        if end - start >= 2 and not kata_word and not before_name and free(start, end):
            out.append((start, end, "country" if cls[i] in chars("pos3", "国") and j == i + 1 else "place"))
        done = j
    return out


_ADMIN = "都道府県市区町村"
_AFTER_ADMIN = "内長議民立営知警庁"  # 東京都内, 横浜市長, 大阪府警: the suffix still belongs to the place


def with_suffix(flat: str, start: int, end: int) -> int:
    """The end of a place the gazetteer found, with the administrative suffix written after it
    (東京 + 都, 大阪 + 市, ワシントン + 州): not when the character is a longer word's start (東京都心, 大阪市場)."""
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
