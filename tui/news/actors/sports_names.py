"""Players in the shapes of sports pages that the name rules miss: a surname UniDic reads as a common word or a
place, a foreign player's katakana mononym with no title after it.

Read before the organisations' rules (`early_names`, which would take 遠山組 or WTB日置 for a company or a club):

- a surname after a rugby or football position in letters (WTB日置が, SO原は): kanji that read as a surname between a
  title and an honorific (`name_frame`); a name after ナンバー８ and の;
- a pair in doubles or pairs, two names joined by 、 (or kanji by ・) before 組 (綾部、ベン・マクラクラン組が, 篠宮・伊吹組は):
  both persons, a given name too, in a line that speaks of ダブルス, ペア, タッグ or アイスダンス; two surnames in kanji
  joined by ・ before 組 in any line (根津・大河内組は, 宮島・厳島組が: a town's word too, no prefecture);
- a name right after a player's position or role in a game's line: a position in letters (PG小金井が, GK後藤沢が,
  PRタウファ), a role before a surname (先発真壁が, 主将戸塚は), a position or role and の (セッターの千早が, 控えの
  白樺が, 左サイドバックの潮見だった): a word read as a surname between a title and an honorific, or one word UniDic
  reads as a town's name (a club is not named by its players' roles);
- an athlete before the body they compete for in brackets, in a result's line (北見（日大）が６２メートル１０で優勝, ②小豆島
  （ミキハウス）, 安曇野紗希（ミズノ）が): a surname UniDic reads as a town's name or a full name, when the bracket is no place
  alone, in a result's line or a ranking's later entries;
- the speaker heading a comment in brackets (【宗像の話】, 【梶ケ谷監督（仙台）の話】): a surname UniDic reads as a place
  or cuts into pieces, before a player's or a coach's title and the side in brackets, if any;
- the names of results pages' and box scores' fixed lines: rankings, leaderboards, racers, plays, decisions,
  batteries and scorers (`result_lines`).

Read with the people (`result_persons`, after the organisations, so a club named by its town is one already):

- the subject of a result (赤星が２メートル３０で制した, 橘が２連覇, レアンドロが決勝点, マクドナルドの２トライ, 北園の５位,
  上杉を破って): a word of its own before が, は, の or を that reads as a surname, or katakana that may be a name
  after a country and の (エチオピアのメセレト・ギルマが) or with an actor (the player's side) before it in the line
  (a club's nickname, レッズが優勝, stands alone; 地元のサンタ・ルチア may be a shop);
- a foreign athlete's ・-joined name as a sentence's subject, after a country and の or not after の, with its result
  later in the sentence, in a line about a game (オーストラリアのリアム・オコナーが…コースで優勝した);
- a katakana mononym after an actor found already and の (浦和のマテウスは, 磐田のドウグラスと): a club's player (not
  after a country: イタリアのミラン is as often a club).
"""

from __future__ import annotations

import re

from .discovery import plausible_name
from .governors import PREFECTURES
from .name_frame import read_as_name
from .persons import Name
from .result_lines import NOT_RACER, box_names, result_line_names
from .sport_words import BODY_END as _BODY_END, KANJI_CLASS as _KANJI, KATA_NAME as _KATA_NAME, RACING as _RACING
from .sport_words import SPORT_LINE as _SPORT_LINE, STOP as _STOP, all_places as _all_places, full_name as _full_name
from .sport_words import name_word as _name_word, surname_key as _surname_key, town_word as _town_word
from .tokens import KANJI, Toks

KANJI_CHAR, KATA_NAME = _KANJI, _KATA_NAME  # a kanji, and a player's name in katakana (joined by ・), for `plays`
_POSITION = re.compile(rf"(?<![A-Za-z])(?:WTB|CTB|SO|SH|FB|FL|LO|PR|HO|ＷＴＢ|ＣＴＢ|ＳＯ|ＳＨ|ＦＢ|ＦＬ|ＬＯ|ＰＲ|ＨＯ)"
                       rf"({_KANJI}{{1,3}})(?=[はがもをにとの、（(])|ナンバー[8８]の({_KATA_NAME}|{_KANJI}{{1,3}})(?=[はがもと、])")
_PAIR = re.compile(rf"(?<![\u4e00-\u9fff々ァ-ヺー・])({_KANJI}{{1,4}}|{_KATA_NAME})、({_KANJI}{{1,4}}|{_KATA_NAME})組"
                   r"(?=[がはのをと、（(])"  # (or two names in kanji joined by ・: 篠宮・伊吹組)
                   rf"|(?<![\u4e00-\u9fff々ァ-ヺー・])({_KANJI}{{1,5}})・({_KANJI}{{1,4}})組(?=[がはのをと、（(\s　]|$)")
_PAIR_LINE = re.compile(r"ダブルス|ペア|タッグ|アイスダンス|ビーチバレー")
_RESULT = re.compile(rf"(?<![\u4e00-\u9fff々ァ-ヺー・])({_KANJI}{{1,3}}|{_KATA_NAME})(?:が|は|の)(?:[^、。がはをの]{{0,10}}?)"
                     r"(?:優勝|連覇|制し|決勝点|決勝ゴール|先制点|(?<![ァ-ヺー])(?:ゴール|トライ)(?![ァ-ヺー])|[０-９0-9]+位|勝目|"
                     r"金メダル|銀メダル|銅メダル|初勝利)"  # (not トライ of ストライキ, ゴール of ゴールデン)
                     rf"|(?<![\u4e00-\u9fff々ァ-ヺー・])({_KANJI}{{1,3}}|{_KATA_NAME})を(?:破|下し|退け)")
# A foreign athlete's ・-joined name as a sentence's subject, its result later in the sentence (首位で出たユン・ソヒは…２位
# に終わった, オーストラリアのリアム・オコナーが…コースで優勝した), in a line about a game
_FAR_RESULT = re.compile(r"(?<![ァ-ヺー・])([ァ-ヺ][ァ-ヺー]{1,9}(?:・[ァ-ヺ][ァ-ヺー]{1,9}){1,2})(?:が|は)[^。]{0,40}?"
                         r"(?:優勝|[０-９0-9]+位|連覇|勝利|金メダル|銀メダル|銅メダル)")
_AFTER_ACTOR = re.compile(rf"の({_KATA_NAME})(?=[はがもと、])")
EARLY_SIGNS = (re.compile(r"ＷＴＢ|ＣＴＢ|WTB|CTB|ナンバー[8８]の|組[がはのをと、（(\s　]|得点者|2[\u4e00-\u9fffァ-ヺ]|】|▽得点|"
                          r"位(?<=[0-9０-９]位)|→|・[^（）()]{1,6}[)）][0-9０-９]|—|─|―(?<=[\u4e00-\u9fff]―)(?=[\u4e00-\u9fff])|勝(?<![^\s　]勝)[\s　]|敗(?<![^\s　]敗)[\s　]|"  # (a place's
                          # line, members, decisions)
                          r"▽主な得点|▽トライ|▽ゴール|先鋒|次鋒|厩舎|-(?<=[0-7]-)(?=[0-7]\s[0-7]-[0-7])|\([^()\s]{1,3}\)[\u4e00-\u9fffァ-ヺ]|（[^()（）\s]{1,3}）[\u4e00-\u9fffァ-ヺ]"),
               re.compile(r"PG|SG|SF|PF|GK|PR|HO|FL|LO|SH|FB|先発|主将|抑え|セッターの|リベロの|ゴールキーパーの|"
                          r"サイドバックの|ボランチの|ストライカーの|司令塔の|控えの|主戦の|捕手の|サイドの|エースの|救援の|中継ぎの|"
                          r"代打の|代走の|アンカーの|ヘッドコーチの|競輪|ボートレース|"
                          r"オートレース|競艇|▽本塁打|▽三塁打|▽二塁打|▽盗塁|▽失策|▽犠|▽併殺"),  # (literals first: read at them only)
               re.compile(r"^(?:[①-⑳]|[1-9][0-9]?)\s*(?=[\u4e00-\u9fffァ-ヺ]).{2,40}?[1-3１-３][0-9０-９]{2}\s*(?:[（(][0-9０-９]{2}、.*)?$"
                          r"|^[1-3][0-9]{2}\s+[\u4e00-\u9fffァ-ヺ].{1,40}?(?:\s+[0-9]{2}){2,4}\s*$", re.M))  # (a leaderboard's place)
_PLAY = r"退場|出場|先発|得点|移籍|加入|シュート|アシスト|負傷|欠場|ゴール|トライ|本塁打|安打"
# (each alternative opens with a literal, 位 of a rank then its digit behind, so that the alternation is searched
# for at its first characters only)
RESULT_SIGN = re.compile(rf"優勝|連覇|制し|決勝点|ゴール|トライ|位(?<=[０-９0-9]位)|勝目|メダル|"
                         rf"初勝利|を(?:破|下し|退け)|の[ァ-ヺ][ァ-ヺー・]+[はがもと、][^。\n]{{0,30}}?(?:{_PLAY})")
# A position in letters or a game's role right before the name (PG小金井が, 先発真壁が), or a position or role and の
# (セッターの千早が, 左サイドバックの潮見だった), in NFKC; the name a surname's kanji or a katakana name
_ROLED = re.compile(rf"(?:(?<![A-Za-z])(?:PG|SG|SF|PF|GK|PR|HO|FL|LO|SH|FB)の?|(?<![\u4e00-\u9fff々])(?:先発|主将|抑え)|"
                    rf"(?:セッター|リベロ|ゴールキーパー|サイドバック|ボランチ|ストライカー|司令塔|控え|主戦|捕手|主将|サイド|エース)の)"
                    rf"({_KANJI}{{2,3}}|{_KATA_NAME})(?=[はがもをにと、。]|だ)"
                    # a game's role and の before a katakana name (先発のキンタナが, ヘッドコーチのリードは); a surname in kanji
                    # there is the game's players' rules' (`game_players`), which file it for the article
                    rf"|(?:先発|救援|中継ぎ|抑え|代打|代走|アンカー|ヘッドコーチ)の({_KATA_NAME})(?=[はがもをにと、。]|だ)")
ROLE_SIGNS = ("PG", "SG", "SF", "PF", "GK", "PR", "HO", "FL", "LO", "SH", "FB", "先発", "主将", "抑え", "セッターの", "リベロの",
              "ゴールキーパーの", "サイドバックの", "ボランチの", "ストライカーの", "司令塔の", "控えの", "主戦の", "捕手の", "サイドの",
              "エースの", "救援の", "中継ぎの", "代打の", "代走の", "アンカーの", "ヘッドコーチの")
_GAME = re.compile(r"得点|ゴール|アシスト|トス|スパイク|シュート|セーブ|リバウンド|トライ|安打|塁打|適時|犠飛|登板|三振|"
                   r"試合|勝利|敗れ|決勝|優勝|騎乗|出場|先発|起用|次節|招集|選ば|代表|話した|語った")
# 北見（日大）が, ②小豆島（ミキハウス）: an athlete and the body in brackets, in NFKC, after a particle, a comma, a space
# or a place (① is 1 in NFKC)
_FOR_BODY = re.compile(rf"(?:(?<=[はがもとの、\s　】0-9])|^)({_KANJI}[\u4e00-\u9fff々ヶケノ]{{1,5}})\(([\u4e00-\u9fffァ-ヺーA-Za-z]{{2,8}})\)"
                       r"(?=[がはのも、。\s　0-9]|$)")
_TEAM_END = re.compile(r"[大高実工商農学院校園社会部団連]$")  # a school's or a club's short name (早稲田実)
_RESULT_LINE = re.compile(r"優勝|[0-9]位|記録|メートル|[0-9]秒|[0-9]分|決勝|準優勝|表彰台|入賞")
# 【宗像の話】, 【梶ケ谷監督（仙台）の話】: the name heading a comment (no body's word ends it: 【気象庁の話】)
_TALK = re.compile(rf"【({_KANJI}[\u4e00-\u9fff々ヶケノ]{{0,4}}?|{_KATA_NAME})(?:監督|コーチ|主将|選手|投手|捕手|騎手|調教師|親方|"
                   r"ヘッドコーチ|女流)?(?:[一二三四五六七八九十初]段|名人|竜王|王将|棋聖|王位|叡王|王座|棋王|碁聖|天元|本因坊)?"
                   r"(?:[（(][^（）()]{1,12}[）)])?の話】")  # (【西園寺六段の話】: a player's rank after the name)


def early_names(line: str, words, free) -> list[tuple[int, int, str]]:
    """(start, end, key) of each name of the module's first rules in the line, where `free` allows."""
    out: list[tuple[int, int, str]] = []

    def add(s: int, e: int) -> None:
        if e > s and free(s, e) and not any(a < e and s < b for a, b, _ in out):
            out.append((s, e, _surname_key(line[s:e])))

    for m in _POSITION.finditer(line):
        g = 1 if m.group(1) else 2
        if _name_word(m.group(g)):
            add(*m.span(g))
    if "組" in line:
        paired = _PAIR_LINE.search(line) is not None
        for m in _PAIR.finditer(line):
            a, b = (1, 2) if m.group(1) else (3, 4)
            if paired and all(_pair_word(m.group(g)) or (a == 3 and _town_word(words(), *m.span(g))
                                                          and m.group(g) not in PREFECTURES) for g in (a, b)):
                add(*m.span(a))
                add(*m.span(b))
            elif not paired and a == 3 and all(  # 根津・大河内組は: two surnames joined by ・, in any line
                    (_pair_word(m.group(g)) or _town_word(words(), *m.span(g))) and m.group(g) not in PREFECTURES
                    for g in (3, 4)):
                add(*m.span(3))
                add(*m.span(4))
    if any(sign in line for sign in ROLE_SIGNS):
        game = "「" in line or _GAME.search(line) is not None  # (a player's words, or a game's)
        for m in _ROLED.finditer(line):
            lettered = m.group()[0].isascii()  # (a position in letters, PG小金井: in a game's line only)
            g = 1 if m.group(1) else 2
            if (game or not lettered) and _role_name(m.group(g), words, m.start(g), m.end(g), lettered):
                add(*m.span(g))
    places = result_line_names(line, words, add)  # rankings, leaderboards, racers, plays (`result_lines`)
    for m in _FOR_BODY.finditer(line) if "(" in line and (_RESULT_LINE.search(line) or (
            len(places) >= 2 and places == list(range(places[0], places[0] + len(places))))) else ():
        name = m.group(1)  # (not 第69回有馬記念（GⅠ）: a race's name, its number before)
        if name[0] in "回位号年月日第" or NOT_RACER.search(name):
            continue
        if (_town_word(words(), *m.span(1)) or (_full_name(name) and not _TEAM_END.search(name))) and (
                not _all_places(words(), *m.span(2)) and m.group(2) not in PREFECTURES):
            add(*m.span(1))  # 北見（日大）が, 安曇野紗希（ミズノ）が: a town's word or a full name before a body
    for m in _TALK.finditer(line) if "の話】" in line else ():  # 【宗像の話】: the comment's speaker
        if not _BODY_END.search(m.group(1)) and m.group(1) not in _STOP and (
                "ァ" <= m.group(1)[0] <= "ヺ" or m.group(1) not in PREFECTURES):
            add(*m.span(1))
    box_names(line, add, words)  # a battery's line, the scorers (`result_lines`)
    return out


def result_persons(line: str, toks: Toks, found: list[Name], free, heads: dict[int, tuple[int, bool]]) -> list[Name]:
    """The names of the module's later rules in the line, where `free` allows and no name of `found` is; `heads`:
    start -> (end, a country?) of the countries and places found in the line."""
    out: list[Name] = []
    busy = [(x.start, x.end) for x in found]

    racing = _RACING.search(line) is not None  # 騎手が騎乗したサクラノミコトが優勝: a horse wins a race, no person

    def add(s: int, e: int) -> None:
        if racing and "・" not in line[s:e] and not KANJI.match(line[s:e]):
            return
        if not any(a < e and s < b for a, b in busy) and free(s, e) and _word(toks, s, e):
            out.append(Name(s, e, line[s:e].split("・")[-1], False))
            busy.append((s, e))

    for m in _RESULT.finditer(line):
        g = 1 if m.group(1) else 2
        s = m.start(g)
        if _name_word(m.group(g)) and (KANJI.match(m.group(g)) or (  # (レッズが優勝: a club; 地元のサンタ・ルチア)
                any(e == s - 1 and country for e, country in heads.values()) if line[s - 1:s] == "の"
                else _side_before(toks, free, s))):
            add(*m.span(g))
    for m in _FAR_RESULT.finditer(line) if "・" in line and _SPORT_LINE.search(line) else ():
        s = m.start(1)
        if _name_word(m.group(1)) and (line[s - 1:s] != "の" or any(e == s - 1 and c for e, c in heads.values())):
            add(*m.span(1))  # (after の, a country's: イタリアの; not 地元のサンタ・ルチア)
    if "の" in line:
        for m in _AFTER_ACTOR.finditer(line):
            if m.start() and _side_at(toks, free, m.start()) and plausible_name(m.group(1)) and not any(
                    e == m.start() and country for e, country in heads.values()):
                add(*m.span(1))  # (the character before の is an actor's: a club, a town; not a country's: イタリアのミラン)
    return out


def _side_before(toks: Toks, free, at: int) -> bool:
    """An actor found, or a place's word of UniDic's, in the line before `at`: a katakana player's side (鹿島は
    後半にレアンドロが)."""
    return at > 0 and (not free(0, at) or any(toks.ends[k] <= at for k in _towns(toks)))


def _side_at(toks: Toks, free, at: int) -> bool:
    """An actor found, or a town's word of UniDic's, right before `at` (浦和のマテウス: the club by its town)."""
    return at > 0 and (not free(at - 1, at) or any(toks.ends[k] == at for k in _towns(toks)))


def _towns(toks: Toks) -> list[int]:
    """The line's words UniDic reads as a place's name, not a country's."""
    return [k for k in toks.where("pos2", "地名") if toks.pos3[k] != "国"]


def _role_name(text: str, words, start: int, end: int, lettered: bool) -> bool:
    """After a position or role: a word read as a surname between a title and an honorific, or one word UniDic
    reads as a town's name (GK大宮が: a player); katakana that may be a name, or that stands as one word after a
    position in letters (`lettered`: PRタウファが)."""
    if text in _STOP:
        return False
    if "ァ" <= text[0] <= "ヺ":  # (PRタウファが: katakana after a position in letters, as none but a name stands)
        return plausible_name(text) or (lettered and _word(words(), start, end))
    return _name_word(text) or _town_word(words(), start, end)


def _pair_word(text: str) -> bool:
    """A name of a pair: a given name too (篠崎美咲・樹組)."""
    return _name_word(text) or (text not in _STOP and not "ァ" <= text[0] <= "ヺ" and bool(read_as_name(text)))


def _word(toks: Toks, s: int, e: int) -> bool:
    """The span is whole words of the line (not 子 of 女子, not 大 of 明大)."""
    return s in toks.starts and e in toks.ends
