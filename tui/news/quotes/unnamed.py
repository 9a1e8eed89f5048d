"""A quote whose sentence names no actor as its subject, the last steps of `speakers.speaker`: a body named before,
written 同社 or 会社側 (同社の広報担当者は「…」), a body written short (市は, 市教委は, 報道官は, 消防局は), 同氏 and
a bare title (首相は「…」), and words with no subject of their own (「…」と述べた), carried from the sentence before.
"""

from __future__ import annotations

import re

from ..reporting import closes_clause, has_also_subject
from .bodies import company_side, same_body
from .carry import answers_back, qualified_saying
from .clauses import own_words, relative_lead
from .forms import AFTER, SAY
from .kin import kin_speaker
from .obituary import IN_LIFE, life_words, the_deceased
from .offices import BARE_OFFICE, one_office, short_body, spokesperson_of
from .passage import Before, Passage, QuoteAt
from .previous import carries, previous_one, same_one, same_titled
from .reasons import acts_on_reason
from .roles import Roles, first_title, last_clause_title, role_free, role_holder
from .subjects import YIELDING, found_of, sentence_subjects, sources_of
from .sources import SOURCE, hearsay, source_speaks
from .suspects import police_source, suspects_words
from .tails import spokesperson_alone, tail_body
from .told import NOTE_SUBJECT as _NOTE_SUBJECT
from .topics import thing_topic_only

_EXPLICIT = re.compile(r"(?<![でにとへ])は|(?<![たすだる])が|(?<=[たすだる])が(?![、，])|によると|によれば|によりますと")
# (a subject of the sentence's own, named or not; not the が that joins clauses: 目指したが、)
_THEME = re.compile(r"(?:について|に関して|をめぐって|に対して|(?<=[たるいう])(?:際|時|とき))は")  # the words' topic or a
# time a verb tells (取材を受けた際は), not a subject
_SAID_AS = re.compile(r"[」』]\s*として[、，][^。「」]*?(?:" + SAY + ")")
_SAME_SOURCE = re.compile(r"(同[^はがもの、，「」\s]{1,3}(?:の[^はがもの、，「」\s]{1,8})?)(?:によると|によれば|によりますと)")
_LAST_CLAUSE_SAME = re.compile(r"[、，]\s*(同[^、，はがもの「」\s]{1,6}(?:は|が|も)[、，]?\s*)$")
# The sentence's words before a quote close on a verb of saying and go on (…と説明したうえで、, …と述べ、): what the
# topic reported, whose own subjects (運転手は) are inside it
_REPORTED_BY_TOPIC = re.compile(r"と(?:" + SAY + r")[^。「」、]{0,6}?(?:[しいりえべ]|うえで|上で)[、，]\s*$")
_TERM = re.compile(r"「[^「」]{1,15}」(?![とっ])")  # a name or term in brackets (追悼施設「いのりの杜」を), no words said
_CLAUSE_MAX = 30  # a relative clause before 同 (記者団の取材に応じた同相は) no longer than this
_SOURCE_LEAD = re.compile(r"[^。「」はがも]{1,20}?(?:" + "|".join(SOURCE) + r")[、，]\s*")  # 柘植弁護士によると、
_LEAD_MAX = 10  # これに対し, 一方、, 会見で: a few words before 同氏は / 同社は


def _past_lead(head: str, lo: int, p: Passage) -> str:
    """`head` from its 同 on when a short lead with no subject nor actor stands before it (これに対し同相は,
    一方、同社は, 会見の最後に同氏は) or a clause naming no actor does (正答率は3ポイント上がり、同省は), else `head`
    without its leading spaces."""
    at = head.find("同")
    if 0 < at <= _LEAD_MAX and not re.search(r"[はがもを「」]", head[:at]) and not any(
            lo <= s < lo + at for _, s, _ in p.mentions):
        return head[at:]
    if 0 < at <= _CLAUSE_MAX and head[at - 1] in "たる" and not re.search(r"[はがも「」]", head[:at]) and not any(
            lo <= s < lo + at for _, s, _ in p.mentions):
        return head[at:]  # 会談後、記者団の取材に応じた同相は: a clause naming no actor that describes 同相
    if 0 < at <= _CLAUSE_MAX and _SOURCE_LEAD.fullmatch(head, 0, at):
        return head[at:]  # 柘植弁護士によると、同被告は: a source before 同, which tells of the one named before
    last = _LAST_CLAUSE_SAME.search(head)
    if last and "「" not in _TERM.sub("", head) and not any(lo <= s < lo + last.start(1) for _, s, _ in p.mentions):
        return last.group(1)  # 正答率は…上がり、同省は「…」: a clause naming no actor, then 同省 right before the words
    if last and same_titled(last.group(1)) and head[:last.start()].endswith(YIELDING):
        return last.group(1)  # 長谷川氏が「…」と重ねると、同相は「…」: a clause that yields to 同 and a title, which the
        # sentences before name (the clause's own people ask or act on it)
    return head.lstrip("　 ")


def body_named_before(q: QuoteAt, head: str, same: str, roles: Roles) -> tuple[bool, str | None]:
    """同社によると、「…」という (the body named before, its own words as hearsay), 同社の広報担当者は「…」 (the
    organisation named last before), 値上げについて、会社側は「…」としている (the article's one company)."""
    text, start, end = q.text, q.start, q.end
    told = _SAME_SOURCE.match(same)
    if told and source_speaks(text, told.group(1), start - len(same) + told.end(), start, end):
        return True, same_body(told.group(1) + "は", roles.texts, roles.mentions, roles.kinds, roles.upto, roles.until)[1]
    body, which = same_body(same, roles.texts, roles.mentions, roles.kinds, roles.upto, roles.until)
    if body:
        return True, which
    side, company = company_side(head, roles.texts, roles.mentions, roles.kinds, roles.upto, roles.until)
    if side and AFTER.match(text, end - 1):
        return True, company
    return False, None


def body_written_short(q: QuoteAt, same: str, roles: Roles) -> tuple[bool, str | None]:
    """A body written short as the subject, before words said: 市は「…」としている (the one city the article named),
    市教委は (the one body named in full before), 報道官は (the body whose spokesperson spoke, or the one body
    named), 消防局は (the one body whose name ends so)."""
    text, end = q.text, q.end
    said = AFTER.match(text, end - 1)
    office = BARE_OFFICE.match(same)
    if office and said:
        return True, one_office(office.group(1), roles)
    short, shortened = short_body(same, roles, hearsay(text, end))
    if short and said:
        return True, shortened
    spokes, body_of = spokesperson_of(same, roles)
    if spokes and body_of:
        return True, body_of  # 中国外務省の報道官は…。報道官はさらに「…」: the body whose spokesperson spoke
    if spokes and said:
        return True, spokesperson_alone(same, roles)  # 北浜電力は…発表した。広報担当者は「…」: the one body named
    ended, tailed = tail_body(same, roles)
    if ended and said:
        return True, tailed  # 北浜市消防局によると…。消防局は「…」: the one body whose name ends so
    return False, None


def bare_title(q: QuoteAt, plain: str, roles: Roles) -> tuple[bool, str | None]:
    """首相は「…」: the one actor seen with that title, when no other person in the sentence is a subject or
    named after the words (ブラウン氏との会談: no subject); 公開は来春の予定で、園長は「…」: the last clause's own
    subject."""
    p, lo, hi, start = q.p, q.lo, q.hi, q.start
    last_title = last_clause_title(plain, _EXPLICIT)
    if not last_title and _REPORTED_BY_TOPIC.search(plain) and (opening := first_title(plain)):
        last_title = opening  # 社長は、運転手は…休みだったと説明したうえで、「…」: the topic's report, its subjects inside
    if last_title and found_of(plain[:len(plain) - len(last_title)], last_title):
        return True, None  # 判決は、被告が…を先送りしたと認定し、「…」と述べた: what the ruling found of him
    if last_title or not _EXPLICIT.search(role_free(plain, roles)):
        titled, role = role_holder(last_title or plain, roles)
        if titled:
            told_by = {a for a, _, _ in sources_of(q.text, sentence_subjects(q))}  # 弁護士によると、被告は…: a source
            return True, (role if role and not any(a != role and a not in told_by and (
                p.subject_at(a, e, lo, hi) is not None or s >= start) for a, s, e in p.persons if lo <= s < hi) else None)
    return False, None


def _unnamed_subject(plain: str) -> bool:
    """Whether the words before a quote have a subject of their own that is no actor: a person known by
    an age or note in brackets (別の男性（70）も), or a noun with も (住民も): someone else speaks."""
    return bool(_NOTE_SUBJECT.search(plain)) or ("も" in plain and has_also_subject(plain))


def carried(q: QuoteAt, plain: str, roles: Roles, before: Before) -> str | None:
    """「…」と述べた with no subject: carried from the sentence before, when one actor fits; a suspect's words to the
    police (調べに対し「…」と容疑を認めている), the one whose death is reported (生前、「…」と語っていた); no one when the
    words answer the one before (「…」と反論。) or a thing is the topic (通期予想は据え置き、「…」と強調した: carried)."""
    text, lo, hi, end = q.text, q.lo, q.hi, q.end
    others = [a for a, s, e in q.p.mentions if lo <= s < hi and s >= end and (  # (not a place named after the words,
        q.p.kinds.get(a) not in ("place", "country") or text[e:e + 1] in ("は", "が", "も"))]  # 仙台市で開かれる…で)
    said = (re.search(r"[」』]\s*(?:との?|って)も?(?:[、，]?\s*)(?:[^、。「」]{1,12}?(?:で|ながら)[、，]?)?(?:" + SAY + ")",
                      text[end - 1:hi]) or closes_clause(text[end:hi])  # (「…」と穏やかな表情であいさつした: a manner first)
            or _SAID_AS.match(text, end - 1, hi) or acts_on_reason(text[end:hi])  # 「…」として、…と説明した
            or qualified_saying(text[end:hi]))  # 「…」と慎重な見方を示した: how the view was held, then the phrase
    charged, suspect = suspects_words(text[end - 1:hi], roles)  # 調べに対し「…」と容疑を認めている
    own_subject = _EXPLICIT.search(re.split(r"[、，。]", re.sub(r"「[^」]*」", "", text[end:hi]))[0])  # 「…」と住民は肩を落とした
    # (not a は inside the next words quoted: 「…」とした上で「この日は…」と呼びかけた)
    if said and not others and IN_LIFE.fullmatch(plain):  # 生前、「…」と語っていた: the one whose death is reported
        return the_deceased(roles.texts, roles.mentions, roles.kinds, roles.upto)
    if (not others and (not _EXPLICIT.search(plain) or thing_topic_only(plain) or (charged and police_source(plain)))
            and (said or charged)
            and not own_subject and not _unnamed_subject(plain)):  # (通期予想は据え置き、「…」と強調した: a thing's topic)
        who = suspect if charged and suspect else previous_one(before, roles)
        if who is None and said and not charged and not _EXPLICIT.search(plain) and before and not _EXPLICIT.search(
                re.sub(r"「[^」]*」", "", before[0][0].text[before[0][1][0]:before[0][1][1]])):
            # 1999年に社長に就いた。社長時代には「…」と自らを責めた: an account of the dead's life, with no subject of its own
            who = life_words(roles.texts, roles.mentions, roles.kinds, roles.upto, q.start, text[lo:hi])
        return None if answers_back(text[end - 1:hi], before, who) else who  # 「…」と反論。
    return None


def unnamed_speaker(q: QuoteAt, roles: Roles, before: Before) -> str | None:
    """The speaker of words whose sentence names no actor as its subject: a body named before or written short,
    同氏 (the one person of the sentence before), a bare title, or the one carried from the sentence before."""
    head = q.text[q.lo:q.start]
    same = relative_lead(_past_lead(head, q.lo, q.p))  # これに対し同相は: a short lead with no subject before 同
    decided, who = body_named_before(q, head, same, roles)
    if not decided:
        decided, who = body_written_short(q, same, roles)
    if decided:
        return who
    if carries(same):  # 同氏は「…」: the one person of the sentence before; 同長官は: the one named with the title
        return same_one(same, before, roles)
    plain = own_words(head, _THEME)  # the sentence's own words before the quote, with no relative clause's subject
    decided, who = kin_speaker(plain, roles)  # 父の黒木正さん … あの朝、父は「…」と言って
    if decided:
        return who
    decided, who = bare_title(q, plain, roles)
    return who if decided else carried(q, plain, roles, before)
