"""Names in the shapes of culture and entertainment pages and obituaries, read before the organisations' rules
(which would take a group member's mononym, a role's bracket or a real name for something else):

- a member by the part they play in a band or group, with or without の, 、 or ・ (ボーカルミナトと, ギターの蒼井カイが,
  ドラム担当、TAKUMIは, メンバー、リョウガとユウトが, リーダーあかりは, 相方の小倉は: kanji only when they read as a
  surname, `name_frame`), and a second joined by と; a katakana name
  written right after a katakana part word only where UniDic cuts the two (not リーダーシップ) and it is no loanword;
- a member right after a group's name in 「」 and の (アイドルグループ「はるかぜ組」のひなのが, …のゆりあとかのんが): the
  name in kana or letters before が, は, も, と or 、 (a group's word, ライブ or ファン, is none);
- a name before a part in brackets (相楽（主人公の父役）): the words before the bracket, when they hold a name's word
  of UniDic's or are letters or katakana that may be a name;
- a traditional name after its generation (二代目桂小南天は, 十代目市村菊之丞が): the kanji up to a particle, when
  not all common words (二代目社長 is none) and no title is among them;
- a name before its real name in brackets (作家の野分しおり（本名・…）, 元大関の若嵐（本名・…）), and the real name
  itself, whole (本名・石動恭一: not its given name alone);
- the items of a cast's list joined by 、 in a line that speaks of a cast (出演, 共演, 芝居), when each is whole nouns
  and one holds a name's word (共演は間宮蒼、七海こころら, 久我山翔、白鳥凛、御子柴大悟の三人芝居);
- names in kana or letters listed one after another, each with an age in brackets (ここな（16）、あんず（17）、RURU
  （15）で);
- a name after a maker's occupation and の, up to さん or 氏, when its last word is a name's (漫画家のたかせ良さん,
  絵本作家のいぬかいまゆさん: UniDic reads the first part as common words).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..language import tagger
from .discovery import STOP_NAMES, plausible_name
from .name_frame import read_as_name
from .tokens import Toks, chars

_PART = (r"ボーカル|ギター|ウッドベース|ベース|ドラムス|ドラム|キーボード|ピアノ|サックス|トランペット|バイオリン|パーカッション"
         r"|メンバー|リーダー|センター|相方")
# instruments named only in a band's line-up of three or more (ピアノのケイ、ウッドベースの大門、…; not ピアノの音)
_PLAYED = frozenset(("ウッドベース", "ドラムス", "ピアノ", "サックス", "トランペット", "バイオリン", "パーカッション"))
_KATA = r"[ァ-ヺ][ァ-ヺー]{1,7}"
_LATIN = r"[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９]{1,11}"
_HIRA = r"[ぁ-ゖ]{2,5}?"
_MIXED = r"[\u4e00-\u9fff々]{1,3}[ァ-ヺー]{2,5}"  # 蒼井カイ: a surname and a katakana given name
_NAME = rf"(?:{_MIXED}|{_KATA}(?:・{_KATA})?|{_LATIN}|{_HIRA}|[\u4e00-\u9fff々]{{1,3}})"
_AFTER = r"(?=さん|[がはもと、（(]|。$|による)"
_MEMBER = re.compile(rf"(?<![ァ-ヺー])({_PART})(担当)?([の、・]?)({_NAME}){_AFTER}(?:と({_NAME}){_AFTER})?")
_AGE = r"(?:[（(][0-9０-９]{1,2}[）)])?"  # (ミオ（21）が: her age between the name and the particle)
_GROUP_MEMBER = re.compile(rf"(?:グループ|バンド|ユニット|コンビ|トリオ)「[^」]{{1,20}}」の({_KATA}|{_LATIN}|{_HIRA})"
                           rf"(?={_AGE}[がはもと、])(?:{_AGE}と({_KATA}|{_LATIN}|{_HIRA})(?={_AGE}[がはも、]))?")
_AGED = re.compile(r"[（(][0-9０-９]{1,2}[）)]")
# Names in kana or letters in a list, each with an age in brackets (ここな（16）、あんず（17）、RURU（15）で): people
_AGED_LIST = re.compile(rf"(?<![ぁ-ゖァ-ヺーA-Za-z])({_KATA}|{_LATIN}|[ぁ-ゖ]{{2,5}})[（(][0-9０-９]{{1,2}}[）)]"
                        r"(?=、[^、。]{1,12}[（(][0-9０-９]{1,2}[）)]|[がはもとらでの、])")
_ROLE = re.compile(r"[（(][^（）()、。]{1,14}役[）)]")
_POST = re.compile(r"(?:相談|取締|監査|執行|重|助|収入|世話|顧問|上)役[）)]")  # a company's post, no part in a cast
_GENERATION = re.compile(r"(?:[一二三四五六七八九十]+代目?|[0-9０-９]+代目)(?!目)([\u4e00-\u9fff々][\u4e00-\u9fff々ぁ-ゖ]{1,6}?)"
                         r"(?=さん|[はがのをともに、（(])")  # (十五代椿井新左衛門: 代 alone after kanji numbers, as no age is
# written; 柳亭小ぎん次: kana inside)
_REAL_NAME = re.compile(r"(?:(?<=[の、。「・\s])|^)(?:[一二三四五六七八九十]+代目)?"
                        r"([\u4e00-\u9fff々ぁ-ねは-ゖァ-ヺーA-Za-z]{2,9}?)(?:さん|氏|親方|師匠)?[（(]本名[・:：]([^）)、，,・]{2,10})[）)、]")
_MAKER = re.compile(r"(?:[\u4e00-\u9fff]{1,4}家|詩人|俳人|歌人|ファイター)の((?:(?!さん)[\u4e00-\u9fff々ぁ-ゖ]){3,7}?)"
                    r"(?=さん|氏|[がは][^ぁ-ゖ])")  # (no さん inside: 写真家の荒巻さんと森永さん is two names)
_ITEM = r"[^、。のはがをにでと「」『』（）()\s・]{2,7}"
_CAST_LIST = re.compile(rf"(?<![^、はがにで「」：:\s])({_ITEM}(?:、{_ITEM})*、{_ITEM}?)"  # (the last item the shortest)
                        r"(?=ら|ほか|など|の[二三四五六七八九十数]人|[がも、])")
_CAST = re.compile(r"出演|共演|キャスト|芝居|顔ぶれ")
# A part and the one who plays it: 医師役はレオン、, 祖母役を八重樫まりが演じる (not a company's post: 取締役は)
_PLAYED_BY = re.compile(r"役(?:は|を)((?:[ァ-ヺ][ァ-ヺー]{1,9}(?:・[ァ-ヺ][ァ-ヺー]{1,9})?)|[\u4e00-\u9fff々]{2,5}(?:[ぁ-ゖ]{2,3})?)"
                        r"(?=[、。]|が(?:演じ|務め)|ほか)")
_POST_BEFORE = re.compile(r"(?:取締|監査|執行|相談|顧問|重|上|助|世話|収入|主|悪|脇|端|大|現|兵|懲|使|配|荷)$")
_KANA = re.compile(r"[ぁ-ゖー]+")
_NOT_KANA = frozenset("みなさん みんな ひとり ふたり ふたりは かたがた ほか ため".split())
SIGNS = (re.compile(rf"{_PART}|グループ「|バンド「|ユニット「|コンビ「|トリオ「|、(?<=[0-9０-９][）)]、)|"
                    r"役[）)]|役[はを]|代|本名|家の|人の|ファイターの|出演|共演|キャスト|芝居|顔ぶれ"),)  # (literals first: read at them only)


def cast_names(line: str, words, free) -> list[tuple[int, int, str]]:
    """(start, end, key) of each name of the module's doc in the line, where `free` allows; `words()`: the
    line's words (`Toks`), made only where a rule needs them."""
    out: list[tuple[int, int, str]] = []

    def add(s: int, e: int) -> None:
        if e > s and free(s, e) and not any(a < e and s < b for a, b, _ in out):
            out.append((s, e, _key(line, words, s, e)))

    if "本名" in line:
        for m in _REAL_NAME.finditer(line):
            if not _a_real_name(words(), *m.span(2)):
                continue  # （本名・非公表）: no name in the bracket, nor a handle before it
            if not _KANA.fullmatch(m.group(1)) or m.group(1) not in _NOT_KANA:
                add(*m.span(1))
            add(*m.span(2))
    if "代" in line:
        for m in _GENERATION.finditer(line):
            if _kanji_name(words(), m.start(1), m.end(1)) and not _surname_generation(words(), m.start(), m.start(1)):
                add(*m.span(1))
    members = list(_MEMBER.finditer(line))
    band = len(members) >= 3 and all(line[a.end():b.start()] == "、" for a, b in zip(members, members[1:]))
    for m in members:
        glued = not m.group(2) and not m.group(3)  # ボーカルミナト: the part and the name in one run
        for g in (4, 5):
            if m.group(g) and ((m.group(1) not in _PLAYED and _member(line, words, m.start(g), m.end(g), glued and g == 4)) or (
                    band and m.group(3) == "の" and m.group(g) not in STOP_NAMES and m.group(g) not in _NOT_KANA
                    and (not _KANJI_START.match(m.group(g)) or _kanji_name(words(), *m.span(g))))):
                add(*m.span(g))  # (ボーカルのミオ、ギターのカナタ、ドラムの岩清水: a band's line-up, each part's name)
            elif g == 4:
                break
    if "」の" in line:
        for m in _GROUP_MEMBER.finditer(line):
            for g in (1, 2):
                if m.group(g) and (_loose_name(m.group(g)) or (  # (ミオ（21）: an age says a person, whatever the word)
                        _AGED.match(line, m.end(g)) and m.group(g) not in STOP_NAMES and m.group(g) not in _NOT_KANA)):
                    add(*m.span(g))
    if ")、" in line or "）、" in line:
        aged = list(_AGED_LIST.finditer(line))
        if len(aged) >= 2:  # (two or more so, one after another: a list of people by age, no terms)
            for m in aged:
                if m.group(1) not in STOP_NAMES and m.group(1) not in _NOT_KANA:
                    add(*m.span(1))
    if "役" in line:
        for m in _ROLE.finditer(line):
            if _POST.search(m.group()):
                continue
            span = _before_bracket(line, words(), m.start())
            if span:
                add(*span)
    if "役" in line:
        for m in _PLAYED_BY.finditer(line):  # 同僚の医師役はレオン、病院長役は石動太一: the actor given a part
            name = m.group(1)
            if name not in STOP_NAMES and name not in _NOT_KANA and not _POST_BEFORE.search(line, 0, m.start()) and (
                    (name[0] >= "ァ" and plausible_name(name)) or _holds_name(words(), *m.span(1))):
                add(*m.span(1))
    if "、" in line and _CAST.search(line):
        for m in _CAST_LIST.finditer(line):
            for s, e in _cast(line, words(), m.start(1), m.group(1)):
                add(s, e)
    if "の" in line:
        for m in _MAKER.finditer(line):
            toks = words()
            k = _token_at(toks, m.end(1), end=True)
            if k is not None and toks.pos2[k] == "人名" and _token_at(toks, m.start(1)) is not None:
                add(*m.span(1))
    return out


def _key(line: str, words, s: int, e: int) -> str:
    """The name's key: its surname where UniDic reads one at its start (石動 of 石動恭一) or kanji before katakana
    (岬 of 岬ナオ), else the name as written."""
    text = line[s:e]
    mixed = _SURNAME_KANJI.match(text)
    if mixed:
        return mixed.group()
    if _KANJI_START.match(text):
        toks = words()
        k = _token_at(toks, s)
        if k is not None and toks.ends[k] < e and toks.pos3[k] == "姓":
            return toks.surfaces[k]
    return text


_SURNAME_KANJI = re.compile(r"[\u4e00-\u9fff々]{1,3}(?=[ァ-ヺー]+$)")
_KANJI_START = re.compile(r"[\u4e00-\u9fff々]")
_KANJI_ONLY = re.compile(r"[\u4e00-\u9fff々]+")


def _holds_name(toks: Toks, s: int, e: int) -> bool:
    """Whole words at s..e that hold a name's word of UniDic's or start with a surname (`name_frame`): 石動太一,
    八重樫まり, 御子柴大悟."""
    i, j = _token_at(toks, s), _token_at(toks, e, end=True)
    return i is not None and j is not None and ("人名" in toks.pos2[i:j + 1] or (
        j > i and len(toks.surfaces[i]) >= 2 and read_as_name(toks.surfaces[i])[:1] == ("姓",)))


def _cast(line: str, toks: Toks, at: int, items: str) -> list[tuple[int, int]]:
    """The items of a cast's list (久我山翔、白鳥凛、御子柴大悟の三人芝居, 共演は間宮蒼、七海こころら) when each is whole
    nouns and one at least holds a name's word of UniDic's or starts with a surname (`name_frame`)."""
    spans, anchored = [], False
    for item in items.split("、"):
        s, e = at, at + len(item)
        at = e + 1
        i, j = _token_at(toks, s), _token_at(toks, e, end=True)
        if i is None or j is None or any(p not in ("名詞", "接尾辞", "接頭辞") for p in toks.pos[i:j + 1]):
            return []
        anchored = anchored or _holds_name(toks, s, e)
        spans.append((s, e))
    return spans if anchored else []


def _member(line: str, words, s: int, e: int, glued: bool) -> bool:
    name = line[s:e]
    if name in STOP_NAMES or name in _NOT_KANA:
        return False
    if _KANJI_ONLY.fullmatch(name):  # 相方の小倉は: kanji that read as a surname, never glued to the part
        return not glued and read_as_name(name)[:1] == ("姓",)
    if glued:  # only where UniDic cuts the part from the name, and the name is no loanword nor place
        toks = words()
        return _token_at(toks, s) is not None and plausible_name(name)
    return _loose_name(name)


def _loose_name(name: str) -> bool:
    """A name in kana or letters that is no everyday loanword and no word for people (メンバー, ファン)."""
    if name in STOP_NAMES or name in _NOT_KANA or len(name) < 2:
        return False
    if "ァ" <= name[0] <= "ヺ":
        return _not_common(name)
    return True


@lru_cache(maxsize=2048)
def _not_common(name: str) -> bool:
    """Katakana that is no everyday loanword and no common word of UniDic's (ツッコミ, ファン)."""
    words = tagger()(name)
    glosses = [w.feature.lemma or "" for w in words]
    if glosses and all(re.search(r"-[a-z]", g) for g in glosses):
        return False
    return not all(w.feature.pos2 == "普通名詞" for w in words)


def _a_real_name(toks: Toks, s: int, e: int) -> bool:
    """The words of a real name: whole words, not all common nouns and affixes (非公表, 不詳)."""
    i, j = _token_at(toks, s), _token_at(toks, e, end=True)
    return i is not None and j is not None and not all(
        p1 == "普通名詞" or p in ("接頭辞", "接尾辞") for p, p1 in zip(toks.pos[i:j + 1], toks.pos1[i:j + 1]))


def _surname_generation(toks: Toks, start: int, end: int) -> bool:
    """Whether what reads as a generation (八代, 三代) is a surname of UniDic's, a word of its own (八代恭平八段)."""
    return any(s == start and e == end and c in chars("pos2", "人名")
               for s, e, c in zip(toks.starts, toks.ends, toks.classes))


def _kanji_name(toks: Toks, s: int, e: int) -> bool:
    """Kanji after a generation read as a name: cut where the words are, not all common nouns, no suffix word
    (二代目社長, 三代目当主 are none)."""
    i, j = _token_at(toks, s), _token_at(toks, e, end=True)
    if i is None or j is None:
        return False
    pos1 = toks.pos1[i:j + 1]
    return "人名" in toks.pos2[i:j + 1] or not all(p == "普通名詞" for p in pos1)


def _before_bracket(line: str, toks: Toks, at: int) -> tuple[int, int] | None:
    """The words right before a part's bracket when they read as a name (相楽（…役）)."""
    j = _token_at(toks, at, end=True)
    if j is None or toks.pos[j] == "接尾辞" or toks.surfaces[j] in ("さん", "氏", "様"):
        return None  # 瀬川澄子さん（…）: the name before its honorific is the name rules'

    i = j
    while i > 0 and toks.pos[i - 1] == "名詞" and toks.ends[i - 1] == toks.starts[i] and at - toks.starts[i - 1] <= 8:
        i -= 1
    while i <= j and toks.pos[i] != "名詞":
        i += 1
    if i > j:
        return None
    s = toks.starts[i]
    text = line[s:at]
    if "人名" in toks.pos2[i:j + 1] and toks.pos1[i] != "普通名詞" or re.fullmatch(_LATIN, text) or (
            re.fullmatch(_KATA, text) and plausible_name(text)):
        return s, at
    return None


def _token_at(toks: Toks, at: int, end: bool = False) -> int | None:
    """The token starting (or with `end`, ending) at `at`, or None."""
    values = toks.ends if end else toks.starts
    try:
        return values.index(at)
    except ValueError:
        return None
