"""The name right before a title (楠見雄規社長, 石破首相, マルコ・ルビオ国務長官, 会社員東山容疑者), read by the words'
classes back from the title: kanji words as one name when one is a name's word, a place's word that is a surname
there, the name after an occupation, katakana names joined by ・; never a place before its suffix, a company
before its officer's title, a body's short name or the words titles are made of.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .brands import company_word
from .discovery import plausible_name, town_name
from .governors import PLAYER_TITLES, governor_surname, player_surname
from .loanword_names import named_loanword
from .name import AGE, NOT_NAME as _NOT_NAME, ORG_SUFFIXES, PERSON_END, PLACE_SUFFIX, Name
from .name_frame import read_as_name
from .office_heads import body_before
from .one_kanji import one_kanji
from .roles import TITLE_RE
from .tokens import KANJI, Toks, chars

_HAN_SURNAMES = frozenset("王李張劉陳楊黄趙周呉徐孫朱胡郭何羅鄭梁謝宋唐許鄧馮曹彭蕭董潘袁蔡蒋葉程魏蘇呂姜崔譚汪"
                          "范賈韋鄒孟邱尹薛閻段侯龍黎賀顧毛郝龔邵厳戴孔湯朴権洪裴兪禹辛閔卞廉卓金")  # (not 林, 丁, 沈: Japanese too)
_TRAILING = frozenset("同 副 前 元 新 現 次期 党 政府 両 各 本 当 首席 特別".split())
# Titles 新 never opens (新社長 is a title; 新容疑者 none): 山口新容疑者 is 山口新, a given name of one kanji.
_UNPREFIXED = frozenset("容疑者 被告 被告人 さん 氏 様 君 くん ちゃん".split())
_BODY_SUFFIX = frozenset("大 高 校 院 署 局 庁 省 党 銀 軍 工 商 農".split())  # a body's short name after a place: 京都大
# The titles and ranks of shogi and go players: as a player's position, one a surname stands before (羽月叡王)
_GAME_TITLES = frozenset("名人 竜王 王将 棋聖 王位 叡王 王座 棋王 碁聖 天元 本因坊 十段 九段 八段 七段 六段 五段 四段 三段 "
                         "二段 初段 女流名人 女流王位 女流王座 女流王将 女流棋聖 女流本因坊 女流初段 女流二段 女流三段 "
                         "女流四段 女流五段 女流六段".split())
_KANJI_NO = re.compile(r"[\u4e00-\u9fff々〆ヶ]+[ノケツ][\u4e00-\u9fff々〆ヶ]+")  # 井ノ口, 桐ケ谷, 三ツ矢
_KATA_TITLE = re.compile(r"[ァ-ヺ]")  # a title in katakana, set off from a katakana name by ・ (ジョーンズ・ヘッドコーチ)
_LETTERS = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ]+$")
_KATA_BEFORE = re.compile(r"[ァ-ヺ][ァ-ヺー]*(?:[・＝=][ァ-ヺ][ァ-ヺー]*)*$")
_BOUNDARY_KANA = re.compile(r"[ァ-ヺー・＝=]")
# A word for a company's kind right before a katakana name (製造元の, 保守管理会社, 家電大手): the name is the company's.
# The roles a club's person holds, written after the club, ・ and the name (ロッテ・鰐淵監督), and the last character
# of a club's name there (kanji, katakana or letters)
_SIDE_TITLES = PLAYER_TITLES | {"監督", "コーチ", "ヘッドコーチ", "主将", "HC", "GM", "騎手", "調教師", "オーナー", "球団社長"}
_PERSON_END = PERSON_END
_PERSON_WORDS = frozenset("幹部 代表 顧問 大使".split())  # words for a person that end in none of them
_SIDE_END = re.compile(r"[\u4e00-\u9fff々ァ-ヺーA-Za-zＡ-Ｚａ-ｚ]")
_COMPANY_KIND = re.compile(r"(?:会社|製造元|販売元|メーカー|大手|企業|子会社|親会社|運営会社)の?$")

# Titles a place's or a team's name may stand before (横浜市長, 日本代表, 広島監督, 東京支店長): a lone place word
# before them stays a place; before any other title (松本会長, 福岡容疑者, 石田首相: a country's head of government
# is named by the country's own form, 英首相) it is a surname UniDic reads as a place.
PLACE_TITLES = frozenset((
    "監督 コーチ 主将 投手 捕手 内野手 外野手 代表 共同代表 代表委員 知事 市長 町長 村長 区長 都知事 府知事 県知事 "
    "前知事 前市長 大統領 副大統領 大使 特使 署長 局長 支店長 所長 館長 主席 国家主席 総統 "
    "書記長 総書記 最高指導者 司令官 元大統領 前大統領 次期大統領 元監督 前監督 議長 副議長 都議 府議 "
    "県議 市議 町議 区議 議員 支社長 支局長 支部長 本部長 副本部長 工場長 病院長 教育長 消防長 駅長 "
    "副署長 副所長 センター長").split())


def before_title(line: str, toks: Toks, k: int, foreign: bool, title: str = "") -> Name | None:
    """The name that ends with token `k`, right before a title, if the words there make one.

    Read by the words' indices and classes (`Toks.classes`): no `Tok` is made."""
    cls, surf, starts, ends = toks.classes, toks.surfaces, toks.starts, toks.ends
    person, place = chars("pos2", "人名"), chars("pos2", "地名")
    end = ends[k]
    # Kanji: the words back to the last non-kanji character, at most five characters of name.
    i = k
    while i >= 0 and (KANJI.fullmatch(surf[i]) or (_KANJI_NO.fullmatch(surf[i]) and (
            cls[i] in person or cls[i] in place and i < k and (cls[i + 1] in person or cls[i + 1] in place)))) and (
            ends[i] == (starts[i + 1] if i < k else end)):  # (a name token may hold ノ or ケ: 井ノ口, 桐ケ谷)
        i -= 1
    lo, hi = i + 1, k + 1  # the block of words: lo .. hi - 1
    counter = chars("pos2", "助数詞可能") | chars("pos", "接尾辞")
    while hi - lo >= 2 and cls[lo] in counter and line[starts[lo] - 1:starts[lo]].isdigit():
        lo += 1  # 4番牧秀悟選手, 2位山田太郎選手: a counter or suffix after a number opens no name
    if hi - lo >= 2 and surf[lo] == "故":
        lo += 1  # 故柏原秀峰氏: the late, no part of the name
    occupied = _after_occupation(cls, starts, lo, hi)  # 会社員東山容疑者: the name after an occupation
    if not occupied and hi - lo >= 3 and len(surf[lo]) >= 2 and cls[lo] in chars("pos1", "普通名詞") and (
            surf[lo + 1] in _PERSON_END and cls[lo + 1] in chars("pos", "接尾辞")) and all(
            cls[x] in person for x in range(lo + 2, hi)):
        occupied = lo + 2  # 高校 + 生 + 楓さん, 中学 + 生 + 陽向君: a pupil's or worker's word, then the given name
    if occupied:
        lo = occupied
    # A place and its suffix at the end (小池東京都知事) is a place: the name is before it.
    while hi - lo >= 2 and surf[hi - 1] in PLACE_SUFFIX and cls[hi - 2] in place:
        hi -= 2
    two_places = (hi - lo == 2 and cls[lo] in place and cls[hi - 1] in place and bool(title) and title not in PLACE_TITLES
                  and AGE.match(line, end + len(title)) is not None)  # 桐ケ谷 + 隼人教授(54): a surname and a given
    # name UniDic reads as places, before a title no place takes and an age: a person's
    while not occupied and hi - lo >= 2 and not two_places and (
            (surf[hi - 1] in _TRAILING and (surf[hi - 1] != "新" or title not in _UNPREFIXED))
            or (cls[hi - 1] in place and len(surf[hi - 1]) > 1)):
        hi -= 1  # 副, 前, 元 of the title, a country or place before it (李在明韓国大統領)
    if not occupied and (not foreign or title in _UNIT_HEADS) and hi - lo >= 2 and qualifier(cls, surf, hi - 1) and (
            not person.isdisjoint(cls[lo:hi - 1]) or read_as_name(line[starts[lo]:ends[hi - 2]])[:1] == ("姓",)):
        hi -= 1  # 花房 + 常任 + 理事, 岡野谷 + 主計 + 局長: a word of the title's before it, not of the name
        while hi - lo >= 2 and surf[hi - 1] in _TRAILING and surf[hi - 1] != "新":
            hi -= 1  # (鄭雲峰 + 副 + 報道 + 局長: 副 of the title too)
    if hi > lo and body_before(line, end) >= 0:
        return None  # 国立感染症研究所長, 北浜警察署長: the title ends a body's word, the body before it, no name
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
        placed = hi - lo >= 2 and block[0] in place and len(text) >= 3 and (all(
            c not in proper or c in place for c in block[1:]) or (  # (秋月 + 康平社長: a given name read as an era's)
            hi - lo == 2 and block[1] in proper & chars("pos2", "一般") and len(surf[lo + 1]) == 2
            and KANJI.fullmatch(surf[lo + 1]) is not None)) and surf[lo + 1][0] not in PLACE_SUFFIX
        # A word before a title in a compound noun (定例記者会見, 代表団) is no name without a name's class.
        compound = bool(title) and KANJI.fullmatch(line[end + len(title):end + len(title) + 1]) is not None
        # A noun of an act of two kanji or more (協議 of 6カ国協議首席代表) is no Chinese or Korean name.
        acts = any(cls[x] in chars("pos2", "サ変可能") and len(surf[x]) >= 2 for x in range(lo, hi)) or (
            hi - lo == 1 and len(surf[lo]) >= 2 and cls[lo] in chars("pos1", "普通名詞"))  # (台湾の行政院長: one common word)
        if not foreign and len(text) == 3 and text[0] in _HAN_SURNAMES and len(surf[lo]) == 1 and not acts and (
                KANJI.fullmatch(text) and cls[lo] not in place):
            foreign = True  # サムスン電子の金載勲会長: a surname of one kanji Chinese and Korean names open with, two more kanji
        if (has_person or placed or occupied > 0 or (foreign and 2 <= len(text) <= 3 and place.isdisjoint(block)
                                                     and not compound and not acts)) and (len(text) > 1 or block[0] in person):
            first = surf[lo]
            surname = first if (block[0] in person and block[0] in chars("pos3", "姓") and len(first) <= len(text)) or (
                placed and 2 <= len(first) < len(text)) else (  # (岡田 + 蒼空さん: the place's name the surname)
                text[0] if foreign and len(text) == 2 and KANJI.fullmatch(text) and (block[0] not in person or hi - lo == 1)
                else text if len(text) <= 2 else text[0])  # 王強外相 in news of China: 王 and 強
            given = len(surf[hi - 1])
            if (surname == text[0] and hi - lo >= 3 and block[-1] in chars("pos3", "名") and given >= 2
                    and 2 <= len(text) - given <= 3 and not foreign):
                surname = text[:-given]  # 岡 + 藤 + 正広, 与 + 後 + 茂樹: the pieces before a known given name
            return Name(start, stop, surname, len(text) > len(surname))
        if (hi - lo == 1 and block[0] in place and block[0] not in chars("pos3", "国") and len(text) >= 2  # (…党の玉城議員)
                and title and (title not in PLACE_TITLES or _mayor_after_city(line, start, title) or _after_side(line, start)
                               or governor_surname(text, title) or player_surname(text, title)
                               or (title == "議員" and line[start - 1:start] == "の")) and KANJI.fullmatch(text)
                and _word_ends(line, end + len(title))):  # a title of its own (not くん of くんち)
            return Name(start, stop, text, False)  # 松本会長, 岡山容疑者: a surname UniDic reads as a place
        if ((title in PLAYER_TITLES or title in _GAME_TITLES) and hi - lo == 2 and all(len(surf[x]) == 1 for x in (lo, lo + 1))
                and KANJI.fullmatch(text) and cls[lo] not in chars("pos1", "数詞")):
            return Name(start, stop, text, False)  # 浅 + 村 + 選手, 羽 + 月 + 叡王: a surname UniDic reads in two odd pieces
        if ((title in PLAYER_TITLES or title in _SIDE_TITLES) and hi - lo == 2 and len(text) == 3 and KANJI.fullmatch(text)
                and cls[hi - 1] in chars("pos1", "固有名詞") and cls[lo] in chars("pos1", "普通名詞")
                and cls[lo] not in chars("pos2", "サ変可能")):
            return Name(start, stop, text, False)  # 御子 + 柴 + 騎手: a common word and a place's name, a surname of three
        if (title in _SIDE_TITLES and start >= 2 and line[start - 1] == "・" and KANJI.fullmatch(text) and len(text) <= 4
                and _SIDE_END.match(line[start - 2])):
            return Name(start, stop, text, False)  # ロッテ・鰐淵監督, 阪神・門馬投手: a club, ・, a name and its role there
        if (not foreign and not compound and 2 <= len(text) <= 4 and place.isdisjoint(block) and KANJI.fullmatch(text)
                and read_as_name(text) == ("姓",)):
            return Name(start, stop, text, False)  # 学校の猪子校長: a surname UniDic reads as a common word in the line
        return one_kanji(line, toks, lo, hi, title, end + len(title)) or Name(start, stop, text, None)
    # Katakana: a name, joined by ・, right before the title (not a school in brackets: トヨタ（豊田工）).
    if title[:1] in "(（" and not title[1:2].isdigit():
        return None
    m = _KATA_BEFORE.search(line, 0, end - 1 if line[end - 1:end] == "・" and _KATA_TITLE.match(title) else end)
    if m and (not m.start() or not _BOUNDARY_KANA.match(line[m.start() - 1]) or _after_side(line, m.start())):
        name = m.group()
        if _COMPANY_KIND.search(line, max(0, m.start() - 8), m.start()):
            return None  # 製造元のシンドラーエレベータ課長, 保守管理会社エス・イー・シー…会長: a company, its officer unnamed
        if len(name) >= 2 and (plausible_name(name) or named_loanword(line, m.start(), name, title) or (
                title in PLAYER_TITLES and town_name(name))) and not company_word(name, title):
            # (not ソニー of ソニー社長; 国務省のプライス報道官; メンドサ内野手: a town's name, no country's, before a player's title)
            parts = re.split(r"[・＝=]", name)
            x = _index(ends, m.start(), k + 1)  # the word that ends where the katakana starts
            if x is not None and cls[x] in person and cls[x] in chars("pos3", "姓") and KANJI.fullmatch(surf[x]):
                return Name(starts[x], m.end(), surf[x], True)  # 宇多田ヒカル, 玉城デニー
            if len(parts) > 1 and m.start() and KANJI.match(line[m.start() - 1]) and line[m.start() - 1] not in _PERSON_END and not (
                    x is not None and surf[x] in _PERSON_WORDS):
                # (not 新外国人ジェイク・ウィンターズ投手, 技能実習生グエン・ティ・ラン容疑者, 幹部ハリル・ザイダン氏: a word for a
                # person before)
                # 南海ユナイテッド・ロペス監督: the katakana before ・ ends a club's name begun in kanji
                at = m.start() + len(parts[0]) + 1
                return Name(at, m.end(), parts[-1], len(parts) > 2) if m.end() - at >= 2 else None
            return Name(m.start(), m.end(), parts[-1], len(parts) > 1)
    return None


# The heads of a body's unit, named after the unit's word (報道 + 局長): in news of China too the name is before it
# (劉文傑報道局長), where a verbal noun before another title may end a given name
_UNIT_HEADS = frozenset("局長 部長 課長 室長 司長 所長".split())
_QUALIFIERS = frozenset("主計 分団 事務 総務 人事 法務 財務 常任 非常勤 常勤 筆頭 統括 主任 上席 首席 専任 特任 客員 名誉".split())


def qualifier(cls: str, surf: list[str], k: int) -> bool:
    """Token `k`, right before a title, is a word the title is qualified by (常任 of 常任理事, 主計 of 主計局長): a verbal
    noun of two kanji or more, or one of `_QUALIFIERS`."""
    return len(surf[k]) >= 2 and KANJI.fullmatch(surf[k]) is not None and (
        surf[k] in _QUALIFIERS or cls[k] in chars("pos2", "サ変可能")) and not TITLE_RE.fullmatch(surf[k])  # (not 教授)


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
    if (k > lo and hi == k + 2 and starts[lo + 1] - starts[lo] >= 2 and starts[k + 1] - starts[k] == 1
            and cls[k] in chars("pos3", "姓") and cls[k + 1] in chars("pos3", "名") and starts[hi] - starts[k + 1] >= 2):
        return k  # 無職 + 森 + 雅彦: a surname of one kanji UniDic knows, then a given name it knows
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
