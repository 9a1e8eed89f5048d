"""Sports clubs UniDic reads as common nouns (ドジャース, パドレス, ライオンズ), from the words around them:

- the club a player belongs to, moves to or leaves (レッドソックス所属の, マリナーズに移籍, ヤクルト球団),
  and a company under another (ソフトバンク傘下): any katakana name, or a proper noun, before those words;
- both sides of a match's result (ドジャースは、延長戦の末にパドレスを破った);
- a club before の and a player, in a sentence about a game (タイガースの佐藤が、２安打を放った);
- a town joined to a katakana name, either way round, in a line about a game (北陸サンダーズに３－２で, ルシア静岡は…に
  競り勝った), the katakana name alone the club wherever the article names it so again.

A club's name here is katakana in the form of an English plural (…ス, …ズ, …ツ), alone or after a place
(仙台ファルコンズ), and holds no word UniDic reads as a person's or a place's name (ジョコビッチ, アルカラス):
a person in a match's result is never a club. Each rule reads only a line where one of `SIGNS` (a plural
before a particle, or an affiliation's word) and `CONTEXT` (a game's or a club's word)
match; the words found are the club's wherever the article names it again.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .tokens import Toks

_AFFILIATION = r"(?:に|へ)?(?:所属|移籍|入団|加盟)|を退団|入り(?=[しがを、])|の?傘下|球団"
SIGNS = (*(re.compile(f"{c}(?=[はがのにをと、戦])(?<=[ァ-ヺー]{c})") for c in "スズツ"),  # (a literal each: found in C)
         re.compile("所属|移籍|入団|加盟|退団|入り|傘下|球団"),
         re.compile(r"[ァ-ヺー](?=[\u4e00-\u9fff]{2,3}[はがのにをと、戦])"))  # ルシア静岡は: a club's name before its town
CONTEXT = re.compile(r"所属|移籍|入団|退団|入り|傘下|加盟|球団|勝っ|勝ち|敗れ|負け|破っ|破り|下し|引き分け|本塁打|安打|"
                     r"得点|ゴール|先発|登板|打点|勝利|完封|打席|奪三振|シュート|決勝|優勝|競り勝|連勝|連敗")
_AFTER = re.compile(_AFFILIATION)
_GAME = re.compile(r"本塁打|安打|得点|ゴール|先発|登板|打点|勝利|完封|打席|奪三振|シュート|決勝|優勝|試合")
_RESULT = re.compile(r"[にをと][^。、「」]{0,12}?(?:引き分け|勝っ|勝ち|敗れ|負け|破っ|破り|下し)")
_KATA_RUN = re.compile(r"(?<![ァ-ヺー・])[ァ-ヺ][ァ-ヺー]+(?![ァ-ヺー・])")
# Common words of that form (スポーツの田中, ニュースの佐藤): never a club.
_COMMON = frozenset((
    "スポーツ ニュース サービス ビジネス クラス チャンス ケース レース ベース コース ペース スペース ボーナス "
    "ウイルス プラス マイナス バランス ライセンス グッズ シャツ パンツ ブーツ スーツ ヒーローズ オールスターズ "
    "ファンズ フレンズ ベスト ファンクラブ メンバーズ シリーズ ワールドシリーズ スターズ ジュニアーズ ユース ダブルス シングルス "
    "ミックスダブルス"
).split())
_PARTICLE = frozenset("はがのにをと、も")


def team_orgs(line: str, toks: Toks, free) -> tuple[list[tuple[int, int]], set[str]]:
    """(start, end) of the clubs this line's context shows, and their names."""
    spans: list[tuple[int, int]] = []
    game = _GAME.search(line) is not None
    for m in _KATA_RUN.finditer(line):
        s, e = _extent(line, toks, m.start(), m.end())
        if s < 0 or not free(s, e):
            continue
        plural = _plural(line, toks, s, e)
        town = _town_after(line, toks, m.end()) if s == m.start() else -1
        if (s < m.start() or town > 0) and _named_club(m.group()) and _a_side(line, max(e, town)):
            spans.append((s, max(e, town)))  # 北陸サンダーズに３－２で競り勝った, ルシア静岡は…: a town and a club's name
            continue
        if s == m.start() and s and _KANJI_BEFORE.match(line[s - 1]) and _SCORED.search(line, e):
            continue  # 白鷺化成ブルーアローズが…を３―１で破った: the nickname of a sponsor's team (`scores`)
        if _AFTER.match(line, e):
            if plural or _proper(toks, m.start(), e):
                spans.append((s, e))  # レッドソックス所属, ヤクルト球団
        elif plural and line[e:e + 1] in "はが" and _side(line, toks, e, free):
            spans.append((s, e))  # ドジャースは、…パドレスを破った
        elif plural and _RESULT.match(line, e) and _subject(line, toks, s, free):
            spans.append((s, e))  # …パドレスを破った
        elif plural and game and line[e:e + 1] == "の" and _player(line, toks, e + 1):
            spans.append((s, e))  # タイガースの佐藤が、２安打
    words = {line[s:e] for s, e in spans}
    words |= {k.group() for s, e in spans for k in [_KATA_RUN.match(line, s)] if k and k.end() < e}
    return spans, words  # (with its town after, a club's katakana name alone: ルシア of ルシア静岡)


_KANJI_BEFORE = re.compile(r"[\u4e00-\u9fff々]")
# A result's score later in the line: a katakana nickname glued to kanji before it is a sponsor's team's, whole or
# not (`scores` reads the whole where the sentence's shape allows), never a club of its own
_SCORED = re.compile(r"[0-9０-９]{1,3}[−\-－―ー][0-9０-９]{1,3}で")
# the kinds of a venue or a competition, which a town's name joins as a club's does
_NOT_CLUB = ("アリーナ", "スタジアム", "ドーム", "ホール", "フィールド", "パーク", "レース", "センター", "アカデミー", "スラム",
             "オープン", "カップ", "マラソン", "リーグ", "シリーズ", "ゲームズ", "タワー", "プラザ", "モール", "ランド")
_MET_SIDE = re.compile(r"[にを][^。、「」]{0,16}?(?:勝っ|勝ち|敗れ|負け|破っ|破り|下し|競り勝|引き分け)")
# a line of a game's result: a side won or lost, or a score
_GAME_LINE = re.compile(r"勝っ|勝ち|敗れ|負け|破っ|破り|下し|引き分け|競り勝|連勝|連敗|[0-9０-９][－―—-][0-9０-９]")
_TOWN_END = re.compile(r"[はがのにをとも、。　\s]|戦")


def _town_after(line: str, toks: Toks, e: int) -> int:
    """Where a place's name right after a katakana run ends (ルシア + 静岡 + は), when a particle or mark follows it;
    -1 when none does."""
    k = bisect_left(toks.starts, e)
    if k < len(toks) and toks.starts[k] == e and toks.pos2[k] == "地名" and _TOWN_END.match(line, toks.ends[k]):
        return toks.ends[k]
    return -1


def _named_club(word: str) -> bool:
    """A club's katakana name beside its town: three characters or more, not a common word of the plural form nor a
    venue's or a competition's (有明アリーナ, ボートレース住之江, グランドスラム東京)."""
    return len(word) >= 3 and word not in _COMMON and not word.endswith(_NOT_CLUB)


def _a_side(line: str, e: int) -> bool:
    """Whether the name ending at `e` is a side of a game the line tells: its subject in a line of a result or a
    score, the one beaten or met (…に３－２で競り勝った, …を破った), or before 戦."""
    after = line[e:e + 1]
    if after in ("は", "が", "も"):
        return _GAME_LINE.search(line) is not None
    return after == "戦" or _MET_SIDE.match(line, e) is not None


def _extent(line: str, toks: Toks, s: int, e: int) -> tuple[int, int]:
    """The katakana run at s..e as whole words, with a place's name before it (仙台 + ファルコンズ); -1 when
    the run starts or ends inside a word."""
    k = bisect_left(toks.starts, s)
    if k >= len(toks) or toks.starts[k] != s or e not in toks.ends:
        return -1, -1
    if k and toks.ends[k - 1] == s and toks.pos2[k - 1] == "地名" and not _KATA_RUN.match(toks.surfaces[k - 1]):
        return toks.starts[k - 1], e
    return s, e


def _words(toks: Toks, s: int, e: int) -> range:
    return range(bisect_left(toks.starts, s), bisect_left(toks.ends, e) + 1)


def _plural(line: str, toks: Toks, s: int, e: int) -> bool:
    """A club's form: katakana ending in ス, ズ or ツ, no person's or place's word in it, not a common word."""
    kata = _KATA_RUN.search(line, s, e)
    if kata is None:
        return False
    word = kata.group()
    if len(word) < 4 or word[-1] not in "スズツ" or word in _COMMON:
        return False
    return not any(toks.pos2[x] in ("人名", "地名") for x in _words(toks, kata.start(), e))


def _proper(toks: Toks, s: int, e: int) -> bool:
    """A proper noun that is no person's and no place's name (ヤクルト)."""
    got = list(_words(toks, s, e))
    return any(toks.pos1[x] == "固有名詞" for x in got) and not any(toks.pos2[x] in ("人名", "地名") for x in got)


def _side(line: str, toks: Toks, e: int, free) -> bool:
    """After `Xは`: a club of that form and a match's result in the same sentence (…、Yを破った)."""
    stop = line.find("。", e)
    for m in _KATA_RUN.finditer(line, e, stop if stop >= 0 else len(line)):
        s2, e2 = _extent(line, toks, m.start(), m.end())
        if s2 >= 0 and _RESULT.match(line, e2) and _plural(line, toks, s2, e2):
            return True
    return False


def _subject(line: str, toks: Toks, s: int, free) -> bool:
    """Before `Yを破った`: a club of that form as the sentence's subject (Xは、)."""
    start = line.rfind("。", 0, s) + 1
    for m in _KATA_RUN.finditer(line, start, s):
        s2, e2 = _extent(line, toks, m.start(), m.end())
        if s2 >= 0 and line[e2:e2 + 1] in "はが" and _plural(line, toks, s2, e2):
            return True
    return False


def _player(line: str, toks: Toks, at: int) -> bool:
    """A person's name from `at`: a surname (and a given name), then a particle, comma or title."""
    k = bisect_left(toks.starts, at)
    if k >= len(toks) or toks.starts[k] != at or toks.pos3[k] != "姓":
        return False
    k += 1
    if k < len(toks) and toks.pos3[k] == "名":
        k += 1
    return k < len(toks) and toks.surfaces[k] in _PARTICLE
