"""Who said what: quoted words in 「…」 and their speakers, resolved to the article's actors.

A quote is found by its shape (`quotes.forms`): 「…」 followed by a verb of saying (と述べた, と語った), by
と and any verb phrase that closes the clause (と肩を落とした, と潔く認めた: `reporting`; only a person
speaks those), by a speaker (「…」と田中氏。), in brackets (「…」（田中氏）) or before a colon (田中氏：「…」),
by a clause before として and a verb of saying. Here, too, words that make a sentence of their own: a
quote standing alone after its speaker's sentence (…考えを示した。「諦めない」), an answer after a
question (――…), a person's words with the verb left out (宮本さんは「…」。); these must read as words
said (a sentence or a clause), never a title (「夜明けの駅」). A term or title in brackets is no quote.

The speaker is read from the text alone (`quotes.speakers`): the subject of the quote's sentence, the
speaker after と, in brackets or before the colon; carried from the sentence before (its subject, or the
one speaker its quotes were given), or 同氏 / a bare title, only when one actor fits. An actor whose
mentions name two people (relatives under one surname) is given no quote. Otherwise the speaker is None:
a quote given to the wrong person is worse than a quote given to no one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from .forms import bracketed, quote_form, sentence_spans
from .headlines import headline_quotes, reads_as_said
from .captions import captioned
from .alone import person_subject_after, said_after, tells_of_someone
from .asides import answer_of_no_one_named
from .also import last_speaker, said_also
from .compounds import without_compounds
from .bracketed_bodies import with_bracketed
from .interviews import after_answers, announced, before_answers, interview_lead, interviewee, named_after
from .kinds import kind_bodies, kind_mentions
from .offices import full_bodies
from .open import continued, open_parts
from .names import given_name_of, mention_names, named_after_quotes, shared
from .lines import line_speaker, speaker_lines
from ..reporting import said_to
from .roles import Roles
from .runs import shared_speakers
from .sides import with_sides
from .states import with_states
from .passage import Mentions, Passage, last_sentence
from .previous import CARRY_BACK, previous_one
from .speakers import elided_speaker, speaker as _speaker
from .told import next_says, unnamed_subject_in

__all__ = ["bracketed", "find_quotes", "sentence_spans"]
_RUN_GAP = re.compile(r"[\s、，・]*")  # between two quotes of one run
_ENDS = re.compile(r"[\s　]*[―—]*[。．]?[\s　]*")  # a quote that ends its sentence, no verb after it


def find_quotes(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str],
                headings: Collection[int] = ()) -> list[tuple[int, str, str | None]]:
    """Every quote of an article's passages: (passage index, quoted words, speaker actor id or None).

    `mentions[i]` are passage i's actor mentions (actor id, start, end), `kinds` each actor's kind;
    `headings`: the passages that are headings, whose 「…」 is a quote when the body quotes it.
    """
    out: list[tuple[int, str, str | None]] = []
    if not any("「" in text for text in texts):
        return out  # (no words quoted: none of the reading below)
    mentions = without_compounds(mentions, kinds)  # 日米が: two countries, no one speaker
    mentions, kinds = with_bracketed(texts, mentions, kinds)  # 市民団体「川を守る会」は: the body in brackets
    speakers_named = mention_names(texts, mentions, kinds, ("person", "organization"))
    mentions = named_after_quotes(texts, mentions, kinds, speakers_named)  # names the actors left unmarked
    mentions, kinds = with_sides(texts, mentions, kinds)  # 検察側, 弁護側: a trial's sides, who speak in court
    mentions, kinds = with_states(texts, mentions, kinds)  # 中国外務省: another state's body, not Japan's 外務省
    mentions = full_bodies(texts, mentions, kinds)  # 市教育委員会 after 北山市教育委員会: that board
    mentions = kind_bodies(texts, mentions, kinds)  # 組合, filed apart after 北陽電鉄労働組合: that union
    mentions = kind_mentions(texts, mentions, kinds)  # 病院の事務局は after 川北市立総合病院: that hospital
    roles = Roles(texts, mentions, kinds, headings)  # a title seen right after an actor's name -> those actors
    opened = continued(texts)  # words running over paragraphs: a paragraph's 「 left open
    headed = speaker_lines(texts, mentions, kinds, opened)  # quote paragraphs under their speaker's line
    headed = captioned(texts, mentions, kinds, opened, headed)  # and under a broadcast caption (民政党 野口代表)
    made: dict[int, Passage] = {}
    last_said: tuple[int, int, str] | None = None  # the last quote given to someone: passage, end, speaker

    def passage_of(j: int) -> Passage | None:
        if j < 0:
            return None
        if j not in made:
            made[j] = Passage(texts[j], mentions[j], kinds)
        return made[j]

    for k, text in enumerate(texts):
        if "「" in text:
            roles.upto = k
            passage = passage_of(k)
            assert passage is not None
            spans = sentence_spans(text)
            quoted = bracketed(text)  # once a passage: a sentence's are those that end in it and start in it
            answered = before_answers(texts, headings, k)  # k, or where the questions it answers start
            lead = interview_lead(texts, answered) if answered < k else announced(texts, k)  # who answers, if an answer
            for si, (lo, hi) in enumerate(spans):
                mine = [(start, end) for start, end in quoted if lo <= start and end <= hi]
                if not mine:
                    continue  # (the sentences before are read only for a sentence that quotes)
                roles.until = lo
                before = ([(passage, spans[j]) for j in range(si - 1, max(-1, si - 1 - CARRY_BACK), -1)] if si
                          else (_before_open(passage_of(k - 1), opened[k - 1]) or _before_paragraph(
                              passage_of, texts, opened, k - 1)) if k - 1 in opened
                          else last_sentence(passage_of(k - 1 if lead is None else lead),
                                             2 if lead is None else CARRY_BACK))
                if 0 < si <= CARRY_BACK and lead is None and k - 1 not in opened and (
                        _no_subject(text, spans[:si]) or tells_of_someone(passage, spans[:si])):
                    before += last_sentence(passage_of(k - 1), 2)  # 入門から10年。…という。「…」: an opening told of someone
                alone: tuple[int, str | None] | None = None  # the run a first quote alone began: its last, its speaker
                here: list[tuple[int, int, int]] = []  # the sentence's quotes: their place in `out`, start, end
                for n, (start, end) in enumerate(mine):
                    last = n  # 「…」「…」と述べた: a run of quotes shares the last one's form and speaker
                    while last + 1 < len(mine) and _RUN_GAP.fullmatch(text, mine[last][1], mine[last + 1][0]):
                        last += 1
                    close = mine[last][1]
                    form = quote_form(text, mine[last][0], close, hi)
                    speaker: str | None
                    lined = None if form else headed.get(k) or (line_speaker(  # 矢口明子酒田市長「…」
                        text[:start], [m for m in mentions[k] if lo <= m[1] and m[2] <= start], kinds, lo) if not n else None)
                    if lined is not None:
                        speaker = lined  # the words of the person named on the line above, or just before them
                    elif form:
                        speaker = _speaker(passage, spans[si], start, close, roles, before, form == "reported")
                        if speaker and not re.search(r"[はが]", text[lo:start]) and answer_of_no_one_named(
                                text[lo:start], {w for _, _, w in out if w}):
                            speaker = None  # 思い出を問われると、「…」と答えた: asked of one of several who spoke
                        if speaker and form == "reported" and kinds.get(speaker) != "person":
                            speaker = None  # 大阪府は「…」と胸を張った: an idiom of a person, not of a body
                        if speaker and said_to(text[close:hi]):
                            speaker = None  # 大阪は「…」と言われた, 「…」と問われると: words said to the subject, not by it
                    elif n and alone is not None and n <= alone[0]:
                        speaker = alone[1]  # 「…」「…」。…はこう繰り返した: the run's later words, the same speaker's
                    elif n or not _ENDS.fullmatch(text, close, hi) or not (
                            reads_as_said(text[start + 1:close - 1]) or _told_after(passage, spans, si, lo, start)
                            or _cued(text, spans, si, lo, start, texts[k - 1] if k else "")):
                        continue  # (the sentence's first quote only, ending it with no verb after, and words said)
                    elif not text[lo:start].strip("　 "):  # 「…」 alone: the sentence before says who
                        if k in headings and answered == k:
                            continue  # a heading's 「…」 alone is a title unless it answers a question
                        told, speaker = next_says(passage, spans[si + 1]) if si + 1 < len(spans) else (False, None)
                        if not told and si + 1 < len(spans):  # 「…」。青井は、しみじみと語った
                            speaker = said_after(passage, spans[si + 1])
                            told = speaker is not None
                        if not told:  # 「…」。監督はこう振り返った: the sentence after says who; else the one before
                            speaker = previous_one(before, roles)
                            if speaker is None and not si and lead is None and k - 1 not in opened and _acts_alone(
                                    texts, mentions, headings, k - 1):  # …が初本塁打を放った。 / 二回、…運んだ。 / 「…」
                                speaker = previous_one(before + last_sentence(passage_of(k - 2)), roles)
                                speaker = speaker if kinds.get(speaker or "") == "person" else None
                            if speaker and si + 1 < len(spans) and (
                                    person_subject_after(passage, spans[si + 1]) - {speaker}
                                    or unnamed_subject_in(passage, spans[si + 1])):
                                speaker = None  # 「…」。お立ち台で岩瀬は… / 女性（80）は…: another may have said them
                        if speaker is None and lead is not None and not told:
                            speaker = interviewee(before)  # 山田選手に話を聞いた。――…。「…」
                            if speaker is None and (lead in headings or lead < 0):  # ――…。「…」。 桐生さやかが…発表した
                                speaker = named_after(passage_of(after_answers(texts, headings, k)))
                        alone = (last, speaker)
                    else:  # 宮本さんは「…」。: a person, then the words, with no verb
                        speaker = elided_speaker(passage, lo, start)
                        if speaker is None:
                            continue
                        alone = (last, speaker)
                    if speaker is None and form and said_also(text, lo, start, close) and not _quoted_in(before, made, last_said):
                        speaker = last_speaker(last_said, k, start, mentions, kinds)  # 「…」とも述べた
                    passage.spoken.setdefault(lo, set()).add(speaker)
                    here.append((len(out), start, end))
                    out.append((k, text[start + 1: end - 1], speaker))
                    if speaker is not None:
                        last_said = (k, end, speaker)
                if len(here) > 1 and None in passage.spoken.get(lo, ()):  # 「…」と話し、「…」と供述している: one subject's
                    shared = shared_speakers(text, [(s, e, out[i][2]) for i, s, e in here], [m[1] for m in mentions[k]])
                    out[here[0][0]:here[-1][0] + 1] = [(k, words, who) for (_, words, _), who in zip(
                        out[here[0][0]:here[-1][0] + 1], shared)]
                    passage.spoken[lo] = set(shared)
    if opened:
        out = open_parts(texts, opened, out)
    if any(speaker for _, _, speaker in out):
        out = _named_once(mentions, {a: n for a, n in speakers_named.items() if kinds.get(a) == "person"}, out)
    return headline_quotes(texts, headings, out, mentions, kinds, roles) if headings else out


def _named_once(mentions: Sequence[Mentions], names: dict[str, list[str]],
                out: list[tuple[int, str, str | None]]) -> list[tuple[int, str, str | None]]:
    """The quotes with each speaker read as one person (`names`: each person's names as written): a given
    name written apart is the full name's (健吾さん after 今泉健吾); an actor whose mentions name two people
    (relatives under one surname) none."""
    first: dict[str, int] = {}
    for k, found in enumerate(mentions):
        for a, _, _ in found:
            first.setdefault(a, k)
    given = given_name_of(names, first, {speaker for _, _, speaker in out if speaker})
    out = [(k, words, given.get(speaker, speaker) if speaker else None) for k, words, speaker in out]
    two = shared(names, {speaker for _, _, speaker in out if speaker})
    return [(k, words, None if speaker in two else speaker) for k, words, speaker in out] if two else out


def _before_open(p: Passage | None, at: int) -> list[tuple[Passage, tuple[int, int]]]:
    """The sentence before the words a passage left open at `at` (…は話す。「…): its subject says who
    speaks the words that continue them."""
    spans = [span for span in sentence_spans(p.text[:at])] if p is not None else []
    return [(p, spans[-1])] if p is not None and spans else []


def _before_paragraph(passage_of: Callable[[int], Passage | None], texts: Sequence[str], opened: dict[int, int],
                     j: int) -> list[tuple[Passage, tuple[int, int]]]:
    """When passage `j` opens with words it leaves open, the last sentence of the passage before that run of such
    paragraphs (…はこう語った。 / 「…。 / 「…。 / 「…」): it says who speaks them."""
    while j in opened and not texts[j][:opened[j]].strip(" 　"):
        j -= 1
    p = passage_of(j) if j + 1 in opened else None
    return last_sentence(p) if p is not None else []


_A_SUBJECT = re.compile(r"(?<![でにとへ])は|が")


def _no_subject(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether no sentence text[span] has a subject of its own outside its quotes (…パットを沈めると、両手を突き上げた。):
    the acts of the one spoken of in the paragraph before, not a scene (給水所に長い列ができた) whose words may be
    anyone's."""
    return not any(_A_SUBJECT.search(re.sub(r"「[^」]*」|『[^』]*』", "", text[lo:hi])) for lo, hi in spans)


def _acts_alone(texts: Sequence[str], mentions: Sequence[Mentions], headings: Collection[int], j: int) -> bool:
    """Whether passage j (a body paragraph of two sentences at most, read whole as the sentences before) tells acts
    alone: it quotes nothing, names no actor and no sentence of it has a subject or ends in a noun; words alone after
    it are those of the person the paragraph before it speaks of (二回の第1打席、初球を右翼席へ運んだ。
    ベンチに戻ると、仲間から祝福を受けた。): the acts of the one spoken of in the paragraph before it, who may speak next."""
    if j < 1 or j in headings or mentions[j] or "「" in texts[j]:
        return False
    spans = sentence_spans(texts[j])
    return 0 < len(spans) <= 2 and _no_subject(texts[j], spans) and all(_ends_in_act(texts[j][lo:hi]) for lo, hi in spans)


def _ends_in_act(sentence: str) -> bool:
    """Whether a sentence ends in a verb or its auxiliary (…右翼席へ運んだ。), an act; not in a noun (スタンドには、
    保護者たちの姿。: a scene that brings in others, who may speak next)."""
    from ..language import tagger

    words = [w for w in tagger()(sentence) if w.feature.pos1 != "補助記号"]
    return bool(words) and words[-1].feature.pos1 in ("動詞", "助動詞")


def _quoted_in(before: Sequence[tuple[Passage, tuple[int, int]]], made: dict[int, Passage],
               last: tuple[int, int, str] | None) -> bool:
    """Whether the last quote given to someone stands in the sentence right before: that sentence, read as the
    one before, already said whether its speaker carries (`previous_one`)."""
    if not before or last is None:
        return False
    p, (lo, hi) = before[0]
    return made.get(last[0]) is p and lo < last[1] <= hi


def _told_after(p: Passage, spans: Sequence[tuple[int, int]], si: int, lo: int, start: int) -> bool:
    """Whether words alone in sentence `si` are said, as the sentence after tells (「ありがとう」。汐見が
    こう言って…): words too short to read as a clause are words said when the next sentence says so."""
    return si + 1 < len(spans) and not p.text[lo:start].strip("　 ") and next_says(p, spans[si + 1])[0]


# A sentence that announces the words after it: こう話す。, 次のように述べた。
_CUE = re.compile(r"(?:こう|このように|次のように|以下のように)[^。「」]{0,12}[。．]\s*$")


def _cued(text: str, spans: Sequence[tuple[int, int]], si: int, lo: int, start: int, before: str) -> bool:
    """Whether words alone in sentence `si` follow a sentence that announces them (長尾さんはこう話す。「…が生きがい」),
    in this passage or ending the one before: words said, whatever their shape."""
    if text[lo:start].strip("　 "):
        return False
    prior = text[spans[si - 1][0]:spans[si - 1][1]] if si else before
    return _CUE.search(prior) is not None

