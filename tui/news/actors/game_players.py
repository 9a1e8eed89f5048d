"""Players by surname alone in a game story's running text, where UniDic reads the surname as a town or a common
word and the line rules (`plays`, `sports_names`) want a surname's reading: 宇和島のサヨナラ打, 今治が９回を投げ抜き,
敦賀、舞鶴、星の３連打, 明石、姫路の中継ぎ陣, 「尾道の成長が」.

Read after the people of each line and `names_again`, in an article that tells a game (two or more of a game's
plays: 適時打, 本塁打, 好投, 得点, 安打 …), where the clubs are found already (a club named by its town is taken):

- the subject of one player's play: a word of its own before が, の or も and, within a few characters, a hit, a
  home run, a pitcher's work or a game's decisive play (宇和島のサヨナラ打, 豊橋が同点弾を浴びた, 今治が９回を１人で
  投げ抜き, 泉が締めた) — never a goal, a try or points for a word UniDic reads as a town (鹿島の２得点: football's
  sides go by their towns);
- a word of its own after a player's position and の (捕手の日光は, 代走の堀が, エースの関は: any word of one or two kanji
  UniDic reads as a common noun too, but a player's word);
- the topic of a sentence that quotes it, before は, a quote and a verb of speech (宇和島は「…」と振り返った);
- a word of its own after a club the article names and の, before a particle (ロッテの大網を攻めあぐね, 広島の呉が);
- the items of a list joined by 、 that ends in such a play or in a relay (敦賀、舞鶴、星の３連打, 森脇、谷と継投, 明石、
  姫路の中継ぎ陣, 宇治、亀岡、嵐がそれぞれ得点): every item, when one of them is a name's word (below) and the others
  are words of their own;
- a player the article names by a surname alone, found so or by the line rules, again wherever it stands as a word
  before a particle (の too: 尾道の成長, 酒田の甘く入ったスライダー) or closing a quote.

A name's word is one word UniDic reads as a town (not a prefecture nor a country) or a person's name, or a word it
reads as a name between a title and an honorific (`name_frame`: 関, 古河); a common word of one kanji (星, 竹) only as
an item of a list with a name's word in it. Never a word that stands in a player's place without naming one (`STOP`,
`NOT_NAME`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .anchors import may_match
from .governors import PREFECTURES
from .lines import Line
from .name import NOT_NAME, Name
from .name_frame import read_as_name
from .plays import ACTS
from .said import SAYS
from .sport_words import STOP
from .tokens import Toks

_WORD = r"[\u4e00-\u9fff々]{1,4}"
_PLAY = (rf"{ACTS}|本塁打|安打|連打|前打|長打|[０-９0-9]点打|逆転打|打点|盗塁|犠打|バント|四球|死球|三振|併殺|押し出し|"
         r"投げ抜|締め|完封|無失点|失点|セーブ|勝目|先発し|登板|継投|中継ぎ陣|救援陣|リレー|つない[でだ]|"
         r"(?:それぞれ)?得点|決勝点|先制点|ＰＫ|ＦＫ|好セーブ|パス|ドリブル|リバウンド|ブロック|スパイク|サーブ|トス|"
         r"バーディー|ボギー|イーグル|アンダー|一本勝ち|技あり|寄り切|押し出|ＫＯ|ダウン")
# A side's plays too: never read for a word UniDic reads as a town (鹿島の２得点: football's sides go by their towns)
_TEAM_PLAY = re.compile(r"得点|ゴール|トライ|アシスト|クロス|折り返し|ヘッド|ヘディング|シュート|失点|決勝点|先制点|ＰＫ|ＦＫ|"
                        r"パス|ドリブル|リバウンド|ブロック|スパイク|サーブ|トス|併殺|盗塁|犠打|バント|四球|三振|押し出し|継投|リレー")
# A game's plays and results: an article with two different ones tells a game (not 延長 or 勝利: a truce is extended, an
# election won)
_GAME = re.compile(rf"{ACTS}|本塁打|安打|連打|打点|失点|打席|打線|登板|継投|完封|セーブ|三振|四球|盗塁|併殺|"
                   r"ゴール|得点|シュート|トライ|リバウンド|バーディー|試合|優勝|連覇|メダル|白星|黒星|決勝|自己ベスト")
# One player's play, or a game's score before で (５－４で勝った): an article with one tells a game too
_ACT = re.compile(rf"{ACTS}|[０-９0-9]+[－−-][０-９0-9]+で")
# One word before が or も and a play within a few characters, no other subject between (阪神の新外国人…が本塁打), or
# before の and a play, no other の between (阪神の筒香谷の前に散発４安打); looked for at each word (広島の呉が…先発し)
_SUBJECT = re.compile(rf"(?<![\u4e00-\u9fff々ァ-ヺー・０-９0-9])(?=(({_WORD})(?:(?:が|も)[^、。「」がは]{{0,14}}?|の[^、。「」がはのを]{{0,12}}?)(?:{_PLAY})))")
# A list of words joined by 、 at a clause's start (not その裏、辰巳が) before の, が, と or も and a play
_LIST = re.compile(rf"(?:^|(?<=[、。はにもで「」]))(?=({_WORD}(?:、{_WORD})+)(?:が|の|と|も)[^、。「」]{{0,12}}?(?:{_PLAY}))")
# A side's scorers after ＝, each word with its points (シラナミ重工＝高岡９、大門６、上市５ほか), to the list's end
_SCORERS = re.compile(rf"(?<=[＝=])(?=({_WORD}[０-９0-9]{{1,2}}(?:、{_WORD}[０-９0-9]{{1,2}})+)(?:ほか|、|。|$|\s|▽|【))")
_POINTS = re.compile(r"[０-９0-9]+$")
# A player's position or role and の, then a word of its own before a particle
_POSITIONED = re.compile(r"(?:先発|救援|抑え|守護神|中継ぎ|代走|代打|捕手|エース|主将|主砲|新人|ルーキー|４番|ＧＫ|GK|"
                         rf"ＦＷ|ＤＦ|ＭＦ|セッター|リベロ)の({_WORD})(?=[はがもをにと、])")
# The topic of a sentence that quotes it: a word of its own at a clause's start before は and a quote (and then a verb
# of speech, `said.SAYS`)
_SPEAKER = re.compile(rf"(?:^|(?<=[、。」]))({_WORD})は、?[^。「」]{{0,16}}「[^」]+」")
# A word of its own after の and before a particle (a club's player when a club ends before の)
_MAY_ACT, _MAY_GAME = may_match(_ACT), may_match(_GAME)
_CLUB_PLAYER = re.compile(rf"(?<=の)({_WORD})(?=[はがもをにと、])")
_AFTER = frozenset("はがもをにとの、」")
_ONE_AFTER, _CLAUSE = frozenset("はがもを、"), frozenset("、。「\n")
_NOT_BEFORE = re.compile(r"[\u4e00-\u9fff々ァ-ヺー・０-９0-9]")


def game_players(flat: str, lines: list[Line], starts: list[int], names: list[Name], free,
                 clubs: "set[int] | frozenset[int]" = frozenset()) -> list[Name]:
    """The players of the module's shapes in an article that tells a game, where `free(start, end)` allows and no
    name of `names` is; `clubs`: the ends of the organisations found in `flat` (a club before の and its player)."""
    if not (_MAY_ACT(flat) and _ACT.search(flat)) and not (
            _MAY_GAME(flat) and len(set(_GAME.findall(flat, 0, 20000))) >= 2):
        return []  # (the anchors first: both patterns open with classes the engine tries at every place)
    out: list[Name] = []
    within = bytearray(len(flat))
    for n in names:
        within[n.start:n.end] = b"\1" * (n.end - n.start)

    def add(s: int, e: int) -> None:
        if free(s, e) and within.find(1, s, e) < 0:
            within[s:e] = b"\1" * (e - s)
            out.append(Name(s, e, flat[s:e], False))

    for x in lines:
        line = x.text
        toks = x.toks
        for m in _SUBJECT.finditer(line):
            s, e = m.span(2)
            if _name_word(toks, s, e) and not (_TEAM_PLAY.search(m.group(1)) and _town(toks, s, e)):
                add(x.at + s, x.at + e)
        for m in _POSITIONED.finditer(line):  # 捕手の日光は, 代走の堀が, エースの関は: a player after a position
            s, e = m.span(1)
            if _name_word(toks, s, e, common=True):
                add(x.at + s, x.at + e)
        if "「" in line:
            for m in _SPEAKER.finditer(line):  # 宇和島は「…」と振り返った: a town's word that speaks is a player
                s, e = m.span(1)
                if SAYS.match(line, m.end()) and _name_word(toks, s, e):
                    add(x.at + s, x.at + e)
        for m in _CLUB_PLAYER.finditer(line):  # ロッテの大網を攻めあぐね: a club, の and its player
            s, e = m.span(1)
            if x.at + s - 1 in clubs and _name_word(toks, s, e):
                add(x.at + s, x.at + e)
        for m in _LIST.finditer(line):
            items, at = [], m.start(1)
            for word in m.group(1).split("、"):
                items.append((at, at + len(word)))
                at += len(word) + 1
            while items and not _one_word(toks, *items[0]):
                items = items[1:]  # 四回、敦賀、舞鶴: the list is the words of their own before the play
            if len(items) >= 2 and all(_one_word(toks, s, e) for s, e in items) and any(
                    _name_word(toks, s, e) for s, e in items):
                for s, e in items:
                    add(x.at + s, x.at + e)
        for m in _SCORERS.finditer(line):  # 【得点】シラナミ重工＝高岡９、大門６、上市５ほか: every scorer, when one is a
            items, at = [], m.start(1)  # name's word and each a word of its own
            for item in m.group(1).split("、"):
                word = _POINTS.sub("", item)
                items.append((at, at + len(word)))
                at += len(item) + 1
            if all(_one_word(toks, s, e) for s, e in items) and any(_name_word(toks, s, e) for s, e in items):
                for s, e in items:
                    add(x.at + s, x.at + e)
    alone = {flat[n.start:n.end] for n in names + out if not n.full and n.surname == flat[n.start:n.end]
             and n.surname not in PREFECTURES}
    for surname in alone:
        one = len(surname) == 1  # (呉 … 呉を援護した: one kanji again only as a clause's subject or object)
        q = flat.find(surname)
        while q >= 0:
            e = q + len(surname)
            row = bisect_right(starts, q) - 1
            if flat[e:e + 1] in (_ONE_AFTER if one else _AFTER) and not (q and (
                    _NOT_BEFORE.match(flat[q - 1]) or one and flat[q - 1] not in _CLAUSE)) and row >= 0 and (
                    q + len(surname) <= lines[row].at + len(lines[row].text)) and _one_word(
                    lines[row].toks, q - lines[row].at, e - lines[row].at, loose=True):
                add(q, e)
            q = flat.find(surname, e)
    return out


def org_ends(out: list[tuple[str, int, int, str]], busy: bytearray, heads: dict[int, tuple[int, bool]],
              people: dict[int, int]) -> set[int]:
    """Where the organisations found so far end: this pass's, and the gazetteer's runs that are no place, country or
    person (`busy`, `heads`, `people`)."""
    ends = {e for kind, _, e, _ in out if kind == "organization"}
    s = busy.find(1)
    while s >= 0:
        e = busy.find(0, s)
        e = len(busy) if e < 0 else e
        if s not in heads and s not in people:
            ends.add(e)
        s = busy.find(1, e)
    return ends


def _one_word(toks: Toks, s: int, e: int, loose: bool = False) -> bool:
    """line[s:e] is one word (or, `loose`, words that start at s and end at e), no number and no player's word."""
    k = bisect_left(toks.starts, s)
    if k >= len(toks) or toks.starts[k] != s or e not in toks.ends:
        return False
    if not loose and toks.ends[k] != e:
        return False
    word = toks.surfaces[k] if not loose else None
    if word is not None and (word in STOP or word in NOT_NAME or toks.pos[k] != "名詞" or toks.pos1[k] == "数詞"):
        return False
    return True


def _name_word(toks: Toks, s: int, e: int, common: bool = False) -> bool:
    """line[s:e] is one word that reads as a town (no prefecture nor country) or a name, or as a name between a title
    and an honorific; with `common`, any word of one or two kanji but a player's word too (捕手の日光)."""
    if not _one_word(toks, s, e):
        return False
    k = bisect_left(toks.starts, s)
    word = toks.surfaces[k]
    if word in PREFECTURES or toks.pos3[k] == "国":
        return False
    if toks.pos2[k] in ("地名", "人名"):
        return True
    return bool(read_as_name(word)) or common and len(word) <= 2 and toks.pos1[k] == "普通名詞" and (
        toks.pos2[k] == "一般")


def _town(toks: Toks, s: int, e: int) -> bool:
    k = bisect_left(toks.starts, s)
    return k < len(toks) and toks.ends[k] == e and toks.pos2[k] == "地名"
