"""Words standing alone as a sentence (「うれしい」。) and the sentences around them: one after them whose
subject is a person (お立ち台で岩瀬は帽子を取った) may be about the words' speaker, so the speaker of the sentence
before is not carried over them; one whose one person says something with no words of its own
(主演の青井まどかは、しみじみと語った) tells who said them; and a paragraph's opening that only tells of
someone (入門から10年。…こともあったという。「…」) carries the speaker of the paragraph before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .pairs import paired
from .passage import Passage
from .titles import CALLING_END
from .told import next_says

# A verb of speaking that ends the sentence (語った, 振り返った, 一言だけ絞り出した, 声を詰まらせた), no object of
# its own after it; not one of answering or judging (応じた, 反論した, 批判した), whose subject answers words
# someone else said.
_SAYS_LAST = re.compile(r"(?:語っ|語る|語り|話し|話す|述べ|振り返|打ち明け|明かし|明かす|漏らし|こぼし|強調し|力説し"
                        r"|吐露し|述懐し|つぶやい|絞り出|繰り返し|誓っ|誓う|訴え|呼びかけ|声を(?:詰まらせ|震わせ|弾ませ|落とし|荒らげ))[ぁ-ゟ]{0,6}[。．]?\s*$")


_HEARSAY = re.compile(r"(?:という|とい[うっ]|そうだ|とされる)[。．]?\s*$")


_MOTTO = re.compile(r"」が[^。「」、はが]{1,6}(?:だった|だ|です|でした|である)[。．]?\s*$")  # 」が口癖だった, 」がモットーだ


def tells_of_someone(p: Passage, spans: list[tuple[int, int]]) -> bool:
    """Whether each sentence text[span] ends in a noun with no verb after it (入門から10年。, 競技を始めて15年。)
    or as told of someone (…こともあったという。): the story of the one spoken of before, not a scene
    (給水所には長い列ができた) whose words may be anyone's."""
    from ..language import tagger

    for lo, hi in spans:
        text = p.text[lo:hi]
        if _MOTTO.search(text):
            continue  # 「…」が口癖だった: a saying of the one spoken of before
        words = [w for w in tagger()(text) if w.feature.pos1 != "補助記号"]
        if not _HEARSAY.search(text) and (not words or words[-1].feature.pos1 not in ("名詞", "接尾辞")):
            return False
    return True


def person_subject_after(p: Passage, span: tuple[int, int]) -> set[str]:
    """The persons that are a subject (X は / X が / X も) of the sentence text[span] outside its quotes."""
    lo, hi = span
    q = p.outside_quotes(lo, hi)
    return {a for a, s, e in q.persons if lo <= s < hi and q.subject_at(a, e, lo, hi) is not None}


def said_after(p: Passage, span: tuple[int, int]) -> str | None:
    """The one person of the sentence text[span], its subject, when the sentence quotes nothing, names no
    other person and ends in a verb of saying (「…」。カーテンコールの後、青井まどかは、しみじみと語った)."""
    lo, hi = span
    text = p.text[lo:hi]
    if "「" in text or not _SAYS_LAST.search(text):
        return None
    named = {a for a, s, e in p.persons if lo <= s < hi}
    subjects = person_subject_after(p, span)
    return next(iter(subjects)) if len(subjects) == 1 and named == subjects else None


def told_after(p: Passage, spans: Sequence[tuple[int, int]], si: int, lo: int, start: int) -> bool:
    """Whether words alone in sentence `si` are said, as the sentence after tells (「ありがとう」。汐見が
    こう言って…): words too short to read as a clause are words said when the next sentence says so."""
    return si + 1 < len(spans) and not p.text[lo:start].strip("　 ") and next_says(p, spans[si + 1])[0]


# A sentence that announces the words after it: こう話す。, 次のように述べた。
_CUE = re.compile(r"(?:こう|このように|次のように|以下のように)[^。「」]{0,12}[。．]\s*$")


def cued(text: str, spans: Sequence[tuple[int, int]], si: int, lo: int, start: int, before: str) -> bool:
    """Whether words alone in sentence `si` follow a sentence that announces them (長尾さんはこう話す。「…が生きがい」),
    in this passage or ending the one before: words said, whatever their shape."""
    if text[lo:start].strip("　 "):
        return False
    prior = text[spans[si - 1][0]:spans[si - 1][1]] if si else before
    return _CUE.search(prior) is not None


_WITH = re.compile(r"(?:さん|氏|君|くん|ちゃん|[\u4e00-\u9fff]{1,4})?と(?!し|の|いう|言)")  # 川端さんと…: joined to another


def cue_speaker(p: Passage, span: tuple[int, int]) -> str | None:
    """The one who announces the words after the sentence text[span] (黒木さんは深く一礼し、こう述べた。「…」): its
    one person subject outside its quotes, named before こう, when the sentence is such a cue; else None."""
    lo, hi = span
    cue = _CUE.search(p.text, lo, hi)
    if cue is None or "」" in p.text[:lo]:
        return None  # (「…」。…さんはこう話した: こう tells back to the words before it)
    q = p.outside_quotes(lo, hi)
    subjects = {(a, s) for a, s, e in q.persons if lo <= s < cue.start() and q.subject_at(a, e, lo, hi) is not None}
    if len(subjects) != 1:
        return None
    who, at = next(iter(subjects))
    if paired(q.text, q.persons, at) or any(lo <= s < at and _WITH.match(q.text, e) for a, s, e in q.persons if a != who):
        return None  # (川端さんと陣営の佐野代表は…こう述べた: two announce, no one)
    return who


def _describes(word, lead: str) -> bool:
    """Whether the words before a name, ending in `word`, describe the person it names: a clause (a verb or auxiliary
    in UniDic's 連体形: 初日に利用した) or a title or a calling and a comma (チームの主将、, 帰省した会社員、); not a noun
    and の (先頭の森本は, 野党の田中代表は: one placed among others, who may be answering the words)."""
    from ..actors.persons import TITLE_RE

    f = word.feature
    if f.pos1 in ("動詞", "助動詞"):
        return str(f.cForm or "").startswith("連体形")
    head = lead.rstrip("、，")
    return head != lead and (any(TITLE_RE.fullmatch(head, i) for i in range(1, len(head)))
                             or CALLING_END.search(head) is not None)


# Verbs whose subject receives words (answers, judges, hears them): 応じた, 反論した, 批判した, 耳を傾けた
_ANSWERS = re.compile(r"応じ|応え|答え|返し|反論|反発|批判|非難|否定|評価|歓迎|一蹴|皮肉|受け止め|聞い|聞き|耳を傾け|うなず")
_PASSIVE_LAST = re.compile(r"(?:れ|られ)(?:た|る|ている|ていた)[。．]?\s*$")


def introduced_after(p: Passage, span: tuple[int, int], seen: set[str]) -> str | None:
    """The person the sentence text[span] after words alone introduces (「…」。初日に利用した大西ハルさん（84）は、…笑顔を
    見せた): its one person, named there for the first time (not in `seen`), its subject, with nothing before the name
    or a clause that describes them (a verb or auxiliary in UniDic's 連体形 right before it), and a predicate that would
    close a clause of saying after と (笑顔を見せた, not passive); None otherwise (隣人の叫び声で山田さんは目を覚ました:
    the name after a phrase of another's voice). One named before (in `seen`) is read so only when a clause describes
    them right before the name (「…」。お立ち台に上がった岩城は照れくさそうに笑った: the scene of their words)."""
    from ..language import tagger
    from ..reporting import closes_clause

    lo, hi = span
    text = p.text
    named = [(a, s, e) for a, s, e in p.persons if lo <= s < hi]
    if "「" in text[lo:hi] or len({a for a, _, _ in named}) != 1:
        return None
    a, s, e = named[0]
    if a in seen and s == lo:
        return None  # (one named before, with no clause describing them here, may only answer the words)
    at = p.subject_at(a, e, lo, hi)
    if at is None or _PASSIVE_LAST.search(text, at, hi):
        return None
    if s > lo:
        toks = [w for w in tagger()(text[lo:e])]
        pos, before = 0, None
        for w in toks:
            if pos >= s - lo:
                break
            before, pos = w, pos + len(w.surface)
        if before is None or pos != s - lo or not _describes(before, text[lo:s]):
            return None
        if a in seen and before.feature.pos1 not in ("動詞", "助動詞"):
            return None  # (one named before is the speaker only when a clause describes them: お立ち台に上がった岩城は)
    if _ANSWERS.search(text, at, hi):
        return None  # 「…」。会見を見た田中代表は批判した: one who answers or judges the words, not their speaker
    return a if closes_clause("と" + text[at:hi]) else None
