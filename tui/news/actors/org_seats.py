"""A company by its seat in brackets, as business news presents one: a name with katakana or letters in it, then the
city, ward or town it is based in (ソラトビ（福岡市）は, カナメ・テクノロジーズ（愛知県刈谷市）は, 能登エナジー（石川県七尾市）は),
then a particle; and the company a personnel column heads (【人事】北陸ケミカル（６月２７日）).

Not a venue (…スタジアム（仙台市）, …アリーナ（大阪市）): a place there, not a body; not a person, whose name has no
katakana but a foreign one (ジョン・スミス（浜松市）: two people's names to UniDic), and after which news writes さん or a
title before the bracket; not a name in kanji alone
(山田太郎（福岡市）: a reader's letter).
"""

from __future__ import annotations

import re

from ..language import tagger

SIGNS = (re.compile(r"[（(](?=[^（）()]{1,10}[市区町村][）)])"), re.compile(r"【人事】"))  # (each read at its first characters)
_SEAT = r"(?:[\u4e00-\u9fff々ヶケ]{1,4}[都道府県])?[\u4e00-\u9fff々ヶケ]{1,6}[市区町村]"
_NAME = r"[\u4e00-\u9fff々ぁ-ゖァ-ヺーA-Za-zＡ-Ｚａ-ｚ0-9・＆&]{2,24}"
_SEATED = re.compile(rf"(?<![\u4e00-\u9fff々ぁ-ゖァ-ヺーA-Za-z0-9・])({_NAME})[（(]{_SEAT}[）)](?=[はがとや])")
_LEAD = re.compile(r".*(?:の|する|した|できる|手がける|運営|開発|販売|製造|大手|会社|メーカー|企業|業者|業|法人|、)(?=.)")
_FORMS = ("株式会社", "有限会社", "合同会社")
_HONORIFIC = re.compile(r"(?:さん|ちゃん|くん|様|氏|君)$")
_PERSONNEL = re.compile(rf"【人事】({_NAME})[（(][0-9０-９]{{1,2}}月[0-9０-９]{{1,2}}日[）)]")
_SCRIPT = re.compile(r"[ァ-ヺA-Za-zＡ-Ｚａ-ｚ]")  # katakana or letters: a company's name, not a person's in kanji
_VENUE = re.compile(r"(?:スタジアム|アリーナ|ホール|ドーム|センター|パーク|モール|プラザ|タワー|ランド|ホテル|ビル|ミュージアム"
                    r"|シアター|ガーデン|ヒルズ|スクエア|テラス|トンネル|ダム|場|会館|駅|空港|港|公園|城|温泉|旅館|荘|施設|店|寺|神社"
                    r"|川|山|岳|橋|島|湖)$")  # (…スキー場, …温泉, …山荘: a place where something happened)


def _foreign_person(name: str) -> bool:
    """Whether a name joins two or more words UniDic reads as people's names by ・ (グエン・バン・ナム, ジョン・スミス):
    a person where they live, not a company (カナメ・テクノロジーズ: one name and a common word)."""
    if "・" not in name:
        return False
    return sum(w.feature.pos3 == "人名" for w in tagger()(name)) >= 2


def seated_orgs(line: str, free) -> list[tuple[int, int]]:
    """(start, end) of each company of the module's shapes in the line, where `free` allows."""
    out = []
    for m in _SEATED.finditer(line):
        s, e = m.span(1)
        lead = _LEAD.match(line[s:e])  # (翻訳サービスのリンガブリッジ: the words before the name that tell what it does)
        if lead is not None:
            s += lead.end()
            form = next((f for f in _FORMS if lead.group().endswith(f)), "")
            s -= len(form)  # (食品卸の株式会社まるやま商会: the legal form is the name's)
        elif line[s] in "とや" and s and line[s - 1] in "）)" and not "ぁ" <= line[s + 1] <= "ゖ":
            s += 1  # （松本市）とアルプス食販株式会社（諏訪市）は: the particle joining two companies
        name = line[s:e]
        body = (lead is not None and lead.group().endswith("法人")) or name.startswith(_FORMS) or name.endswith(_FORMS)
        # (ＮＰＯ法人えぞりす食堂, 株式会社まるやま商会: a legal form, any script with it)
        if (len(name) >= 2 and (body or _SCRIPT.search(name)) and not _VENUE.search(name) and not _HONORIFIC.search(name)
                and not name.startswith("・") and not _foreign_person(name) and free(s, e)):
            out.append((s, e))
    for m in _PERSONNEL.finditer(line):
        if free(*m.span(1)):
            out.append(m.span(1))
    return out
