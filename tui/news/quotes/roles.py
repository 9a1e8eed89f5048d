"""Titles of office as the subject of a quote's sentence (首相は「…」, 裁判長は, 同長官は): the actors seen with each
title in the article so far, and the one person a bare title stands for.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence

from ..actors.roles import _ROLES
from .names import one_name

_OTHER_PREFIX = ("副", "前", "元", "新", "次期")

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text

# Titles a sentence's subject may be alone (裁判長は「…」): resolved to the one person the article named with it.
_NAMED_TITLES = "事務総長|大統領|報道官|裁判長|准教授|研究員|委員長|幹事長|理事長|書記長|容疑者|首相|総理|横綱|大関|関脇|小結|長官|外相|大臣|知事|市長|町長|村長|区長|社長|会長|頭取|監督|総裁|教授|議長|代表|署長|院長|校長|主席|総統|党首|大使|被告"
# And the head of a body or office, one holder to each (組合長, 館長, 園長, 支店長, 工場長): the titles of the actors' list
# that end in 長, UniDic's suffix of a head, but for another holder's (副, 前, 元, 新, 名誉); the heads of a body's
# parts, of which one body has many (部長, 課長, 局長, 室長, 次長), stand for the one named with that very title (宇野沢隆
# 局長 … 局長は), not with a part's name before it (山田一郎刑事課長 … 課長は: some other 課長 may be meant).
_PARTS = frozenset(("部長", "課長", "局長", "室長", "次長"))
_HEADS = sorted({t for t in _ROLES if t.endswith("長") and not t.startswith(_OTHER_PREFIX) and "副" not in t
                 and not t.startswith("名誉")} - set(_NAMED_TITLES.split("|")),
                key=len, reverse=True)  # (a part's head, `_PARTS`, only as written right after the name: 宇野沢隆局長)
# And heads the actors' list lacks, one to a shrine, a temple, a school of an art, an inn or a shop (宮司は, 住職は,
# 家元は, 女将は, 店主は); a 禰宜 or a 僧侶 is one of many.
_OTHER_HEADS = ["宮司", "住職", "家元", "女将", "店主"]
TITLES = "|".join(sorted(_NAMED_TITLES.split("|") + _HEADS + _OTHER_HEADS, key=len, reverse=True))
ROLE_SUBJECT = _ROLE_SUBJECT = re.compile(r"(?<![\u4e00-\u9fff々ァ-ヺーA-Za-zＡ-Ｚａ-ｚ])([\u4e00-\u9fff]{0,6}(?:" + TITLES + "))(?:は|が)")
# Titles of one office: 総理は after 安倍総理大臣 or 石破首相, the one prime minister.
_SAME_OFFICE = {"総理": ("総理", "首相"), "首相": ("首相", "総理")}
_ANOTHER = re.compile(r"(?:別|他|ほか|もう一人|一部|複数|多く|同僚|当時)の$|(?:ある|別の|他の)$")  # 別の教授は: not the one named
STATIONED = re.compile(r"駐[\u4e00-\u9fff]?$")  # 駐日, 駐米, 駐: before the country of an ambassador's post
_OTHER_HOLDER = ("前", "元", "副", "新", "次期", "旧", "故", "初代", "歴代")  # before a title: another holder of it


class Roles:
    """The actors seen with each title (石破茂首相 → 首相: 石破茂) in the passages before `upto` and in its
    sentences before `until`, looked up only when a sentence's subject is a bare title."""

    def __init__(self, texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str],
                 headings: Collection[int] = ()) -> None:
        self.texts, self.mentions, self.kinds, self.upto = texts, mentions, kinds, 0
        self.until = 0  # and passage `upto` up to this offset (the sentence being read starts there)
        self.headings = headings

    def bodies(self) -> dict[str, set[str]]:
        """The organisations named before the sentence being read, with their names as written."""
        seen: dict[str, set[str]] = {}
        for k in range(min(self.upto + 1, len(self.texts))):
            text = self.texts[k]
            for a, s, e in self.mentions[k]:
                if self.kinds.get(a) == "organization" and (k < self.upto or e <= self.until):
                    seen.setdefault(a, set()).add(text[s:e])
        return seen

    def before(self) -> Iterator[tuple[int, str, str, int, int]]:
        """(passage, its text, actor, start, end) of each mention before the sentence being read, in order."""
        for k in range(min(self.upto + 1, len(self.texts))):
            text = self.texts[k]
            for a, s, e in self.mentions[k]:
                if k == self.upto and e > self.until:
                    break
                yield k, text, a, s, e

    def get(self, role: str, default: set[str]) -> set[str]:
        """The actors named with `role` right after their name, or right before it as the office they hold
        (報道官を務めるラミレス氏, 報道官のラミレス氏), and a prime minister by the cabinet named after them (桐島恒夫内閣).
        Those of the body, when it names one: a headline
        shortens (ベルナ大統領: a country and the title), the body names the holder in full."""
        out: dict[str, str] = {}
        body: set[str] = set()
        same = _SAME_OFFICE.get(role, (role,))
        for k, text, a, s, e in self.before():
            if STATIONED.search(text, max(0, s - 2), s):
                continue  # 駐日ルサリア大使: the country an ambassador is sent from or to, read as a person
            m = _ROLE_AFTER.match(text, e, e + 30)
            if m and role in _PARTS and m.start(1) != e:
                m = None  # (刑事課長: the head of one part, not the bare 課長)
            held = (_ROLE_BEFORE.search(text, max(0, s - 12), s) or _RANK_BEFORE.search(text, max(0, s - 3), s)
                    or _RANK_START.match(text, s, e - 1))  # (横綱若嵐: a name kept with its rank)
            title = held.group(1) if held else _apposed_title(text, s)
            cabinet = "首相" in same and text.startswith("内閣", e)  # 桐島恒夫内閣: the prime minister's cabinet
            if ((m and _held_after(text, e, m) in same) or title in same or cabinet) and self.kinds.get(a) == "person":
                out[a] = max(out.get(a, ""), text[s:e], key=len)
                if k not in self.headings:
                    body.add(a)
        if body:
            out = {a: n for a, n in out.items() if a in body}
        return _one_person(out) or default

    def by_surname(self, surname: str) -> set[str]:
        """The persons named before the sentence being read whose name, as written, starts with `surname` and goes on
        (佐野圭佑 for 佐野)."""
        return {a for _, text, a, s, e in self.before()
                if self.kinds.get(a) == "person" and e - s > len(surname) and text.startswith(surname, s)}

    def ministers(self) -> set[str]:
        """The persons named with a minister's title (高岡聡子厚生労働相, 財務相): whom 同相 may stand for."""
        out: dict[str, str] = {}
        for _, text, a, s, e in self.before():
            if _MINISTER.match(text, e) and self.kinds.get(a) == "person":
                out[a] = max(out.get(a, ""), text[s:e], key=len)
        return _one_person(out)


_ANOTHER_OFFICE = ("副", "前", "元")  # 岩崎亮副社長, 山田元首相: not the holder of 社長 or 首相, but of 副社長, 元首相


def _held_after(text: str, e: int, m: re.Match[str]) -> str:
    """The title `m` reads after a name ending at `e`, with the mark of another office before it (副社長 holds no 社長)."""
    before = text[e:m.start(1)]
    return next((mark + m.group(1) for mark in _ANOTHER_OFFICE if before.endswith(mark)), m.group(1))


def _one_person(names: dict[str, str]) -> set[str]:
    """The holders `names` (actor: its longest name) as people: a surname the actors kept apart from the
    full name (三木原首相 after 三木原誠首相) is the full name's holder, not a second one."""
    if len(names) < 2:
        return set(names)
    full = max(names, key=lambda a: len(names[a]))
    return {full} if all(one_name(n, names[full]) for n in names.values()) else set(names)


_MINISTER = re.compile(r"(?!首相)[\u4e00-\u9fff]{1,6}?相(?![\u4e00-\u9fff])")  # 厚生労働相, 外相; not 首相
# after a name, its reading in brackets (朴仁浩（パク・インホ）外相), then the title
_ROLE_AFTER = re.compile(r"(?:[（(][ァ-ヺー・＝]{1,20}[）)])?[\u4e00-\u9fff]{0,4}?(" + TITLES + ")")
_RANK_BEFORE = re.compile(r"(横綱|大関|関脇|小結)[・･]?$")  # 横綱日馬富士, 大関・琴櫻: a wrestler's rank before the name
_RANK_START = re.compile(r"(横綱|大関|関脇|小結)")
_ROLE_BEFORE = re.compile(r"(?<![\u4e00-\u9fff])(" + TITLES + ")(?:を務める|の)$")
# 全日本柔道連盟の女子代表監督、長谷部真理氏: the title in apposition, with what it heads before it, and a comma
_APPOSED_ROLE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{0,6}?)(" + TITLES + ")、$")  # (同社の社長、広田悠介氏)


def _apposed_title(text: str, s: int) -> str | None:
    """The title set before the name at `s` with what it heads and a comma (女子代表監督、長谷部真理氏: 監督); not
    another holder's (副, 前, 元 …)."""
    if text[s - 1:s] != "、":
        return None
    m = _APPOSED_ROLE.search(text, max(0, s - 14), s)
    if m is None or m.group(1).startswith(_OTHER_HOLDER) or "副" in m.group(1):
        return None
    return m.group(2)


def role_free(plain: str, roles: Roles) -> str:
    """`plain` without a bare title subject (首相は), which `role_holder` resolves."""
    role = _ROLE_SUBJECT.search(plain)
    return plain[:role.start()] + plain[role.end():] if role else plain


def first_title(plain: str) -> str:
    """`plain` from a bare title subject that opens it (社長は、…), or '' when it opens otherwise."""
    role = _ROLE_SUBJECT.match(plain.lstrip(" 　"))
    return plain.lstrip(" 　") if role else ""


def last_clause_title(plain: str, subject: re.Pattern[str]) -> str:
    """The words from a bare title subject (園長は) that opens the last clause of `plain` (a sentence's words before its
    quote) after a comma, with no other subject (`subject`) after it; '' when none does. A topic of the clause before
    it (一般への公開は来春の予定で、園長は「…」) is that clause's, not the quote's: the title speaks."""
    last = None
    for last in _ROLE_SUBJECT.finditer(plain):
        pass
    if last is None or not plain[:last.start()].rstrip(" 　").endswith(("、", "，")):
        return ""
    return plain[last.start():] if not subject.search(plain, last.end()) else ""


def role_holder(head: str, roles: Roles) -> tuple[bool, str | None]:
    """(whether `head` has a subject that is a bare title (首相は), the one actor seen with that title
    or None when several or none were)."""
    role = _ROLE_SUBJECT.search(head)
    if not role:
        return False, None
    title = _role_of(role.group(1))
    before = role.group(1)[:-len(title)]
    if before.endswith(_OTHER_HOLDER) or (before and _proper(before)) or _ANOTHER.search(head, 0, role.start()):
        return True, None  # 前知事が: another holder; 柳田監督は: a name the actors missed, not the one named; 別の教授は
    holders = roles.get(title, set())
    if len(holders) == 1 and _of_another(head[:role.start()], next(iter(holders)), roles):
        return True, None  # 南陵の監督は: the title of a body the one holder was not named with
    return True, (next(iter(holders)) if len(holders) == 1 else None)


_QUALIFIER = re.compile(r"([\u4e00-\u9fff々ァ-ヺーA-Za-zＡ-Ｚａ-ｚ0-9０-９・]{1,12})の$")  # 南陵の, 北浜FCの (not その)


def _of_another(before: str, holder: str, roles: Roles) -> bool:
    """Whether a bare title is a named body's or place's (`before` ends in 南陵の, 北浜FCの) that no mention of the one
    `holder` was written right after (北浜FCの長谷川誠監督, 北浜FC・長谷川誠監督): another's title, whom the text does not
    name."""
    m = _QUALIFIER.search(before)
    if m is None or m.group(1).startswith("同"):
        return False
    qual = m.group(1)
    return not any(text[:s].endswith((qual, qual + "の", qual + "・", qual + " ", qual + "　"))
                   for text, found in zip(roles.texts[:roles.upto + 1], roles.mentions) for a, s, _ in found if a == holder)


_TITLE_END = re.compile("(?:" + TITLES + ")$")
# 教授によると、…という。: a bare title as the source of what the sentence tells (at its start or after a comma)
_TOLD_OF = re.compile(r"(?:選手|男性|女性|さん|氏|容疑者|被告|患者|生徒|学生|社員|職員|住民|子ども|児童|家族)(?:は|が|も)")
_ROLE_SOURCE = re.compile(r"(?:^|(?<=[、，\s　]))([\u4e00-\u9fff]{0,6}(?:" + TITLES + "))(?:によると|によれば|の話では)")


def source_holder(sentence: str, roles: Roles) -> tuple[bool, str | None]:
    """(whether `sentence` tells what a bare title said as its source (教授によると…という), the one person seen with
    that title or None): words alone after it, with no subject of their own, are that person's."""
    sentence = re.sub(r"「[^」]*」", "", sentence)
    role = _ROLE_SOURCE.search(sentence)
    if not role:
        return False, None
    title = _role_of(role.group(1))
    before = role.group(1)[:-len(title)]
    if (before.endswith(_OTHER_HOLDER) or (before and _proper(before)) or _ANOTHER.search(sentence, 0, role.start())
            or _TOLD_OF.search(sentence, role.end())):
        return True, None  # (監督によると、選手は…という: the one told of may speak next)
    holders = roles.get(title, set())
    return True, (next(iter(holders)) if len(holders) == 1 else None)


def _proper(words: str) -> bool:
    """Whether UniDic reads a proper noun (a name, a place) in `words`."""
    from ..language import tagger

    return any(w.feature.pos2 == "固有名詞" for w in tagger()(words))


def _role_of(phrase: str) -> str:
    if phrase.endswith("総理大臣"):
        return "総理"  # (a broadcast's 総理大臣: the prime minister, not a minister)
    m = _TITLE_END.search(phrase)
    return m.group() if m else phrase


# A headline that opens with a title (首相、…「…」, 韓国外相「…」): a place or country before it, then 、 or the words
_HEAD_TITLE = re.compile(r"[^「」、\s]{0,6}?(" + TITLES + r")(?:、|(?=「))")
_HEAD_AFTER = frozenset("、 　…―")
# After the words and a space, the speaker's title ending the headline (「利下げ急がない」　ルメリア中銀総裁)
_HEAD_TITLE_AFTER = re.compile(r"[ 　]+([^「」、\s]{0,8}?(" + TITLES + r"))$")


def headline_holder(heading: str, start: int, end: int, roles: Roles) -> str | None:
    """The one person the body names with the title a headline opens with, when the headline's 「…」 at
    start..end stands after that title (directly, or after 、 and a few words: 首相、賃上げへ「…」) and ends the
    headline or a part of it, or before it, a space between, the title ending the headline (「利下げ急がない」　中銀総裁);
    else None. The title may open the headline's last part, after a space (地元産の木で
    新庁舎　町長「町の誇りに」), or open the headline before a space and the words' topic (北浜県知事 予算案「…」), or stand
    after a comma right before the words (県議会一般質問、知事「ダム計画は凍結」)."""
    part = max(heading.rfind("　", 0, start), heading.rfind(" ", 0, start)) + 1
    tail = _HEAD_TITLE_AFTER.match(heading, end) if not start or heading[start - 1] in _HEAD_AFTER else None
    if tail is not None and "「" not in heading[end:]:  # 「利下げ急がない」　ルメリア中銀総裁: the title closing the headline
        return _holder(tail.group(2), heading[tail.start(1):tail.start(2)], roles)
    m = _HEAD_TITLE.match(heading, part)
    if m is None and part == start and part > 1:  # 米大統領、関税引き上げを発表　「…」: the words alone after a space,
        m = _HEAD_TITLE.match(heading)  # the title opening the headline
        if m is not None and ("「" in heading[:part] or not m.group(0).endswith("、")):
            m = None
    if m is None and part > 1 and "「" not in heading[:start]:
        m = _HEAD_TITLE_PART.match(heading)  # 北浜県知事 来年度予算案「…」: the title's part, then the words' part
        m = m if m is not None and m.end() == part else None
    if m is None and (comma := heading.rfind("、", part, start)) >= 0:
        m = _HEAD_TITLE.match(heading, comma + 1)  # 県議会一般質問、知事「…」: the title after a comma, glued to the words
        m = m if m is not None and m.end() == start else None
    after = heading[end:end + 1]
    if m is None or m.end() > start or (after and after not in _HEAD_AFTER) or "「" in heading[m.end():start]:
        return None
    if m.end(1) < m.end() and re.search(r"[をがはの]$", heading[m.end():start]):
        return None  # 首相、映画の「…」: a title named, not words said
    return _holder(m.group(1), heading[m.start():m.start(1)], roles)


def _holder(title: str, before: str, roles: Roles) -> str | None:
    """The one person the body names with `title`, which the headline writes after `before`; else None."""
    if before.endswith(_OTHER_HOLDER) or (before and not before.startswith("駐") and _proper(before)
                                          and not _place(before) and _named(before)):
        return None  # 前首相, 石破首相 (a name): not the body's one holder (駐日ルミナ大使: the post's country)
    saved = roles.upto, roles.until
    roles.upto, roles.until = len(roles.texts) - 1, len(roles.texts[-1])
    try:
        holders = roles.get(title, set()) or (roles.ministers() if title == "大臣" else set())  # (大臣: 経済産業相)
    finally:
        roles.upto, roles.until = saved
    return next(iter(holders)) if len(holders) == 1 else None


_HEAD_TITLE_PART = re.compile(r"[^「」、\s]{0,6}?(" + TITLES + r")[ 　]+")


def _named(words: str) -> bool:
    """Whether `words` end in what UniDic reads as a person's name (石破, 山田太郎), not a place's or a body's (北浜県,
    日銀): a title after a name is that person's, not the one the body names with it."""
    from ..language import tagger

    toks = list(tagger()(words))
    return not toks or toks[-1].feature.pos3 == "人名"


def _place(words: str) -> bool:
    """Whether UniDic reads `words` as a place's name (韓国, 北浜県): whose holder of the title the headline means."""
    from ..language import tagger

    toks = list(tagger()(words))
    return bool(toks) and all(w.feature.pos2 == "固有名詞" and w.feature.pos3 == "地名" or w.feature.pos1 == "接尾辞"
                              for w in toks)
