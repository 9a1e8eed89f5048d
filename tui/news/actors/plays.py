"""Players named by their plays, as game recaps and box lines name them: a bare surname or a katakana mononym with
no title, which UniDic reads as a common word, a prefix and a word, or marks.

- before が or の and what one player does, never a club (a hit that drives a run in, a home run by its number, a
  goal that draws level, a cross, a shot with the left foot): ソトの犠牲フライ, 島内の２点適時三塁打, 近本が適時打を放ち,
  オルティスが２試合連続の先制弾, 丸橋の左クロスに鳥海が頭で合わせ — in football never a word UniDic reads as a
  town's name (鹿島の２得点: football's sides go by their towns); a runner's or a jumper's time or mark (キプルトが２時間５分で,
  小島が１３５メートルを飛んで);
- in a box line: the winning and losing pitchers before their records (○勝ち 島本 １勝, ●負け 齋藤 ２勝１敗) and the
  hitters before their home runs' numbers after the home runs' label (【本塁打】村上９号（ヤ）、レアード２２号（ロ）) and
  the pitchers who gave them up in brackets (柳楽１８号２ラン（隈部）).

A name in kanji is one UniDic reads as a surname where only a name stands (`name_frame`), or two or three kanji it
cuts into pieces that are no word of their own (近 + 本, 才 + 木: a prefix, marks; 宇 + 草: a surname and a kanji); never a word that stands in a
player's place without naming one (代打, 主砲, 新人, 相手), one kanji read so, or a number. Katakana is a name unless
every word of it is an everyday loanword (`discovery.plausible_name`).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .discovery import plausible_name, town_name
from .name_frame import read_as_name
from .persons import Name
from .sports_names import KANJI_CHAR, KATA_NAME
from .tokens import Toks

_KANJI, _KATA_NAME = KANJI_CHAR, KATA_NAME
_NUM = r"[０-９0-9]+"
_GOALS = (r"ハットトリック|アシスト|同点ゴール|決勝ゴール|先制ゴール|初ゴール|連続ゴール|連続得点|ヘディング|ヘッド(?!コーチ)|ボレー|"
          r"ミドルシュート|スルーパス|クロス|折り返し|右足|左足|頭で|胸で|[０-９0-9]+得点")
ACTS = (rf"適時(?:[二三]塁)?打|(?:サヨナラ|先頭打者|ソロ|満塁)本塁打|サヨナラ弾|本塁打を放|タイムリー|犠牲フライ|犠飛|{_NUM}号|満塁弾|先制弾|同点弾|決勝弾|勝ち越し弾|[二三]塁打|"
        rf"先制打|決勝打|同点打|勝ち越し打|サヨナラ打|ツーラン|スリーラン|{_NUM}ラン|好投|完投|奪三振|{_GOALS}|"
        rf"{_NUM}時間{_NUM}分|{_NUM}分{_NUM}秒|{_NUM}秒{_NUM}|{_NUM}メートル{_NUM}?|"  # a time, a mark: 2時間5分で制した
        r"(?:日本|大会|世界|アジア)新|(?:日本|大会|世界|アジア)記録|自己ベスト|自己新")  # a record: 瀬良が日本新記録
_ACT = re.compile(rf"(?<![\u4e00-\u9fff々ァ-ヺー])({_KANJI}{{1,3}})(?:が|の)[^、。がはを「」]{{0,12}}?(?:{ACTS})"
                  rf"|(?<![\u4e00-\u9fff々ァ-ヺー・])({_KATA_NAME})(?:が|の)[^、。がはを「」]{{0,12}}?(?:{ACTS})")
_GOAL = re.compile(rf"(?:{_GOALS})$")
# Any word before が or の and a play, for a side's topic before it (阪神は十一回、近本が適時打)
PLAYER_PLAY = re.compile(rf"[\u4e00-\u9fff々ァ-ヺー](?:が|の)[^、。がはを「」]{{0,12}}?(?:{ACTS})")
# A box line: the pitchers' records, and the home runs after their label.
_PITCHER = re.compile(rf"(?:勝ち?|負け?|敗戦?|セーブ|[ＳS])[\s　：:、]*({_KANJI}{{1,4}}|{_KATA_NAME})[\s　]*(?:投手)?[\s　]*"
                      rf"{_NUM}(?:勝|敗|セーブ|[ＳS])")
_HOMERS = re.compile(r"[【▽▼◇◎]\s*(?:本塁打|ホームラン)[】：:\s]")
_HOMER = re.compile(rf"(?:^|(?<=[、\s　】：:]))({_KANJI}{{1,4}}|{_KATA_NAME})[\s　]*{_NUM}号")
# the pitcher who gave the home run up, in brackets after it: 柳楽１８号２ラン（隈部）
_GAVE_UP = re.compile(rf"号(?:ソロ|{_NUM}ラン|ツーラン|スリーラン|満塁)?[（(]({_KANJI}{{1,4}}|{_KATA_NAME})[）)]")
# The first characters the module's shapes may start their telling words with: a line with none is not read.
SIGN = re.compile(rf"(?=[適タ犠０-９0-9満先同決勝二三サツス好完奪ハアヘソ本初連ボミクス折右左頭胸日大世自○●])(?:{ACTS}|[○●](?:勝|負))")


def play_persons(line: str, toks: Toks, found: list[Name], free) -> list[Name]:
    """The names of the module's shapes in the line, where `free` allows and no name of `found` is."""
    out: list[Name] = []
    busy = [(x.start, x.end) for x in found]

    def add(s: int, e: int, town: bool = False) -> None:
        if (not any(a < e and s < b for a, b in busy) and free(s, e) and s in toks.starts and e in toks.ends
                and (_name(line[s:e], toks, s, e) or (town and town_name(line[s:e])))):
            out.append(Name(s, e, line[s:e].split("・")[-1], False))
            busy.append((s, e))

    for m in _ACT.finditer(line):
        g = 1 if m.group(1) else 2
        if g == 1 and _GOAL.search(m.group()) and _town(toks, *m.span(1)):
            continue  # 鹿島の２得点, 浦和の右クロス: football's sides go by their towns
        add(*m.span(g))
    for m in _PITCHER.finditer(line):
        add(*m.span(1))
    if _HOMERS.search(line):
        for m in _HOMER.finditer(line):
            add(*m.span(1), town=True)  # (メンドサ１５号: a box line's katakana, a town's name too)
        for m in _GAVE_UP.finditer(line):
            add(*m.span(1))
    return out


def _town(toks: Toks, s: int, e: int) -> bool:
    """The span is one word UniDic reads as a place's name."""
    k = bisect_left(toks.starts, s)
    return k < len(toks) and toks.ends[k] == e and toks.pos2[k] == "地名"


def _name(word: str, toks: Toks, s: int, e: int) -> bool:
    if "ァ" <= word[0] <= "ヺ":
        return plausible_name(word)
    classes = read_as_name(word)
    if classes and classes[0] == "姓":
        return True
    lo, hi = bisect_left(toks.starts, s), bisect_left(toks.ends, e)
    pieces = range(lo, hi + 1)
    return (len(word) >= 2 and hi > lo and all(toks.pos1[k] != "数詞" and toks.pos2[k] != "地名"
                                               and len(toks.surfaces[k]) == 1 for k in pieces)
            and (toks.pos2[lo] == "人名" or any(toks.pos[k] in ("接頭辞", "接尾辞", "記号", "形容詞") for k in pieces)))
