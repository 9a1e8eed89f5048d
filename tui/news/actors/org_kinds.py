"""A firm named right after the kind of business it is, in any script (菓子メーカーのあけぼの屋, 和菓子店の鴨川文月堂,
豆腐店大洗屋, タクシー会社の若戸交通, 子会社六甲ラバー化成, デザイン会社ハレノヒ社): after a word for a kind of firm
(…会社, メーカー, 大手, 商社, 酒蔵, 老舗, …店, 工房, ファンド, 法人, 出版社, 出版元), with or without の, the run of words up to the next
particle is the firm's name when it ends in a firm's word (屋, 堂, 舎, 工房, 商店, 酒造, 交通, 化成, 書房, a trade) after words of
its own, or whatever words when the kind is a legal form (NPO法人ひだまりキッチン, 株式会社ひかりテック, 一般社団法人あまみ声の会:
the form and the name one span; a name ending in a body's word, 医療法人松風会, left to the organisations' suffixes), or when it is katakana words joined by ・ with no person's or place's among them (投資ファンドのブルーラグーン・
キャピタル, 日本法人のノースゲート・ジャパン); a common noun alone there (会社の社長, メーカーの新製品, 会社の東京工場) is none.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .org_trade import FIRM_KINDS
from .organisations import SUFFIXES
from .tokens import KANJI, Toks

# The kind before the name, ending a word (not 同社's 社): its characters searched for in C
SIGN = re.compile(r"(?:会社|メーカー|大手|商社|酒蔵|老舗|工房|ファンド|法人|出版社|出版元|店(?<=[\u4e00-\u9fffァ-ヺー]店))(?:の)?"
                  r"(?=[\u4e00-\u9fffぁ-ゖァ-ヺ])")
_ENDS = tuple(sorted(FIRM_KINDS | frozenset(
    "屋 堂 舎 工房 商店 酒造 醸造 交通 化成 化工 精密 乳業 水産 物産 商事 鋳物 木工 製作所 工業所 窯 本舗 社 書房 出版 電器 電工 "
    "重工 精機 汽船 海運 倉庫 物流 製紙 紡績".split()),
    key=len, reverse=True))
_FOREIGN = re.compile(r"[ァ-ヺ][ァ-ヺー]+(?:・[ァ-ヺ][ァ-ヺー]+)+")
_WORD = frozenset(("名詞", "接尾辞", "接頭辞", "記号"))
_AFTER = frozenset("はがのをにとも、（(」")
_NOT_HEAD = frozenset("同 各 自 他 本 支 親 子 当 新 旧 元 前".split())
# A legal form right before the name, which then needs no firm's word at its end (ひだまりキッチン, わかば会)
_LEGAL = re.compile(r"(?:(?:株式|有限|合同|合資|合名)会社|(?:一般社団|公益社団|一般財団|公益財団|社会福祉|学校|医療|宗教"
                    r"|特定非営利活動|NPO|農事組合)法人)$")
_BODY_ENDS = tuple(SUFFIXES)
_OF_GROUP = re.compile(r"の(?:会|家|園|森|里|郷|輪|集い)(?=[はがのをにともで、。（(」]|$)")


def kind_orgs(line: str, toks: Toks, free) -> list[tuple[int, int]]:
    """(start, end) of each firm named after its kind in `line` (see the module)."""
    out: list[tuple[int, int]] = []
    for m in SIGN.finditer(line):
        s = m.end()
        k = bisect_left(toks.starts, s)
        if k >= len(toks) or toks.starts[k] != s or not _kind_word_ends(toks, m):
            continue
        j = k
        while j < len(toks) and (j == k or toks.starts[j] == toks.ends[j - 1]) and (
                toks.pos[j] in _WORD or toks.surfaces[j] == "・"
                or (toks.pos[j] == "形容詞" and len(toks.surfaces[j]) == 1 and j + 1 < len(toks)
                    and toks.starts[j + 1] == toks.ends[j] and toks.pos[j + 1] == "名詞")):  # (若 + 戸交通)
            j += 1
        if j == k:
            continue
        e = toks.ends[j - 1]
        name = line[s:e]
        legal = None if m.group().endswith("の") or name.endswith(_BODY_ENDS) else _LEGAL.search(line, 0, m.end())
        # (株式会社の社長: none; 医療法人松風会: a body's word ends it, the organisations' suffixes read it)
        if legal is not None and not any(toks.pos1[x] == "固有名詞" or not KANJI.fullmatch(toks.surfaces[x])
                                         for x in range(k, j)):
            legal = None  # (学校法人理事長: common words of kanji alone, no name)
        if legal is not None:
            tail = _OF_GROUP.match(line, e)  # あまみ声の会: の and a group's word end the name
            named_end = tail.end() if tail else e
            if len(line[s:named_end]) >= 2 and line[named_end:named_end + 1] in _AFTER and name[0] not in _NOT_HEAD and free(s, named_end):
                out.append((legal.start(), named_end))  # NPO法人ひだまりキッチン: the legal form and its name, one span
                continue
        end = next((w for w in _ENDS if name.endswith(w)), None)
        if end is None and _FOREIGN.fullmatch(name) and line[e:e + 1] in _AFTER and free(s, e) and not any(
                toks.pos2[x] in ("人名", "地名") for x in range(k, j)):
            out.append((s, e))  # 投資ファンドのブルーラグーン・キャピタル: a foreign-styled firm's words joined by ・
            continue
        if (end is None or len(name) - len(end) < 1 or line[e:e + 1] not in _AFTER or name[0] in _NOT_HEAD
                or (j - k == 1 and toks.pos1[k] == "普通名詞") or toks.pos2[k] == "数詞" and len(name) < 4
                or (end == "社" and not _named_head(toks, k, j - 1)) or not free(s, e)):
            continue
        out.append((s, e))
    return out


def _kind_word_ends(toks: Toks, m: re.Match) -> bool:
    """The kind matched ends a word of its own (菓子 + メーカー, 豆腐 + 店), not inside one."""
    at = m.start() + len(m.group().removesuffix("の"))
    k = bisect_left(toks.ends, at)
    return k < len(toks) and toks.ends[k] == at


def _named_head(toks: Toks, i: int, j: int) -> bool:
    """Words i..j (before 社) are a name's: katakana or a proper noun among them (ハレノヒ社, 北越潮路社; not 本社)."""
    return any(toks.pos1[x] == "固有名詞" or re.fullmatch(r"[ァ-ヺー]+", toks.surfaces[x]) for x in range(i, j))
