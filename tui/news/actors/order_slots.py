"""Names in the slots of a game's report: a batting order, a position, a role before ・, a battery's dash.

Baseball pages print lineups and batteries in fixed shapes, and the name in them may be any kanji UniDic cuts
into common words or reads as a place (安曇野, 間木 + 泰 + 雅):

- after a batting order and a position: １番・遊撃 鍛冶屋敷蒼生, ４番・一塁 name; 1(二)name 2(中)name; a box score's
  row, ①中 name ４ ２ (its order, position, name, then the at bats);
- after a batting order alone (４番間木泰雅の), in a line with a batting word (適時, 犠飛, 安打 …);
- after a role and ・ (代打・大和田の, 先発・戸郷田は, エース・name), or after a role and の before a particle
  (先発の才木浩人が), in a line with a batting word;
- a surname UniDic knows before its club in brackets and a particle (大谷（ドジャース）が, 岡本（巨人）が), or one it reads
  as a surname where only a name stands before a body found already (桐ケ谷（JAL）だった, 森山（東京都山岳連盟）が);
- a battery in a line that names one (バッテリー): the names joined by a dash, and those before them joined
  by 、 (鈴見、大神―末次);

the name is the run of kanji (and ノ, 々, ヶ) there, one to six characters before a comma, a particle, a
bracket, a space, the next slot's number or the line's end, and no word of a position or role itself (４番一塁で).
A name found inside the run (郷田 of 戸郷田) is replaced by the whole.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .name_frame import read_as_name
from .persons import Name
from .tokens import Toks, chars

_POSITION = r"(?:投手|捕手|一塁|二塁|三塁|遊撃|左翼|中堅|右翼|指名打者|ＤＨ|DH)"
_DIGIT = r"[0-9０-９]"
_RUN = r"([\u4e00-\u9fff々ヶ][\u4e00-\u9fffノ々ヶ]{0,5})"
_END = r"(?=[、。，,はがもをのと（( 　\n・]|" + _DIGIT + r"|$)"
# A batting order and a position (１番・遊撃 ), a number and a position in brackets (１（二）)
_LINEUP = re.compile(_DIGIT + r"番[・･]?" + _POSITION + r"[ 　・]?" + _RUN + _END + "|"
                     + _DIGIT + r"[（(][投捕一二三遊左中右指][）)][ 　]?" + _RUN + _END)
# A box score's row: its order, position, name, then at bats (①中 打吹 4 2, read as 1中 打吹 4 2)
BOX_ROW = re.compile(r"(?<![0-9０-９])" + _DIGIT + r"[投捕一二三遊左中右指][ 　]" + _RUN + r"(?=[ 　]" + _DIGIT + ")")
_ORDER = re.compile(_DIGIT + r"番[ 　]?" + _RUN + _END)
# A football line-up: its positions, each before its players joined by 、 (ＧＫ綾、ＤＦ春日、門川、甲斐、ＭＦ椎葉、…)
_XI_POSITION = re.compile(r"ＧＫ|ＤＦ|ＭＦ|ＦＷ|GK|DF|MF|FW")
_XI_ITEM = re.compile(r"(?:(?<=ＧＫ)|(?<=ＤＦ)|(?<=ＭＦ)|(?<=ＦＷ)|(?<=GK)|(?<=DF)|(?<=MF)|(?<=FW)|(?<=、))"
                      r"([\u4e00-\u9fff々ヶ][\u4e00-\u9fffノ々ヶ]{0,5}|[ァ-ヺ][ァ-ヺー]{1,10})(?=[、（(\s]|$)")
_ROLE = re.compile(r"(?:代打|代走|先発|抑え|守護神|エース|主砲|右腕|左腕|主将|ＦＷ|ＭＦ|ＤＦ|ＧＫ)・" + _RUN + _END)
# 先発の才木浩人が, 代打の糸原が: a role and の before the name, in a line with a batting word (`_BASEBALL`)
_ROLE_OF = re.compile(r"(?:先発|代打|代走|抑え|救援|守護神|主砲|エース|中継ぎ)の" + _RUN + r"(?=[、。はがもを（(]|から|$)")
# 大谷（ドジャース）が, 岡本（巨人）が: a surname before its club in brackets
_CLUB_AFTER = re.compile(r"(?<![\u4e00-\u9fff々ノ])([\u4e00-\u9fff々][\u4e00-\u9fff々ケヶ]{0,3})[（(](?:[ァ-ヺ][ァ-ヺー・]{2,}|"
                         r"[A-Za-zＡ-Ｚａ-ｚ]{2,}[A-Za-zＡ-Ｚａ-ｚ .]*|"
                         r"[\u4e00-\u9fff々][\u4e00-\u9fff々ァ-ヺー]{0,11})[）)](?=[がはもの、をとにだ]|。)")
_ITEM_NAME = r"(?:[\u4e00-\u9fff々ヶ][\u4e00-\u9fffノ々ヶ]{0,5}|[ァ-ヺ][ァ-ヺー]{1,9}(?:・[ァ-ヺ][ァ-ヺー]{1,9})?)"
_BATTERY = re.compile(rf"(?<![\u4e00-\u9fffノ々ヶァ-ヺー・])((?:{_ITEM_NAME}、)*{_ITEM_NAME}(?:[―－‐—-]{_ITEM_NAME}"
                      rf"(?:、{_ITEM_NAME}(?![=＝]))*)+)(?![\u4e00-\u9fffノ々ヶァ-ヺー])")  # (…―堀、桜陵=: the next club)
_NAME_PART = re.compile(r"[\u4e00-\u9fff々ヶ][\u4e00-\u9fffノ々ヶ]*|[ァ-ヺ][ァ-ヺー・]*[ァ-ヺー]")
# Runs that are a position, a role or a game's word, never a name.
_NOT_NAME = re.compile(r"^(?:打者|打席|打順|一塁|二塁|三塁|遊撃|左翼|中堅|右翼|投手|捕手|内野|外野|指名|起用|出場|先発|登板|"
                       r"人気|勝負|左腕|右腕|役割|予定|柱|座|責任|経験|投球|好投|目|手|札所|線|地|館|街|組|席|号|機|車|店|所|打|中継|抑え|代打|代走)")
_BASEBALL = re.compile(r"安打|塁打|適時|犠飛|犠打|打点|三振|四球|死球|併殺|打線|打席|打順|登板|先発|スタメン|回[表裏]")
_TITLE_TAIL = re.compile(r"(?:投手|捕手|内野手|外野手|選手|監督|主将)$")
SIGNS = ("番", "（", "(", "・", "バッテリー")


def order_names(line: str, toks: Toks, found: list[Name], free) -> tuple[list[Name], list[Name]]:
    """The names of the module's doc in `line`, and the names of `found` one of them replaces (inside it)."""
    spans: list[tuple[int, int]] = []
    if "（" in line or "(" in line:
        for m in _CLUB_AFTER.finditer(line):
            s, e, inner = m.start(1), m.end(1), (m.end(1) + 1, m.end() - 1)
            body = not free(*inner) and all(not free(k, k + 1) for k in range(*inner))  # (桐ケ谷（JAL）: a body found)
            if ((_surname_word(toks, s, e) or (body and read_as_name(m.group(1))[:1] == ("姓",)))
                    and (body or not _place_word(toks, *inner)) and not _reading(m.group(1), line[inner[0]:inner[1]])):
                spans.append((s, e))
    if "番" in line or "）" in line or ")" in line:
        for m in _LINEUP.finditer(line):
            g = 1 if m.group(1) else 2
            spans.append(m.span(g))
    if " " in line:
        spans += [m.span(1) for m in BOX_ROW.finditer(line)]
    if "番" in line and _BASEBALL.search(line):
        spans += [m.span(1) for m in _ORDER.finditer(line)]
    if "・" in line:
        spans += [m.span(1) for m in _ROLE.finditer(line)]
    if "の" in line:
        roles = [m.span(1) for m in _ROLE_OF.finditer(line) if m.end(1) - m.start(1) >= 2]
        if roles and _BASEBALL.search(line):
            spans += roles
    if len(set(_XI_POSITION.findall(line))) >= 3:  # ＧＫ綾、ＤＦ春日、門川、…、ＦＷ高千穂、今: a football line-up
        spans += [m.span(1) for m in _XI_ITEM.finditer(line)]
    battery: set[tuple[int, int]] = set()
    if "バッテリー" in line:
        for m in _BATTERY.finditer(line):
            battery |= {(m.start() + p.start(), m.start() + p.end()) for p in _NAME_PART.finditer(m.group(1))}
        spans += battery
    out: list[Name] = []
    dropped: list[Name] = []
    seen: set[tuple[int, int]] = set()
    for start, end in sorted(spans):
        tail = _TITLE_TAIL.search(line, start, end)
        if tail and tail.start() > start:
            end = tail.start()  # 先発・戸郷田投手: the title after the name is no part of it
        name = line[start:end]
        if (start, end) in seen or _NOT_NAME.match(name) or name.endswith("ノ") or not free(start, end):
            continue
        across = [x for x in found if x.start < start < x.end or x.start < end < x.end]
        if across and (start, end) not in battery:
            continue  # a name found across the run's edge (in a battery's line, a name across two: 仲宗根　南)
        dropped += across
        seen.add((start, end))
        inside = [x for x in found if start <= x.start and x.end <= end]
        if any(x.start == start and x.end == end for x in inside):
            continue
        dropped += inside
        out.append(Name(start, end, name[:2], True) if len(name) >= 4 else Name(start, end, name, False))
    return out, dropped


def _surname_word(toks: Toks, start: int, end: int) -> bool:
    """line[start:end] is one word UniDic reads as a surname (大谷, 三笘), not a place's or a common word."""
    k = bisect_left(toks.starts, start)
    return k < len(toks) and toks.starts[k] == start and toks.ends[k] == end and toks.classes[k] in chars("pos3", "姓")


# A side's words after its name and の (大社のエース, 明豊の主将): the word before is a team, not a person
_TEAM_AFTER = re.compile(r"の(?:エース(?!級)|主砲|ナイン|打線|投手陣|守備陣|先発陣|応援団|各選手)")


def no_teams(line: str, names: list[Name]) -> list[Name]:
    """`names` without those that stand for a side: a name in 【】 heading a lineup (【明豊】１（二）…), or one
    before の and a side's word (大社のエース馬場, 巨人の打線; not 大谷のエース級の投球)."""
    if not names or not ("【" in line or _TEAM_AFTER.search(line)):
        return names
    kept = []
    for n in names:
        if _TEAM_AFTER.match(line, n.end) or (line[n.start - 1:n.start] == "【" and line[n.end:n.end + 1] == "】"
                                             and _LINEUP.search(line, n.end)):
            continue
        kept.append(n)
    return kept


def _place_word(toks: Toks, start: int, end: int) -> bool:
    """line[start:end] (a bracket's words) is a place with its kind (松本（長野県）: a city and its prefecture, no
    player and his club; not 広島 alone, a club's name as often) or a country."""
    k = bisect_left(toks.starts, start)
    place, country = chars("pos2", "地名"), chars("pos3", "国")
    while k < len(toks) and toks.ends[k] <= end:
        if toks.classes[k] in country or (toks.classes[k] in place and k + 1 < len(toks)
                                          and toks.surfaces[k + 1][:1] in "都道府県市区町村郡州"):
            return True
        k += 1
    return False


def _reading(word: str, bracket: str) -> bool:
    """The bracket holds the word's reading in katakana (本田（ホンダ）), not a club."""
    if not bracket or not all("ァ" <= c <= "ヺ" or c == "ー" for c in bracket):
        return False
    from ..language import tagger

    return "".join(getattr(w.feature, "kana", "") or "" for w in tagger()(word)) == bracket
