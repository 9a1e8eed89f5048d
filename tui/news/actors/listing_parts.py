"""The people a programme listing names after a part in 【】 (【出】大門寺健吾・ほのか・KAIほか, 【DJ】Sayo, 【司】小野塚アナ,
【ゲ】STAR☆LINKのミオ、ユナ, 【出】ハムスター大臣（伴、こてつ）): television, radio and stage guides set each part of a
programme in brackets, then who fills it, one after another, up to the next part, a ▽ or the line's end; and the
credits a concert's or a film's notice sets after a part and ＝ (指揮＝…　ピアノ＝久遠寺玲奈, ▽監督・脚本＝戸叶誠司).

Each item is a person when it can be one: letters (KAI, Rina), hiragana (ほのか, うらら), or words of which UniDic reads
at least one as no common noun (a name it knows, or katakana it does not); an item of common nouns alone is a group or
a thing (ネオンパレード, ハレーション, 未定, リスナー), and one with digits no one. An item set as a group with its members
in brackets gives the members; a member after its group and の (STAR☆LINKのミオ) is the member; an occupation before
・ (弁護士・古賀武) or a title after the name (小野塚アナ, ひなたおねえさん) is not part of it. Two katakana words joined by
・ are one foreign name (ソフィー・ラクロワ); other items are cut at ・, 、 and spaces, and ほか / 他 / ら close the list.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..language import tagger

# A part of a programme, in 【】 (the recogniser's text is NFKC: letters are narrow).
_PARTS = ("出|出演|司|司会|解|解説|語|語り|ナレーション|声|歌|演奏|ゲ|ゲスト|MC|DJ|パーソナリティー|パーソナリティ|ナビゲーター"
          "|案内|朗読|実況|キャスター|進行|聞き手|リポーター|レポーター|講師|指揮|独奏|演|作|脚本|演出|原作|監督")
_EQ_PARTS = _PARTS + "|作曲|作詞|編曲|振付|振り付け|主演|ピアノ|バイオリン|チェロ|美術|撮影|音楽|構成|出演者|キャスト"
# (two patterns, each opening with literals alone, so that each is searched for at its first characters only)
SIGNS = (re.compile(r"【(?:" + _PARTS + r")】"), re.compile(r"(?:" + _EQ_PARTS + r")="))
_SLOT = re.compile(r"【(?:" + _PARTS + r")】\s*([^【▽\n]+)")
# A credit's part and ＝ (指揮＝…　ピアノ＝…, ▽監督・脚本＝…), at the line's start or after a space, a mark or ・: the names
# up to the next part and ＝ after a space, a ▽ or the line's end
_EQ_SLOT = re.compile(r"(?:^|(?<=[\s▽◇■●]))(?:" + _EQ_PARTS + r")(?:・(?:" + _EQ_PARTS + r"))*=\s*"
                      r"([^【▽\n]+?)(?=\s+[^\s=]{1,8}=|\s*[【▽\n]|\s*$)")
_CLOSE = re.compile(r"(?:ほか|他|(?<=[\u4e00-\u9fffァ-ヺA-Za-z])ら|など)?[\s。]*$")  # (not ら of うらら)
_TITLE = re.compile(r"(?:アナウンサー|アナ|キャスター|おねえさん|おにいさん|お姉さん|お兄さん|さん|氏|先生|記者|プロ|選手|投手"
                    r"|監督|コーチ|親方|師匠|准?教授|名人|(?:女流)?[一二三四五六七八九十]+段)$")
_GROUP = re.compile(r"^(.+?)[(（]([^()（）]+)[)）]$")  # ハムスター大臣（伴、こてつ）, ソフィー・ラクロワ（フランス）
_KATA = re.compile(r"[ァ-ヺー]+")
_JOINED = re.compile(r"[ァ-ヺーA-Z]")  # the characters either side of a ・ inside one foreign name
_LATIN = re.compile(r"[A-Za-z][A-Za-z.'\-]*(?: [A-Za-z][A-Za-z.'\-]*)*")
_HIRA = re.compile(r"[ぁ-ゖー]{2,6}")
_DIGIT = re.compile(r"[0-9]")


def listing_names(line: str, free) -> list[tuple[int, int, str]]:
    """(start, end, key) of each person the line's listing parts name, where `free` allows."""
    out: list[tuple[int, int, str]] = []
    for slot in (*_SLOT.finditer(line), *(_EQ_SLOT.finditer(line) if "=" in line else ())):
        lo, hi = slot.span(1)
        hi = lo + len(_CLOSE.sub("", line[lo:hi]))
        for s, e in _items(line, lo, hi):
            for ps, pe, member in _people(line, s, e):
                if pe > ps and free(ps, pe) and (_a_name(line[ps:pe]) or (member and not _DIGIT.search(line[ps:pe]))):
                    out.append((ps, pe, _key(line[ps:pe])))
    return out


def _items(line: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The items of a slot: cut at 、 (outside brackets), at ・ unless katakana stands on both sides, and at spaces
    only in a slot with neither (【出】シーソーゲーム 江波 河内; but 【DJ】ジョー・ファンティーノ、堀江 まい)."""
    spaced = not re.search(r"[、,・]", re.sub(r"[(（][^()（）]*[)）]", "", line[lo:hi]))
    out, start, depth = [], lo, 0
    for i in range(lo, hi + 1):
        c = line[i] if i < hi else "、"
        depth += c in "(（"
        depth -= c in ")）"
        if depth > 0:
            continue
        joined = _JOINED.fullmatch(line[i - 1:i] or "x") and _JOINED.fullmatch(line[i + 1:i + 2] or "x")  # ソフィー・ラクロワ,
        # アレクサンドル・V・ソコロフ (an initial between)
        cut = c in "、," or (c == " " and spaced) or (c == "・" and not joined)
        if c == " " and i + 1 < hi and line[i - 1:i].isascii() and line[i - 1:i].isalpha() and line[i + 1].isascii() \
                and line[i + 1].isalpha():
            cut = False  # (Blue Moth: a name of two Latin words)
        if cut:
            if i > start:
                out.append((start, i))
            start = i + 1
    return out


def _people(line: str, s: int, e: int) -> list[tuple[int, int, bool]]:
    """The person or people one item stands for, as spans of the line, each with whether it is a group's member named
    in brackets (who is a person whatever the words)."""
    item = line[s:e]
    group = _GROUP.match(item)
    if group:
        inner = group.group(2)
        if "、" in inner or "," in inner:  # a group and its members: the members
            at = s + group.start(2)
            return [(at + m.start(), at + m.end(), True) for m in re.finditer(r"[^、,\s]+", inner)]
        e = s + group.end(1)  # ソフィー・ラクロワ（フランス）: a note on the name
        item = line[s:e]
    of = item.rfind("の", 1, len(item) - 1)
    if of > 0 and not _HIRA_CHAR.match(item, of - 1):
        s += of + 1  # STAR☆LINKのミオ: the member (not の inside a name of kana: 岩佐みのる)
    title = _TITLE.search(line[s:e])
    if title and title.start() > 0:
        e = s + title.start()  # 小野塚アナ, ひなたおねえさん
    return [(s, e, False)]


def _a_name(text: str) -> bool:
    """Whether the words may be a person's name: letters, kana alone (not a word for everyone: みなさん), kanji then kana
    (花籠ゆめ, 伊達ノブ: a surname and a given name in kana), a short word of katakana alone (ミオ), or words of which
    UniDic reads one as a name or knows none (綾小路まりも, ビビアン); not common nouns or places alone (ネオンパレード,
    弁護士, 関東文理大学准教授)."""
    if not text or _DIGIT.search(text) or len(text) > 16:
        return False
    if _LATIN.fullmatch(text) or _KANA_GIVEN.fullmatch(text):
        return True
    if (kata := _KATA_GIVEN.fullmatch(text)) is not None:
        return _proper(kata.group(1))  # 伊達ノブ, 金谷ミサ: a surname or place's name first (not 白桃ロケット: a group)
    if _HIRA.fullmatch(text):
        return text not in _EVERYONE
    return _named(text)


_KANA_GIVEN = re.compile(r"[\u4e00-\u9fff々]{1,4} ?[ぁ-ゖ]{2,4}")  # 花籠ゆめ, 堀江 まい
_KATA_GIVEN = re.compile(r"([\u4e00-\u9fff々]{1,4}) ?[ァ-ヺ][ァ-ヺー]{1,4}")
_HIRA_CHAR = re.compile(r"[ぁ-ゖ]")
_EVERYONE = frozenset(("みな", "みんな", "みなさん"))  # (視聴者のみなさん)


@lru_cache(maxsize=4096)
def _proper(kanji: str) -> bool:
    """Whether UniDic reads the kanji as one proper noun (a surname, a place: 伊達, 金谷)."""
    words = list(tagger()(kanji))
    return len(words) == 1 and words[0].feature.pos2 == "固有名詞"


@lru_cache(maxsize=4096)
def _named(text: str) -> bool:
    """Whether UniDic reads a word of `text` as a person's name, knows none of it, reads every word as a proper noun
    (a place's name alone: 江波), or reads it as one short word of katakana (ミオ, ナオト)."""
    words = list(tagger()(text))
    if len(words) == 1 and _KATA.fullmatch(text) and len(text) <= 3:
        return True
    return any(w.is_unk or (w.feature.pos2 == "固有名詞" and w.feature.pos3 == "人名") for w in words) or all(
        w.feature.pos2 == "固有名詞" for w in words)  # (江波, a place's name alone in a cast: a surname)


@lru_cache(maxsize=4096)
def _key(name: str) -> str:
    """The key a name is filed under: its surname where UniDic reads one at its start (綾小路 of 綾小路まりも), else the
    name as written."""
    words = list(tagger()(name))
    if len(words) > 1 and words[0].feature.pos3 == "人名" and words[0].feature.pos4 == "姓":
        return words[0].surface
    return name
