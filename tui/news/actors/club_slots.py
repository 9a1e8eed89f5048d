"""Clubs written alone (巨人, 楽天, 阪神, 広島, 日本ハム, DeNA), which UniDic reads as a common noun, a place, or
a place and a word: a club only where a line about a game puts the word where only a side can stand.

- before a side's unit, or before の and one: 巨人打線, オリックス先発, 楽天投手陣, ヤクルトの救援陣;
- before の and a player or manager: 巨人の阿部監督, 楽天の則本投手, 西武の源田が (a surname, then a role or
  a particle); before ・ and a player, at a clause's start (巨人・オルドニェスが, 中日・岸辺は);
- a word after a league and の (J2の甲府は, セ・リーグの阪神は), and the side of its result (…岡山に０―３で敗れ);
- the two sides of a result: 阪神は…巨人に４−２で勝ち, 中日は…広島を破った (the subject at the clause's start
  and the side before the result, each a side's word; the subject of a sentence that tells a player's play:
  阪神は十一回、近本が適時打を放ち), or 神戸に１−３で敗れた清水は (the side the result describes,
  a town's or a surname's word too).

A side's word: a proper noun that is no person's (中日, 西武, 阪神, 広島), a name in Latin letters (DeNA), a
place and a word after it (日本 + ハム), two katakana words UniDic reads as common ones (ソフト + バンク), or a Sino-Japanese common noun of two characters or more (巨人, 楽天)
that is no word for a side in general (相手, 首位, 母校). Never in a line without a game's word, so that 楽天
of business news, 広島 of a city's news and 西武 of 西武線 are no clubs here; the words found are the club's
wherever the article names them again (`club_mentions`). `slot_at` tells the same from the text alone, where
a two-character compound would otherwise be read as two countries (中日 of 中日は…広島を破った).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .club_words import NOT_CLUB
from .name_frame import read_as_name
from .organisations import COMMON_ACRONYMS
from .plays import ACTS, PLAYER_PLAY
from .scores import SIGN as _SCORE
from .tokens import Toks

# A game's words, and a score (４−２) apart: an alternation of words alone is searched for at its first
# characters only, one with a character class among them at every position of the text.
_GAME_WORDS = re.compile(r"打線|先発|登板|投手|捕手|内野手|外野手|勝利|勝ち|勝っ|敗れ|破っ|破り|下し|本塁打|安打|得点|失点|試合|"
                         r"イニング|回[表裏]|ナイン|サヨナラ|適時打|塁打|打点|盗塁|三振|四球|完投|完封|セーブ|黒星|白星")


def game(text: str, start: int = 0, end: int = -1) -> bool:
    """Whether text[start:end] holds a game's word or a score."""
    end = len(text) if end < 0 else end
    return _GAME_WORDS.search(text, start, end) is not None or _SCORE.search(text, start, end) is not None


_UNIT = ("打線", "先発", "投手陣", "打撃陣", "救援陣", "守備陣", "ナイン")
_ROLES = ("監督", "投手", "捕手", "内野手", "外野手", "選手", "コーチ", "主将")
_PLAYERS = ("投手", "捕手", "内野手", "外野手")  # a player's role, a game's word of its own
# The lines `club_slots` reads: those with this sign or a score (`scores.SIGN`); each word opens with a literal
# (J[1-3]の, not [JBVT][1-3]の), so the sign too is searched for at its first characters only.
SIGN = re.compile(_GAME_WORDS.pattern + "|監督|選手|コーチ|主将|リーグの|J[1-3]の|B[1-3]の|V[1-3]の|T[1-3]の")
_PLAY = re.compile(ACTS)
_RESULT = re.compile(r"[にをと][^。、「」]{0,12}?(?:引き分け|勝っ|勝ち|勝利|敗れ|負け|破っ|破り|下し)")
_SUBJECT = frozenset("はが")
_NAMED_AFTER = re.compile(r"の[\u4e00-\u9fff々]{1,5}?(?:" + "|".join(_ROLES) + ")")
_CLAUSE = "、。「」 　\n"
# Sino-Japanese words that stand where a side does without naming one
_SIDE_WORDS = frozenset("相手 首位 最下位 上位 下位 王者 強豪 名門 古豪 母校 自軍 両軍 全員 球団 同校 地元 代表 先発 打線 救援 "
                        "中継ぎ 抑え 代打 代走 守護神 主砲 右腕 左腕 新人 主将 昨季 今季 前回 前年 同点 延長 試合 "
                        # what a result's verb also breaks or beats, never a side (均衡を破る, 記録を破る)
                        "均衡 沈黙 記録 常識 伝統 慣例 約束 規則 封印 静寂 連敗 連勝 "
                        # a player's division or sport, before の and the player (卓球女子の張本, 柔道の阿部)
                        "男子 女子 混合 団体 個人 少年 少女 卓球 柔道 剣道 空手 体操 競泳 陸上 水泳 相撲 野球 競馬 競輪 "
                        "競艇 射撃 馬術 弓道 新体操 重量挙げ 自転車 近代五種 囲碁 将棋".split())
_LATIN = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]{2,}")
_KATA = re.compile(r"[ァ-ヺー]+")
_KANJI = re.compile(r"[\u4e00-\u9fff々]+")
_PARTICLES = frozenset("はがも、")


def club_slots(line: str, toks: Toks, free) -> list[tuple[int, int]]:
    """(start, end) of each club the line's slots show (see the module), where `free` allows."""
    in_game = game(line)
    out: set[tuple[int, int]] = set(league_clubs(line, toks, free)) if "の" in line else set()
    for k in range(len(toks)):
        e = toks.ends[k]
        after = line[e:e + 1]
        span = None
        if not in_game:  # 中日の立浪監督: a manager after a proper noun, letters or a place and a word, no common word
            if after == "の" and _player(line, toks, k + 2):
                span = side(line, toks, k)
                if span and span[1] - span[0] == 1 or (
                        span and toks.pos1[k] != "固有名詞" and not _LATIN.fullmatch(toks.surfaces[k])):
                    span = None
                elif span and toks.pos2[k] == "地名" and bisect_left(toks.starts, span[0]) == k:
                    span = None  # 東京の田中監督: a place alone, with no game's word
        elif line.startswith(_UNIT, e) and _unit_word(toks, k + 1):
            span = side(line, toks, k)
        elif after == "の" and line.startswith(_UNIT, e + 1) and _unit_word(toks, k + 2):
            span = side(line, toks, k)  # ヤクルトの救援陣
        elif after == "の" and _player(line, toks, k + 2):
            span = side(line, toks, k)
        elif after == "・" and _dotted_player(line, toks, k + 2):
            span = side(line, toks, k)  # 巨人・オルドニェスが, 中日・岸辺は: a club, ・ and its player
            if span and span[0] and line[span[0] - 1] not in _CLAUSE and line[span[0] - 1] not in "は・と":
                span = None
        elif after in "にをと" and (result := _RESULT.match(line, e)):
            span = side(line, toks, k)
            subject = _subject(line, toks, span[0]) if span else None
            if span and not subject:
                subject = _side_after(line, toks, result.end()) or next(
                    (x for x in out if x[1] < span[0] and line[x[1]:x[1] + 1] in _SUBJECT), None)  # J2の甲府は…岡山に
            if span and subject:
                out.add(subject)
            else:
                span = None
        elif after in _SUBJECT and _starts_clause(line, toks, k):
            span = side(line, toks, k)
            if not (span and (not span[0] or line[span[0] - 1] in _CLAUSE or line[span[0] - 1] == "は")
                    and (_result_side(line, toks, e) or (toks.pos3[k] != "国" and _play_after(line, e)))):
                span = None
        if span and free(*span) and not _heads_a_name(toks, line[span[0]:span[1]]):
            out.add(span)
    return sorted(s for s in out if free(*s))


def _heads_a_name(toks: Toks, word: str) -> bool:
    """`word` stands in the line right before a given name UniDic reads (大門 of エース大門翔真): a player's surname there,
    no side's word (大門は…完投で)."""
    return any(toks.surfaces[k] == word and toks.ends[k] == toks.starts[k + 1] and toks.pos3[k + 1] == "名"
               and toks.pos2[k + 1] == "人名" for k in range(len(toks) - 1))


# A league and の before a side (J2の甲府, セ・リーグの阪神): the word after is a club whatever UniDic reads it as
_LEAGUE_OF = re.compile(r"(?<![A-Za-z])(?:[JBVT][1-3]|Jリーグ|セ・リーグ|パ・リーグ|リーグワン|Vリーグ|Tリーグ|Bリーグ|WEリーグ)の")


def league_clubs(line: str, toks: Toks, free) -> list[tuple[int, int]]:
    """(start, end) of each word right after a league and の that reads as a place, a proper noun or letters and
    stands before a particle (J2の甲府は), where `free` allows."""
    out = []
    for m in _LEAGUE_OF.finditer(line):
        k = bisect_left(toks.starts, m.end())
        if k >= len(toks) or toks.starts[k] != m.end():
            continue
        j = k
        while j + 1 < len(toks) and toks.pos[j + 1] == "名詞" and toks.starts[j + 1] == toks.ends[j]:
            j += 1
        s, e = toks.starts[k], toks.ends[j]
        if (line[e:e + 1] in _PARTICLES or line[e:e + 1] in "をにと") and (
                toks.pos2[k] == "地名" or toks.pos1[k] == "固有名詞" or _LATIN.fullmatch(line[s:e])) and (
                toks.pos3[k] != "国") and free(s, e):
            out.append((s, e))
    return out


def slot_at(text: str, start: int, end: int) -> bool:
    """text[start:end] (a word of two characters) may stand in a side's slot: before の, a name and a player's or
    manager's role, or in a line about a game before a side's unit, before ・ and a player at its clause's start
    (中日・岸辺は), as a result's subject at its clause's start
    (中日は…広島を破った, 中日は…細川のサヨナラ本塁打で) or as the side before the result (巨人が中日に４−３で勝った)."""
    stop = text.find("\n", end)
    line_end = stop if stop >= 0 else len(text)
    if _NAMED_AFTER.match(text, end):
        return True  # 中日の立浪監督: the club's, unless `club_slots` finds none (then the countries after all)
    if not game(text, text.rfind("\n", 0, start) + 1, line_end):
        return False
    if text.startswith(_UNIT, end) or (text[end:end + 1] in "にをと" and _RESULT.match(text, end)):
        return True  # 中日打線, 巨人が中日に４−３で勝った
    if start and text[start - 1] not in _CLAUSE:
        return False
    if text[end:end + 1] == "・" and _DOTTED.match(text, end):
        return True  # 中日・岸辺は: a club, ・ and its player
    if text[end:end + 1] not in _SUBJECT:
        return False
    sentence = text.find("。", end, line_end)
    stop = sentence if sentence >= 0 else line_end
    return _RESULT.search(text, end, stop) is not None or _PLAY.search(text, end, stop) is not None


_DOTTED = re.compile(r"・(?:[ァ-ヺ][ァ-ヺー]+|[\u4e00-\u9fff々]{1,3})[はがもと、]")


def _unit_word(toks: Toks, k: int) -> bool:
    """Word k starts a side's unit (打線, not 打 of a longer word)."""
    return k < len(toks) and any(toks.surfaces[k].startswith(u) or u.startswith(toks.surfaces[k]) for u in _UNIT)


def side(line: str, toks: Toks, k: int) -> tuple[int, int] | None:
    """The side's word that ends with word k, if a side's word (see the module)."""
    i = k
    while i > k - 2 and i > 0 and toks.ends[i - 1] == toks.starts[i] and toks.pos[i - 1] == "名詞":
        i -= 1
    while i <= k:  # the shortest run that is a side's word: 日本 + ハム, not 昨夜 + 巨人
        if _side_words(line, toks, i, k):
            s = toks.starts[i]
            if s and (_KATA.match(line[s - 1]) and _KATA.match(line[s])):
                return None
            return s, toks.ends[k]
        i += 1
    return None


def _side_words(line: str, toks: Toks, i: int, k: int) -> bool:
    words = range(i, k + 1)
    if any(toks.pos[x] != "名詞" or toks.pos2[x] in ("人名", "数詞", "副詞可能") or toks.pos1[x] == "数詞" for x in words):
        return False
    if i == k:
        w = toks.surfaces[k]
        if toks.pos1[k] == "固有名詞":
            return len(w) >= 2
        if _LATIN.fullmatch(w):
            return w.upper() not in COMMON_ACRONYMS
        return (toks.pos2[k] == "一般" and len(w) >= 2 and w not in _SIDE_WORDS
                and all("\u4e00" <= c <= "\u9fff" for c in w))
    last = toks.surfaces[k]
    if k - i == 1 and _KATA.fullmatch(toks.surfaces[i]) and _KATA.fullmatch(last):
        return toks.surfaces[i] + last not in NOT_CLUB  # ソフト + バンク: a name read as two katakana words (not スピードスケート)
    if k - i == 1 and len(toks.surfaces[i]) == 1 and toks.surfaces[i].isascii() and toks.surfaces[i].isalpha():
        return toks.pos2[k] == "地名"  # a letter before a town: G大阪, C大阪
    return (k - i == 1 and toks.pos2[i] == "地名" and (_KATA.fullmatch(last) is not None or _LATIN.fullmatch(last) is not None
                                                    or (len(last) == 1 and last.isascii() and last.isalpha())))  # 東京V


def _player(line: str, toks: Toks, k: int) -> bool:
    """From word k: a person's name as UniDic reads one (a surname and a given name; a place's word before a given
    name: 岡本 + 和真), then a player's or manager's role, a particle or a comma; or a name UniDic cuts into
    common words (則 + 本) before a player's role."""
    n = len(toks)
    if k >= n:
        return False
    if toks.pos2[k] == "人名" or (toks.pos2[k] == "地名" and k + 1 < n and toks.pos2[k + 1] == "人名"):
        j = k + 1
        if j < n and toks.pos2[j] == "人名":
            j += 1
        return j < n and (toks.surfaces[j] in _ROLES or toks.surfaces[j] in _PARTICLES or _role_at(line, toks, j))
    if toks.pos2[k] == "地名" and toks.pos3[k] != "国" and len(toks.surfaces[k]) >= 2 and k + 1 < n:
        return _role_at(line, toks, k + 1)  # a surname UniDic reads as a place, then a role: 三崎監督
    j = k
    while j < n and j < k + 3 and _KANJI.fullmatch(toks.surfaces[j]) and not line.startswith(_ROLES, toks.starts[j]):
        j += 1
    return k < j < n and 2 <= toks.ends[j - 1] - toks.starts[k] <= 4 and line.startswith(_PLAYERS, toks.starts[j]) \
        and _role_at(line, toks, j)


def dotted_player(line: str, toks: Toks, end: int, known: bool = False) -> tuple[int, int] | None:
    """After a club ending at `end`: the katakana player after ・ (巨人・オルドニェスが), if one. `known`: the club is
    one the gazetteer knows (日本ハム・ヴァレリオが: its katakana before ・ is no name's first part)."""
    k = bisect_left(toks.starts, end + 1)
    if line[end:end + 1] == "・" and k < len(toks) and toks.starts[k] == end + 1 and _dotted_player(line, toks, k, known) and (
            _KATA.fullmatch(toks.surfaces[k])):
        return toks.starts[k], toks.ends[k]
    return None


def _dotted_player(line: str, toks: Toks, k: int, known: bool = False) -> bool:
    """From word k, after a side's word and ・: a player's name, katakana or a surname as UniDic reads one, then a
    particle, a comma or a role (巨人・オルドニェスが, 中日・岸辺は); not a second katakana word of a name
    (a katakana side's word before ・ is a name's first part: ジョン・スミス)."""
    if k >= len(toks) or toks.ends[k] - toks.starts[k] < 2:
        return False
    if not known and _KATA.fullmatch(toks.surfaces[k]) and _KATA.match(line[toks.starts[k] - 2:toks.starts[k] - 1] or " "):
        return False
    if _KATA.fullmatch(toks.surfaces[k]) or read_as_name(toks.surfaces[k])[:1] == ("姓",):  # (not 東京・銀座)
        j = k + 1
        return j < len(toks) and (toks.surfaces[j] in _PARTICLES or toks.surfaces[j] in ("と", "の", "を")
                                  or _role_at(line, toks, j))
    return False


def _role_at(line: str, toks: Toks, j: int) -> bool:
    """A player's or manager's role starts at word j and ends a word (内野 + 手, not 選手権)."""
    at = toks.starts[j]
    role = next((r for r in _ROLES if line.startswith(r, at)), None)
    return role is not None and not _KANJI.match(line[at + len(role):at + len(role) + 1])


def _starts_clause(line: str, toks: Toks, k: int) -> bool:
    i = k
    while i > k - 2 and i > 0 and toks.ends[i - 1] == toks.starts[i] and toks.pos[i - 1] == "名詞":
        i -= 1
    return any(not toks.starts[x] or line[toks.starts[x] - 1] in _CLAUSE or line[toks.starts[x] - 1] == "は"
               for x in range(i, k + 1))  # (東京ドームでは巨人が: after the topic)


def _subject(line: str, toks: Toks, s: int) -> tuple[int, int] | None:
    """Before a result's side at `s`: the side's word that is the clause's subject (阪神は、), if one."""
    start = line.rfind("。", 0, s) + 1
    for k in range(bisect_left(toks.starts, start), bisect_left(toks.starts, s)):
        e = toks.ends[k]
        if line[e:e + 1] in _SUBJECT and _starts_clause(line, toks, k):
            span = side(line, toks, k)
            if span and (not span[0] or line[span[0] - 1] in _CLAUSE or line[span[0] - 1] == "は"):
                return span  # 阪神は、; 東京ドームでは巨人が
    return None


def _side_after(line: str, toks: Toks, at: int) -> tuple[int, int] | None:
    """After a result's verb that ends at `at` in a clause that describes what follows (神戸に１−３で敗れた清水は): the
    side's word it describes, before は, が or も; a town's or a surname's word of UniDic's too, the other side being a
    club's word already."""
    if line[at:at + 1] != "た":
        return None
    k = bisect_left(toks.starts, at + 1)
    if k >= len(toks) or toks.starts[k] != at + 1:
        return None
    j = k
    while j + 1 < len(toks) and toks.pos[j + 1] == "名詞" and toks.starts[j + 1] == toks.ends[j]:
        j += 1
    if line[toks.ends[j]:toks.ends[j] + 1] not in "はがも":
        return None
    span = side(line, toks, j)
    if span is None and j == k and toks.pos2[k] in ("人名", "地名") and toks.pos3[k] != "国" and _KANJI.fullmatch(
            toks.surfaces[k]) and len(toks.surfaces[k]) >= 2:
        span = toks.starts[k], toks.ends[k]
    return span if span and span[0] == at + 1 else None


def _play_after(line: str, e: int) -> bool:
    """The sentence after a topic ending at `e` tells another's play (阪神は十一回、近本が適時打を放ち: a word before
    の or が and the play): the topic is the player's side (not 山川が…本塁打を放った: the player himself)."""
    if line[e:e + 1] != "は":
        return False
    stop = line.find("。", e)
    return PLAYER_PLAY.search(line, e + 1, stop if stop >= 0 else len(line)) is not None


def _result_side(line: str, toks: Toks, e: int) -> tuple[int, int] | None:
    """After a subject `Xは`: the side's word before the sentence's result (…広島を破った), if one."""
    stop = line.find("。", e)
    for m in _RESULT.finditer(line, e, stop if stop >= 0 else len(line)):
        k = bisect_left(toks.ends, m.start())
        if k < len(toks) and toks.ends[k] == m.start():
            span = side(line, toks, k)
            if span:
                return span
    return None
