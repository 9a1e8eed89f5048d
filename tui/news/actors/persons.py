"""People in any news: UniDic's 人名 tokens, the words before a title, role or age, and context.

One line at a time (`line_persons`), then the article as a whole (`article_persons`): a surname alone
is a person when the article named someone in full with it, or when a title or an age follows it.

- 姓 + 名 (石破茂) is a full name; a 人名 token right before a title, role or honorific is a name
  (石破首相, 山田容疑者, 鈴木さん), and so is one before an age in brackets, 山田健一（31）;
- the words before a title are read as one name, whatever UniDic made of them (楠見雄規社長: 楠 + 見 +
  雄 + 規), when one of them is a 人名 token, or when the sentence names China, Korea or Taiwan
  (郭嘉昆報道官, 習近平国家主席): the usual confusion of a Chinese or Korean name with other words;
- katakana names before a title or honorific, joined by ・ (マルコ・ルビオ国務長官);
- never across a title: 氷見野副総裁 is 氷見野 (the title starts inside UniDic's 野副, which is cut).

Guards: a place before its suffix (東京都知事: 東京都 is a place), an organisation, a club of the article,
a place or loanword in katakana, and the common words titles are made of (副, 前, 同社) never make a name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from ..language import tagger
from .discovery import plausible_name
from .one_kanji import one_kanji, one_kanji_before
from .organisations import SUFFIXES as _SUFFIXES
from .roster_given import spaced_given
from .roles import _ROLES, TITLE_RE, title_spans, titles, trie  # noqa: F401 (the recognisers import them from here)
from .tokens import KANJI, Toks, chars

PLACE_SUFFIX = "都道府県市区町村郡州"
ORG_SUFFIXES = frozenset(_SUFFIXES)
_NOT_NAME = frozenset(  # words a title is made of, or that stand before one, that are no names
    "同 同氏 同社 同党 同国 同省 同行 副 前 元 新 現 次期 党 政府 国 両 各 本 当 首席 米 英 仏 独 露 中 韓 朝 日 "
    "全 総 県 市 町 村 府 都 女性 男性 男子 女子 初 外務 国防 財務 商務 報道 政権 大手 同市 同町 同県".split())
_TRAILING = frozenset("同 副 前 元 新 現 次期 党 政府 両 各 本 当 首席".split())
# Titles 新 never opens (新社長 is a title; 新容疑者 none): 山口新容疑者 is 山口新, a given name of one kanji.
_UNPREFIXED = frozenset("容疑者 被告 被告人 さん 氏 様 君 くん ちゃん".split())
_BODY_SUFFIX = frozenset("大 高 校 院 署 局 庁 省 党 銀 軍 工 商 農".split())  # a body's short name after a place: 京都大
_FOREIGN = re.compile(r"中国|韓国|北朝鮮|台湾|香港|中華|[中韓朝台]の|国民党|共産党|人民")
_KANJI_NO = re.compile(r"[\u4e00-\u9fff々〆ヶ]+ノ[\u4e00-\u9fff々〆ヶ]+")
_BOUNDARY_KANA = re.compile(r"[ァ-ヺー・＝=]")
_KATA_TITLE = re.compile(r"[ァ-ヺ]")  # a title in katakana, set off from a katakana name by ・ (ジョーンズ・ヘッドコーチ)
_LETTERS = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]+$")
_KATA_BEFORE = re.compile(r"[ァ-ヺ][ァ-ヺー]*(?:[・＝=][ァ-ヺ][ァ-ヺー]*)*$")


@dataclass
class Name:
    """A person's name in a line: where, and the surname it is filed under."""

    start: int
    end: int
    surname: str
    full: bool | None  # a full name (姓 + 名, or a name before a title that is longer than its surname)


def line_persons(line: str, toks: Toks, marks: list[tuple[int, int]], free) -> tuple[list[Name], list[Name]]:
    """Names in one line (`free(start, end)`: no other actor there), and those left to decide with the
    whole article: lone 人名 tokens, and words before a title with no sign of a name of their own."""
    found: list[Name] = []
    maybe: list[Name] = []
    claimed: set[int] = set()
    foreign = None
    for at, e in marks:
        if not _room_before(line, at, free):
            continue  # every character a name before this title could hold is an actor's already
        k = bisect_left(toks.ends, at)
        if k >= len(toks) or toks.ends[k] != at:
            continue
        if foreign is None:
            foreign = bool(_FOREIGN.search(line))
        name = _before_title(line, toks, k, foreign, line[at:e])
        if name and not free(name.start, name.end):
            name = _after_club(line, name, free)  # 北陸ユナイテッド・カルドーゾ監督: the club found, the name after ・
        if name and free(name.start, name.end):
            if name.full is None:  # no evidence of its own: a person if the article names one so
                maybe.append(name)
                continue
            found.append(name)
            first = bisect_left(toks.starts, name.start)
            claimed.update(range(first if first < len(toks) and toks.starts[first] == name.start else k, k + 1))
    lone: list[Name] = []
    persons = toks.where("pos2", "人名")  # UniDic's name tokens only
    if not persons:
        return found, maybe
    n = len(toks)
    cls, starts, ends = toks.classes, toks.starts, toks.ends  # no Tok made a word
    person, given, surname = chars("pos2", "人名"), chars("pos3", "名"), chars("pos3", "姓")
    either = person & chars("pos3", "一般")
    for i in persons:
        if i in claimed or (i and cls[i - 1] in person and ends[i - 1] == starts[i]):
            continue  # inside a name found already, or a run read from its first token
        j = i + 1
        while j < n and cls[j] in person and j not in claimed and starts[j] == ends[j - 1]:
            j += 1
        if (j == i + 1 and cls[i] in surname and j + 1 < n and len(toks.surfaces[j]) == 1 and cls[j] not in person
                and KANJI.fullmatch(toks.surfaces[j]) and cls[j + 1] in given and starts[j] == ends[i]
                and starts[j + 1] == ends[j] and j + 1 not in claimed and not _NOT_TAIL_GIVEN(toks.surfaces[j])):
            j += 2  # 山﨑 + 颯 + 一郎: the given name's first kanji read as another word (颯, an adverb)
            claimed.add(j - 1)
        start, end = starts[i], ends[j - 1]
        # 姓 + 名, or 姓 + a name of either kind in kanji (永山 + 竜樹, 人名-一般 there: a name before a club in brackets;
        # not katakana: 高原 + ブレイズ is a club's name)
        has_given = cls[i] in surname and j > i + 1 and (not given.isdisjoint(cls[i + 1:j]) or any(
            cls[x] in either and KANJI.fullmatch(toks.surfaces[x]) for x in range(i + 1, j)))
        if not has_given and j == i + 2 and cls[i] in either and cls[i + 1] in given and _KATAKANA_WORD.fullmatch(
                toks.surfaces[i]) and KANJI.fullmatch(toks.surfaces[i + 1]):
            has_given = True  # ダルビッシュ有: a katakana surname UniDic reads as a name of either kind, a kanji given name
        if not has_given and cls[i] in given and one_kanji_before(line, toks, i, marks):
            i -= 1  # 執行役員林圭介: a surname of one kanji UniDic reads as a common word (林), then the given name
            start, has_given = starts[i], True
        if has_given and j < n and starts[j] == end and _given_tail(line, toks, j):
            end = ends[j]  # the given name's last character read as a word of its own: 竹内 + 涼 + 真
        if has_given and end - ends[i] == 1 and _bracketed_after_name(line, start, end):
            continue  # 岸浪勇也（北浜大）: a school or club written short in brackets after a name, no person
        if has_given and free(start, end) and (not _suffixed(line, end) or TITLE_RE.match(line, end)):  # (高田さやか市議)
            found.append(Name(start, end, toks.surfaces[i], True))
        elif j == i + 1 and free(start, end) and not _suffixed(line, end) and not _KATA_NEXT(line, start, end):
            lone.append(Name(start, end, toks.surfaces[i], False))
    if " " in line:  # (堀田 賢慎: a given name read as two name words, joined to its surname by `_spaced`)
        lone += [Name(s, e, line[s:e], False) for s, e in spaced_given(line, toks, free, marks)]
        found, lone, maybe = _spaced(line, toks, free, found, lone, maybe)
    return found, lone + maybe


def _NOT_TAIL_GIVEN(kanji: str) -> bool:
    """A kanji between a surname and a given name that is a word of its own there (a suffix or title's: 氏, 家, 市)."""
    return kanji in _NOT_TAIL or kanji in PLACE_SUFFIX or kanji in "元前副新現故亡"


def _bracketed_after_name(line: str, start: int, end: int) -> bool:
    """line[start:end] fills a bracket right after kanji or katakana (a name's affiliation: （北浜大）)."""
    return (start >= 2 and line[start - 1] in "（(" and line[end:end + 1] in ("）", ")")
            and (KANJI.match(line[start - 2]) is not None or "ァ" <= line[start - 2] <= "ヺ"))


def _after_club(line: str, name: Name, free) -> Name | None:
    """The last part of a katakana name after ・ where the parts before are an actor found already (a club
    whose name ends in katakana: 北陸ユナイテッド・カルドーゾ), else None."""
    dot = line.rfind("・", name.start, name.end)
    if dot <= name.start or free(dot - 1, dot) or not free(dot + 1, name.end) or dot + 2 > name.end:
        return None
    return Name(dot + 1, name.end, line[dot + 1:name.end], False)


def _room_before(line: str, at: int, free) -> bool:
    """Whether a name right before the title at `at` may be free of actors: `_before_title` reads it in the run
    of kanji (and ノ) that ends there, or in katakana that holds the title's last character before it; so a free
    character before the title, or one in that run of kanji (李在明 of 李在明韓国大統領, the country found)."""
    p = at - 1
    if p < 0:
        return False  # (no word ends at the line's start)
    if free(p, at):
        return True
    if not KANJI.match(line[p]):
        return False  # a katakana or other name would hold its last character, an actor's already
    while p >= 0 and (KANJI.match(line[p]) or line[p] == "ノ"):
        if free(p, p + 1):
            return True
        p -= 1
    return False


def _spaced(line: str, toks: Toks, free, *lists: list[Name]) -> list[list[Name]]:
    """A given name written after its surname and one space (高橋 健介, as lists and match reports print
    names) is the full name: UniDic's 姓, a space, and a name found starting with a 名 token. Each of
    `lists` without the names made full and the surnames found alone there; the first (the names found)
    with the full names."""
    cls, starts, ends = toks.classes, toks.starts, toks.ends
    given, surname = chars("pos3", "名"), chars("pos3", "姓")
    full: dict[tuple[int, int], Name] = {}
    for n in (n for names in lists for n in names):
        k = bisect_left(starts, n.start)
        if (1 <= k < len(toks) and starts[k] == n.start and cls[k] in given and cls[k - 1] in surname
                and ends[k - 1] == n.start - 1 and line[n.start - 1] == " " and free(starts[k - 1], n.end)
                and not _answer_after(line, starts[k - 1], n.start, n.end)):
            end = n.end
            if (n.end - n.start == 1 and KANJI.fullmatch(line[end:end + 1]) and line[end] not in _NOT_TAIL
                    and line[end + 1:end + 2] in _ROSTER_AFTER and free(end, end + 1)):
                end += 1  # 頓宮 裕真 選手: a given name's second kanji UniDic read as a word, before the roster's space
            full[(n.start, n.end)] = Name(starts[k - 1], end, toks.surfaces[k - 1], True)
    if not full:
        return list(lists)
    covered = [(x.start, x.end) for x in full.values()]
    kept = [[n for n in names if (n.start, n.end) not in full and not any(s <= n.start and n.end <= e for s, e in covered)]
            for names in lists]
    kept[0] += full.values()  # found: a full name needs nothing more from the article
    return kept


def _answer_after(line: str, start: int, given: int, end: int) -> bool:
    """The spaced name at the line's start heads an answer (宮城　正直、まだ…。): the word after the space, which
    UniDic reads as a given name there, is none on its own (正直: honestly; not 健介 of 高橋 健介、小松 美和の…)."""
    if start or line[end:end + 1] != "、" or "。" not in line[end:]:
        return False
    return not any("人名" in w.feature_raw for w in tagger()(line[given:end]))


# Words that follow a name as words of their own (a statue, a home, a work by, an exhibition of), never the
# last kanji of its given name.
_NOT_TAIL = frozenset(("像 家 宅 邸 派 側 組 流 展 賞 杯 号 丸 館 店 屋 社 院 寺 氏 君 様 殿 夫妻 一家 自身 本人 "
                       "著 訳 編 作 製 選 監 書 画 曲 詞 案 論 説 版 系 産 用 化 性 的 者 達 等 団 陣 軍 会 式 "
                       "中 内 外 上 下 前 後 方 門 語 文 学 役 風 分 宛 名 似 節 劇 戦").split())
_KANA_NAME_TAIL = frozenset("子 代 江 枝 恵 美 乃".split())  # a katakana given name's last kanji (ハル子, キヨ江)
_KATAKANA = re.compile(r"[ァ-ヺ]{1,3}")
_KATAKANA_WORD = re.compile(r"[ァ-ヺ][ァ-ヺー]+")
_TAIL_AFTER = frozenset("はがもをにとのやへで、。」（(")  # (a bracket: the age or the club after a name)
_ROSTER_AFTER = frozenset(("", " ", "　", "(", "（", "、", "。", "\n"))  # after a spaced name in a roster


def _given_tail(line: str, toks: Toks, j: int) -> bool:
    """Token `j`, right after 姓 + a given name of one kanji, is the given name's second kanji UniDic read as
    a common word (竹内涼真: 真), a noun's suffix (西島悠人: 人, 木村大樹: 樹) or an auxiliary (大迫勇也: 也), when a
    particle, mark or bracket follows it: not a word of its own after a name (西郷隆盛像, 山田花子宅, 山田博著).
    After a given name of two kanji read whole (花子, 一郎), only a suffix UniDic made of a name's third kanji
    (君嶋愛梨沙: 沙) is one; a common word is a word of its own (山田花子作)."""
    surface = toks.surfaces[j]
    if (surface in _KANA_NAME_TAIL and _KATAKANA.fullmatch(toks.surfaces[j - 1])
            and KANJI.match(line[toks.ends[j]:toks.ends[j] + 1]) is None):
        return True  # 森永ハル子さん: a katakana given name and its last kanji (子, 代, 江), before anything but kanji
    if len(surface) != 1 or KANJI.match(surface) is None or surface in _NOT_TAIL or (
            line[toks.ends[j]:toks.ends[j] + 1] not in _TAIL_AFTER):
        return False
    given, cls = len(toks.surfaces[j - 1]), toks.classes[j]
    if given == 1:
        return cls in chars("pos1", "普通名詞") or cls in _NOUN_SUFFIX() or cls in chars("pos", "助動詞")
    # After a surname of one kanji and a given name of two (堀 + 米雄 + 斗: a surname of two cut at its first), a
    # common word too; else only a suffix.
    cut = j >= 2 and len(toks.surfaces[j - 2]) == 1 and toks.classes[j - 2] in chars("pos3", "姓")
    return given == 2 and (cls in _NOUN_SUFFIX() or (cut and cls in chars("pos1", "普通名詞")))


@lru_cache(maxsize=None)
def _NOUN_SUFFIX() -> frozenset[str]:
    """The classes of UniDic's suffixes that make nouns (接尾辞-名詞的: 人 of 日本人, and 樹 read so)."""
    return chars("pos", "接尾辞") & chars("pos1", "名詞的")


def _KATA_NEXT(line: str, start: int, end: int) -> bool:
    """A katakana word that goes on beyond the token (a 人名 reading inside a longer word)."""
    return bool(_BOUNDARY_KANA.match(line[end:end + 1]) or (start and _BOUNDARY_KANA.match(line[start - 1])))


def _suffixed(line: str, end: int) -> bool:
    """A place or organisation suffix right after: 森山町, 本田技研 are no people."""
    after = line[end:end + 1]
    return after != "" and after in PLACE_SUFFIX + "党省庁社駅線山川島港"  # (a name may end the line)


# Titles a place's or a team's name may stand before (横浜市長, 日本代表, 広島監督, 東京支店長): a lone place word
# before them stays a place; before any other title (松本会長, 福岡容疑者, 石田首相: a country's head of government
# is named by the country's own form, 英首相) it is a surname UniDic reads as a place.
_PLACE_TITLES = frozenset((
    "監督 コーチ 主将 投手 捕手 内野手 外野手 代表 共同代表 代表委員 知事 市長 町長 村長 区長 都知事 府知事 県知事 "
    "前知事 前市長 大統領 副大統領 大使 特使 署長 局長 支店長 所長 館長 主席 国家主席 総統 "
    "書記長 総書記 最高指導者 司令官 元大統領 前大統領 次期大統領 元監督 前監督 議長 副議長 都議 府議 "
    "県議 市議 町議 区議 議員 支社長 支局長 支部長 本部長 副本部長 工場長 病院長 教育長 消防長 駅長 "
    "副署長 副所長 センター長").split())


def _before_title(line: str, toks: Toks, k: int, foreign: bool, title: str = "") -> Name | None:
    """The name that ends with token `k`, right before a title, if the words there make one.

    Read by the words' indices and classes (`Toks.classes`): no `Tok` is made."""
    cls, surf, starts, ends = toks.classes, toks.surfaces, toks.starts, toks.ends
    person, place = chars("pos2", "人名"), chars("pos2", "地名")
    end = ends[k]
    # Kanji: the words back to the last non-kanji character, at most five characters of name.
    i = k
    while i >= 0 and (KANJI.fullmatch(surf[i]) or (cls[i] in person and _KANJI_NO.fullmatch(surf[i]))) and (
            ends[i] == (starts[i + 1] if i < k else end)):  # (a name token may hold ノ: 井ノ口)
        i -= 1
    lo, hi = i + 1, k + 1  # the block of words: lo .. hi - 1
    counter = chars("pos2", "助数詞可能") | chars("pos", "接尾辞")
    while hi - lo >= 2 and cls[lo] in counter and line[starts[lo] - 1:starts[lo]].isdigit():
        lo += 1  # 4番牧秀悟選手, 2位山田太郎選手: a counter or suffix after a number opens no name
    occupied = _after_occupation(cls, starts, lo, hi)  # 会社員東山容疑者: the name after an occupation
    if occupied:
        lo = occupied
    # A place and its suffix at the end (小池東京都知事) is a place: the name is before it.
    while hi - lo >= 2 and surf[hi - 1] in PLACE_SUFFIX and cls[hi - 2] in place:
        hi -= 2
    while not occupied and hi - lo >= 2 and ((surf[hi - 1] in _TRAILING and (surf[hi - 1] != "新" or title not in _UNPREFIXED))
                                             or (cls[hi - 1] in place and len(surf[hi - 1]) > 1)):
        hi -= 1  # 副, 前, 元 of the title, a country or place before it (李在明韓国大統領)
    if hi > lo:
        start, stop = starts[lo], ends[hi - 1]
        text = line[start:stop]
        block = cls[lo:hi]
        has_person = not person.isdisjoint(block)
        longest = 6 if block[0] in chars("pos3", "姓") and len(surf[lo]) >= 3 else 5  # (五十公野 + 煌 + 大)
        if text in _NOT_NAME or not 1 <= len(text) <= longest or any(
                surf[x] in _NOT_NAME and len(surf[x]) > 1 for x in range(lo, hi)) or (
                hi - lo >= 2 and len(surf[hi - 1]) >= 2 and surf[hi - 1] in ORG_SUFFIXES) or (
                hi - lo == 2 and cls[lo] in place and surf[hi - 1] in _BODY_SUFFIX):  # 京都 + 大 特別教授: a university
            return None  # (瀬川酒造相談役: a company's name before its officer's title, 酒造 a word of its own)
        # A place's name heads a name of three or more characters (宮田知秀: 宮田 + 知 + 秀).
        proper = chars("pos1", "固有名詞")
        placed = hi - lo >= 2 and block[0] in place and len(text) >= 3 and all(
            c not in proper or c in place for c in block[1:]) and surf[lo + 1][0] not in PLACE_SUFFIX
        # A word before a title in a compound noun (定例記者会見, 代表団) is no name without a name's class.
        compound = bool(title) and KANJI.fullmatch(line[end + len(title):end + len(title) + 1]) is not None
        if (has_person or placed or occupied > 0 or (foreign and 2 <= len(text) <= 3 and place.isdisjoint(block)
                                                     and not compound)) and (len(text) > 1 or block[0] in person):
            first = surf[lo]
            surname = first if block[0] in person and block[0] in chars("pos3", "姓") and len(first) <= len(text) else (
                text[0] if foreign and len(text) == 2 and KANJI.fullmatch(text) and (block[0] not in person or hi - lo == 1)
                else text if len(text) <= 2 else text[0])  # 王強外相 in news of China: 王 and 強
            given = len(surf[hi - 1])
            if (surname == text[0] and hi - lo >= 3 and block[-1] in chars("pos3", "名") and given >= 2
                    and 2 <= len(text) - given <= 3 and not foreign):
                surname = text[:-given]  # 岡 + 藤 + 正広, 与 + 後 + 茂樹: the pieces before a known given name
            return Name(start, stop, surname, len(text) > len(surname))
        if (hi - lo == 1 and block[0] in place and block[0] not in chars("pos3", "国") and len(text) >= 2  # (…党の玉城議員)
                and title and (title not in _PLACE_TITLES or _mayor_after_city(line, start, title) or _after_side(line, start)
                               or (title == "議員" and line[start - 1:start] == "の")) and KANJI.fullmatch(text)
                and _word_ends(line, end + len(title))):  # a title of its own (not くん of くんち)
            return Name(start, stop, text, False)  # 松本会長, 岡山容疑者: a surname UniDic reads as a place
        return one_kanji(line, toks, lo, hi, title, end + len(title)) or Name(start, stop, text, None)
    # Katakana: a name, joined by ・, right before the title (not a school in brackets: トヨタ（豊田工）).
    if title[:1] in "(（" and not title[1:2].isdigit():
        return None
    m = _KATA_BEFORE.search(line, 0, end - 1 if line[end - 1:end] == "・" and _KATA_TITLE.match(title) else end)
    if m and (not m.start() or not _BOUNDARY_KANA.match(line[m.start() - 1]) or _after_side(line, m.start())):
        name = m.group()
        if len(name) >= 2 and plausible_name(name):
            parts = re.split(r"[・＝=]", name)
            x = _index(ends, m.start(), k + 1)  # the word that ends where the katakana starts
            if x is not None and cls[x] in person and cls[x] in chars("pos3", "姓") and KANJI.fullmatch(surf[x]):
                return Name(starts[x], m.end(), surf[x], True)  # 宇多田ヒカル, 玉城デニー
            if len(parts) > 1 and m.start() and KANJI.match(line[m.start() - 1]):
                # 南海ユナイテッド・ロペス監督: the katakana before ・ ends a club's name begun in kanji
                at = m.start() + len(parts[0]) + 1
                return Name(at, m.end(), parts[-1], len(parts) > 2) if m.end() - at >= 2 else None
            return Name(m.start(), m.end(), parts[-1], len(parts) > 1)
    return None


def _after_side(line: str, at: int) -> bool:
    """A name at `at` follows a club's or party's name in kanji, or in letters after kanji or two letters or
    more, and ・ (浦和・スコルジャ監督, DeNA・バウアー投手, 横浜M・, 広島・三宅内野手: the side is named already;
    not a middle initial: ジョン・D・ミラー)."""
    if at < 2 or line[at - 1] != "・":
        return False
    letters = _LETTERS.search(line, 0, at - 1)
    before = letters.start() if letters else at - 1
    return bool(before and KANJI.match(line[before - 1])) or (letters is not None and at - 1 - before >= 2) or (
        not letters and KANJI.match(line[at - 2]) is not None)


def _mayor_after_city(line: str, start: int, title: str) -> bool:
    """A mayor's title after the city the sentence has just named with its kind (北山市の佐野市長): the
    word before the title is the mayor's surname, not the city again."""
    return title in ("市長", "町長", "村長", "区長") and start >= 2 and line[start - 1] == "の" and line[start - 2] == title[0]


def _after_occupation(cls: str, starts: list[int], lo: int, hi: int) -> int:
    """The first word of a name after the common words of an occupation (会社員 + 東山, 会社役員 + 新田実),
    or 0: words of a common noun, the first of two characters or more (a rare surname's pieces are
    single kanji: 岡 + 藤 + 正広), then a surname of two characters or more (人名-姓, or a place's
    name: UniDic reads many surnames so) and proper nouns alone to the title, or one kanji of a given name
    UniDic reads as another word (会社役員新田実容疑者), or a surname UniDic cuts into two single kanji before a
    given name it knows (無職与後茂樹容疑者); 会社員東山容疑者（31） is no name before the age."""
    common, named, proper = _occupation_classes()
    k = lo
    while k < hi - 1 and cls[k] in common:
        k += 1
    if (k > lo and starts[lo + 1] - starts[lo] >= 2 and hi == k + 3 and starts[k + 1] - starts[k] == 1
            and starts[k + 2] - starts[k + 1] == 1 and cls[k + 2] in chars("pos3", "名") and starts[hi] - starts[k + 2] >= 2):
        return k  # 無職 + 与 + 後 + 茂樹: a rare surname in two odd pieces, then a given name UniDic knows
    if k == lo or starts[lo + 1] - starts[lo] < 2 or cls[k] not in named or starts[k + 1] - starts[k] < 2 or (any(
            c not in proper for c in cls[k + 1:hi]) and not (hi == k + 2 and starts[hi] - starts[k + 1] == 1)):
        return 0  # not 岡 + 藤 + 正広, 四十物 + 正雄 (a given name), 躑躅 + 森 (a surname of one character)
    return k


@lru_cache(maxsize=None)
def _occupation_classes() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The classes of an occupation's words, of a surname, of a proper noun (`_after_occupation`)."""
    return (chars("pos1", "普通名詞") | chars("pos1", "名詞的"), chars("pos3", "姓") | (
        chars("pos2", "地名") - chars("pos3", "国")), chars("pos1", "固有名詞"))


def _word_ends(line: str, at: int) -> bool:
    """A word ends at `at`: no hiragana goes on there but a particle (さんは, not くんち)."""
    after = line[at:at + 1]
    return not ("ぁ" <= after <= "ゖ") or after in "はがもをにとのへでやらか"


def _index(values: list[int], value: int, stop: int) -> int | None:
    """The first index below `stop` that holds `value`, if any."""
    try:
        return values.index(value, 0, stop)
    except ValueError:
        return None
