"""Who spoke a quote, read from the text alone: the subject (X は / X が) of the quote's sentence, the
speaker after と, in brackets or before the colon; a subject carried from the sentence before, or
同氏 / a bare title (首相は), only when one actor fits. Otherwise None: a quote given to the wrong
person is worse than a quote given to no one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from copy import copy

from .forms import AFTER, SAY, SAY_RE, VOICE, bracketed, colon_before, sentence_spans
from .told import NOTE_SUBJECT as _NOTE_SUBJECT
from ..actors.persons import TITLE_RE as ROLE_RE
from .bodies import ISSUED, company_side, officer_topic, same_body
from .asides import asked_first, cleft_aside
from .carry import answers_back
from .clauses import clause_blurs, note_start, own_words, relative_lead, relative_subject
from .embedded import clause_subject
from .leads import led_by
from .nominal import named_at_end, one_per_particle
from .obituary import IN_LIFE, the_deceased
from .pairs import paired
from .statements import statement_author
from .offices import BARE_OFFICE, one_office, short_body, spokesperson_of
from .reasons import acts_on_reason
from .sources import SOURCE, hearsay, source_speaks
from .suspects import police_source, suspects_words
from .tails import spokesperson_alone, tail_body
from .titles import TITLE_AFTER as _TITLE, title_end
from .topics import passive_scene, thing_topic_only, verbless_fact
from .roles import TITLES, Roles, last_clause_title, role_free, role_holder, source_holder
from ..reporting import closes_clause, ends_with_subject, has_also_subject, has_subject, main_clause, said_by_noun

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text
SPEAKER_KINDS = frozenset({"person", "organization", "country"})
_SUBJECT = re.compile(r"(?:は|が|も|によると|によれば|によりますと|の話では|の話によると)[、，]?")
_HE_SHE = re.compile(r"(?:彼|彼女)(?:は|が|も)")
_SAME_BODY = "社党省庁県市町村国行校署局紙誌"  # 同社, 同党 …: the body named before


def carries(head: str) -> bool:
    """Whether `head` opens with the one named before as its subject: 同氏は, 同首相は, 同相は, 同社は, 同社社長は,
    彼は; not someone else of that body (同社幹部は, 同党関係者は) nor a time (同日, 同夜)."""
    if _HE_SHE.match(head):
        return True
    if not head.startswith("同"):
        return False
    at = 2 if head[1:2] in _SAME_BODY else 1
    role = ROLE_RE.match(head, at)
    if role and role.end() > at and not head[at:role.end()].startswith(("(", "（")):
        at = role.end()
    elif head[at:at + 1] in ("氏", "相"):
        at += 1  # 同氏, 同相 (the minister)
    elif at == 1:
        return False
    return head[at:at + 1] in ("は", "が", "も")
# 「…」と話すのは、北野高校の西川亮監督だ: the speaker named at the end of a cleft sentence
_CLEFT = re.compile(r"[」』]\s*(?:と[^。「」]{1,12}?のは|とは)[、，]?")  # or 「…」とは、避難所で暮らす田中さん。
_TOPIC = re.compile(r"(?<![でにとへ])は")  # a sentence's topic of its own (not では, には)
CARRY_BACK = 3  # sentences of the same passage a subject may be carried across

# The verb of saying inside a clause the sentence is about (…と語っていたことに触れ, …と述べたのを受け, …と述べたと
#記者団に説明した), not its own.
_SAID_IN_CLAUSE = re.compile(r"[」』]\s*と[^。、「」]{1,12}?(?:こと|のを|のは|ため|という|とされる|と[^。、「」]{0,10}?(?:" + SAY + "))")
_EMBEDDED = re.compile(r"について|に対し|をめぐ|に関し|を受け|ことを|ことに|ことについて|とした上で")
_SAID_AS = re.compile(r"[」』]\s*として[、，][^。「」]*?(?:" + SAY + ")")
_THEME = re.compile(r"(?:について|に関して|をめぐって|に対して)は")  # the words' topic, not a subject
_OFFICE = frozenset("都道府県市区町村")  # a place with its kind is its government: 桜ケ丘市は「…」としている
# 」と + a verb phrase that ends as it describes a noun (と笑顔を見せた, と振り返る): a person named right after it
_RELATIVE = re.compile(r"\s*と[^。「」、，]{1,16}?(?:た|る|う|く|す|ぶ|む|ぐ|つ|ぬ)")
_NOUN_END = re.compile(r"\s*(?:だ|です)?[。．]?\s*")  # a sentence that ends in a noun: 体言止め
_PASSIVE_END = re.compile(r"(?:れ|られ)(?:た|る)$")  # と言われた大谷は: words said to him, not by him


_EXPLICIT = re.compile(r"(?<![でにとへ])は|が|によると|によれば|によりますと")  # a subject of the sentence's own, named or not


class Passage:
    """One passage with its speaker-capable mentions."""

    def __init__(self, text: str, mentions: Mentions, kinds: dict[str, str]) -> None:
        self.text, self.kinds = text, kinds
        self.spoken: dict[int, set[str | None]] = {}  # a sentence's start -> the speakers given its quotes
        self.mentions = [(a, s, e) for a, s, e in mentions if kinds.get(a) in SPEAKER_KINDS
                         or (kinds.get(a) == "place" and text[e - 1:e] in _OFFICE and _SUBJECT.match(text, e))]
        self.persons = [(a, s, e) for a, s, e in mentions if kinds.get(a) == "person"]

    def outside_quotes(self, lo: int, hi: int) -> "Passage":
        """This passage with only the mentions of text[lo:hi] that stand outside every 「…」 in it: a name
        inside quoted words (「田中被告が…」) is never the subject of the sentence that quotes them."""
        inside = [(lo + s, lo + e) for s, e in bracketed(self.text[lo:hi])]
        if not inside:
            return self
        out = copy(self)  # (the quotes given so far, `spoken`, stay shared)
        out.mentions = [m for m in self.mentions if not any(s < m[1] < e for s, e in inside)]
        out.persons = [m for m in self.persons if not any(s < m[1] < e for s, e in inside)]
        return out

    def subject_at(self, a: str, e: int, lo: int, hi: int) -> int | None:
        """Where the particle after mention [.., e) ends, when the mention (with its title) is a subject."""
        kind = self.kinds.get(a)
        at = title_end(self.text, e, hi, kind == "person", kind == "organization")
        p = _SUBJECT.match(self.text, at, hi)
        if p and relative_subject(self.text, at + 1, hi):
            return None  # 日銀が目標とする物価上昇率: the subject of a clause describing a noun
        return p.end() if p else None


# 「…」という言葉 / との発言: words named as someone's, who stands before の (首相の「…」という言葉)
_OWNED = re.compile(r"[」』]\s*(?:という|との|といった)\s*(?:言葉|発言|コメント|答弁|主張|言い分|一言|方針|表現|訴え)")
_BARE_TITLE_OF = re.compile(r"(?<![\u4e00-\u9fff々ァ-ヺー])(" + TITLES + ")$")


def _owner(p: Passage, lo: int, at: int, roles: Roles) -> tuple[bool, str | None]:
    """Whose words 「…」 are when `at` holds the の before them: (True, the actor named right before, with its
    title) or (True, the one person seen with a bare title there: 首相の), (True, None) when a title stands
    there that no one or several hold, (False, None) when no actor or title does (会見での, 住民の: the other
    rules decide)."""
    text = p.text
    for a, s, e in reversed(p.mentions):
        if lo <= s and e <= at and (e == at or title_end(text, e, at, p.kinds[a] == "person") == at):
            return True, a
    bare = _BARE_TITLE_OF.search(text, max(lo, at - 6), at)
    if bare:
        holders = roles.get(bare.group(1), set())
        return True, (next(iter(holders)) if len(holders) == 1 else None)
    return False, None


_PLACE_OF = re.compile(r"[\u4e00-\u9fff々]{1,6}[都道府県市区町村]の")  # 東京都の, 横浜市の: a place's person


def _qualified(p: Passage, start: int, close: int, person: str) -> bool:
    """In the brackets after a quote, every actor but `person` stands right before it as its body or place,
    joined by ・ or の (（日本維新の会・藤本共同代表）, （北辰精機の岸本社長）), and the person ends the brackets
    but for a title."""
    mentions = sorted((s, e, a) for a, s, e in p.mentions if start < s and (close < 0 or e <= close))
    for k, (s, e, a) in enumerate(mentions):
        if a == person:
            m = _TITLE.match(p.text, e, close if close >= 0 else len(p.text))
            return k + 1 == len(mentions) and (close < 0 or (m.end() if m else e) == close)
        if k + 1 >= len(mentions) or p.text[e:mentions[k + 1][0]] not in ("・", "の", "･"):
            return False
    return False



def last_sentence(p: Passage | None, n: int = 1) -> list[tuple[Passage, tuple[int, int]]]:
    """The last sentence of passage `p` (the sentence before the next passage's first), if any; with `n`,
    its last n sentences, the nearest first (a lead that names who answers the questions after it, then
    says 以下、主なやり取り。)."""
    spans = sentence_spans(p.text) if p is not None else []
    return [(p, span) for span in spans[::-1][:n]] if p is not None else []


def elided_speaker(p: Passage, lo: int, start: int) -> str | None:
    """宮本さんは「…」。: the person whose subject particle stands right before a quote that ends its
    sentence with no verb, or the one a line of comments opens with (西港・大友浩二監督　…し、「…」。); None when no
    person does (テーマは「共生」。 is a term, not words said)."""
    for a, s, e in p.persons:
        if lo <= s and e <= start and p.subject_at(a, e, lo, start) == start and p.text[start - 1] in "はが":
            return a
    return led_by(p.outside_quotes(lo, start), lo, start)  # 西港・大友浩二監督　…し、「…」。





def speaker(p: Passage, span: tuple[int, int], start: int, end: int, roles: Roles,
             before_sentence: list[tuple[Passage, tuple[int, int]]], strict: bool = False) -> str | None:
    """The actor who spoke the quote text[start:end], or None when the text does not say.

    `before_sentence`: the sentences before (their passage and span, nearest first), whose subject
    may carry over; `strict` (words reported by any verb, 「…」と報じた): a subject nearer the quote
    than the actor's, though no actor (一部メディアは), leaves the speaker unknown (with a verb of saying
    it is most often the words' topic: 会談は「良好だった」と投稿した).
    """
    text = p.text
    lo, hi = span
    lo = note_start(text, lo, start)  # （注：総理は…「…」と発言）: the note's own subject
    if text[start - 1:start] == "の" and _OWNED.match(text, end - 1, hi):
        owned, owner = _owner(p, lo, start - 1, roles)  # 首相の「…」という言葉を引き: never the sentence's subject's
        if owned:
            return owner
    if (VOICE.match(text, end - 1) and not ISSUED.match(text, end - 1)) or said_by_noun(text[end:hi]):
        return None  # 「…」との声が上がった (but 同社は「…」とのコメントを出した), 「…」と話す妻: no one named
    p = p.outside_quotes(lo, hi)
    stated, author = statement_author(text, p.mentions, lo, start,
                                      lambda a, e: title_end(text, e, start, p.kinds[a] == "person"))
    if stated:
        return author  # 山田社長の談話では「…」: the statement's author, or no one the text names
    # 「…」（田中氏） and 「…」(田中氏)
    paren = re.match(r"\s*[（(]", text[end:hi])
    if paren:
        close = text.find("）" if text[end + paren.end() - 1] == "（" else ")", end)
        inside = [a for a, s, e in p.mentions if end < s and (close < 0 or e <= close)]
        if len(set(inside)) == 1:
            # （立憲民主党幹部）: one of a body's people, unnamed, speaks, not the body; a body alone in the
            # brackets, or a person with a title, speaks itself
            a, s, e = next(m for m in p.mentions if m[0] == inside[0] and end < m[1])
            rest = text[title_end(text, e, close, p.kinds[a] == "person", True):close] if close > 0 else ""
            return a if not rest.strip() else None
        people = {a for a in inside if p.kinds[a] == "person"}
        if len(people) == 1 and _qualified(p, end, close, people.pop()):
            return next(a for a in inside if p.kinds[a] == "person")  # （日本維新の会・藤本共同代表）
    # 田中氏：「…」 and 田中氏「…」 (a headline's form)
    before = [(a, s, e) for a, s, e in p.mentions if lo <= s and e <= start]
    if before:
        a, s, e = before[-1]
        m = _TITLE.match(text, e, start)
        at = m.end() if m else e
        if at == start or (text[at:at + 1] in "：:" and at + 1 == start):
            return a
    # 「…」と田中氏。 / 「…」と田中氏は語った。
    after = re.match(r"[」』]\s*(?:と|って)[、，]?\s*", text[end - 1:hi])
    if after:
        at = end - 1 + after.end()
        right = [(a, s, e) for a, s, e in p.mentions if s == at]
        if not right or p.kinds[right[0][0]] != "person":  # と公明党の石原代表。, と東京都の小池知事は, と店長の砂川徹さんは
            bodies = {e2 for a, s2, e2 in p.mentions if s2 == at}
            right = [(a, s2, e2) for a, s2, e2 in p.persons if at < s2 <= at + 13 and text[s2 - 1] in "の・"
                     and (s2 - 1 in bodies or _PLACE_OF.fullmatch(text, at, s2)
                          or (text[s2 - 1] == "の" and ROLE_RE.fullmatch(text, at, s2 - 1)))][:1] or right
        if right:
            a, s, e = right[0]
            t = _TITLE.match(text, e, hi)
            tail = text[t.end() if t else e: hi]
            if re.match(r"(?:は|が|も)?[、，]?[^「]*$", tail) and (not tail or tail[0] in "。はがも、，" or SAY_RE.match(tail)):
                return a
        body, which = same_body(text[at:hi], roles.texts, roles.mentions, roles.kinds, roles.upto, roles.until)
        if body:  # 「…」と同社の担当者は打ち明ける
            return which
        if carries(text[at:hi]):  # 「…」と同首相は続けた
            return same_one(text[at:hi], before_sentence, roles)
    for a, s, e in p.persons:  # 「…」と笑顔を見せた大谷は: the words of the person the verb describes
        if end < s <= end + 20 and _RELATIVE.fullmatch(text, end, s) and not _PASSIVE_END.search(text, end, s):
            at = title_end(text, e, hi, True)
            if _SUBJECT.match(text, at, hi) or _NOUN_END.fullmatch(text, at, hi):
                return a  # (or the sentence ends in the person: 「…」と話す山田太郎さん（80）。)
            break
    cleft = _CLEFT.match(text, end - 1, hi)
    if cleft:  # 「…」と話すのは、…西川亮監督だ。
        last = [(a, s, e) for a, s, e in p.persons if cleft.end() <= s < hi]
        if last:
            a, s, e = last[-1]
            if re.match(r"(?:だ|です|である)?[。．]?$", text[title_end(text, e, hi, True):hi].strip()):
                return a
        return None
    if not (AFTER.match(text, end - 1) or colon_before(text, start)):
        return None
    # X は「…」と述べた: the subjects before the quote in its sentence
    subjects = []
    for a, s, e in p.mentions:
        if lo <= s and e <= start:
            particle = p.subject_at(a, e, lo, start)
            if particle is not None:
                subjects.append((a, s, particle))
    subjects = one_per_particle(subjects, p.kinds)  # 谷村礼子参院議員は: 参院 is in her title
    # 田中氏の「…」という発言
    if not subjects and before:
        a, s, e = before[-1]
        t = _TITLE.match(text, e, start)
        if text[t.end() if t else e:start] == "の":
            return a
    # 共同通信によると、「…」と政府高官は語った: a source says where the words come from, not who spoke them
    sources = [x for x in subjects if text[:x[2]].rstrip("、，").endswith(SOURCE)]
    if sources:
        subjects = [x for x in subjects if x not in sources]
        if not subjects:  # JA西岡によると「…」という: the source's own words, when right before them
            a, s, particle = sources[-1]
            one = len({x[0] for x in sources}) == 1
            return a if one and source_speaks(text, text[s:particle].rstrip("、，").removesuffix(
                next(x for x in SOURCE if text[:particle].rstrip("、，").endswith(x))), particle, start, end) else None
    # An actor's subject right before the quote (米国は「…」), even one dropped just below, is no stranger's.
    actor_before = any(not text[particle:start].strip(" 　、，") for _, _, particle in subjects)
    if any(p.kinds[a] != "country" for a, _, _ in subjects):
        subjects = [x for x in subjects if p.kinds[x[0]] != "country"]  # 米国は, inside a person's words
    distinct = {a for a, _, _ in subjects}
    if len(distinct) == 1 and p.kinds[subjects[-1][0]] == "person" and paired(text, p.persons, subjects[-1][1]):
        return None  # 鈴木花子さんと山田太郎さんは「…」: two people's words
    if len(distinct) == 1:
        between = re.sub(r"「[^」]*」|『[^』]*』", "", text[subjects[-1][2]:start])
        if text[subjects[-1][2] - 1] == "が" and officer_topic(text, p.mentions, p.kinds, lo, subjects[-1][1]):
            return None  # 外務省の報道官は、米国が…と発表したことについて「…」: the unnamed officer's words
        if _SAID_IN_CLAUSE.match(text, end - 1, hi):
            nearer, who = clause_subject(between, roles)
            if nearer:  # 吉田知事は、前知事が「…」と語っていたことに触れ: the words of a nearer subject, not the topic's
                return who
        if strict and has_subject(main_clause(between)):
            return None  # トランプ氏は…、一部メディアは「…」と報じた: a nearer subject, no actor (but not one of a
            # clause that ends before the words: 三浦は6回3失点で勝敗はつかなかったが、「…」と前を向いた)
        clause = between.rstrip("、，　 ").rpartition("、")
        if clause[1] and not actor_before and (ends_with_subject(clause[2], "がも")
                                               or ends_with_subject(clause[2], "は", events=False)):
            # 森田市長は「…」と述べ、川村町長も「…」と応じた: a subject after the topic's clause; a bare title
            # there (…と迫ると、首相は「…」) is the one person seen with it
            titled, holder = role_holder(clause[2].strip(), roles)
            return holder if titled and holder != subjects[0][0] else None
        return subjects[0][0]
    if len(distinct) > 1:
        a, s, particle = subjects[-1]
        gap = text[particle:start]
        if not _EMBEDDED.search(gap) and "、" not in gap[:-1]:
            return a  # the nearest subject, directly before the quote
        first = subjects[0]
        if text[first[2] - 1:first[2]] in "は、" and _EMBEDDED.search(gap):
            return first[0]  # X は、Y が示した案について「…」: Y's clause is embedded
        return None
    head = text[lo:start]
    others = [a for a, s, e in p.mentions if lo <= s < hi and s >= end]
    same = relative_lead(_past_lead(head, lo, p))  # これに対し同相は: a short lead with no subject before 同
    told = _SAME_SOURCE.match(same)  # 同社によると、「…」という: the body named before, its own words as hearsay
    if told and source_speaks(text, told.group(1), start - len(same) + told.end(), start, end):
        return same_body(told.group(1) + "は", roles.texts, roles.mentions, roles.kinds, roles.upto, roles.until)[1]
    body, which = same_body(same, roles.texts, roles.mentions, roles.kinds, roles.upto, roles.until)
    if body:
        return which  # 同社の広報担当者は「…」: the organisation named last before
    side, company = company_side(head, roles.texts, roles.mentions, roles.kinds, roles.upto, roles.until)
    if side and AFTER.match(text, end - 1):
        return company  # 値上げについて、会社側は「…」としている: the article's one company
    office = BARE_OFFICE.match(same)
    if office and AFTER.match(text, end - 1):  # 市は「…」としている: the one city the article named
        return one_office(office.group(1), roles)
    short, shortened = short_body(same, roles, hearsay(text, end))
    if short and AFTER.match(text, end - 1):  # 市教委は「…」としている: the one body named in full before
        return shortened
    spokes, body_of = spokesperson_of(same, roles)
    if spokes and body_of:
        return body_of  # 中国外務省の報道官は…。報道官はさらに「…」: the body whose spokesperson spoke
    if spokes and AFTER.match(text, end - 1):
        return spokesperson_alone(same, roles)  # 北浜電力は…発表した。広報担当者は「…」: the one body named
    ended, tailed = tail_body(same, roles)
    if ended and AFTER.match(text, end - 1):
        return tailed  # 北浜市消防局によると…。消防局は「…」: the one body whose name ends so
    # 同氏は「…」: the one person of the sentence before; 同長官は: the one person named with the title
    if carries(same):
        return same_one(same, before_sentence, roles)
    plain = own_words(head, _THEME)  # the sentence's own words before the quote, with no relative clause's subject
    last_title = last_clause_title(plain, _EXPLICIT)  # 公開は来春の予定で、園長は「…」: the last clause's own subject
    if last_title or not _EXPLICIT.search(role_free(plain, roles)):
        titled, role = role_holder(last_title or plain, roles)
        if titled:  # 首相は「…」: the one actor seen with that title
            return role if role and not any(a != role and (p.subject_at(a, e, lo, hi) is not None or s >= start)
                                            for a, s, e in p.persons if lo <= s < hi) else None  # (ブラウン氏との会談: no subject)
    # 「…」と述べた with no subject: carried from the sentence before, when one actor fits
    said = (re.search(r"[」』]\s*(?:との?|って)も?(?:[、，]?\s*)(?:" + SAY + ")", text[end - 1:hi]) or closes_clause(text[end:hi])
            or _SAID_AS.match(text, end - 1, hi) or acts_on_reason(text[end:hi]))  # 「…」として、…と説明した
    charged, suspect = suspects_words(text[end - 1:hi], roles)  # 調べに対し「…」と容疑を認めている
    own_subject = _EXPLICIT.search(re.split(r"[、，。]", re.sub(r"「[^」]*」", "", text[end:hi]))[0])  # 「…」と住民は肩を落とした
    # (not a は inside the next words quoted: 「…」とした上で「この日は…」と呼びかけた)
    if said and not others and IN_LIFE.fullmatch(plain):  # 生前、「…」と語っていた: the one whose death is reported
        return the_deceased(roles.texts, roles.mentions, roles.kinds, roles.upto)
    if (not others and (not _EXPLICIT.search(plain) or thing_topic_only(plain) or (charged and police_source(plain)))
            and (said or charged)
            and not own_subject and not _unnamed_subject(plain)):  # (通期予想は据え置き、「…」と強調した: a thing's topic)
        carried = suspect if charged and suspect else previous_one(before_sentence, roles)
        return None if answers_back(text[end - 1:hi], before_sentence, carried) else carried  # 「…」と反論。
    return None


_SAME_SOURCE = re.compile(r"(同[^はがもの、，「」\s]{1,3}(?:の[^はがもの、，「」\s]{1,8})?)(?:によると|によれば|によりますと)")
_LEAD_MAX = 10  # これに対し, 一方、, 会見で: a few words before 同氏は / 同社は


def _past_lead(head: str, lo: int, p: Passage) -> str:
    """`head` from its 同 on when a short lead with no subject nor actor stands before it (これに対し同相は,
    一方、同社は, 会見の最後に同氏は), else `head` without its leading spaces."""
    at = head.find("同")
    if 0 < at <= _LEAD_MAX and not re.search(r"[はがもを「」]", head[:at]) and not any(
            lo <= s < lo + at for _, s, _ in p.mentions):
        return head[at:]
    return head.lstrip("　 ")


def _unnamed_subject(plain: str) -> bool:
    """Whether the words before a quote have a subject of their own that is no actor: a person known by
    an age or note in brackets (別の男性（70）も), or a noun with も (住民も): someone else speaks."""
    return bool(_NOTE_SUBJECT.search(plain)) or ("も" in plain and has_also_subject(plain))


_SAME_TITLE = re.compile(r"同(" + TITLES + ")(?:は|が|も)")


def same_one(words: str, before: list[tuple[Passage, tuple[int, int]]], roles: Roles) -> str | None:
    """Who 同氏 / 同長官 / 彼 at the start of `words` is: for 同 and a title, the one person the article named
    with it (森永啓介官房長官 … 同長官は), else the one of the sentence before."""
    m = _SAME_TITLE.match(words)
    holders = roles.get(m.group(1), set()) if m else set()
    if words.startswith(("同相は", "同相が", "同相も")):  # a minister: the one named with a minister's title, no other
        holders = roles.ministers()
        return next(iter(holders)) if len(holders) == 1 else None
    return next(iter(holders)) if len(holders) == 1 else previous_one(before, roles)


# ブラウン氏との会談について: a person named as the one met, not one who speaks next (but ゼレンスキー氏の態度を非難:
# the one whose conduct is judged may answer in the words that follow)
_ASIDE = re.compile(r"との(?![ぁ-ゟ])")
_MET = re.compile(r"との(?![ぁ-ゟ])|を(?![ぁ-ゟ])")  # and, in a sentence with no subject, one it acts on (稀勢の里を圧倒し)


def previous_one(before: list[tuple[Passage, tuple[int, int]]], roles: Roles) -> str | None:
    """The subject of the sentence before, when it has one speaker-capable subject and names no other
    person. A sentence that names no actor and has no topic of its own (序盤から苦しい展開が続いた, or
    words carried the same way: 「…」と述べた) is passed over to the one before it in the passage; so are a fact
    in nouns alone, and a scene in the passive right after someone's quoted words (会場は拍手に包まれた)."""
    scene = False
    for p, (lo, hi) in before:
        p = p.outside_quotes(lo, hi)  # (日銀が… inside the words said is no subject of the sentence)
        in_title = [(e, title_end(p.text, e, hi, True)) for a, s, e in p.persons if lo <= s < hi]
        subjects = {a for a, s, e in p.mentions if lo <= s < hi and p.subject_at(a, e, lo, hi) is not None
                    and not any(te <= s < tt for te, tt in in_title)}  # (トランプ米大統領は: 米 is in his title)
        persons = {a for a, s, e in p.persons if lo <= s < hi}
        said = p.spoken.get(lo)
        if scene and not said:
            return None  # (a scene not after words: 男性は病院に運ばれた。 may tell of the next speaker)
        if said == {None} and asked_first(p.text[lo:hi]):
            said = None  # 「…」と問われると、監督は黙り込んだ。: the asker's words, the sentence's subject after them
        if said:  # 「…」と谷口社長。: the speaker the sentence's quotes were given, when one and no other
            one = next(iter(said))
            aside = {a for a, s, e in p.persons if lo <= s < hi and _ASIDE.match(p.text, title_end(p.text, e, hi, True))}
            return one if len(said) == 1 and one is not None and subjects <= said and persons - aside <= said else None
        if persons and (led := led_by(p, lo, hi)):
            return led  # 北浜・松永隼人　九回に逆転の二塁打。: the one a line of comments opens with
        if persons and (named := named_at_end(p.text, lo, hi, p.persons)):
            return named  # …降板した、先発の石黒拓真投手。: the one the sentence ends naming
        if subjects and clause_blurs(p.text, [(a, title_end(p.text, e, hi, p.kinds[a] == "person", True))
                                              for a, s, e in p.mentions if lo <= s < hi], subjects, hi):
            return None  # …ロシアが認める要求をウクライナが受け入れる: one named in a relative clause may speak next
        if persons and not subjects and all(_MET.match(p.text, title_end(p.text, e, hi, True))
                                            for a, s, e in p.persons if lo <= s < hi):
            continue  # …王鵬との決定戦を制して初の優勝。, 大関稀勢の里を圧倒し: only the ones met or beaten are named
        if subjects or persons:
            # 朝霧山は…若鷲を寄り切りで破った。: a person the topic acts on (を) is not who speaks next
            acted_on = {a for a, s, e in p.persons if lo <= s < hi and p.text.startswith("を", title_end(p.text, e, hi, True))}
            topic = len(subjects) == 1 and any(p.text.startswith("は", title_end(p.text, e, hi, p.kinds[a] == "person"))
                                               for a, s, e in p.persons if a in subjects and lo <= s < hi)
            others = persons - subjects - (acted_on if topic else set())
            return next(iter(subjects)) if len(subjects) == 1 and not others else None
        titled, holder = role_holder(p.text[lo:hi], roles)
        if not titled:
            titled, holder = source_holder(p.text[lo:hi], roles)  # 教授によると…という。「…」と述べた
        if titled:
            return holder
        # the sentence's words outside its quotes; words that are the subject (「…」が口癖だった) name no one else
        own = re.sub(r"「[^」]*」が|「[^」]*」|『[^』]*』", "", p.text[lo:hi])
        if carries(own.lstrip("　 ")):
            continue  # 同氏は…考えを示した。: the one before says who
        if own == p.text[lo:hi] and verbless_fact(own):
            continue  # 仕入れ値は2年前の1.5倍。: a fact in nouns alone, no one's; the one before says who
        if own == p.text[lo:hi] and cleft_aside(own):
            continue  # そこにあったのは、…への思いだ。: an aside that names no one; the one before says who
        if own == p.text[lo:hi] and passive_scene(own):
            scene = True  # 「ただいま」と呼びかけた。会場は拍手に包まれた。: the one who spoke before, if they did
            continue
        if _TOPIC.search(own) or ("が" in own and own != p.text[lo:hi]) or "（" in own or "(" in own:
            return None  # 住民は不安を訴えた / 「…」と声が上がった: someone else may be speaking
    return None
