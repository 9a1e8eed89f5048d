"""Companies and other bodies speaking through their spokespersons: the words of a body's spokesperson
(北辰精機の広報担当者は, 機構（JAXA）の広報部は) or of a company's staff (同社日本法人の担当者は) are the
body's, and a comment a body issued (東邦スチール加工は「…」とのコメントを出した) is its own, not a voice
nobody is named for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..actors.org_context import CATEGORIES

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text

# After a body's name: a note in brackets, a part of it (日本法人の, 本社の) and who speaks for it: its spokesperson,
# or its staff in charge (日本年金機構の担当者は, 北浜市立病院の救急科の担当者は), alone or of one of its offices (a
# unit ending 課 部 室 局 科 係 班: 取引先の担当者 is another's). (A body the sentence does not name, 同省の担当者 or 町の
# 担当者, is not read here: it stays no one's; nor is any body's unnamed person's: `staff_speak`.)
_SPOKES = r"(?:広報(?:担当者|担当|部|室|課)?|報道担当者?|事務局)"  # (病院の事務局は: its secretariat)
_STAFF = r"(?:[\u4e00-\u9fff]{0,7}[課部室局科係班]の)?担当者(?=[はがも])"
# or a unit written right after the name, itself or its staff in charge (小森県警本部は, 県警本部交通企画課は, JA三ツ森
# 営農指導課の担当者は): the headquarters, a section (課) or an office (室) of the body
_UNIT = r"(?:本部|[\u4e00-\u9fff]{0,6}[課室]|広報(?:部|担当者?)?)(?:の担当者)?(?=[はがも])"  # (北浜電機広報部は)
ORG_VOICE = re.compile(r"(?:[（(][^（）()「」。]{1,15}[）)])?(?:の(?:(?:[\u4e00-\u9fff]{1,4}の)?" + _SPOKES + "|" + _STAFF + ")|"
                       + _UNIT + ")")
# 同社の広報担当者は, 同社日本法人の担当者が, 同社は, 同党が, 同行は: the company (the party, the ministry, the bank) spoken
# of before
_SAME_BODY = re.compile(r"同(?:社|行|グループ)(?:[\u4e00-\u9fff]{1,4})?の?"
                        r"(?:[\u4e00-\u9fff]{1,4}の)?(?:" + _SPOKES + "|担当者)(?:は|が)|同([社党省庁行])(?:は|が|も)")
ISSUED = re.compile(r"[」』]\s*との\s*(?:コメント|声明|談話|見解)を(?:出|発表|寄せ|公表)")
# The ends of the names of bodies no company is: 同社 is none of them (a party, a ministry, a town, a court's side).
_NO_COMPANY = re.compile(r"(?:[党省庁県市町村区府都署局院検警隊軍校学側会連裁閣銀館園協]|裁判所|連盟|機構|銀行|組合|労組|会議所|研究所)$")


# 同本部は, 同館は, 同JAは, 同漁協は, 同センターは: the end (or the mark) of the name of a body named before, or its staff in charge
# or spokesperson, of one of its offices or not (同大の入試課の担当者は, 同病院の広報担当者は)
_SAME_END = re.compile(r"同([\u4e00-\u9fff]{1,3}|[A-Z]{2,4}|[ァ-ヺ][ァ-ヺー]{1,5})(の(?:[\u4e00-\u9fff]{1,7}の)?(?:" + _SPOKES
                       + r"|担当者))?(?:は|が|も)")
_SHORT_END = {"大": "大学"}  # 同大: a university, 大学 shortened
_BODY_TAIL = frozenset("館園署校院局所部団協店場")  # the last character of a body's kind (同館, 同園, 同署, 同協会, 同店)
_KANJI_TAIL = re.compile(r"[\u4e00-\u9fff]")


def same_body(head: str, texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str],
              upto: int, until: int) -> tuple[bool, str | None]:
    """(whether `head`, the words before a quote, start with 同社 (同党, 同省) or 同社's spokesperson or staff
    as the subject; the organisation named last before it that 同社 may stand for: in the passages before
    `upto` and in passage `upto` before `until`). Any other 同 and the end of a body's name (同本部 for 若松町消防本部,
    同館 for a 水族館) or its mark (同JA) is the one organisation named before that fits, when one does."""
    m = _SAME_BODY.match(head.lstrip("　 "))
    if not m:
        end = _SAME_END.match(head.lstrip("　 "))
        if end is None or end.group(1) in "社党省庁行":
            return False, None
        tail = end.group(1)
        ends = (tail, _SHORT_END[tail]) if tail in _SHORT_END else (tail,)
        fits = {a for k in range(min(upto + 1, len(texts))) for a, s, e in mentions[k]
                if kinds.get(a) == "organization" and (k < upto or e <= until) and _ends_so(texts[k], s, e, tail, ends)}
        if not fits and tail in _LOCAL:  # 浜松市は…発表した。 ¶ 同市は「…」: the city named last, speaking as itself
            fits = _town(texts, mentions, kinds, upto, until, tail)
        if len(fits) > 1 and upto < len(texts):  # 地震調査委員会 … ¶ 長岡市教育委員会は…。同委員会は: the one its passage
            fits = {a for a, s, e in mentions[upto] if a in fits and e <= until}  # names before it, when one
        if len(fits) != 1:  # (同館は with no museum or two named: no one, never the speaker of the sentence before)
            return tail[-1] in _BODY_TAIL or not _KANJI_TAIL.match(tail), None
        voice = end.group(2)  # staff in charge of a body of a place's government speak as no one (同市の担当者は)
        return True, (None if voice and not staff_speak(voice[1:]) else next(iter(fits)))
    if not staff_speak(m.group().rstrip("はがも")):
        return True, None  # 同社の広報担当者は: a person of the company the text leaves unnamed
    kind = m.group(1) or ("行" if m.group().startswith("同行") else "社")  # (同行の頭取は: a bank, 道央銀行)
    if kind == "行" and len({a for k in range(min(upto + 1, len(texts))) for a, s, e in mentions[k]
                             if kinds.get(a) == "organization" and (k < upto or e <= until)
                             and _fits(texts[k][s:e], "行")}) > 1:
        here = {a for a, s, e in (mentions[upto] if upto < len(texts) else ())
                if kinds.get(a) == "organization" and e <= until and _fits(texts[upto][s:e], "行")}
        return True, (next(iter(here)) if len(here) == 1 else None)  # 九頭竜銀行と三方銀行が統合…: two banks named; 同行
        # is the one its passage names before it (九頭竜銀によると、…。同行は), when one
    last = topic = None
    unfit = {a for k in range(min(upto + 1, len(texts))) for a, s, e in mentions[k]
             if not _fits(texts[k][s:e], kind)} if kind == "社" else set()  # (宇宙航空研究開発機構（JAXA）: a body by any
    # of its names)
    for k in range(min(upto + 1, len(texts))):
        for a, s, e in mentions[k]:
            if (kinds.get(a) == "organization" and (k < upto or e <= until) and _fits(texts[k][s:e], kind)
                    and a not in unfit):
                if kind == "社" and texts[k].endswith(_TOLD_BY, 0, s) and topic is not None:
                    continue  # 東邦テキスタイル（大阪市）は…。生産は子会社の越前ファイバーに集約する。同社は: the topic's
                last = a
                if _TOPIC.match(texts[k], e):
                    topic = a
    return True, last


# A company told of by its tie to the one the article is about (子会社の, 取引先の): no 同社 while that one was the topic
_TOLD_BY = tuple(w + "の" for w in "子会社 孫会社 関連会社 傘下 取引先 委託先 下請け 納入先 仕入れ先".split())
_TOPIC = re.compile(r"(?:[（(][^（）()「」。]{1,15}[）)])?[はが]")  # 東邦テキスタイル（大阪市）は: the subject


_LOCAL = "市町村県区"  # a local government's mark (同市, 同町, 同県): the place named so, a body speaking as itself


def _town(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str], upto: int, until: int,
          tail: str) -> set[str]:
    """The place written with `tail` at its end (浜松市, 大豊町) named last before passage `upto` at `until`: {it}, or
    nothing when none is."""
    last = None
    for k in range(min(upto + 1, len(texts))):
        for a, s, e in mentions[k]:
            if kinds.get(a) == "place" and (k < upto or e <= until) and (
                    texts[k].endswith(tail, s, e) or texts[k].startswith(tail, e)):
                last = a
    return {last} if last else set()


def _ends_so(text: str, s: int, e: int, tail: str, ends: tuple[str, ...]) -> bool:
    """Whether the body mentioned at s..e may be 同 and `tail`: its name ends so (若松町消防本部 for 同本部), opens with
    the mark (同JA) or the kind and ・ (ホテル・ナラハラ for 同ホテル), is set in brackets after that kind (所属事務所
    「オフィス篠」 for 同事務所), or comes right after the word for its kind and の or a comma (雑貨店のクラフト・マルイ for
    同店)."""
    name = _name(text, s, e)
    return ((len(name) > len(tail) and name.endswith(ends)) or (tail.isascii() and name.startswith(tail))
            or name.startswith(tail + "・") or _kind_before(text, s, tail)
            or (text[s - 1:s] in ("の", "、") and tail not in _LOCAL and text.endswith(tail, 0, s - 1)))  # ホテル・
    # ナラハラ for 同ホテル; 雑貨店のクラフト・マルイ, 金物店、丸田金物 for 同店: a body named right after the word for its
    # kind (not 浜松市の浜松ホトニクス for 同市: a body of the city, not the city)


def _kind_before(text: str, s: int, kind: str) -> bool:
    """A body's name at `s` is set in brackets right after the word for its kind, the last of a compound (所属事務所
    「オフィス篠」: 事務所)."""
    at = s + 1 if text[s:s + 1] in ("「", "『") else s
    head = at - 1 - len(kind)  # (the kind a compound's last word, 所属 + 事務所, 市民 + 団体: not a headline's 事務所「…」)
    return (head > 0 and text[at - 1] in ("「", "『") and text.endswith(kind, 0, at - 1)
            and re.match(r"[\u4e00-\u9fff々ァ-ヺー]", text[head - 1]) is not None)


def _name(text: str, s: int, e: int) -> str:
    """A body's name as a mention spans it, without the brackets a name set in them is read with (市民団体「…の会」)."""
    return text[s:e].strip("「」『』")


def _fits(name: str, kind: str) -> bool:
    """Whether 同 and `kind` (社, 党, 省, 庁) may stand for the body `name`."""
    if kind == "行":
        return name.endswith(("銀行", "銀"))  # 同行: a bank (not 両行, both banks)
    return name.endswith(kind) if kind != "社" else not _NO_COMPANY.search(name)


# 会社側は「…」, 会社は「…」: the company (its side in a dispute or an affair), right before the words (…について、会社側は)
_COMPANY_SIDE = re.compile(r"(?<![\u4e00-\u9fff々ァ-ヺー])会社側?(?:は|が|も)[、，]?\s*$")


def company_side(head: str, texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str],
                 upto: int, until: int) -> tuple[bool, str | None]:
    """(whether `head`, the words before a quote, end with 会社側 or 会社 as their subject; the one company the article
    named before, in the passages before `upto` and in passage `upto` before `until`, or None when it named
    none (運送会社を解雇された) or several)."""
    if not _COMPANY_SIDE.search(head):
        return False, None
    seen = [(a, texts[k], s, e) for k in range(min(upto + 1, len(texts))) for a, s, e in mentions[k]
            if kinds.get(a) == "organization" and (k < upto or e <= until) and _fits(texts[k][s:e], "社")]
    named = {a for a, _, _, _ in seen}
    if len(named) != 1:
        return True, None
    # named as a subject of its own (東和フーズは) or as its union's (東邦ギアの労働組合は), never beside another
    # (…と西浜化成が: a company the actors missed)
    alone = all((t[s - 1:s] not in _PAIRED or _SET_OFF.search(t, 0, s)) and t[e:e + 1] not in ("と", "や")
                for _, t, s, e in seen if s > 0)
    topic = any(t[e:e + 1] in ("は", "が") or t.startswith(_UNION, e) for _, t, s, e in seen)
    return True, (next(iter(named)) if alone and topic else None)


_PAIRED = ("と", "や", "、", "・")  # before a name: a second one listed
# A trade, then the name set off by a comma (自動車部品メーカー、東邦ギア): one company, not a list's second
_SET_OFF = re.compile("(?:" + "|".join(sorted(CATEGORIES, key=len, reverse=True)) + ")、$")
_UNION = ("の労働組合", "の労組")  # 東邦ギアの労働組合は: the company whose union faces 会社側


def staff_speak(voice: str) -> bool:
    """Whether the words of the one `voice` names after a body's name are the body's: an office of it that issues them
    (its 広報部, 広報室, 事務局, 本部) speaks for it; a person of it the text leaves unnamed (its 担当者, 広報担当者, 広報,
    報道担当者) does not, whatever the body: the text does not say who spoke (北辰精機の広報担当者は「…」)."""
    return _PERSON_OF.search(voice) is None


_PERSON_OF = re.compile(r"(?:担当者?|広報)$")  # a person of the body (its 担当者, 広報担当, 広報), not one of its offices


# 中国外務省の報道官は: one of a body's people, named by a title alone, as a sentence's topic
_OFFICER_TOPIC = r"の(?:[\u4e00-\u9fff]{0,6}(?:報道官|担当者|関係者|幹部|職員|報道担当者))(?:は)[、，]?"


def officer_topic(text: str, mentions: Mentions, kinds: dict[str, str], lo: int, before: int) -> bool:
    """Whether a body's officer known by a title alone (中国外務省の報道官は) is the topic of the sentence from `lo`
    before `before`: the words of the sentence are theirs, not those of a subject with が in a clause after them
    (…、米国が関税を発表したことについて「…」と述べた)."""
    return any(lo <= s and e < before and kinds.get(a) in ("organization", "country")
               and re.match(_OFFICER_TOPIC, text[e:before]) for a, s, e in mentions)
