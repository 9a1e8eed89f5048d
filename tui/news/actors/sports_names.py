"""Players in the shapes of sports pages that the name rules miss: a surname UniDic reads as a common word or a
place, a foreign player's katakana mononym with no title after it.

Read before the organisations' rules (`early_names`, which would take 遠山組 or WTB日置 for a company or a club):

- a surname after a rugby or football position in letters (WTB日置が, SO原は): kanji that read as a surname between a
  title and an honorific (`name_frame`); a name after ナンバー８ and の;
- a pair in doubles or pairs, two names joined by 、 (or kanji by ・) before 組 (綾部、ベン・マクラクラン組が, 篠宮・伊吹組は):
  both persons, a given name too, in a line that speaks of ダブルス, ペア, タッグ or アイスダンス; two surnames in kanji
  joined by ・ before 組 in any line (根津・大河内組は, 宮島・厳島組が: a town's word too, no prefecture);
- the entries of a ranking (①ダニエル・オコンクォ（東洋大）１０秒０５　②谷村（富士通）…): each name before its side
  in brackets; in horse racing (①ミッドナイトバロン（デュラン）②…（横川）) the jockey in the brackets;
- a name right after a player's position or role in a game's line: a position in letters (PG小金井が, GK後藤沢が,
  PRタウファ), a role before a surname (先発真壁が, 主将戸塚は), a position or role and の (セッターの千早が, 控えの
  白樺が, 左サイドバックの潮見だった): a word read as a surname between a title and an honorific, or one word UniDic
  reads as a town's name (a club is not named by its players' roles);
- a racer before the prefecture they race for, in a line of keirin, boat or auto racing (久留米（佐賀）が, ①武蔵野（東京）
  ②相馬（福島）), whatever UniDic reads the name as;
- the entries of a leaderboard, names before their scores to par (①桐ケ谷美羽－１２②ユン・ソヒ－１０③岩永、蓮見－９);
- an athlete before the body they compete for in brackets, in a result's line (北見（日大）が６２メートル１０で優勝, ②小豆島
  （ミキハウス）, 安曇野紗希（ミズノ）が): a surname UniDic reads as a town's name or a full name, when the bracket is no place
  alone;
- the speaker heading a comment in brackets (【宗像の話】, 【梶ケ谷監督（仙台）の話】): a surname UniDic reads as a place
  or cuts into pieces, before a player's or a coach's title and the side in brackets, if any;
- the entries of a ranking with their results and no side (①五十嵐千尋１時間８分２秒②新発田…, 優勝糸魚川２１分３秒、２位
  栗原…): a name that reads as one, a town's word, or a joined foreign name;
- a box score's lines of plays (▽本塁打　鳴門８号３ラン（三次）, ▽二塁打　関本、若宮２　▽盗塁　林): each batter, and
  the pitcher in brackets;
- a box score's decisions and batteries (【勝】金城６勝２敗, 【投手】（広）小此木、浜岡－坂越): each name;
- the scorers after 得点者 (（得点者）甲府・内藤、ヴィニシウス、山口・大楠; 得点者／大宮＝マテウス（９０分）; ▽得点者【川】
  マテウス２（５２分、８８分）栗林（７０分）): each name, after its club and ・ or ＝ or alone, before the goals it
  scored and the minutes in brackets, or none.

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
from bisect import bisect_left

from .discovery import plausible_name
from .name_frame import read_as_name
from .persons import Name
from .governors import PREFECTURES
from .tokens import KANJI, Toks

_KANJI = r"[\u4e00-\u9fff々]"
_KATA_NAME = r"[ァ-ヺ][ァ-ヺー]{1,9}(?:・[ァ-ヺ][ァ-ヺー]{1,9})*"
KANJI_CHAR, KATA_NAME = _KANJI, _KATA_NAME  # a kanji, and a player's name in katakana (joined by ・), for `plays`
_POSITION = re.compile(rf"(?<![A-Za-z])(?:WTB|CTB|SO|SH|FB|FL|LO|PR|HO|ＷＴＢ|ＣＴＢ|ＳＯ|ＳＨ|ＦＢ|ＦＬ|ＬＯ|ＰＲ|ＨＯ)"
                       rf"({_KANJI}{{1,3}})(?=[はがもをにとの、（(])|ナンバー[8８]の({_KATA_NAME}|{_KANJI}{{1,3}})(?=[はがもと、])")
_PAIR = re.compile(rf"(?<![\u4e00-\u9fff々ァ-ヺー・])({_KANJI}{{1,4}}|{_KATA_NAME})、({_KANJI}{{1,4}}|{_KATA_NAME})組"
                   r"(?=[がはのをと、（(])"  # (or two names in kanji joined by ・: 篠宮・伊吹組)
                   rf"|(?<![\u4e00-\u9fff々ァ-ヺー・])({_KANJI}{{1,5}})・({_KANJI}{{1,4}})組(?=[がはのをと、（(])")
_KATA_RUN = re.compile(r"[ァ-ヺー]+")
_PAIR_LINE = re.compile(r"ダブルス|ペア|タッグ|アイスダンス|ビーチバレー")
_SCORERS = re.compile(r"得点者[）)】／/：:【]")
# A box score's decisions (【勝】金城6勝2敗, 【S】大鷲1勝1敗15S) and its batteries (【投手】(広)小此木、浜岡-坂越), in NFKC
_DECISION = re.compile(rf"【(?:勝|敗|S|セーブ|H|ホールド)】\s*({_KANJI}{{1,5}}|{_KATA_NAME})(?=[0-9]+勝)")
_BATTERY_ITEM = re.compile(rf"(?:(?<=[、\-－―\s)）])|(?<=】))({_KANJI}{{1,5}}|{_KATA_NAME})(?=[、\-－―\s(（]|$)")
_HORSE = re.compile(r"[ァ-ヺ][ァ-ヺー]{3,8}")  # every entry one katakana word of four to nine: a race's horses
# An entry of a ranking: its place as a circled number, a name, then in brackets the side (or, in horse racing, the
# jockey), then the result or the next entry.
_RANKED = re.compile(rf"(?<![0-9.,:])([0-9]{{1,2}})\s*({_KANJI}{{1,5}}|{_KATA_NAME})[（(]({_KANJI}{{1,4}}|{_KATA_NAME}"
                     r"|[^（）()]{1,12})[）)](?=[\s　0-9]|$)")  # (in NFKC, as the line is read: ① is 1)
# an item: the club and ・ or ＝ before the name (甲府・内藤, 大宮＝マテウス), the minute in brackets after it
_ITEM = re.compile(rf"(?:(?<=[、\s　／/：:）)】])|^)(?:[^、。・＝=\s（）()【】]{{1,8}}[・＝=])?({_KANJI}{{1,4}}|{_KATA_NAME})"
                   rf"(?=[0-9０-９]{{0,2}}(?:[、。\s　（(【]|$))")  # (マテウス２（５２分、８８分）: two goals)
_RESULT = re.compile(rf"(?<![\u4e00-\u9fff々ァ-ヺー・])({_KANJI}{{1,3}}|{_KATA_NAME})(?:が|は|の)(?:[^、。がはをの]{{0,10}}?)"
                     r"(?:優勝|連覇|制し|決勝点|決勝ゴール|先制点|(?<![ァ-ヺー])(?:ゴール|トライ)(?![ァ-ヺー])|[０-９0-9]+位|勝目|"
                     r"金メダル|銀メダル|銅メダル|初勝利)"  # (not トライ of ストライキ, ゴール of ゴールデン)
                     rf"|(?<![\u4e00-\u9fff々ァ-ヺー・])({_KANJI}{{1,3}}|{_KATA_NAME})を(?:破|下し|退け)")
# A foreign athlete's ・-joined name as a sentence's subject, its result later in the sentence (首位で出たユン・ソヒは…２位
# に終わった, オーストラリアのリアム・オコナーが…コースで優勝した), in a line about a game
_FAR_RESULT = re.compile(r"(?<![ァ-ヺー・])([ァ-ヺ][ァ-ヺー]{1,9}(?:・[ァ-ヺ][ァ-ヺー]{1,9}){1,2})(?:が|は)[^。]{0,40}?"
                         r"(?:優勝|[０-９0-9]+位|連覇|勝利|金メダル|銀メダル|銅メダル)")
_SPORT_LINE = re.compile(r"ゴルフ|テニス|マラソン|ツアー|選手権|大会|試合|スコア|ラウンド|決勝|[0-9０-９]打差|メートル|[0-9０-９]秒")
_AFTER_ACTOR = re.compile(rf"の({_KATA_NAME})(?=[はがもと、])")
EARLY_SIGNS = (re.compile(r"ＷＴＢ|ＣＴＢ|WTB|CTB|ナンバー[8８]の|組[がはのをと、（(]|得点者|2[\u4e00-\u9fffァ-ヺ]|】"),
               re.compile(r"PG|SG|SF|PF|GK|PR|HO|FL|LO|SH|FB|先発|主将|抑え|セッターの|リベロの|ゴールキーパーの|"
                          r"サイドバックの|ボランチの|ストライカーの|司令塔の|控えの|主戦の|捕手の|サイドの|エースの|競輪|ボートレース|"
                          r"オートレース|競艇|▽本塁打|▽三塁打|▽二塁打|▽盗塁|▽失策|▽犠|▽併殺"))  # (literals first: read at them only)
_PLAY = r"退場|出場|先発|得点|移籍|加入|シュート|アシスト|負傷|欠場|ゴール|トライ|本塁打|安打"
# (each alternative opens with a literal, 位 of a rank then its digit behind, so that the alternation is searched
# for at its first characters only)
RESULT_SIGN = re.compile(rf"優勝|連覇|制し|決勝点|ゴール|トライ|位(?<=[０-９0-9]位)|勝目|メダル|"
                         rf"初勝利|を(?:破|下し|退け)|の[ァ-ヺ][ァ-ヺー・]+[はがもと、][^。\n]{{0,30}}?(?:{_PLAY})")
# A position in letters or a game's role right before the name (PG小金井が, 先発真壁が), or a position or role and の
# (セッターの千早が, 左サイドバックの潮見だった), in NFKC; the name a surname's kanji or a katakana name
_ROLED = re.compile(rf"(?:(?<![A-Za-z])(?:PG|SG|SF|PF|GK|PR|HO|FL|LO|SH|FB)|(?<![\u4e00-\u9fff々])(?:先発|主将|抑え)|"
                    rf"(?:セッター|リベロ|ゴールキーパー|サイドバック|ボランチ|ストライカー|司令塔|控え|主戦|捕手|主将|サイド|エース)の)"
                    rf"({_KANJI}{{2,3}}|{_KATA_NAME})(?=[はがもをにと、。]|だ)")
ROLE_SIGNS = ("PG", "SG", "SF", "PF", "GK", "PR", "HO", "FL", "LO", "SH", "FB", "先発", "主将", "抑え", "の")
_GAME = re.compile(r"得点|ゴール|アシスト|トス|スパイク|シュート|セーブ|リバウンド|トライ|安打|塁打|適時|犠飛|登板|三振|"
                   r"試合|勝利|敗れ|決勝|優勝|騎乗|出場|先発|起用|次節|招集|選ば|代表|話した|語った")
_RACE_LINE = re.compile(r"競輪|ボートレース|オートレース|競艇|[0-9]着")
# a racer and the prefecture in brackets (久留米（佐賀）が, 遠山エミリ（滋賀）が), in NFKC
_RACER = re.compile(rf"(?<![\u4e00-\u9fff々ァ-ヺー・])({_KANJI}{{1,4}}[ァ-ヺー]{{0,5}}|{_KATA_NAME})\(([\u4e00-\u9fff]{{2,3}})\)"
                    r"(?=[がはのもと、。\s]|[0-9]|$)")
_NOT_RACER = re.compile(r"(?:祭|杯|記念|賞|戦|大会|競輪|競艇|場|選手権|グランプリ|シリーズ|決勝|市|町|村|区)$")
# a leaderboard's entry: its place (① is 1 in NFKC; the score before may run into it: -122ユン), names joined by 、,
# the score to par (-12, +3, or E)
_BOARD_NAME = rf"{_KANJI}[\u4e00-\u9fff々ヶケノ]{{0,5}}(?:[ぁ-ゖ]{{2,4}}(?=[0-9\-+]))?|{_KATA_NAME}"  # (氷見野すみれ)
_BOARD = re.compile(rf"[0-9]((?:(?:{_BOARD_NAME})、)*(?:{_BOARD_NAME}))"
                    r"(?=[-+−－][0-9]|E(?![A-Za-z]))")
_NAME_ITEM = re.compile(_BOARD_NAME)
# A ranking's entries with their results and no side (①五十嵐千尋1時間8分2秒②新発田1時間8分30秒, 優勝糸魚川21分3秒、2位
# 栗原…, ①エミリー・ハートマン220・10), in NFKC: the place, the name, then the result's digits
_TIMED = re.compile(rf"(?:(?<=[0-9])|(?<=[0-9]位)|(?<=優勝))(?!位)({_BOARD_NAME})(?=[0-9]{{1,3}}(?:時間|分|秒|[・.][0-9]|m|メートル|点))")
_FIRST = re.compile(r"(?<![0-9])1(?=[\u4e00-\u9fffァ-ヺ])|優勝(?=[\u4e00-\u9fffァ-ヺ])")  # the first entry's place
# A box score's lines of hits and plays (▽本塁打　鳴門8号3ラン（三次）, ▽二塁打　関本、若宮2　▽盗塁　林): every item a player
_PLAYS = re.compile(r"▽(?:本塁打|三塁打|二塁打|盗塁|盗塁死|失策|犠打|犠飛|併殺|暴投|捕逸|野選)\s*")
_PLAY_ITEM = re.compile(rf"({_KANJI}[\u4e00-\u9fff々ヶケノ]{{0,4}}|{_KATA_NAME})(?=[0-9]|[、\s　▽(（]|$)")
_PITCHER = re.compile(rf"(?<=[(（])({_KANJI}[\u4e00-\u9fff々ヶケノ]{{0,4}}|{_KATA_NAME})(?=[)）])")
_NAME_KANJI = re.compile(r"[\u4e00-\u9fff々][\u4e00-\u9fff々ヶケノ]*[ぁ-ゖ]*")
_KANA_TAIL = re.compile(r"[ぁ-ゖ]*$")
# 北見（日大）が, ②小豆島（ミキハウス）: an athlete and the body in brackets, in NFKC, after a particle, a comma, a space
# or a place (① is 1 in NFKC)
_FOR_BODY = re.compile(rf"(?:(?<=[はがもとの、\s　】0-9])|^)({_KANJI}[\u4e00-\u9fff々ヶケノ]{{1,5}})\(([\u4e00-\u9fffァ-ヺーA-Za-z]{{2,8}})\)"
                       r"(?=[がはのも、。\s　0-9]|$)")
_TEAM_END = re.compile(r"[大高実工商農学院校園社会部団連]$")  # a school's or a club's short name (早稲田実)
_RESULT_LINE = re.compile(r"優勝|[0-9]位|記録|メートル|[0-9]秒|[0-9]分|決勝|準優勝|表彰台|入賞")
# 【宗像の話】, 【梶ケ谷監督（仙台）の話】: the name heading a comment (no body's word ends it: 【気象庁の話】)
_TALK = re.compile(rf"【({_KANJI}[\u4e00-\u9fff々ヶケノ]{{0,4}}?|{_KATA_NAME})(?:監督|コーチ|主将|選手|投手|捕手|騎手|調教師|親方|"
                   r"ヘッドコーチ)?(?:[（(][^（）()]{1,12}[）)])?の話】")
_BODY_END = re.compile(r"(?:[庁省市町村県都府道区社会局署部課所党団院館校園]|大学?|高校?)$")
_STOP = frozenset("チーム 日本 首位 後半 前半 同点 今季 今大会 大会 自身 男子 女子 選手 監督 全員 決勝 準決勝 相手".split())


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
            if paired and _pair_word(m.group(a)) and _pair_word(m.group(b)):
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
            if (game or not lettered) and _role_name(m.group(1), words, m.start(1), m.end(1), lettered):
                add(*m.span(1))
    if "(" in line and _RACE_LINE.search(line):
        for m in _RACER.finditer(line):
            if m.group(2) in PREFECTURES and not _NOT_RACER.search(m.group(1)) and m.group(1) not in PREFECTURES:
                add(*m.span(1))
    board = list(_BOARD.finditer(line)) if "-" in line or "+" in line else []
    sport = _SPORT_LINE.search(line) is not None
    if len(board) >= 2 and board[0].group().startswith("1"):
        for m in board:
            for item in _NAME_ITEM.finditer(m.group(1)):
                s_, e_ = m.start(1) + item.start(), m.start(1) + item.end()
                if _name_word(item.group()) or _full_name(item.group()) or (
                        sport and _town_word(words(), s_, e_)):  # (not ①札幌－10②旭川－12: the day's lows)
                    add(s_, e_)
    ranked = list(_RANKED.finditer(line)) if "2" in line else []  # ①谷村（富士通）…: a ranking (① is 1 in NFKC)
    places = [int(m.group(1)) for m in ranked]
    if len(ranked) >= 2 and places == list(range(1, len(ranked) + 1)):
        racing = _RACING.search(line) is not None or all(_HORSE.fullmatch(m.group(2)) for m in ranked)
        for m in ranked:
            g = 3 if racing else 2  # (a horse and its jockey in brackets; else the athlete and their side)
            if _name_word(m.group(g)) or _full_name(m.group(g)):
                add(*m.span(g))
    timed = [m for m in _TIMED.finditer(line)] if "2" in line else []
    if len(timed) >= 2 and _FIRST.search(line):  # ①…②…: a ranking's names before their results
        for m in timed:
            if not _BODY_END.search(m.group(1)) and m.group(1) not in PREFECTURES and (
                    _name_word(m.group(1)) or _full_name(m.group(1)) or "・" in m.group(1)
                    or (sport and _town_word(words(), *m.span(1)))):
                add(*m.span(1))
    play = _PLAYS.search(line) if "▽" in line else None
    while play:  # ▽本塁打　鳴門8号3ラン（三次）: the batter, and the pitcher in brackets
        stop = line.find("▽", play.end())
        stop = stop if stop >= 0 else len(line)
        for item in _PLAY_ITEM.finditer(line, play.end(), stop):
            if item.start() == play.end() or line[item.start() - 1] in "、 　(（":
                if item.group(1) not in _STOP:
                    add(*item.span(1))
        for item in _PITCHER.finditer(line, play.end(), stop):
            add(*item.span(1))
        play = _PLAYS.search(line, stop) if stop < len(line) else None
    for m in _DECISION.finditer(line) if "】" in line else ():  # 【勝】金城6勝2敗: the winning pitcher and his record
        if "ァ" <= m.group(1)[0] <= "ヺ" or m.group(1) not in _STOP:  # (any name there is a pitcher's)
            add(*m.span(1))
    for m in _FOR_BODY.finditer(line) if "(" in line and (_RESULT_LINE.search(line) or (
            len(places) >= 2 and places == list(range(places[0], places[0] + len(places))))) else ():
        name = m.group(1)  # (not 第69回有馬記念（GⅠ）: a race's name, its number before)
        if name[0] in "回位号年月日第" or _NOT_RACER.search(name):
            continue
        if (_town_word(words(), *m.span(1)) or (_full_name(name) and not _TEAM_END.search(name))) and (
                not _all_places(words(), *m.span(2)) and m.group(2) not in PREFECTURES):
            add(*m.span(1))  # 北見（日大）が, 安曇野紗希（ミズノ）が: a town's word or a full name before a body
    for m in _TALK.finditer(line) if "の話】" in line else ():  # 【宗像の話】: the comment's speaker
        if not _BODY_END.search(m.group(1)) and m.group(1) not in _STOP and (
                "ァ" <= m.group(1)[0] <= "ヺ" or m.group(1) not in PREFECTURES):
            add(*m.span(1))
    battery = line.find("【投手】")
    if battery >= 0:  # 【投手】(広)小此木、浜岡、ジェンキンス-坂越: every item a pitcher or a catcher
        for m in _BATTERY_ITEM.finditer(line, battery + len("【投手】")):
            add(*m.span(1))
    scorers = _SCORERS.search(line)
    if scorers:
        for item in _ITEM.finditer(line, scorers.end()):
            s, e = item.span(1)
            if s > item.start() and line[s - 1] == "・" and _KATA_RUN.fullmatch(line[item.start():s - 1]) and (
                    _KATA_RUN.fullmatch(item.group(1))):
                s = item.start()  # レアンドロ・シウバ: a katakana name joined by ・, not a club before it
            if _name_word(line[s:e]):
                add(s, e)
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


_RACING = re.compile(r"騎手|騎乗|調教師|競馬|馬主")  # a line of horse racing: its katakana winners are horses


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


def _name_word(text: str) -> bool:
    if text in _STOP:
        return False
    if "ァ" <= text[0] <= "ヺ":
        return plausible_name(text)
    return read_as_name(text)[:1] == ("姓",)


def _role_name(text: str, words, start: int, end: int, lettered: bool) -> bool:
    """After a position or role: a word read as a surname between a title and an honorific, or one word UniDic
    reads as a town's name (GK大宮が: a player); katakana that may be a name, or that stands as one word after a
    position in letters (`lettered`: PRタウファが)."""
    if text in _STOP:
        return False
    toks = words()
    k = toks.starts.index(start) if start in toks.starts else -1
    one = k >= 0 and toks.ends[k] == end  # one word of UniDic's
    if "ァ" <= text[0] <= "ヺ":  # (PRタウファが: katakana after a position in letters, as none but a name stands)
        return plausible_name(text) or (lettered and one)
    return _name_word(text) or (one and toks.pos2[k] == "地名" and toks.pos3[k] != "国")


def _town_word(toks: Toks, start: int, end: int, whole: bool = True) -> bool:
    """line[start:end] is one word UniDic reads as a town's name (not a country's); with `whole` False, holds one."""
    k = bisect_left(toks.starts, start)
    if whole:
        return k < len(toks) and toks.starts[k] == start and toks.ends[k] == end and toks.pos2[k] == "地名" and (
            toks.pos3[k] != "国")
    return any(toks.pos2[j] == "地名" for j in range(k, bisect_left(toks.starts, end)))


def _all_places(toks: Toks, start: int, end: int) -> bool:
    """line[start:end] is words UniDic reads as places (and their kinds) alone: 大阪（大阪市）, not イトマン東京."""
    k, j = bisect_left(toks.starts, start), bisect_left(toks.starts, end)
    return j > k and all(toks.pos2[x] == "地名" or toks.surfaces[x] in ("市", "町", "村", "区", "県", "都", "府", "道")
                         for x in range(k, j))


def _surname_key(text: str) -> str:
    """The key a name is filed by: a foreign name's last part (ユン・ソヒ: ソヒ), a full name's surname as UniDic reads
    it (佐藤 + 美咲, 五十嵐 + 千尋), else the whole."""
    if "・" in text or len(text) < 3 or not KANJI.match(text):
        return text.split("・")[-1]
    from ..language import tagger

    got = tagger()(text)
    if len(got) >= 2 and got[0].feature.pos3 == "人名" and got[0].feature.pos4 == "姓":
        return got[0].surface
    if len(got) >= 2 and got[-1].feature.pos3 == "人名" and got[-1].feature.pos4 == "名" and len(text) - len(got[-1].surface) >= 2:
        return text[:len(text) - len(got[-1].surface)]
    return text


def _full_name(text: str) -> bool:
    """Kanji of three to five characters (ケ, ヶ and ノ too), and a given name in hiragana, if any, that hold a word
    UniDic reads as a person's name (鳴瀬 + 千夏, 桐ケ谷 + 美羽, 氷見野 + すみれ)."""
    from ..language import tagger

    kana = len(_KANA_TAIL.search(text).group())  # type: ignore[union-attr]
    return 3 <= len(text) - kana <= 5 and _NAME_KANJI.fullmatch(text) is not None and any(
        w.feature.pos3 == "人名" for w in tagger()(text))


def _pair_word(text: str) -> bool:
    """A name of a pair: a given name too (篠崎美咲・樹組)."""
    return _name_word(text) or (text not in _STOP and not "ァ" <= text[0] <= "ヺ" and bool(read_as_name(text)))


def _word(toks: Toks, s: int, e: int) -> bool:
    """The span is whole words of the line (not 子 of 女子, not 大 of 明大)."""
    return s in toks.starts and e in toks.ends
