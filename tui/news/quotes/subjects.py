"""The subjects of a quote's sentence as its speaker (X は「…」と述べた), the steps of `speakers.speaker` after those
that read a name beside the words: the subjects before the words, a source among them (共同通信によると), one
subject (the speaker, unless a nearer clause's subject or a bare title after it speaks), or several (the nearest).
"""

from __future__ import annotations

import re

from ..reporting import ends_with_subject, has_subject, main_clause
from .bodies import officer_topic
from .embedded import clause_subject
from .forms import SAY
from .nominal import one_per_particle
from .pairs import paired
from .previous import carries, same_titled
from .topics import DOCUMENTS
from .passage import QuoteAt
from .roles import TITLES, Roles, role_holder
from .sources import SOURCE, source_speaks
from .titles import TITLE_AFTER as _TITLE

Subject = tuple[str, int, int]  # (actor id, its mention's start, the end of its particle)

# The verb of saying inside a clause the sentence is about (…と語っていたことに触れ, …と述べたのを受け, …と述べたと
#記者団に説明した), not its own.
_SAID_IN_CLAUSE = re.compile(r"[」』]\s*と[^。、「」]{1,12}?(?:こと|のを|のは|ため|という|とされる|と[^。、「」]{0,10}?(?:" + SAY + "))")
# Words inside a clause that describes a thing (首相が「…」と述べた財源について): the verb of saying, then a noun of
# two kanji that is no time (と述べた上で, と話した後: the sentence's own subject goes on)
_NOUN_SAID = re.compile(r"[」』]\s*と(?:述べ|語っ|話し|発言し|説明し|主張し|表明し|明言し|約束し|強調し)た"
                        r"(?!上|後|際|時|直後|翌|同|一方)[\u4e00-\u9fff]{2}")
_REPORTED_LAST = re.compile(r"と(?:" + SAY + r")[^、。「」]{0,4}[、，]\s*$")  # (…と明かし、「…」: its subjects are said of)
_TITLE_AFTER_SOURCE = re.compile(r"[、，\s　]*(?:" + TITLES + r")(?:は|が)[、，]?\s*(?:[^、，「」。はが]{1,10}[、，]?\s*)?")
# (…によると、大統領は「…」, 被告は閉廷後、「…」, 被告は接見で「…」: a time or place of the words between)
# A clause that reports words and closes as a noun the sentence goes on about (…「…」と語ったことに触れ、), before the
# next words: its subject (X が) said the words inside it, not the next ones.
_CLAUSE_DONE = re.compile(r"[」』]\s*と[^。、「」]{0,12}?(?:こと|の)(?:に|を|で|も)[^。「」]{0,10}?[、，]")
_YIELDED = re.compile(r"(?:た|ない|ず|だ|る)が[、，]?$")  # a clause of the topic's, closed by a concessive が
YIELDING = ("ると", "たが", "だが", "ものの", "ところ", "たら", "れば")  # a clause that yields to the next subject
_TOPIC_BEFORE = re.compile(r"は[、，]")  # (a topic of the sentence before that subject: 同相は、)
# A clause that reports someone's words and closes as what the topic found or said (「…」などと発言していたと認定し、)
_REPORT_DONE = re.compile(r"[」』]\s*(?:など|とか)?と[^。「」、]{1,16}?と[^。「」、]{1,8}?[しいえべり][、，]")
_OWN_TOPIC = re.compile(r"(?<![でにとへ])は")  # a topic of the sentence's own (not では, には)
# A clause that closes as what the topic found or said of a subject inside it, with no words quoted there (判決は、被告が
# …を先送りしたと認定し、「…」と述べた), under a topic that is a thing or a body, not a time (この日は, 試合後は)
_FOUND_DONE = re.compile(r"と(?:認定|判断|結論付け|結論づけ|断じ|" + SAY + r")[^。「」、]{0,4}?[しいりえべ][、，]"
                         r"|(?:ており|ていて|ていた|でおり)[、，]")  # (検察側は、被告が同寺で修行しており、「…」と指摘した)
_THING_TOPIC = re.compile(r"(?<![日後前時回年月夜朝晩度中間際今でにとへ])は[、，]?")
_EMBEDDED = re.compile(r"について|に対し|をめぐ|に関し|を受け|ことを|ことに|ことについて|とした上で")
# A clause that closes on a verb before the noun it describes (掲げた「賃上げの定着」を, 示した方針を, 語った「…」という
# 言葉を): its subject (Y が) is
# no subject of the sentence
_RELATIVE = re.compile(r"(?:た|る)(?:「[^」]*」(?:という|との)?[\u4e00-\u9fff]{0,6}|[\u4e00-\u9fff]{1,6})(?:を|に|について)")


def found_of(before: str, clause: str) -> bool:
    """Whether a subject with が, between the topic words `before` it and its clause `clause` up to the quote, is what
    the topic found or said of someone (判決は、被告が…を先送りしたと認定し、「…」): the clause closes on a verb of
    saying or finding, quotes nothing, and the topic is a thing or a body, not a time (この日は, 試合後は)."""
    found = _FOUND_DONE.search(clause)
    return bool(found and "「" not in clause[:found.start()] and _THING_TOPIC.search(before))


def clause_speaker(q: QuoteAt, roles: Roles) -> tuple[bool, str | None]:
    """首相が「…」と述べた財源について: words inside a clause that describes a thing are that clause's subject's (a
    person named with が, or a bare title's one holder) — not the sentence's, nor a noun's that says them (「…」と話す妻)."""
    if not _NOUN_SAID.match(q.text, q.end - 1, q.hi):
        return False, None
    head = q.text[q.lo:q.start]
    at = q.lo + len(head.rstrip("、，　 ").rpartition("、")[0])  # the last clause before the words
    named = [a for a, s, e in q.p.persons if at <= s and e <= q.start and q.p.particle_of(a, e, at, q.start) == "が"]
    if named:
        return True, named[-1]
    return clause_subject(head, roles)


def sentence_subjects(q: QuoteAt) -> list[Subject]:
    """X は「…」と述べた: the actors before the words that are subjects of their sentence, one per particle (谷村礼子
    参院議員は: 参院 is in her title)."""
    p = q.p
    subjects = []
    for a, s, e in p.mentions:
        if q.lo <= s and e <= q.start:
            particle = p.subject_at(a, e, q.lo, q.start)
            if particle is not None:
                subjects.append((a, s, particle))
    return one_per_particle(subjects, p.kinds)


def named_with_no(q: QuoteAt) -> tuple[bool, str | None]:
    """田中氏の「…」という発言, in a sentence with no subject: the actor named right before the の before the words."""
    text, start = q.text, q.start
    named = [(a, s, e) for a, s, e in q.p.mentions if q.lo <= s and e <= start]
    if named:
        a, s, e = named[-1]
        t = _TITLE.match(text, e, start)
        if text[t.end() if t else e:start] == "の":
            return True, a
    return False, None


def sources_of(text: str, subjects: list[Subject]) -> list[Subject]:
    """共同通信によると、「…」と政府高官は語った: the subjects that are sources, which say where the words come from,
    not who spoke them."""
    return [x for x in subjects if text[:x[2]].rstrip("、，").endswith(SOURCE)]


def source_alone(q: QuoteAt, sources: list[Subject]) -> str | None:
    """JA西岡によると「…」という: a source's own words, when it is the one source, right before them."""
    text = q.text
    a, s, particle = sources[-1]
    one = len({x[0] for x in sources}) == 1
    return a if one and source_speaks(text, text[s:particle].rstrip("、，").removesuffix(
        next(x for x in SOURCE if text[:particle].rstrip("、，").endswith(x))), particle, q.start, q.end) else None


_COURT = re.compile(r"(?:地裁|高裁|家裁|簡裁|最高裁|裁判所)(?=[はがも])")  # a court as the subject
_IN_RULING = re.compile(r"(?:判決|決定|審判)(?:で|の中で)(?:[、，]|$)")  # …の判決で、「…」: words the ruling holds


def one_subject(q: QuoteAt, subjects: list[Subject], actor_before: bool, roles: Roles, strict: bool) -> str | None:
    """X は「…」と述べた, with one actor as the subjects: that actor, unless two people are that subject (鈴木花子さんと
    山田太郎さんは「…」), the words are an unnamed officer's (外務省の報道官は、米国が…と発表したことについて「…」), a
    nearer subject of a clause says them (吉田知事は、前知事が「…」と語っていたことに触れ), a subject whose clause closed
on words of its own before them says none (同相は、早坂氏が「…」と語ったことに触れ、「…」とも話した), or, `strict`, a nearer subject
    that is no actor (一部メディアは「…」と報じた), or a subject after the topic's clause speaks (森田市長は「…」と述べ、
    川村町長も「…」と応じた)."""
    p, text, start = q.p, q.text, q.start
    kind = p.kinds[subjects[-1][0]]
    if kind == "person" and paired(text, p.persons, subjects[-1][1]):
        return None  # 鈴木花子さんと山田太郎さんは「…」: two people's words
    if kind == "organization" and paired(text, [m for m in p.mentions if p.kinds[m[0]] == kind], subjects[-1][1]):
        return None  # 気象庁と国土交通省は「…」: two bodies' words
    between = re.sub(r"「[^」]*」|『[^』]*』", "", text[subjects[-1][2]:start])
    if kind == "organization" and _COURT.search(text, subjects[-1][1], subjects[-1][2]) and _IN_RULING.search(between):
        return None  # 一審の地裁は昨年6月21日の判決で、「…」として: the ruling's words, no one's
    if text[subjects[-1][2] - 1] == "が" and officer_topic(text, p.mentions, p.kinds, q.lo, subjects[-1][1]):
        return None  # 外務省の報道官は、米国が…と発表したことについて「…」: the unnamed officer's words
    if (text[subjects[-1][2] - 1] == "が" and _CLAUSE_DONE.search(text, subjects[-1][2], start)
            and _TOPIC_BEFORE.search(text, q.lo, subjects[-1][1])):
        return None  # 同相は、早坂氏が「…」と語ったことに触れ、「…」とも話した: the subject's clause closed on its own words
    if (text[subjects[-1][2] - 1] == "が" and _REPORT_DONE.search(text, subjects[-1][2], start)
            and _OWN_TOPIC.search(text, q.lo, subjects[-1][1])):
        return None  # 委員会は報告書で、X氏が「…」などと発言していたと認定し、「…」と指摘した: X's words were the first
    if text[subjects[-1][2] - 1] == "が" and found_of(text[q.lo:subjects[-1][1]], text[subjects[-1][2]:start]):
        return None  # 判決は、被告が…を先送りしたと認定し、「…」と述べた: what the ruling found of him, its words
    if _SAID_IN_CLAUSE.match(text, q.end - 1, q.hi) or _NOUN_SAID.match(text, q.end - 1, q.hi):
        nearer, who = clause_subject(between, roles)
        if nearer:  # 吉田知事は、前知事が「…」と語っていたことに触れ: the words of a nearer subject, not the topic's
            return who
    if strict and has_subject(main_clause(between)) and not _REPORTED_LAST.search(between):
        return None  # トランプ氏は…、一部メディアは「…」と報じた: a nearer subject, no actor (but not one of a
        # clause that ends before the words: 三浦は6回3失点で勝敗はつかなかったが、「…」と前を向いた)
    main = main_clause(between)
    if not actor_before and main != between and _YIELDED.search(between, 0, len(between) - len(main)):
        titled, holder = role_holder(main, roles)  # ホルスト氏は会見で発言しなかったが、報道官は声明で「…」とした:
        if titled or has_subject(main):  # the subject after the topic's yielding clause
            return holder if titled and holder != subjects[0][0] else None
    clause = between.rstrip("、，　 ").rpartition("、")
    if clause[1] and not actor_before and (ends_with_subject(clause[2], "がも")
                                           or ends_with_subject(clause[2], "は", events=False)):
        # 森田市長は「…」と述べ、川村町長も「…」と応じた: a subject after the topic's clause; a bare title
        # there (…と迫ると、首相は「…」) is the one person seen with it
        titled, holder = role_holder(clause[2].strip(), roles)
        return holder if titled and holder != subjects[0][0] else None
    return subjects[0][0]


def nearest_subject(q: QuoteAt, subjects: list[Subject]) -> str | None:
    """Several actors as subjects: the nearest, directly before the words; or the first, when the nearer one's
    clause is embedded (X は、Y が示した案について「…」); else no one."""
    text = q.text
    a, s, particle = subjects[-1]
    gap = text[particle:q.start]
    first = subjects[0]
    embedded = _EMBEDDED.search(gap) or (text[particle - 1] == "が" and _RELATIVE.search(gap))
    if text[particle - 1] == "が" and text[first[2] - 1:first[2]] in "は、" and found_of(text[q.lo:s], gap):
        return first[0]  # 検察側は、被告が同寺で修行しており、「…」と指摘した: what the topic said of the nearer one
    if not embedded and "、" not in gap[:-1]:
        return a  # the nearest subject, directly before the quote
    if text[first[2] - 1:first[2]] in "は、" and embedded:
        return first[0]  # X は、Y が示した案について「…」, X は、Y が掲げた「…」を取り上げ: Y's clause is embedded
    return None


# A writing as the sentence's topic (判決は, 報告書では): the words it holds are its own, whoever its clauses name
_CLOSES = re.compile(r"」\s*と(?:も)?[^「」。、]{0,12}[。．]?\s*$")  # the words, then the sentence's own closing verb
_FINDINGS = sorted(DOCUMENTS - {"声明", "談話", "社説"}, key=len, reverse=True)  # (a statement's words are its author's)
_WRITING_TOPIC = re.compile(r"[\s　]*(?:" + "|".join(_FINDINGS) + r")(?:は|では|も|の中で)")


def subject_speaker(q: QuoteAt, roles: Roles, strict: bool) -> tuple[bool, str | None]:
    """The speaker the subjects of the quote's sentence give: (True, speaker or None) when it has an actor as its
    subject or source, or an actor named before の (田中氏の「…」), else (False, None)."""
    if _WRITING_TOPIC.match(q.text, q.lo) and _CLOSES.match(q.text, q.end - 1, q.hi):
        return True, None  # 判決は一方で、被告が…弁償した点を考慮し、「…」とも述べた: the ruling's words, no one's (not
        # 判決は、弁護側が「…」と主張した点について: words inside a clause, its subject's)
    subjects = sentence_subjects(q)
    if not subjects:
        return named_with_no(q)
    sources = sources_of(q.text, subjects)
    if sources:
        subjects = [x for x in subjects if x not in sources]
        if not subjects:
            who = source_alone(q, sources)
            if who is None and (_TITLE_AFTER_SOURCE.fullmatch(q.text, sources[-1][2], q.start)
                                or carries(q.text[sources[-1][2]:q.start].lstrip("、，　 "))):
                return False, None  # 国営通信によると、大統領は「…」: a bare title the source tells of, read as one (弁護士
                # によると、同被告は判決後、「…」: the one named before)
            return True, who
    # An actor's subject right before the quote (米国は「…」), even one dropped just below, is no stranger's.
    actor_before = any(not q.text[particle:q.start].strip(" 　、，") for _, _, particle in subjects)
    if any(q.p.kinds[a] != "country" for a, _, _ in subjects):
        subjects = [x for x in subjects if q.p.kinds[x[0]] != "country"]  # 米国は, inside a person's words
    distinct = {a for a, _, _ in subjects}
    last = q.text[subjects[-1][2]:q.start].rstrip("、，　 ").rpartition("、")
    if not actor_before and last[1] and last[0].endswith(YIELDING) and same_titled(last[2].strip()):
        return False, None  # 長谷川氏が「…」と重ねると、同相は「…」: 同相 after a clause that yields, read as one (`unnamed`)
    if len(distinct) == 1:
        return True, one_subject(q, subjects, actor_before, roles, strict)
    return (True, nearest_subject(q, subjects)) if len(distinct) > 1 else (False, None)
