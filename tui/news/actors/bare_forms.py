"""The forms a bare organisation's name may have (`org_bare`), from its words' UniDic classes and characters: a
name's (a proper noun, katakana or letters, both with kanji: ソニー, シャープ, ＵＡゼンセン, ヒカリ保険), or a common
word's (common kanji: 花王, 北辰化学; kana: みずほ; a place's word alone or with a common one: 日立, 日本郵政), a
person's; never a generic body (政府, 同社, 組合, 銀行), the kind of business (スーパー, メーカー), a common
acronym (AI), a number or a time, a kind of people or business (消費者, 製造業), an act (連合, 和平交渉)."""

from __future__ import annotations

import re
import unicodedata

from .org_context import CATEGORIES
from .organisations import COMMON_ACRONYMS, ROLE_ACRONYMS
from .tokens import Toks

# Words a body of any kind is called by, or a group of them, never a name: 政府は, 同社が, 組合は.
GENERIC = frozenset(("政府 国 県 市 町 村 都 府 区 組合 労組 会社 企業 業界 当局 経営陣 経営側 労使 大手 店 市場 投資家 "
                     "消費者 生産者 農家 政権 与党 野党 各社 同社 当社 自社 他社 両社 本社 親会社 子会社 グループ "
                     "傘下 工場 店舗 チーム 球団 部門 事業 ファンド 世界 国内 海外 現地 地元 全国 日本 運営 "
                     "経営 政府系 関係者 取引先 顧客 株主 社員 従業員 社長 会長 法人 支社 支店 本部 事務所 拠点 銀行 農協 漁協 "
                     "生協 病院 大学 学校 自治体 鉄道 航空 電力 薬局 書店 旅館 空港 駅 各国 各地 軍 警察 消防 議会 国会 "
                     "内閣 省 庁 店舗 ホテル レストラン カフェ デパート ドラッグストア ディーラー メディア アプリ サイト "
                     "サービス ショップ ストア モール センター パン屋 幹部 役員 担当者 広報 経営者 トップ 首脳 代表 初 史上初 最大 最年少 "
                     "最年長").split()) | CATEGORIES  # (女性初の社長, 史上最年少の社長: a first or a most, no body)
_NO_NAME = frozenset(("数詞", "副詞可能", "助数詞可能"))
_ACRONYMS = COMMON_ACRONYMS | ROLE_ACRONYMS
_SHOP = frozenset("堂 屋".split())
_KATA_OR_LATIN = re.compile(r"[ァ-ヺーA-Za-zＡ-Ｚａ-ｚ・＆&―]+")
_HIRAGANA = re.compile(r"[ぁ-ゖ]")
_KATA = re.compile(r"[ァ-ヺー]+")
_KANJI = re.compile(r"[\u4e00-\u9fff々]+")
NAMES = frozenset(("proper", "latin", "katakana", "mixed"))  # the forms of a name; the others' are common words


def form(toks: Toks, i: int, j: int) -> str | None:
    """What the run i..j may be as a company's name: `proper` (a proper noun of no person's or place's
    class among its words, or a place's word and a common one: 日本郵政), `latin`, `katakana` (common words in
    katakana: シャープ, ソフト + バンク), `mixed` (katakana and kanji: ヒカリ保険), `kanji` (common kanji words:
    花王, 北辰 + 化学), `person` or `place` (a person's or a place's word alone: ローソン, 日立); None for none."""
    surf, pos1, pos2 = toks.surfaces, toks.pos1, toks.pos2
    words = [x for x in range(i, j) if surf[x] not in "・―"]
    if not words or surf[i] in "・―" or surf[j - 1] in "・―":
        return None
    text = "".join(surf[i:j])
    if text in GENERIC or surf[words[-1]] in GENERIC or len(text) < 2:
        return None
    if toks.pos[i] != "名詞" or any(pos2[x] in _NO_NAME for x in words):
        return None  # a number, a time (今期, 前年), a suffix alone
    if toks.pos[j - 1] == "接尾辞" and surf[j - 1] not in _SHOP:
        return None  # a kind of people or business (製造業, 消費者); a shop's name ends in 堂 / 屋 (任天堂)
    classes = {pos2[x] if pos1[x] == "固有名詞" else "common" for x in words}
    if classes == {"人名"}:  # (katakana glued with no ・ is no person's full name: マツモトキヨシ, a chain's)
        return "katakana" if len(words) > 1 and _KATA.fullmatch(text) else "person"
    if classes == {"地名"}:
        return "place" if len(words) == 1 else None  # 東京大阪: no name
    if _KATA_OR_LATIN.fullmatch(text) and "人名" in classes:
        return "latin" if text[0].isascii() or "Ａ" <= text[0] <= "Ｚ" else None  # ＵＡゼンセン; no ジョン・スミス
    if "人名" in classes:
        return None  # a person's name with a common word (田中部長)
    if "一般" in classes or "組織" in classes:
        return "proper"
    if _KATA_OR_LATIN.fullmatch(text) and len(words) > 1:
        return "katakana"  # クレディ・スイス (a country's word in it)
    if "地名" in classes:
        # a place's word and a common word (日本郵政, 千曲信金), not a place's kind or a region (東京都内, 北部)
        return "placed" if pos2[words[0]] == "地名" and len(words) == 2 and len(surf[words[1]]) >= 2 and (
            pos2[words[1]] not in _NO_NAME) else None
    if _KATA_OR_LATIN.fullmatch(text):
        if text[0].isascii() or "Ａ" <= text[0] <= "Ｚ":  # (no common acronym: AI, GDP, CEO)
            return None if unicodedata.normalize("NFKC", text) in _ACRONYMS else "latin"
        return "katakana"
    if any(_HIRAGANA.search(surf[x]) for x in words):  # みずほ; きぼう工業 (no verb nor word ending in kana)
        if len(words) == 1:
            return "kana" if len(text) >= 3 else None
        return "mixed" if _KANJI.fullmatch(surf[words[-1]]) and len(words) == 2 else None
    if _KANJI.fullmatch(text):  # (花王, 北辰化学; not 連合, 和平交渉: acts)
        return "kanji" if pos2[words[-1]] == "一般" else None
    return "mixed"
