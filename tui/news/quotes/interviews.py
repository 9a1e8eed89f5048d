"""Answers in an interview: the lead before the first question names the one person who answers, as the
one asked (星野ゆかり氏（38）に、経営の考え方を聞いた), the one interviewed (山田選手に話を聞いた), or the
subject of a press conference or an interview given (真鍋孝志総裁が30日、記者会見した); and where a run of questions
(――…) and answers (「…」 alone) starts and ends, and the lead that says who answers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from .forms import sentence_spans
from .lines import QUESTION as _QUESTION
from .passage import Passage
from .titles import title_end


_INTERVIEWED = re.compile(r"(?:選手|さん|氏|[\u4e00-\u9fff]{1,4}|[ァ-ヺー]{3,12})?(?:に|への|との|の)(?:[^。、「」]{0,4}?)"
                          r"(?:話を聞|聞[いく]|インタビュー|一問一答|やり(?:と|取)り|単独取材|取材し)")  # (やりとり written
# in kana too; a title of katakana the actors do not know: 藤代彩香プロジェクトマネージャーとのやりとり; …さんに聞く)


def interviewee(before: list[tuple[Passage, tuple[int, int]]]) -> str | None:
    """The one person a lead says was interviewed (山田選手に話を聞いた, 鈴木氏の一問一答は次の通り,
    田中さんへのインタビュー): the words after the questions are that person's. None when the lead names
    two people so (a talk between two) or none."""
    found = {a for p, (lo, hi) in before for a, s, e in p.persons
             if lo <= s and e <= hi and (_INTERVIEWED.match(p.text, e, hi)
                                         or _INTERVIEWED.match(p.text, title_end(p.text, e, hi, True), hi)
                                         or _answered(p, a, e, lo, hi)
                                         or _introduced(p, e, lo, hi))}
    if not found:
        found = _carried(before)
    return next(iter(found)) if len(found) == 1 else None


_GAVE = re.compile(r"インタビューに応じ|取材に応じ|質問に答え|話を聞(?:いた|きました)")


def _carried(before: list[tuple[Passage, tuple[int, int]]]) -> set[str]:
    """The subjects of the sentences before one that gives an interview and names no one (星野遥さん（46）が、…帰還し
    た。…本紙のインタビューに応じた。): the one it leaves unnamed, carried from its passage's sentences before."""
    out: set[str] = set()
    for p, (lo, hi) in before:
        if not _GAVE.search(p.text, lo, hi) or any(lo <= s < hi for _, s, _ in p.persons):
            continue
        for a, s, e in p.persons:
            if e <= lo and (span := next(((x, y) for x, y in sentence_spans(p.text) if x <= s < y), None)) and (
                    p.particle_of(a, e, *span) in ("は", "が")):
                out.add(a)
        if out and all(a in out for a, s, _ in p.persons if s < lo):
            return out
        return set()
    return out


_ASKER = re.compile(r"聞き手|インタビュアー|司会|取材・|構成・|文・")  # (聞き手は編集委員の森田。: who asks, not who answers)


def _introduced(p: Passage, e: int, lo: int, hi: int) -> bool:
    """Whether the person ending at `e` ends the lead's sentence with no verb (…主演を務める女優の水野さやか。): a
    magazine's lead introduces the one it interviews so, by a description and the name (with a title or an age)."""
    at = title_end(p.text, e, hi, True)
    return p.text[at:hi].strip(" 　") in ("。", "．") and not _ASKER.search(p.text, lo, hi)


# (a rank or title the recognisers do not know may stand first: 早見拓真六段（22）に)
_ASKED_OF = re.compile(r"(?:[\u4e00-\u9fff]{1,4})?(?:[（(][^（）()「」]{1,10}[）)])?(?:に|への)[、，]?[^。「」]{0,30}?"
                       r"(?:聞い|聞く|尋ね|インタビュー)")
_MET_PRESS = re.compile(r"[^。「」]{0,30}?(?:会見|取材に応じ|インタビューに応じ|質問に答え)")


def _answered(p: Passage, a: str, e: int, lo: int, hi: int) -> bool:
    """Whether the person ending at `e` is the one asked (星野氏（38）に、考えを聞いた) or the subject of a
    press conference or an interview given (真鍋孝志総裁が30日、…記者会見した)."""
    at = title_end(p.text, e, hi, True)
    if _ASKED_OF.match(p.text, at, hi):
        return True
    particle = p.subject_at(a, e, lo, hi)
    return (particle is not None and p.text[:particle].rstrip("、，")[-1:] in ("は", "が") and bool(_MET_PRESS.match(p.text, particle, hi))
            and all(b == a for b, s, _ in p.persons if lo <= s < hi))  # (三船総裁と岡野財務相が会見した: two answer)


def addressed(p: Passage | None) -> str | None:
    """The person a question calls by name as it opens (――須藤主将、九回の打席は？, ――大森監督、初勝利です。): the one
    who answers it, whoever else the lead names. None when the question opens with no one so."""
    if p is None or (q := _QUESTION.match(p.text)) is None:
        return None
    at = q.end()
    while p.text[at:at + 1] in ("―", "—", "─", "－", " ", "　"):
        at += 1
    first = [(a, e) for a, s, e in p.persons if s == at]
    if len(first) != 1:
        return None
    a, e = first[0]
    return a if p.text[title_end(p.text, e, len(p.text), True):][:1] in ("、", "，") else None


def named_after(p: Passage | None) -> str | None:
    """When an interview opens the article with no lead before its first question, the one person the first
    sentence after the questions and answers names as its subject (――…。「…」。 桐生さやかが、…発表した): who
    answered. None when that sentence names another person or no subject."""
    if p is None:
        return None
    lo, hi = next(iter(sentence_spans(p.text)), (0, 0))
    named = {a for a, s, e in p.persons if lo <= s < hi}
    if len(named) != 1:
        return None
    a = next(iter(named))
    return a if any(p.subject_at(a, e, lo, hi) is not None for b, s, e in p.persons if b == a and lo <= s < hi) else None


_ASKED = ("。", "？", "?", "か")
_NOTE = re.compile(r"\s*[（(][^（）()「」。]{1,30}[）)]\s*")  # (テレビインタビュー)
_EXCHANGE = re.compile(r"やり(?:と|取)り|一問一答|(?:以下|次)の(?:通り|とおり)")  # a lead announcing answers
ANSWER = re.compile(r"\s*「[^「」]*(?:「[^「」]*」[^「」]*)*」[。．]?\s*")  # a passage of quoted words alone


def before_answers(texts: Sequence[str], headings: Collection[int], k: int) -> int:
    """The passage where the run of questions and answers before passage k starts (k when passage k is
    not an answer): a passage of 「…」 alone after a question (――…) answers it, and the sentence before
    the first question says who answers. A question set apart as a heading ends as a sentence does."""
    def question(j: int) -> bool:
        return bool(_QUESTION.match(texts[j]) or (j in headings and texts[j].rstrip().endswith(_ASKED)))

    if not ANSWER.fullmatch(texts[k]):
        return k
    j = k
    while j > 0 and (question(j - 1) or ANSWER.fullmatch(texts[j - 1])):
        j -= 1
    return j if j < k and question(j) else k


def after_answers(texts: Sequence[str], headings: Collection[int], k: int) -> int:
    """The first passage after the run of questions and answers passage k is in (-1 when the article ends in it)."""
    j = k + 1
    while j < len(texts) and (_QUESTION.match(texts[j]) or ANSWER.fullmatch(texts[j])):
        j += 1
    return j if j < len(texts) and j not in headings else -1


def announced(texts: Sequence[str], k: int) -> int | None:
    """The passage that announces the exchange passage k answers in, when a run of answers alone follows
    it with the questions left out (…取材に応じた。主なやりとりは以下の通り。 「…」 「…」)."""
    if not ANSWER.fullmatch(texts[k]):
        return None
    j = k
    while j > 0 and ANSWER.fullmatch(texts[j - 1]):
        j -= 1
    return j - 1 if j > 0 and _EXCHANGE.search(texts[j - 1]) else None


def interview_lead(texts: Sequence[str], first_question: int) -> int:
    """The passage before an interview's first question that says who answers: notes in brackets alone
    between them ((テレビインタビュー)) are passed over."""
    j = first_question - 1
    while j > 0 and _NOTE.fullmatch(texts[j]):
        j -= 1
    return j


def protagonist(passage_of: Callable[[int], Passage | None], texts: Sequence[str], headings: Collection[int],
                lead: int) -> str | None:
    """When the lead announces an exchange and names no one else (主なやりとりは次の通り。, 鈴木さんは…。主なやりとりは
    次の通り。), the one person it names as a subject there (記者会見した福永社長は…と謝罪した。主なやりとりは次の通り。), else
    the one person the article is
    about: the subject of its first sentence (…の宇佐美大和外野手（22）が9日、…サインした) whom a headline above it names
    too (ドルフィンズ宇佐美、…). None otherwise."""
    p = passage_of(lead)
    if p is None or lead in headings or not _EXCHANGE.search(p.text):
        return None
    if len(here := {a for a, _, _ in p.persons}) == 1 and any(
            p.particle_of(a, e, lo, hi) in ("は", "が") for a, s, e in p.persons
            for lo, hi in sentence_spans(p.text) if lo <= s < hi):
        return next(iter(here))  # 記者会見した福永達郎社長（63）は…と謝罪した。主なやりとりは次の通り。: the one who holds
        # the exchange, the subject of the announcing passage and the one person it names
    first = next((j for j in range(lead) if j not in headings and texts[j].strip()), None)
    if first is None or (q := passage_of(first)) is None:
        return None
    lo, hi = next(iter(sentence_spans(q.text)), (0, 0))
    subjects = {a for a, s, e in q.persons if lo <= s < hi and q.particle_of(a, e, lo, hi) in ("は", "が")}
    if len(subjects) != 1:
        return None
    a = next(iter(subjects))
    if any(b != a for b, _, _ in p.persons):
        return None  # (the lead names another: who answers is not said)
    named = any(a in {b for b, _, _ in h.persons} for j in headings if j < first and (h := passage_of(j)) is not None)
    return a if named else None


_ASKER_NOTE = re.compile(r"[（(](?:聞き手|司会|取材|インタビュアー)(?:は|・|：|:)?[^（）()]{0,6}$")
_AGE = re.compile(r"^\s*[（(][0-9０-９]{1,3}[）)]")
_ASKED_IN_HEAD = re.compile(r"(?:さん|氏)?(?:に聞く|に聞いた|へのインタビュー)")


def head_interviewee(passage_of: Callable[[int], Passage | None], headings: Collection[int], k: int,
                     lead: int) -> str | None:
    """The one person a headline above passage k says is interviewed (…三宅ゆかり教授に聞く) or ends with (a profile's:
    ひと　…を続ける　栗田トシ子さん（71）), when the headlines and
    the lead (passage `lead`) name no other person: the answers are theirs."""
    found, named = set(), set()
    for j in sorted(h for h in headings if h < k):
        h = passage_of(j)
        if h is None:
            continue
        named |= {a for a, _, _ in h.persons}
        found |= {a for a, s, e in h.persons if _ASKED_IN_HEAD.match(h.text, at := title_end(h.text, e, len(h.text), True))
                  or not _AGE.sub("", h.text[at:]).strip(" 　")}  # (ひと　…を続ける　栗田トシ子さん（71）: a profile's
        # headline ends with the one it is about)
    p = passage_of(lead) if lead >= 0 else None
    if p is not None:  # (not the interviewer a note names: （聞き手・高岡里美）)
        asked = {a for a in found if any(_ASKED_IN_HEAD.match(h.text, title_end(h.text, e, len(h.text), True))
                                         for j in headings if j < k and (h := passage_of(j)) is not None
                                         for b, _, e in h.persons if b == a)}
        named |= {a for a, s, e in p.persons if not _ASKER_NOTE.search(p.text, max(0, s - 8), s)
                  and (not asked or _subject(p, a, s, e))}  # (…氏に聞く: another the lead names as no subject,
        # 前市長の瀬川氏から引き継ぎを受けた, answers nothing)
    return next(iter(found)) if len(found) == 1 and named == found else None


def _subject(p: Passage, a: str, s: int, e: int) -> bool:
    """Whether the mention of `a` at s..e is the subject of its sentence in passage p (は, が, も after it)."""
    lo, hi = next(((x, y) for x, y in sentence_spans(p.text) if x <= s < y), (0, len(p.text)))
    return p.particle_of(a, e, lo, hi) != ""
