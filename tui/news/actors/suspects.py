"""Names in the slot crime, court and sports news give a person: the kanji between an occupation (or a clear
boundary) and a person's title with an age, whatever UniDic made of them.

Crime pages write a suspect as address, occupation, name, title and age run together (無職杠葉拓磨容疑者（３４）,
飲食店経営帯刀美咲容疑者（３３）, 派遣社員一尺八寸拓海（４１）); sports pages a pupil as name, position and school
year (先発の鈴見颯汰投手（３年）). Rare surnames there are cut into common words (杠葉, 帯刀, 四十物) or read as a
given name (拓磨), so the rules by UniDic's classes find a piece only, or nothing. Here the slot decides:

- a title that takes a name (容疑者, 被告, 被告人, さん, 氏, or a player's 選手, 投手 …) followed by an age or a
  school year in brackets (（３４）, （２年）) or by ・ and an age (・４６歳); 容疑者, 被告 and 被告人 need none
  (a word before them is a name or one of the common words set apart below);
- or no title, an age in brackets right after the name, when an occupation stands right before it;
- the name is the run of kanji (and ノ, 々, ヶ) back from the title to an occupation's word (無職, 会社員,
  …経営, …業, アルバイト) or to a character that is no kanji, two to six characters long;
- a head of a body named again by 同 and の (同協会の柴山会長, 同社の浅見社長): the kanji between の and the title,
  two or three, not a title's own words (同社の代表取締役社長, 同協会の事務局長);
- a child's given name in kanji before くん or ちゃん after の, a comma or a clause's start (６年の陽翔くんは);
- never a kin or anonymous word (長男, 男性, 少年), a word of a player's role (先発, 左腕), nor one that
  holds an actor found already; a name found inside the run (拓磨 of 杠葉拓磨) is replaced by the whole.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .name import past_count
from .persons import TITLE_RE, Name, title_spans
from .tokens import Toks, chars, tokenize

_STRONG = ("容疑者", "被告人", "被告", "受刑者", "死刑囚")
_AGED_ONLY = ("さん", "氏", "選手", "投手", "捕手", "内野手", "外野手", "主将", "君")  # (翔太君（１２）: 君 no part of it)
_NAMEK = r"[\u4e00-\u9fff々〆ヶノツ]"
_AGE = r"(?:[（(][0-9０-９]{1,3}(?:年|歳)?[）)]|・[0-9０-９]{1,3}歳)"
# A run of kanji, a title, and what must follow it; the run is cut at an occupation's word below.
_SLOT = re.compile(rf"({_NAMEK}{{2,14}}?(?:(?<=[\u4e00-\u9fff])(?!さん|くん|ちゃん|さま)[ぁ-ゖ]{{2,4}}(?=[（(][1-6１-６]年))?)"
                   rf"(?:({'|'.join(_STRONG)})|({'|'.join(_AGED_ONLY)})(?={_AGE})|(?=([（(][1-6１-６]年[）)]))|(?={_AGE}))")
# Occupations and standings written right before a name (the longest first): where the name starts.
_OCCUPATION = re.compile(
    r"(?:元|自称|前)?(?:無職|住所不定|職業不詳|年齢不詳|自称|[\u4e00-\u9fff]{0,5}(?:経営|業|会社員|社員|役員|職員|店員|従業員|作業員|公務員|教諭|教員|講師|"
    r"医師|看護師|介護士|保育士|弁護士|税理士|技能実習生|実習生|研修生|大学生|高校生|中学生|大学院生|学生|専門学校生|"
    r"運転手|記者|僧侶|住職|牧師|議員|市議|県議|町議|村議|巡査部長|巡査長|巡査|警部補|警部|警視|自衛官|隊員|署員|"
    r"消防士|社長|会長|理事長|代表|大工|塗装工|職人|組員|幹部|構成員))")  # (the whole phrases first: 職業不詳, not 職業)
# A kin word before a name (妻章恵さん（５０）, 長男翔太さん): the name is the kin's, the word no part of it.
_KIN = re.compile(r"妻|夫|母|父|兄|姉|弟|妹|娘|孫|息子|長男|次男|三男|長女|次女|三女|義母|義父|祖父|祖母|叔父|叔母|伯父|伯母|おい|めい")
# Words of a run that make it no name: kin, anonymous people, players' roles, a crime's words.
_NOT_NAME = re.compile(
    r"男性|女性|少年|少女|男児|女児|乳児|幼児|長男|次男|三男|長女|次女|三女|母親|父親|祖父|祖母|息子|"
    r"夫婦|両親|家族|知人|友人|同僚|生徒|児童|学生|住人|住民|店長|店主|容疑|被告|被害|原告|遺族|関係|"
    r"先発|救援|左腕|右腕|主戦|控え|中継|抑え|新人|主将|主砲|捕手|投手|選手|監督|代打|代走|殺人|強盗|詐欺|窃盗|"
    r"同市|同町|同村|同県|同区|同社|同署|同校|同氏|事件|事故|一審|二審|控訴|上告|弁護|検察|代表|候補|出身|所属|"
    r"主力|若手|外国|男子|女子|出場|組員|幹部|組長|構成員|^[同両各]|[両各ら]$")


# 同協会の柴山会長, 同社の浅見社長: a body named again by 同 and its head, the surname between whatever UniDic read (a word
# of its own: not 外交部 of 同党の外交部会長, UniDic's 部会 + 長; nor a title's first part, 政調 of 政調会長)
_HEAD_AGAIN = re.compile(r"同[\u4e00-\u9fff]{1,3}の([\u4e00-\u9fff々ヶノ]{2,3})(?=(?:会長|社長|理事長|学長|校長|院長|署長|委員長|頭取|組合長)"
                         r"[はがもの、「（(]|(?:会長|社長|理事長|学長|校長|院長|署長|委員長|頭取|組合長)$)")
_NOT_HEAD = re.compile(r"代表|取締|副|専務|常務|執行|名誉|次期|初代|歴代|当時|前任|後任|新任|現職|最高|統括|事務|総務|理事|常任|"
                       r"^[同前元現新]")


# ６年の陽翔くんは: a child's given name in kanji before くん, ちゃん or 君 (UniDic may read 翔く as a verb), after の, a
# comma or a clause's start; not 赤ちゃん, お姉ちゃん
_CHILD = re.compile(r"(?:^|(?<=[の、。「 　]))([\u4e00-\u9fff々]{1,3})(?:くん|ちゃん|君)(?=[はがもをにとの、。」（(]|$)")
_NOT_CHILD = frozenset("赤 姉 兄 婆 爺 坊 嬢 父 母 孫 弟 妹 娘 息子 子 僕 俺 私 皆 彼 彼女 自分 相手 先輩 後輩 友達 仲間".split())


def slot_names(line: str, toks: Toks, found: list[Name], free) -> tuple[list[Name], list[Name]]:
    """The names of the module's doc in `line`, and the names of `found` one of them replaces (inside it)."""
    out: list[Name] = []
    dropped: list[Name] = []
    if "くん" in line or "ちゃん" in line:
        for m in _CHILD.finditer(line):
            s, e = m.span(1)
            if m.group(1) not in _NOT_CHILD and free(s, e) and not any(x.start < e and s < x.end for x in found):
                out.append(Name(s, e, m.group(1), False))
    if "同" in line:
        for m in _HEAD_AGAIN.finditer(line):
            s, e = m.span(1)
            if (not _NOT_HEAD.search(m.group(1)) and free(s, e) and not any(x.start < e and s < x.end for x in found)
                    and not _compound_title(line, s, e) and not _word_across(line, e)):
                out.append(Name(s, e, m.group(1), False))
    for m in _SLOT.finditer(line):
        run_start, end = m.span(1)
        run = m.group(1)
        if (past := past_count(line, run_start, end)) > run_start:
            run_start, run = past, line[past:end]  # ４番松島（３年）: a batting order's place, no part of the name
        occupation = _occupation_end(run)
        start = run_start
        if m.group(4) and not occupation and _proper(toks, run_start, end):
            pass  # a pupil: the name before a school year, with a proper noun or an odd word in it (上川床勇希（２年）)
        elif occupation and occupation < len(run):
            start = run_start + occupation
        elif occupation or m.group(2) is None and m.group(3) is None and not _role_before(line, run_start):
            continue  # the run is an occupation (会社員（３１）), or no title and no occupation or role before the age
        elif run_start and line[run_start - 1] not in "、。の「」（）(): 　・\n" and not _kana_before(line, run_start) and not (
                "ぁ" <= line[run_start - 1] <= "ゖ"):
            continue
        name = line[start:end]
        tail = next((ts for ts, te in title_spans(name) if te == len(name) and ts >= 2), None)
        if tail is not None:
            end, name = start + tail, name[:tail]  # 白峰宗玄九段（６８）: a rank or title before the age, no part of the name
        if _KIN.match(name):
            continue  # the rules by UniDic's classes read the name after the kin word (章恵 of 妻章恵さん)
        if not 2 <= len(name) <= 6 or _NOT_NAME.search(name) or name[-1] == "ノ" or name[0] == "ノ":
            continue
        if not free(start, end) or any(x.start < start < x.end or x.start < end < x.end for x in found):
            continue  # an actor there, or a name found across the run's edge
        inside = [x for x in found if start <= x.start and x.end <= end]
        if any(x.start == start and x.end == end for x in inside):
            continue
        dropped += inside
        surname = _surname(line, toks, start, end)
        out.append(Name(start, end, surname, len(surname) < len(name)))
    return out, dropped


def _occupation_end(run: str) -> int:
    """Where the occupation a run opens with ends (0: none), its longest reading (飲食店従業員, not 飲食店従業 + 員)."""
    m = _OCCUPATION.match(run)
    if m is None:
        return 0
    end = m.end()
    while end < len(run) and _OCCUPATION.fullmatch(run, 0, end + 1):
        end += 1
    return end


def _word_across(line: str, at: int) -> bool:
    """One of UniDic's words over the line, uncut, runs across `at` (部会 of 外交部会長)."""
    whole = tokenize(line)
    k = bisect_right(whole.starts, at) - 1
    return k >= 0 and whole.starts[k] < at < whole.ends[k]


def _compound_title(line: str, s: int, e: int) -> bool:
    """line[s:e] and the head's title after it are one title (政調 + 会長, 国対 + 委員長): no name."""
    m = TITLE_RE.match(line, s)
    return m is not None and m.end() > e


def _role_before(line: str, at: int) -> bool:
    """A calling and の right before `at` (俳優の一色颯（２９）), or a group's name in 「」 and の (「ぽんかん日和」の鰐淵大悟（３２）):
    the age after the run is a person's."""
    from .apposition import ROLE_BEFORE

    if at < 2 or line[at - 1] != "の":
        return False
    if line[at - 2] in "」』":
        return True
    return any(line.endswith(role, 0, at - 1) for role in ROLE_BEFORE if len(role) >= 2)


def _surname(line: str, toks: Toks, start: int, end: int) -> str:
    """The surname of the name at line[start:end], by UniDic's words: all but a last word of two characters or
    more (帯刀 + 美咲, 鵜ノ沢 + 健吾), else a first word read as a surname (五十公野 + 煌 + 大), else the first two
    characters of a name of four or more (鈴見颯汰), else the whole."""
    first, last = bisect_left(toks.starts, start), bisect_left(toks.ends, end)
    if first < len(toks) and last < len(toks) and toks.starts[first] == start and toks.ends[last] == end:
        s = toks.starts[last]
        if end - s >= 2 and s - start >= 2:
            return line[start:s]
        e = toks.ends[first]
        if 2 <= e - start < end - start and toks.classes[first] in chars("pos3", "姓"):
            return line[start:e]
    return line[start:start + 2] if end - start >= 4 else line[start:end]


def _proper(toks: Toks, start: int, end: int) -> bool:
    """The words of line[start:end] hold a proper noun or a word of no noun's class (an odd kanji read as a mark or
    an adverb: 凜, 颯), not common nouns only (任期, 契約期間)."""
    k = bisect_left(toks.starts, start)
    if k >= len(toks) or toks.starts[k] != start:
        return False
    common = chars("pos1", "普通名詞") | chars("pos", "接尾辞") | chars("pos", "接頭辞")
    while k < len(toks) and toks.ends[k] <= end:
        if toks.classes[k] not in common:
            return True
        k += 1
    return False


def _kana_before(line: str, at: int) -> bool:
    """A katakana word ends right before `at` (アルバイト鵜ノ沢健吾: an occupation in katakana)."""
    return "ァ" <= line[at - 1] <= "ヺ" or line[at - 1] == "ー"
