"""The entries of results pages and lists of winners: a name right before the school, club or company it stands for,
its grade or its age in brackets, where the bracket says what kind of entry it is even when nothing else does.

▽男子４００メートル　塩屋（須磨浦ＡＣ）４７秒６６, ①真壁颯汰（赤川台中）, ▽大賞　能登美桜（寺井台小５年）, 手取湊（同４年）,
中学２年の犬山ここね（尾張一宮スイミング）が: UniDic reads many of these names as places or common words (塩屋, 能登,
牧之原, 手取), and the bracket's body is often one it does not know, so neither the names' rules nor `affiliations` (which
wants the body found first) take them. Here the bracket decides: it holds a school with its grade (…小５年, 同４年, ３年),
an age, or a body whose name ends as a school's, a club's or a team's does (…高, …中, …大, …学院, …ＡＣ, …スイミング,
…陸協), optionally after a home town and ・ and before a rank (羽咋市・四段). A town in brackets (（魚津市）) or a
prefecture (（宮城）) is where someone or something is from, and is left to the other rules.

The name is the run of kanji (a given name in hiragana may close it: 八森ゆい) or of katakana (joined by ・) right
before the bracket, two to seven characters (sixteen for a foreign name joined by ・), standing after a list's boundary:
the line's start, a space, a list's mark (▽, ①…⑳), a place's word (位, 優勝, 準優勝, 賞) or a count's (５区), a comma
or a particle. It is no body's name (…高, …会, …部), no
common word alone unless it heads an entry of a list (after a space or a mark), no prefecture or country, and holds no
digit.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from .governors import PREFECTURES
from .name import COUNT_WORDS, KIN, NOT_NAME, past_count
from .org_context import free_but
from .persons import Name
from .roles import title_spans
from .sport_words import RACING
from .tokens import Toks

# What a bracket after an entry's name holds: a school's grade (寺井台小５年, 同４年, ３年), an age (５８), a school's,
# club's or team's name by its ending, each optionally after a home town and ・ and before a rank (羽咋市・四段)
_GRADE = r"(?:[^（）()、。]{0,12}?[小中高大]|同|高専)?[1-6１-６]年"
_BODY = (r"(?:[^（）()、。\s・]{1,12}?(?:高校|高専|中学|小学校|大学院|大学|学院|学園)|[^（）()、。\s・]{1,12}?[高大]|[^（）()、。\s・]{2,12}?[中小]|"
         r"[^（）()、。\s・]{1,12}?(?:クラブ|倶楽部|ＡＣ|AC|ＳＣ|SC|ＳＳ|SS|"
         r"ＴＣ|TC|ＲＣ|RC|スイミング|ランナーズ|陸協|陸上部|[^（）()、。\s・]部))")
_RANK = r"(?:・(?:[初一二三四五六七八九十1-9１-９]+(?:段|級)|名人|師範))?"
SIGN = re.compile(r"[（(](?=[^（）()]{1,24}[）)])")  # (the lines read: those with a short bracket)
_BRACKET = re.compile(rf"[（(](?:[^（）()、。\s・]{{1,8}}・)?(?:{_GRADE}|{_BODY}|[0-9０-９]{{1,3}}(?:歳)?){_RANK}[）)]")
_RUN = re.compile(r"(?:[\u4e00-\u9fff々ヶケノ]{1,5}[ぁ-ゖ]{0,4}|[ァ-ヺー]+(?:・[ァ-ヺー]+)*)$")
_BOUNDARY = frozenset(" 　▽▼◇◆■□●○・、,のはがもと=＝①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳）)】0123456789")
_HEADS = ("準優勝", "優勝", "位", "賞")  # a list's place before the entry (１位　犬吠, 優勝　鳥海拓真, ▽大賞　能登美桜)
_LIST_HEAD = frozenset(" 　▽▼◇◆■□●○=＝①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳）)0123456789")
_BARE_YEAR = re.compile(r"[（(][0-9０-９]年[）)]")  # （2年）: a grade, or a term of years (任期（2年）): a name's only
# An entry after its place (優勝=…, 2位=…, 3区 …: in NFKC), a name, and in brackets what it stands for
_PLACED = re.compile(r"(?:準?優勝|(?<![0-9])[0-9]{1,2}(?:位|区))[=＝]?\s*[\u4e00-\u9fff々ヶケノぁ-ゖァ-ヺー・]{2,9}"
                     r"([（(][^（）()]{2,16}[）)])")
_HONORIFICS = ("さん", "くん", "ちゃん", "さま", "様", "氏", "君")
_RESULTS = re.compile(r"[0-9](?:秒|分|時間|メートル|m|キロ|点|勝|敗|回|打|段|級|位)|[0-9][.・][0-9]{2}|アンダー|オーバー|区間|優勝|記録|男子形|女子形|組手")
_KATA_ONLY = re.compile(r"[ァ-ヺー・]+")
# A ranking's entry (the line read in NFKC: ① is 1): its place, a name, and in brackets whatever it stands for; in a
# ranking of two or more in order, a town there is a player's home (①魚津早苗（魚津市）②砺波（高岡市）)
_RANKED = re.compile(r"([0-9]{1,4})\s*[\u4e00-\u9fff々ヶケノぁ-ゖァ-ヺー・]{2,7}([（(][^（）()]{2,12}[）)])")
_BODY_END = re.compile(r"(?:高|中|大|小|会|部|団|社|所|局|署|庁|省|院|組|連|協|館|園|校|室|課|党|軍|場|店|家|者|員|長|師|手|士|官|生)$")


def _titled(word: str) -> bool:
    """Whether `word` ends with a title or rank (陽翔七段 before （２２）): the name is the title's to read."""
    return any(e == len(word) and s > 0 for s, e in title_spans(word))


def entry_names(line: str, toks: Toks, found: list[Name], free, heads: dict[int, tuple[int, bool]]) -> list[Name]:
    """`found` with the names of the module's entries in `line` added, where `free(start, end)` allows but for places
    the name may hold (`heads`: start -> (end, a country?) of the line's places: 犬山 of 犬山ここね, 魚津 of 魚津早苗,
    which the name then replaces); a name of `found` inside an entry's (花沢ほのか of 尾花沢ほのか, 瑛太 of 鵠沼瑛太)
    gives way to it, one that overlaps it otherwise keeps its place."""
    if RACING.search(line):
        return found  # (a race's horses and their jockeys in brackets: `result_lines`)
    out: list[Name] = []
    ranked = list(_RANKED.finditer(line))
    if len(ranked) < 2 or ranked[0].group(1) != "1" or not all(
            m.group(1).endswith(str(k)) for k, m in enumerate(ranked, 1)):  # (ネット70・2②: 70・22 in NFKC)
        ranked = []
    brackets = {m.start(): m for m in _BRACKET.finditer(line)}
    results = _RESULTS.search(line) is not None  # (a ranking of a game's: times, scores; not ①物価高対策（電気代）)
    brackets.update((m.start(2), m) for m in ranked if m.start(2) not in brackets and "、" not in m.group(2) and (
        _home(m.group(2)[1:-1]) or (results and _body(toks, m.start(2) + 1, m.end(2) - 1))))
    # (①十勝重機（大空、清水、東）: a team before its members listed in brackets, no entry of a person)
    for m in _PLACED.finditer(line) if "(" in line and results else ():  # 優勝=行方雅人(鉾田市), 3区 榛東一輝(北関東ケミカル)
        if m.start(1) not in brackets and (_home(m.group(1)[1:-1]) or _body(toks, m.start(1) + 1, m.end(1) - 1)):
            brackets[m.start(1)] = m
    for at in sorted(brackets):
        if brackets[at].start() == at and _a_name(toks, at + 1, brackets[at].end() - 1):
            continue  # （田中）, （浜中）: a person's name, not a school's
        run = _RUN.search(line, max(0, at - 17), at)
        if run is None:
            continue
        start = _start(line, run.start(), at)
        inner = [n for n in found if start <= n.start and n.end <= at] if (
            start and line[start - 1] in _LIST_HEAD) else []  # (a list's entry only: 花沢ほのか of ①尾花沢ほのか)
        if start is None or any(n.start < at and start < n.end for n in found + out if n not in inner) or not free_but(
                free, heads, start, at, [(n.start, n.end) for n in inner]):
            continue
        word = line[start:at]
        bracket = brackets[at].group() if brackets[at].start() == at else ""
        heads_entry = start > 0 and (line[start - 1] in _LIST_HEAD or _counted(line, start)) and not _BARE_YEAR.fullmatch(bracket)
        if word.endswith(_HONORIFICS):
            continue  # 丹生政夫さん（７４）: the names' rules read a name before its honorific
        if word in PREFECTURES or word in NOT_NAME or word in KIN or _BODY_END.search(word) or _titled(word) or not _named(
                toks, start, at, heads_entry):
            continue
        found = [n for n in found if n not in inner]
        out.append(_name(toks, start, at, word))
    return found + out


def _body(toks: Toks, start: int, end: int) -> bool:
    """Whether line[start:end], in brackets after a placed entry, may be the body the entry stands for (北関東ケミカル,
    三河精密): no prefecture, no place or country alone, no person's name, no katakana alone (a jockey's, a country's),
    no digits."""
    k = bisect_left(toks.starts, start)
    j = bisect_left(toks.starts, end)
    if k >= len(toks) or toks.starts[k] != start or (j < len(toks) and toks.starts[j] != end) or j - k < 1:
        return False
    inside = "".join(toks.surfaces[k:j])
    if inside in PREFECTURES or _KATA_ONLY.fullmatch(inside) or any(c.isdigit() for c in inside):
        return False
    return not (j - k == 1 and toks.pos2[k] in ("人名", "地名"))


def _a_name(toks: Toks, start: int, end: int) -> bool:
    """Whether line[start:end] is one word UniDic reads as a person's name (田中, 浜中)."""
    k = bisect_left(toks.starts, start)
    return k < len(toks) and toks.starts[k] == start and toks.ends[k] == end and toks.pos2[k] == "人名"


def _home(inside: str) -> bool:
    """A town's name in a ranking's bracket (魚津市, 金沢市・三段): the player's home; not a prefecture (a team's:
    ①青葉（宮城）), nor a body (a horse's jockey, a team's town are read by other rules)."""
    town = inside.split("・")[0]
    return town.endswith(("市", "町", "村", "区")) and len(town) >= 2


def _start(line: str, start: int, at: int) -> int | None:
    """Where the entry's name ending at `at` starts: at `start`, or after a list's place word the run holds (１位犬吠 is
    rare, but ▽大賞能登 is not: 賞); None when the run does not stand after a boundary or is too short."""
    start = past_count(line, start, at)  # 3年山田, ４番松島（３年）: the count's word is no part of the name
    word = line[start:at]
    for head in _HEADS:
        k = word.find(head)
        if k >= 0 and start + k + len(head) < at:
            start = start + k + len(head)
            word = line[start:at]
    if start and line[start - 1] not in _BOUNDARY and not line.endswith(_HEADS, 0, start) and not _counted(line, start):
        return None
    longest = 16 if "・" in word and _KATA_ONLY.fullmatch(word) else 7  # (ジェームズ・ンジョロゲ: a foreign name whole)
    return start if 2 <= at - start <= longest else None


def _counted(line: str, start: int) -> bool:
    """line[start] follows a count's word after its digits (５区サムエル・ギタウ: a leg's runner)."""
    return start > 1 and line[start - 1] in COUNT_WORDS and line[start - 2].isdigit()


def _named(toks: Toks, start: int, end: int, heads_entry: bool) -> bool:
    """Whether UniDic's words over line[start:end] may be a name: one of them a person's or a place's name or a word it
    does not know, or any words at all when the run heads an entry of a list; never a country's name."""
    k = bisect_left(toks.starts, start)
    if k >= len(toks) or toks.starts[k] != start:
        return False
    words = range(k, bisect_left(toks.starts, end))
    if any(toks.pos3[i] == "国" for i in words):
        return False
    if "ァ" <= toks.surfaces[k][0] <= "ヺ":
        return heads_entry or any(toks.pos2[i] == "人名" for i in words)
    return heads_entry or any(toks.pos2[i] in ("人名", "地名") for i in words)


def _name(toks: Toks, start: int, end: int, word: str) -> Name:
    """The entry as a name: a full name filed under its surname when UniDic's first word is a surname or a place and
    something follows it (能登 + 美桜, 八森 + ゆい), else the run as it is."""
    k = bisect_left(toks.starts, start)
    first = toks.ends[k] - start
    if first < len(word) and first >= 2 and (toks.pos2[k] in ("人名", "地名")) and "・" not in word:
        return Name(start, end, word[:first], True)
    return Name(start, end, word, False)
