"""A body named by what it states: the subject of a body's statement (ハコブラボは「…」としている, 夕凪マリンパーク
は「…」とコメントした, そらまめラボは「…」と説明している) whose name the article writes again (its headline, the
sentence that introduces it, 〜によると). Such a name is common words UniDic puts together (ハコブラボ, アクア +
ワールド + 潮見, ズー + パーク + みどり + 野) that hold a katakana word, as firms, aquariums and start-ups are named,
or a region's name before katakana words (房総 + グリーン + エッグ, 遠州 + マルミツ: a firm named by its region and brand);
a person (a 人名 word), a place alone, a word for a kind of group (プロジェクトチームは) and a name written once are
none: the statement alone does not tell a body's name from a common noun.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from .org_context import CATEGORIES
from .statement_sign import SIGN, STATES as _STATES
from .org_trade import FIRM_KINDS
from .roles import TITLE_WORDS
from .tokens import Toks

_KATA = re.compile(r"[ァ-ヺ][ァ-ヺー]+")
# The last word of a name that is only a kind of group, a part of a body or a kind of business (プロジェクトチーム,
# 広報センター, 自動車メーカー).
_KINDS = frozenset("チーム グループ センター メンバー サイド ユニット プロジェクト サークル スタッフ".split()) | CATEGORIES
_BOUNDARY = "、。「」（）　 "
_MAX_WORDS = 5


def _statements(line: str, toks: Toks) -> Iterator[int]:
    """The index of the word each statement's subject particle starts (…は「…」としている: は), a word of its own."""
    for m in SIGN.finditer(line):
        close = line.find("」", m.end())
        if close < 0 or not _STATES.match(line, close):
            continue
        j = bisect_left(toks.starts, m.start())
        if j < len(toks) and toks.starts[j] == m.start():
            yield j


def stating_orgs(line: str, toks: Toks, free, flat: str) -> list[tuple[int, int]]:
    """(start, end) of each name the module's doc reads in `line`; `flat`: the article's text, where the name
    must stand at least twice."""
    out: list[tuple[int, int]] = []
    for j in _statements(line, toks):
        i = j
        while i > 0 and j - i < _MAX_WORDS and toks.ends[i - 1] == toks.starts[i] and (
                toks.pos[i - 1] == "名詞" or (toks.pos[i - 1] == "接尾辞" and toks.pos1[i - 1] == "名詞的")):
            i -= 1
        if i == j:
            continue
        joined = i >= 2 and _joined_head(line, toks, i)  # ホテル・シーガル浦波: a kind in katakana, then the name
        if joined:
            i -= 2
        s, e = toks.starts[i], toks.ends[j - 1]
        if s and line[s - 1] not in _BOUNDARY and line[s - 1] != "の":
            continue  # inside a longer phrase
        words = range(i, j)
        if (e - s < 3 or toks.pos[i] != "名詞"
                or (not joined and any(toks.pos1[x] != "普通名詞" and toks.pos[x] == "名詞" and not _place_head(toks, x, i, j)
                                       for x in words))
                or not any(_KATA.fullmatch(toks.surfaces[x]) for x in words) or toks.surfaces[j - 1] in _KINDS
                or flat.count(line[s:e]) < 2 or not free(s, e)):
            continue
        if j - i == 1 and not _unknown(line[s:e]):
            continue  # メーカーは「…」: a word UniDic knows is a kind, no name (ハコブラボ it does not know)
        out.append((s, e))
    for s, e in [*_firms_stating(line, toks, free), *_houses_stating(line, toks, free), *_named_brands(line, toks, free, flat)]:
        if not any(a <= s < b for a, b in out):
            out.append((s, e))
    return sorted(out)


def _place_head(toks: Toks, x: int, i: int, j: int) -> bool:
    """Word x is a place's name that opens a name of katakana words (房総 + グリーン + エッグ, 遠州 + マルミツ): a firm
    named by its region and its brand."""
    rest = i + 2 if j - i >= 3 and toks.pos[i + 1] == "接尾辞" else i + 1  # (日本 + 海 + ハイウェイ: the place's suffix)
    return x == i and j - rest >= 1 and toks.pos2[x] == "地名" and all(
        _KATA.fullmatch(toks.surfaces[y]) for y in range(rest, j))


# The last word of a firm's name after common words (南西 + 電力, 東都 + 交通): a trade that names a firm, `org_trade`'s
# and those of utilities, transport and finance
_FIRM_ENDS = FIRM_KINDS | frozenset("電力 電器 鉄道 電鉄 証券 航空 海運 汽船 バス 精機 製鋼 製紙 重工 重工業 電工 化成 通商 商船 "
                                   "物流 倉庫 ガス 生命 損保 書房 出版".split())


def _firms_stating(line: str, toks: Toks, free) -> list[tuple[int, int]]:
    """(start, end) of each firm named by common words and its trade's word (南西電力は「…」としている, 東都交通は「…」と
    コメントした, 作品を出してきた潮風書房は「…」とのコメントを出した): one or two common nouns of kanji, two characters or
    more, then the trade, as the subject of a body's statement; not a kind of business (大手電力は) nor a deed (送配電事業は)."""
    return [span for j in _statements(line, toks) if (span := trade_firm(line, toks, j, free, after_kana=True))]


def trade_firm(line: str, toks: Toks, j: int, free, after_kana: bool = False) -> tuple[int, int] | None:
    """(start, end) of the firm named by common words and its trade's word right before word j (南西 + 電力 before は,
    天測 + 工業 before の), when they name one as `_firms_stating` reads them and `free` allows, else None;
    `after_kana`: the name may follow hiragana too (見届けた天測工業の社長), not only a boundary or の."""
    if j < 2 or toks.surfaces[j - 1] not in _FIRM_ENDS:
        return None
    for i in (j - 2, j - 3):
        head = range(i, j - 1)
        if i < 0 or any(toks.ends[x] != toks.starts[x + 1] for x in head):
            continue
        s = toks.starts[i]
        if (s and line[s - 1] not in _BOUNDARY and line[s - 1] != "の" and not (after_kana and "ぁ" <= line[s - 1] <= "ゖ")) or not (all(
                (toks.pos1[x] == "普通名詞" or (x == i and x + 1 < j - 1 and toks.pos[x] == "接頭辞"
                                                    and toks.surfaces[x] not in _PREFIXES))
                and toks.pos2[x] != "サ変可能" and _KANJI.fullmatch(toks.surfaces[x])
                and toks.surfaces[x] not in CATEGORIES and toks.surfaces[x] not in _SORTS for x in head) or (
                toks.starts[j - 1] - s >= 2 and all(toks.pos1[x] == "固有名詞" and _KANJI.fullmatch(toks.surfaces[x])
                                                    for x in head))):
            continue  # (湖東 + 交通, 東 + 央 + 重工: a place's or a name's words, then the trade, as 東京電力 is named;
            # 光 + 陵 + 化学: a prefix UniDic reads before a common word)
        if toks.starts[j - 1] - s >= 2 and free(s, toks.ends[j - 1]):
            return s, toks.ends[j - 1]
    return None


# Prefixes that make a common word of the word after them (新型, 大手, 全国), no firm's name
_PREFIXES = frozenset("新 旧 大 小 高 低 全 各 同 非 超 再 未 不 無 前 元 現 総 本 当 両 諸 副 準 真 最 多 他 次 約 計 第 御 お ご".split())


def _named_brands(line: str, toks: Toks, free, flat: str) -> list[tuple[int, int]]:
    """(start, end) of each firm named by a word UniDic reads as a person's name and one katakana word of its business
    (犀星 + ロジスティクス は「…」とのコメントを出した), as the subject of a body's statement, the name written again in
    the article: a person's name then a title in katakana (田中 + コーチ) or a kind of group (鈴木 + チーム) is none."""
    out: list[tuple[int, int]] = []
    for j in _statements(line, toks):
        if j < 2 or toks.ends[j - 2] != toks.starts[j - 1] or toks.ends[j - 1] != toks.starts[j]:
            continue
        head, word = j - 2, toks.surfaces[j - 1]
        s, e = toks.starts[head], toks.ends[j - 1]
        if (toks.pos2[head] != "人名" or not _KANJI.fullmatch(toks.surfaces[head]) or len(toks.surfaces[head]) < 2
                or toks.pos1[j - 1] != "普通名詞" or not _KATA.fullmatch(word) or len(word) < 4 or word in _KINDS
                or word in TITLE_WORDS or (s and line[s - 1] not in _BOUNDARY and line[s - 1] != "の")):
            continue
        if flat.count(line[s:e]) >= 2 and free(s, e):
            out.append((s, e))
    return out


_HOUSE = re.compile(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff々]{2}社$")
_NOT_HOUSE = frozenset("同各自他本支親子当弊貴御")  # (同社, 各社, 本社, 子会社: no house's name)
_HOUSE_KINDS = frozenset("新聞 通信 出版 報道 放送 広告 旅行 運送 保険 証券 航空 投資 商事 結社 会社".split())  # kinds, no names


def _houses_stating(line: str, toks: Toks, free) -> list[tuple[int, int]]:
    """(start, end) of a house named by two kanji and 社 (潮文社は「…」としている, 青嵐社は「…」とコメントした), as
    publishers and agencies are, as the subject of a body's statement: not 同社 or 各社, nor a word UniDic knows whole
    (新聞社, 出版社, 神社)."""
    out: list[tuple[int, int]] = []
    for j in _statements(line, toks):
        e = toks.starts[j]
        m = _HOUSE.search(line, max(0, e - 4), e)
        if m is None or line[m.start()] in _NOT_HOUSE:
            continue
        k = bisect_left(toks.starts, m.start())
        if (k < len(toks) and toks.starts[k] == m.start() and toks.ends[k] == e) or line[m.start():e - 1] in _HOUSE_KINDS:
            continue  # one word UniDic knows (出版社), a kind of house (新聞社, 通信社)
        if free(m.start(), e):
            out.append((m.start(), e))
    return out


# Words that say what sort of firms (公共交通, 民間航空, 国内航空): a kind, no name
_SORTS = frozenset("公共 民間 地域 地方 国内 海外 国際 主要 全国 新興 外資 中堅 中小 地元 既存 在来 都市 長距離".split())
_KANJI = re.compile(r"[\u4e00-\u9fff々]+")


def _joined_head(line: str, toks: Toks, i: int) -> bool:
    """Whether words i.. follow a katakana common noun and ・ (ホテル・, クリニック・): a body's kind written first,
    after which the name may hold any word, a person's name too (ホテル・シーガル浦波: シーガル a 人名 word)."""
    return (toks.surfaces[i - 1] in ("・", "･") and toks.ends[i - 2] == toks.starts[i - 1]
            and toks.pos1[i - 2] == "普通名詞" and _KATA.fullmatch(toks.surfaces[i - 2]) is not None
            and toks.surfaces[i - 2] not in _KINDS)


def _unknown(word: str) -> bool:
    """Whether UniDic knows no word `word`: it makes it up from its characters."""
    from ..language import tagger

    parsed = list(tagger()(word))
    return len(parsed) == 1 and bool(parsed[0].is_unk)
