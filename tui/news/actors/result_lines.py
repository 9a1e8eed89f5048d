"""Players in the fixed lines of results pages and box scores, read before the organisations' rules (in NFKC, as the
line is read: ① is 1):

- a racer before the prefecture they race for, in a line of keirin, boat or auto racing (久留米（佐賀）が, ①武蔵野（東京）
  ②相馬（福島）), whatever UniDic reads the name as;
- the entries of a leaderboard, names before their scores to par (①桐ケ谷美羽－１２②ユン・ソヒ－１０③岩永、蓮見－９);
- the entries of a ranking before their sides in brackets (①ダニエル・オコンクォ（東洋大）１０秒０５　②谷村（富士通）…); in
  horse racing (①ミッドナイトバロン（デュラン）②…（横川）) the jockey in the brackets;
- the entries of a ranking with their results and no side (①五十嵐千尋１時間８分２秒②新発田…, 優勝糸魚川２１分３秒、２位
  栗原…): a name that reads as one, a town's word in a game's line, or a joined foreign name;
- a box score's lines of plays (▽本塁打　鳴門８号３ラン（三次）, ▽二塁打　関本、若宮２　▽盗塁　林): each batter, and
  the pitcher in brackets after the hit (a school's box brackets the batter's side right after the name: 谷（鶴城学園）); its decisions and batteries (【勝】金城６勝２敗, 【投手】（広）小此木、浜岡－坂越): each name;
- the scorers after 得点者 (（得点者）甲府・内藤、ヴィニシウス、山口・大楠; 得点者／大宮＝マテウス（９０分）; ▽得点者【川】
  マテウス２（５２分、８８分）栗林（７０分）): each name, after its club and ・ or ＝ or alone, and a rugby score's kind
  (トライ那珂川２、春日、ゴール太宰府４), before the goals it scored and the minutes in brackets, or none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .governors import PREFECTURES
from .sport_words import (BODY_END, KANJI_CLASS, KATA_NAME, RACING, SPORT_LINE, STOP, full_name, name_word,
                          town_word)

_DASH = r"\-－―—─"  # the dashes a box score or a relay's order joins names with (― and — alike)
_ANY_DASH = re.compile(f"[{_DASH}]")
_SCORERS = re.compile(r"得点者[）)】／/：:【]|▽(?:主な)?(?:得点者?|トライ|ゴール)[\s　]|【(?:主な)?(?:得点|トライ|ゴール)】")  # (▽得点 小矢部9、射水7(北陵))
# A battery's line with each side's short name in brackets: (会)三春-船引 (白)鮫川、西郷-鏡石, in NFKC
_SIDE_BATTERY = re.compile(r"[(（【][^()（）【】\s]{1,3}[)）】]((?:[\u4e00-\u9fff々ァ-ヺー・]{2,9}、)*[\u4e00-\u9fff々ァ-ヺー・]{2,9}"
                           rf"[{_DASH}][\u4e00-\u9fff々ァ-ヺー・]{{2,9}})(?=[\s　(（]|$)")
# A box score's decisions (【勝】金城6勝2敗, 【S】大鷲1勝1敗15S) and its batteries (【投手】(広)小此木、浜岡-坂越), in NFKC
_DECISION = re.compile(rf"(?:(?:【|\[|\()(?:勝|敗|S|セーブ|H|ホールド)(?:】|\]|\))\s*|(?:^|(?<=\s))(?:勝|敗|S|セ|セーブ)\s+)"
                       rf"({KANJI_CLASS}{{1,5}}|{KATA_NAME})(?=(?:[0-9]+試合)?[0-9]+[勝敗])")  # (勝　早川6勝2敗: no
# brackets; (勝)梓川8勝3敗, (S)ベタンコート2敗21S: a paper's round brackets, a closer's record with no win)
_BATTERY_HEAD = re.compile(r"【(?:投手?|捕手?|バッテリー)】")  # a battery's line: 【投手】, 【投】, 【バッテリー】
_BATTERY_ITEM = re.compile(rf"(?:(?<=[、{_DASH}\s)）])|(?<=】))({KANJI_CLASS}{{1,5}}|{KATA_NAME})(?=[、{_DASH}\s(（]|$)")
_HORSE = re.compile(r"[ァ-ヺ][ァ-ヺー]{3,8}")  # every entry one katakana word of four to nine: a race's horses
# An entry of a ranking: its place as a circled number, a name (a short one printed with a space inside: 森永 遼), then
# in brackets the side (or, in horse racing, the jockey), then the result or the next entry. A place of one digit may
# run on from the result before it (10秒12②鷲見: 10秒122鷲見 in NFKC); the places must then rise from 1.
_RANKED = re.compile(rf"(?:(?<![0-9.,:])([0-9]{{1,2}})|(?<=[0-9])([1-9]))(?:\)|位)?\s*({KANJI_CLASS}[\u4e00-\u9fff々ヶケノ]{{0,4}}[ぁ-ゖ]{{0,3}}"
                     rf"|{KANJI_CLASS}{{1,3}} {KANJI_CLASS}{{1,2}}|{KATA_NAME})[（(]({KANJI_CLASS}{{1,4}}|{KATA_NAME}"
                     r"|[^（）()]{1,12})[）)](?=[\s　0-9.、]|$)")  # (in NFKC, as the line is read: ① is 1)
# Three or more names in brackets, joined by commas, dashes, arrows or ・: a team's members (its relay's order)
_MEMBER_LIST = re.compile(r"[^、・―－—→\s]{1,6}(?:[、・―－—→][^、・―－—→\s]{1,6}){2,}")
_RESULT_AFTER = re.compile(r"[)）]\s*(?:通算)?\.?[0-9]")  # a result's figures right after a side in brackets (…)27秒85, ).328)
# Another entry of the same place, after a ranked one and 、 (③岡谷（警視庁）、浜名（旭光学）), its groups as `_RANKED`'s
_TIED = re.compile(rf"、\s*()()({KANJI_CLASS}{{1,5}}|{KATA_NAME})[（(]({KANJI_CLASS}{{1,4}}|{KATA_NAME}|[^（）()]{{1,12}})[）)]"
                   r"(?=[\s　0-9、]|$)")
# an item: the club and ・ or ＝ before the name (甲府・内藤, 大宮＝マテウス), the minute in brackets after it
_ITEM = re.compile(rf"(?:(?<=[、\s　／/：:）)】])|^)(?:[^、。・＝=\s（）()【】]{{1,8}}[・＝=])?(?:トライ|ゴール|PG|DG)?"
                   rf"({KANJI_CLASS}{{1,4}}|{KATA_NAME})"
                   rf"(?=[0-9０-９]{{0,2}}(?:[、。\s　（(【]|$))")  # (マテウス２（５２分、８８分）: two goals)
_KATA_RUN = re.compile(r"[ァ-ヺー]+")
_TEAM_TIME = re.compile(r"[0-9]+(?:時間|分)[0-9]+(?:分|秒)")  # a team's time (2時間15分48秒, 3分33秒40)
_RACE_LINE = re.compile(r"競輪|ボートレース|オートレース|競艇|[0-9]着")
# a racer and the prefecture in brackets (久留米（佐賀）が, 遠山エミリ（滋賀）が), in NFKC
_RACER = re.compile(rf"(?<![\u4e00-\u9fff々ァ-ヺー・])({KANJI_CLASS}{{1,4}}(?:[ぁ-ゖ]{{2,4}}|[ァ-ヺー]{{0,5}})|{KATA_NAME})"
                    rf"\(([\u4e00-\u9fff]{{2,3}})\)"
                    r"(?=[がはのもと、。\s]|[0-9]|$)")
NOT_RACER = re.compile(r"(?:祭|杯|記念|賞|戦|大会|競輪|競艇|場|選手権|グランプリ|シリーズ|決勝|市|町|村|区)$")
# a leaderboard's entry: its place (① is 1 in NFKC; the score before may run into it: -122ユン), names joined by 、,
# the score to par (-12, +3, or E)
_BOARD_NAME = rf"{KANJI_CLASS}[\u4e00-\u9fff々ヶケノ]{{0,5}}(?:[ぁ-ゖ]{{2,4}}(?=[0-9\-+]))?|{KATA_NAME}"  # (氷見野すみれ)
_BOARD = re.compile(rf"[0-9]((?:(?:{_BOARD_NAME})、)*(?:{_BOARD_NAME}))"
                    r"(?=\s?(?:[-+−－][0-9]|E(?![A-Za-z])))")  # (①稲美翔太 -16: a space before the score too)
_NAME_ITEM = re.compile(_BOARD_NAME)
# A stroke play leaderboard's line of one place (①戸倉ひなの204（68、67、69）, ④大路まりん、ポーラ・サンティアゴ（フィリピン）
# 207), in NFKC: the place, its names joined by 、 (a country in brackets after one), the total of strokes, the rounds'
# scores in brackets or the line's end
_STROKE_WORD = rf"{KANJI_CLASS}[\u4e00-\u9fff々ヶケノ]{{0,5}}[ぁ-ゖ]{{0,4}}|{KATA_NAME}"
_COUNTRY_AFTER = r"(?:\([^()0-9]{2,8}\))?"
_STROKE_NAME = rf"(?:{_STROKE_WORD}){_COUNTRY_AFTER}"
_STROKES = re.compile(rf"^\s*[0-9]{{1,2}}\s*((?:{_STROKE_NAME}、)*{_STROKE_NAME})\s*[1-3][0-9]{{2}}"
                      r"\s*(?:\([0-9]{2}(?:、[0-9]{2}){1,3}\))?\s*$"  # (132　林大悟　67　65: the total, then each round's)
                      rf"|^\s*[1-3][0-9]{{2}}\s+((?:{_STROKE_NAME}、)*{_STROKE_NAME})(?:\s+[0-9]{{2}}){{2,4}}\s*$")
_STROKE_ITEM = re.compile(rf"({_STROKE_WORD}){_COUNTRY_AFTER}")
# A ranking's entries with their results and no side (①五十嵐千尋1時間8分2秒②新発田1時間8分30秒, 優勝糸魚川21分3秒、2位
# 栗原…, ①エミリー・ハートマン220・10), in NFKC: the place, the name, then the result's digits
_TIMED = re.compile(rf"(?:(?<=[0-9])|(?<=[0-9]位)|(?<=優勝))(?!位)({_BOARD_NAME})(?=[0-9]{{1,3}}(?:時間|分|秒|[・.][0-9]|m|メートル|点))")
_FIRST = re.compile(r"(?<![0-9])1(?=[\u4e00-\u9fffァ-ヺ])|優勝(?=[\u4e00-\u9fffァ-ヺ])")  # the first entry's place
# A box score's lines of hits and plays (▽本塁打　鳴門8号3ラン（三次）, ▽二塁打　関本、若宮2　▽盗塁　林): every item a player
_PLAYS = re.compile(r"▽(?:本塁打|三塁打|二塁打|盗塁|盗塁死|失策|犠打|犠飛|併殺|暴投|捕逸|野選)\s*"
                    r"|(?:【|\[)(?:本|本塁打|三|三塁打|二|二塁打|盗|盗塁|犠|失)(?:】|\])\s*")  # (【本】ロハス11号3(堀), [本]鬼塚15号2ラン
# (堂前): a head in brackets)
_PLAY_ITEM = re.compile(rf"({KANJI_CLASS}[\u4e00-\u9fff々ヶケノ]{{0,4}}|{KATA_NAME})(?=[0-9]|[、\s　▽(（]|$)")
_PITCHER = re.compile(rf"(?<=[(（])({KANJI_CLASS}[\u4e00-\u9fff々ヶケノ]{{0,4}}|{KATA_NAME})(?=[)）])")


# A team match of kendo or judo by position: 先鋒 小城颯太メ-笠間陸 次鋒 武雄仁×結城伸之介 (in NFKC): both players, the
# points each took (メ, コ, ド, ツ, 反) after or before the name
_SLOT_NAME = r"[\u4e00-\u9fff々ヶケノ]{2,5}[ぁ-ゖ]{0,3}|[ァ-ヺ][ァ-ヺー]+(?:・[ァ-ヺ][ァ-ヺー]+)?"
_BY_POSITION = re.compile(rf"(?:先鋒|次鋒|中堅|副将|大将)\s*({_SLOT_NAME}?)[メコドツ反○●]*\s*[-×○●△]\s*[メコドツ反○●]*"
                          rf"({_SLOT_NAME})(?=[メコドツ反○●]*(?:\s|$))")


# A line of one place of a ranking (3位　大岩（川崎）、相馬（G大阪）12点; ②青柳（…）2分08秒13), in NFKC: each entry before its
# side in brackets, the result's digits after the last
_PLACED = re.compile(r"^\s*(?:[0-9]{1,2}位|[2-9]|1[0-9]|20)\s*(?=[\u4e00-\u9fff々ァ-ヺ])|(?<=\s)[0-9]{1,2}位\s*(?=[\u4e00-\u9fff々ァ-ヺ])")
_ENTRY = re.compile(rf"(?:、\s*)?({KANJI_CLASS}[\u4e00-\u9fff々ヶケノ]{{0,4}}[ぁ-ゖ]{{0,3}}|{KATA_NAME})[（(]([^（）()0-9]{{1,10}})[）)]")
# A team's members in brackets in the order they ran or swam (京都2時間15分48秒(嵐山→小松あかね→桂…), 千歳白樺高(札内—原野—
# …), ①東央大(入江・瀬川・松前・日向)3分33秒40): three or more, joined by arrows or dashes, or by ・ before the team's time
_MEMBER = rf"(?:{KANJI_CLASS}[\u4e00-\u9fff々ヶケノ]{{0,4}}[ぁ-ゖ]{{0,3}}|[ァ-ヺ][ァ-ヺー]+(?:・[ァ-ヺ][ァ-ヺー]+)?)"
_MEMBERS = re.compile(rf"[（(]({_MEMBER}(?:[→{_DASH}]{_MEMBER}){{2,}})[）)]"
                      rf"|[（(]({KANJI_CLASS}{{1,5}}(?:・{KANJI_CLASS}{{1,5}}){{2,}})[）)](?=\s*[0-9])")


def _no_body(word: str) -> bool:
    """Whether `word` is neither a prefecture's name nor ends as a body's (…大, …高, …会)."""
    return word not in PREFECTURES and not BODY_END.search(word)


def _stroke_name(name: str) -> bool:
    """Whether a leaderboard's entry reads as a name: joined by ・, a surname, a full name, or a surname and a given
    name in hiragana (戸倉ひなの)."""
    given = re.search("[ぁ-ゖ]{2,4}$", name)
    return "・" in name or name_word(name) or full_name(name) or bool(given and name_word(name[:given.start()]))


def _ranked_line(line: str, words: Callable, add: Callable[[int, int], None]) -> None:
    """The entries of one place of a ranking on a line of its own (`_PLACED`)."""
    head = _PLACED.search(line)
    if head is None:
        return
    entries = []
    at = head.end()
    while (m := _ENTRY.match(line, at)) is not None:
        entries.append(m)
        at = m.end()
    if not entries or not re.match(r"\s*[0-9]", line[at:]):
        return  # (the result's digits after the last entry: 12点, 2分08秒13)
    for m in entries:
        name = m.group(1)
        if name not in STOP and not BODY_END.search(name) and name not in PREFECTURES and (
                name_word(name) or full_name(name) or "・" in name or town_word(words(), *m.span(1))):
            add(*m.span(1))


def _members(line: str, add: Callable[[int, int], None]) -> None:
    """A team's members in brackets (`_MEMBERS`), in a line of results."""
    for m in _MEMBERS.finditer(line):
        g = 1 if m.group(1) else 2
        at = m.start(g)
        for part in re.split(rf"[→{_DASH}・]" if g == 2 else rf"[→{_DASH}]", m.group(g)):
            if part not in STOP and part not in PREFECTURES and not BODY_END.search(part):
                add(at, at + len(part))
            at += len(part) + 1


def result_line_names(line: str, words: Callable, add: Callable[[int, int], None]) -> list[int]:
    """`add(start, end)` each name of the module's doc in the line; `words()`: the line's words. The places of the
    line's ranked entries before their sides in brackets (①谷村（富士通）②…: [1, 2]), for the rules after."""
    if "(" in line and _RACE_LINE.search(line):
        for m in _RACER.finditer(line):
            if m.group(2) in PREFECTURES and not NOT_RACER.search(m.group(1)) and m.group(1) not in PREFECTURES:
                add(*m.span(1))
    board = list(_BOARD.finditer(line)) if "-" in line or "+" in line else []
    timed = [m for m in _TIMED.finditer(line)] if "2" in line else []
    sport = (len(board) >= 2 or len(timed) >= 2) and SPORT_LINE.search(line) is not None
    if len(board) >= 2 and board[0].group().startswith("1"):
        for m in board:
            for item in _NAME_ITEM.finditer(m.group(1)):
                s_, e_ = m.start(1) + item.start(), m.start(1) + item.end()
                if name_word(item.group()) or full_name(item.group()) or (
                        sport and town_word(words(), s_, e_)):  # (not ①札幌－10②旭川－12: the day's lows)
                    add(s_, e_)
    if strokes := _STROKES.match(line):  # ⑥篠宮、金田、木村ゆう208: a leaderboard's place, each name that reads as one
        g = 1 if strokes.group(1) else 2
        items = list(_STROKE_ITEM.finditer(line, strokes.start(g), strokes.end(g)))
        named = [_stroke_name(item.group(1)) for item in items]
        for item, name in zip(items, named):  # (a tie's other names: any word but a place's or a body's, 鴨川)
            if name or (any(named) and _no_body(item.group(1))):
                add(*item.span(1))
    ranked = list(_RANKED.finditer(line)) if "2" in line else []  # ①谷村（富士通）…: a ranking (① is 1 in NFKC)
    places = [int(m.group(1) or m.group(2)) for m in ranked]
    if len(ranked) >= 2 and places == list(range(1, len(ranked) + 1)):
        racing = RACING.search(line) is not None or all(_HORSE.fullmatch(m.group(3)) for m in ranked)
        # three or more ranked with clubs, schools or firms in brackets, none a prefecture's: a ranking of people
        # (1)汐見ひなた(ファインスイム浜松)27秒85 (2)…: any name there that is no body's nor a prefecture's
        clubs = not racing and len(ranked) >= 3 and _RESULT_AFTER.search(line) is not None and not any(
            m.group(4) in PREFECTURES or country_word(m.group(4)) for m in ranked)
        for m in ranked:
            g = 4 if racing else 3  # (a horse and its jockey in brackets; else the athlete and their side)
            tied = [m]
            while (more := _TIED.match(line, tied[-1].end())) is not None:
                tied.append(more)  # ③岡谷（警視庁）、浜名（旭光学）: the place's second entry (judo's two thirds)
            head = name_word(m.group(g)) or full_name(m.group(g)) or (clubs and _no_body(m.group(g)))
            if head and not racing and _MEMBER_LIST.fullmatch(m.group(4)):
                continue  # ①熊谷桜丘高（石坂、荻野、門倉、秋元）: a team before its members, no person
            if head:
                add(*m.span(g))
            for x in tied[1:]:  # (a tie's name after a name: any word but a place's or a body's, 浜名 of 浜名湖)
                if (head or name_word(x.group(g)) or full_name(x.group(g))) and _no_body(x.group(g)):
                    add(*x.span(g))
    if len(timed) >= 2 and _FIRST.search(line):  # ①…②…: a ranking's names before their results
        for m in timed:
            if not BODY_END.search(m.group(1)) and m.group(1) not in PREFECTURES and (
                    name_word(m.group(1)) or full_name(m.group(1)) or "・" in m.group(1)
                    or (sport and town_word(words(), *m.span(1)))):
                add(*m.span(1))
    positions = list(_BY_POSITION.finditer(line)) if "鋒" in line or "将" in line else []
    for m in positions if len(positions) >= 2 else ():  # 先鋒 小城颯太メ-笠間陸 次鋒 …: a team match, each player
        for g in (1, 2):
            if m.group(g) not in STOP:
                add(*m.span(g))
    if "(" in line and (_RACE_LINE.search(line) is None):
        _ranked_line(line, words, add)
        if SPORT_LINE.search(line) or _TEAM_TIME.search(line) or "→" in line:
            _members(line, add)
    play = _PLAYS.search(line) if "▽" in line or "】" in line or "]" in line else None
    while play:  # ▽本塁打　鳴門8号3ラン（三次）: the batter, and the pitcher in brackets
        stop = min((at for at in (line.find("▽", play.end()), line.find("【", play.end())) if at >= 0), default=len(line))
        batters = set()
        for item in _PLAY_ITEM.finditer(line, play.end(), stop):
            if item.start() == play.end() or line[item.start() - 1] in "、 　(（)）":  # (谷（鶴城学園）工藤: after a side)
                if item.group(1) not in STOP:
                    add(*item.span(1))
                batters.add(item.end(1))
        for item in _PITCHER.finditer(line, play.end(), stop):
            if item.start() - 1 not in batters:  # 成田（津軽明星）: a school's box, the batter's side
                add(*item.span(1))
        play = _PLAYS.search(line, stop) if stop < len(line) else None
    for m in _DECISION.finditer(line) if "】" in line or "勝" in line or "敗" in line else ():  # 【勝】金城6勝2敗: the winning pitcher and his record
        if "ァ" <= m.group(1)[0] <= "ヺ" or m.group(1) not in STOP:  # (any name there is a pitcher's)
            add(*m.span(1))
    return places


# A tennis draw's line (in NFKC): each player before the country in brackets, the sets' scores between (白金亮(日本)
# 6-4 3-6 7-6(5) マテオ・ロッシーニ(イタリア))
_SETS = re.compile(r"(?<![0-9])[0-7]-[0-7](?![0-9])")
_DRAWN = re.compile(r"(?<![\u4e00-\u9fff々ァ-ヺー・])([\u4e00-\u9fff々ヶケノ]{2,5}[ぁ-ゖ]{0,3}|[ァ-ヺ][ァ-ヺー]+(?:・[ァ-ヺ][ァ-ヺー]+){0,2})"
                    r"\(([^()]{2,8})\)")
# 男山厩舎, 栗東・阿見厩舎: a trainer's stable, named by the trainer's surname
_STABLE = re.compile(r"(?:(?<=[・、\s　のはが])|^)([\u4e00-\u9fff々ヶケノ]{2,3})厩舎")


@lru_cache(maxsize=256)
def country_word(word: str) -> bool:
    """Whether `word` is a country's name to UniDic, one word (日本, イタリア, コロンビア)."""
    from ..language import words, word_class

    flat = words(word)
    return len(flat) == 2 and word_class(flat[1])[3] == "国"


def box_names(line: str, add: Callable[[int, int], None], words: Callable | None = None) -> None:
    """`add(start, end)` each pitcher and catcher of a battery's line and each scorer after 得点者 (see the module);
    `words()`: the line's words (a scorer may be a word UniDic reads as a town's: ▽得点 小矢部9)."""
    if "-" in line and len(_SETS.findall(line)) >= 2:  # 白金亮(日本) 6-4 3-6 …: a draw's players before their countries
        for m in _DRAWN.finditer(line):
            if country_word(m.group(2)) and m.group(1) not in STOP:
                add(*m.span(1))
    for m in _STABLE.finditer(line) if "厩舎" in line else ():  # 男山厩舎: the trainer
        if m.group(1) not in STOP:
            add(*m.span(1))
    sides = list(_SIDE_BATTERY.finditer(line)) if _ANY_DASH.search(line) else []
    if len(sides) >= 2 or (sides and sides[0].start() == 0):  # (会)三春-船引 (白)鮫川、西郷-鏡石: every item a player
        for m in sides:
            at = m.start(1)
            for part in re.split(rf"[、{_DASH}]", m.group(1)):
                if part not in STOP:
                    add(at, at + len(part))
                at += len(part) + 1
    battery = _BATTERY_HEAD.search(line) if "】" in line else None
    if battery is not None:  # 【投手】(広)小此木、浜岡、ジェンキンス-坂越, 【投】大宮、中川（荒川学園）: every item a pitcher or a catcher
        for m in _BATTERY_ITEM.finditer(line, battery.end()):
            add(*m.span(1))
    scorers = _SCORERS.search(line)
    if scorers:
        for item in _ITEM.finditer(line, scorers.end()):
            s, e = item.span(1)
            if s > item.start() and line[s - 1] == "・" and _KATA_RUN.fullmatch(line[item.start():s - 1]) and (
                    _KATA_RUN.fullmatch(item.group(1))):
                s = item.start()  # レアンドロ・シウバ: a katakana name joined by ・, not a club before it
            joined = line[s:e].split("・")  # (マテウス・リマ: one part a place's name to UniDic, the other a name)
            if name_word(line[s:e]) or (len(joined) > 1 and any(map(name_word, joined))) or (
                    words is not None and town_word(words(), s, e)):
                add(s, e)
