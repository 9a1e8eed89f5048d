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
from functools import lru_cache

from ..language import tagger
from .name import NOT_NAME as _NOT_NAME, ORG_SUFFIXES, PLACE_SUFFIX, Name  # noqa: F401 (imported from here too)
from .one_kanji import one_kanji_before
from .roster_given import spaced_given
from .roles import _ROLES, TITLE_RE, title_spans, titles, trie  # noqa: F401 (the recognisers import them from here)
from .title_names import before_title
from .tokens import KANJI, Toks, chars

_FOREIGN = re.compile(r"中国|韓国|北朝鮮|台湾|香港|中華|[中韓朝台]の|国民党|共産党|人民")
_BOUNDARY_KANA = re.compile(r"[ァ-ヺー・＝=]")


def line_persons(line: str, toks: Toks, marks: list[tuple[int, int]], free) -> tuple[list[Name], list[Name]]:
    """Names in one line (`free(start, end)`: no other actor there), and those left to decide with the
    whole article: lone 人名 tokens, and words before a title with no sign of a name of their own."""
    found: list[Name] = []
    maybe: list[Name] = []
    claimed: set[int] = set()
    foreign = None
    title_ends = {e for _, e in marks}
    for at, e in marks:
        if at in title_ends:
            continue  # 陽翔七段（22）: an age right after a title, whose name the title before reads
        if not _room_before(line, at, free):
            continue  # every character a name before this title could hold is an actor's already
        k = bisect_left(toks.ends, at)
        if k >= len(toks) or toks.ends[k] != at:
            continue
        if foreign is None:
            foreign = bool(_FOREIGN.search(line))
        name = before_title(line, toks, k, foreign, line[at:e])
        if name and line[at:e] == "候補" and _common_kana(line, toks, name):
            continue  # ワクチン候補, ドラフト候補: a thing or a list a candidate is of, no person
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
    place = chars("pos2", "地名")
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
        unread = j == i + 1 and cls[i] in surname and _unread_given(line, toks, i + 1, person)
        if unread:
            j += 2  # 田中 + 颯 + 真 + が: a given name UniDic does not know, read as two words of one kanji
        elif j == i + 1 and cls[i] in surname and _adverb_given(line, toks, j):
            j, unread = j + 1, True  # 真壁 + 颯 + が: a given name of one kanji read as an adverb, which takes no particle
        start, end = starts[i], ends[j - 1]
        # 姓 + 名, or 姓 + a name of either kind in kanji (永山 + 竜樹, 人名-一般 there: a name before a club in brackets;
        # not katakana: 高原 + ブレイズ is a club's name)
        has_given = unread or cls[i] in surname and j > i + 1 and (not given.isdisjoint(cls[i + 1:j]) or any(
            cls[x] in either and KANJI.fullmatch(toks.surfaces[x]) for x in range(i + 1, j)))
        if not has_given and j == i + 2 and cls[i] in either and cls[i + 1] in given and _KATAKANA_WORD.fullmatch(
                toks.surfaces[i]) and KANJI.fullmatch(toks.surfaces[i + 1]):
            has_given = True  # ダルビッシュ有: a katakana surname UniDic reads as a name of either kind, a kanji given name
        if not has_given and cls[i] in given and one_kanji_before(line, toks, i, marks):
            i -= 1  # 執行役員林圭介: a surname of one kanji UniDic reads as a common word (林), then the given name
            start, has_given = starts[i], True
        elif (not has_given and j == i + 1 and cls[i] in given and len(toks.surfaces[i]) >= 2 and i
              and ends[i - 1] == starts[i] and cls[i - 1] in place and KANJI.fullmatch(toks.surfaces[i - 1])
              and 2 <= len(toks.surfaces[i - 1]) <= 3 and i - 1 not in claimed and _PARTICLE_AFTER.match(line, end)):
            i -= 1  # 先発平戸駿介は: a surname UniDic reads as a place (平戸), then a given name it knows
            start, has_given = starts[i], True
        if has_given and j < n and starts[j] == end and _given_tail(line, toks, j):
            end = ends[j]  # the given name's last character read as a word of its own: 竹内 + 涼 + 真
        if has_given and line[end:end + 1] == "・" and _full_name_at(toks, end + 1, surname, given):
            continue  # 長岡越陽・江口隆之監督: a school or club read as a name, before its member's full name
        if has_given and end - ends[i] == 1 and _bracketed_after_name(line, start, end):
            continue  # 岸浪勇也（北浜大）: a school or club written short in brackets after a name, no person
        if has_given and end - ends[i] == 1 and line[end - 1] in _BODY_TAIL:
            continue  # 北浜工の先発: a school or body written short (工業高校), its last kanji read as a given name
        if has_given and end - ends[i] == 1 and _GRADE_AFTER.match(line, end):
            continue  # （直江津東小５年）: a school's name before its pupil's grade, its last kanji read as a given name
        if has_given and free(start, end) and (not _suffixed(line, end) or TITLE_RE.match(line, end)):  # (高田さやか市議)
            found.append(Name(start, end, toks.surfaces[i], True))
        elif (j == i + 1 and free(start, end) and not _suffixed(line, end) and not _KATA_NEXT(line, start, end)
              and not (_KATAKANA_WORD.fullmatch(line, start, end) and _PLACE_OF.match(line, end))):
            lone.append(Name(start, end, toks.surfaces[i], False))
    if " " in line:  # (堀田 賢慎: a given name read as two name words, joined to its surname by `_spaced`)
        lone += [Name(s, e, line[s:e], False) for s, e in spaced_given(line, toks, free, marks)]
        found, lone, maybe = _spaced(line, toks, free, found, lone, maybe)
    return found, lone + maybe


_PARTICLE_AFTER = re.compile(r"[はがもをにとの、（(（]|$")  # a particle, a comma or a bracket right after a name


def _common_kana(line: str, toks: Toks, name: Name) -> bool:
    """Whether `name` is one katakana word UniDic knows as a common noun (ワクチン, ドラフト)."""
    k = bisect_left(toks.starts, name.start)
    return (k < len(toks) and toks.starts[k] == name.start and toks.ends[k] == name.end and toks.pos1[k] == "普通名詞"
            and _KATAKANA_WORD.fullmatch(line, name.start, name.end) is not None)


def _full_name_at(toks: Toks, at: int, surname: frozenset[str], given: frozenset[str]) -> bool:
    """Whether a surname and a given name as UniDic reads them start at place `at`, one right after the other."""
    k = bisect_left(toks.starts, at)
    return (k + 1 < len(toks) and toks.starts[k] == at and toks.classes[k] in surname and toks.classes[k + 1] in given
            and toks.starts[k + 1] == toks.ends[k])


def _unread_given(line: str, toks: Toks, j: int, person: frozenset[str]) -> bool:
    """Tokens `j` and `j + 1`, right after a surname, are a given name UniDic does not know (颯真 of 田中颯真が: an
    adverb and a common word): two words of one kanji each, neither a name's token, a number or a word that
    follows a name on its own (氏, 家, 派, 元, 前), with a particle, mark or bracket right after; a word of two
    kanji there would have been read whole (田中政権が, 鈴木先生は)."""
    if j + 1 >= len(toks) or toks.starts[j] != toks.ends[j - 1] or toks.starts[j + 1] != toks.ends[j]:
        return False
    first, second = toks.surfaces[j], toks.surfaces[j + 1]
    return (len(first) == len(second) == 1 and KANJI.fullmatch(first + second) is not None
            and toks.classes[j] not in person and toks.classes[j + 1] not in person
            and first not in _NUMERALS and second not in _NUMERALS and not _NOT_TAIL_GIVEN(first)
            and not _NOT_TAIL_GIVEN(second) and first not in _KIN_KANJI and second not in _KIN_KANJI
            and line[toks.ends[j + 1]:toks.ends[j + 1] + 1] in _TAIL_AFTER)


def _adverb_given(line: str, toks: Toks, j: int) -> bool:
    """Token `j`, right after a surname, is one kanji UniDic reads as an adverb (颯, 尚) with a particle, mark or bracket
    after it: an adverb takes no particle, so it is the given name."""
    return (j < len(toks) and toks.starts[j] == toks.ends[j - 1] and len(toks.surfaces[j]) == 1
            and toks.pos[j] == "副詞" and KANJI.fullmatch(toks.surfaces[j]) is not None
            and line[toks.ends[j]:toks.ends[j] + 1] in _TAIL_AFTER)


_NUMERALS = frozenset("一二三四五六七八九十百千万億両各計約")
_KIN_KANJI = frozenset("父母兄弟姉妹夫妻子孫祖伯叔嫁婿")


def _NOT_TAIL_GIVEN(kanji: str) -> bool:
    """A kanji between a surname and a given name that is a word of its own there (a suffix or title's: 氏, 家, 市)."""
    return kanji in _NOT_TAIL or kanji in PLACE_SUFFIX or kanji in "元前副新現故亡"


def _bracketed_after_name(line: str, start: int, end: int) -> bool:
    """line[start:end] fills a bracket right after kanji or katakana and ends as a body's short name does (a name's
    affiliation: （北浜大）; not an actor after the part played: 朝倉悠真（鷹野修））."""
    return (start >= 2 and line[start - 1] in "（(" and line[end:end + 1] in ("）", ")") and line[end - 1] in _BODY_END
            and (KANJI.match(line[start - 2]) is not None or "ァ" <= line[start - 2] <= "ヺ"))


_BODY_END = frozenset("大高校院学工商農協会部団")


def _after_club(line: str, name: Name, free) -> Name | None:
    """The last part of a katakana name after ・ where the parts before are an actor found already (a club
    whose name ends in katakana: 北陸ユナイテッド・カルドーゾ), else None."""
    dot = line.rfind("・", name.start, name.end)
    if dot <= name.start or free(dot - 1, dot) or not free(dot + 1, name.end) or dot + 2 > name.end:
        return None
    return Name(dot + 1, name.end, line[dot + 1:name.end], False)


def _room_before(line: str, at: int, free) -> bool:
    """Whether a name right before the title at `at` may be free of actors: `title_names.before_title` reads it in the run
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
    given, surname, place = chars("pos3", "名"), chars("pos3", "姓"), chars("pos2", "地名")
    full: dict[tuple[int, int], Name] = {}
    for n in (n for names in lists for n in names):
        k = bisect_left(starts, n.start)
        if (1 <= k < len(toks) and starts[k] == n.start and cls[k] in given
                and (cls[k - 1] in surname or (cls[k - 1] in place and 2 <= len(toks.surfaces[k - 1]) <= 3  # (宇頭 光男さん:
                                               and KANJI.fullmatch(toks.surfaces[k - 1])  # a surname read as a place,
                                               and _MARKED.match(line, n.end)))  # before an honorific or a title)
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


_MARKED = re.compile(r"さん|氏|君|ちゃん|[（(][0-9０-９]|" + TITLE_RE.pattern)  # what marks a person after a name


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
_GRADE_AFTER = re.compile(r"[小中高][1-6１-６]")  # (a school's kind and a grade: 小５年)
_BODY_TAIL = frozenset("工商農校院署局庁省党銀軍")  # the last kanji of a body's short name (北浜工, 北浜商), no given name
KANA_NAME_TAIL = frozenset("子 代 江 枝 恵 美 乃".split())  # a katakana given name's last kanji (ハル子, キヨ江)
_KATAKANA = re.compile(r"[ァ-ヺ]{1,3}")
_KATAKANA_WORD = re.compile(r"[ァ-ヺ][ァ-ヺー]+")
_TAIL_AFTER = frozenset("はがもをにとのやへで、。」（(・")  # (a bracket: the age or the club after a name; ・ and a post)
_MEMBER = re.compile(r"[\u4e00-\u9fff]{0,3}委員(?!会)")  # 委員, 立法委員: a member's title (no 委員会)
_ROSTER_AFTER = frozenset(("", " ", "　", "(", "（", "、", "。", "\n"))  # after a spaced name in a roster


def _given_tail(line: str, toks: Toks, j: int) -> bool:
    """Token `j`, right after 姓 + a given name of one kanji, is the given name's second kanji UniDic read as
    a common word (竹内涼真: 真), a noun's suffix (西島悠人: 人, 木村大樹: 樹) or an auxiliary (大迫勇也: 也), when a
    particle, mark or bracket follows it: not a word of its own after a name (西郷隆盛像, 山田花子宅, 山田博著).
    After a given name of two kanji read whole (花子, 一郎), only a suffix UniDic made of a name's third kanji
    (君嶋愛梨沙: 沙) is one; a common word is a word of its own (山田花子作)."""
    surface = toks.surfaces[j]
    if surface in ("一", "二", "三") and len(toks.surfaces[j - 1]) <= 2 and line[toks.ends[j]:toks.ends[j] + 1] in _TAIL_AFTER:
        return True  # 濱 + 家隆 + 一: the given name's last kanji read as a number (隆一, 健二, 雄三)
    if (surface in KANA_NAME_TAIL and _KATAKANA.fullmatch(toks.surfaces[j - 1])
            and KANJI.match(line[toks.ends[j]:toks.ends[j] + 1]) is None):
        return True  # 森永ハル子さん: a katakana given name and its last kanji (子, 代, 江), before anything but kanji
    given, cls = len(toks.surfaces[j - 1]), toks.classes[j]
    if len(surface) != 1 or KANJI.match(surface) is None or surface in _NOT_TAIL or (
            line[toks.ends[j]:toks.ends[j] + 1] not in _TAIL_AFTER and not (given == 1 and (
                TITLE_RE.match(line, toks.ends[j]) or _MEMBER.match(line, toks.ends[j])))):
        return False  # (or a title after it, after a given name of one kanji: 蕭 + 雅 + 婷 + 委員)
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
    """A katakana word that goes on beyond the token (a 人名 reading inside a longer word); a name in kanji after a
    club's name and ・ is none (ヤクルト・村上は)."""
    if KANJI.match(line[start]) and line[start - 1:start] == "・" and not _BOUNDARY_KANA.match(line[end:end + 1]):
        return False
    return bool(_BOUNDARY_KANA.match(line[end:end + 1]) or (start and _BOUNDARY_KANA.match(line[start - 1])))


# A katakana word UniDic reads as a name alone before の and a part or facility of a place (ヒューストンの宇宙センター,
# …の郊外, …の空港): a city's name; a person's own place is said otherwise (…の自宅, …の事務所).
_PLACE_OF = re.compile(r"の(?:郊外|市内|市街地?|中心部|近郊|[北南][東西]?部|[東西中]部|国際?空港|港|駅|宇宙センター|沖|上空)"
                       r"(?![\u4e00-\u9fff々ァ-ヺー])")


def _suffixed(line: str, end: int) -> bool:
    """A place or organisation suffix right after: 森山町, 本田技研 are no people."""
    after = line[end:end + 1]
    return after != "" and after in PLACE_SUFFIX + "党省庁社駅線山川島港"  # (a name may end the line)
