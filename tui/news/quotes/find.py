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
from collections.abc import Collection, Sequence
from typing import NamedTuple

from .forms import bracketed, quote_form, sentence_spans
from .given import giver
from .motto import carried_owner, saying, sayings_owner
from .written import writer, written
from .headlines import headline_quotes, reads_as_said
from .captions import captioned
from .alone import cue_speaker, cued, introduced_after, person_subject_after, said_after, tells_of_someone, told_after
from .asides import answer_of_no_one_named
from .also import last_speaker, said_also
from .apposed import with_apposed_titles
from .compounds import without_compounds
from .bracketed_bodies import with_bracketed
from .seated import with_seated
from .organs import with_lead_firm, with_organs
from .stations import with_stations
from .interviews import (addressed, after_answers, announced, before_answers, head_interviewee, interview_lead,
                         interviewee, named_after, protagonist)
from .kinds import kind_bodies, kind_mentions
from .letters import writers
from .offices import full_bodies
from .open import continued, open_parts
from .names import mention_names, named_after_quotes, named_once, noted_subjects
from .lines import QUESTION, line_speaker, speaker_lines
from ..reporting import said_to
from .roles import Roles, role_holder
from .departed import RECALLED, departed, recalled_by_them
from .runs import shared_speakers
from .sides import with_sides
from .vocatives import calls_speaker
from .cabinet import with_offices
from .states import with_states
from .passage import Mentions, Passage, last_sentence
from .previous import CARRY_BACK, SAME_SOURCE, acts_alone, before_open, before_paragraph, carries, no_subject, previous_one, quoted_in
from .speakers import elided_speaker, speaker as _speaker
from .told import SCENE, issued_before, next_says, told_back, unnamed_subject_in

__all__ = ["bracketed", "find_quotes", "sentence_spans"]
_RUN_GAP = re.compile(r"[\s、，・]*")  # between two quotes of one run
_ENDS = re.compile(r"[\s　]*[―—]*[。．]?[\s　]*")  # a quote that ends its sentence, no verb after it
_HEADED = re.compile(r"\s*【[^【】「」]{1,30}】\s*「")  # a comment line: its speaker in 【】, then the words
Found = list[tuple[int, str, str | None]]  # (passage index, quoted words, speaker actor id or None)


def find_quotes(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str],
                headings: Collection[int] = ()) -> list[tuple[int, str, str | None]]:
    """Every quote of an article's passages: (passage index, quoted words, speaker actor id or None).

    `mentions[i]` are passage i's actor mentions (actor id, start, end), `kinds` each actor's kind;
    `headings`: the passages that are headings, whose 「…」 is a quote when the body quotes it.
    """
    out: list[tuple[int, str, str | None]] = []
    if not any("「" in text for text in texts):
        return out  # (no words quoted: none of the reading below)
    article = _Article(texts, mentions, kinds, headings)
    for k, text in enumerate(texts):
        if "「" in text:
            article.read_passage(k)
    out, mentions, kinds = article.out, article.mentions, article.kinds
    if article.opened:
        out = open_parts(texts, article.opened, out)
    out = writers(texts, mentions, kinds, out)  # 私は「…」と返した, under a letter's byline: the writer's
    if any(speaker for _, _, speaker in out):
        out = named_once(mentions, {a: n for a, n in article.speakers_named.items() if kinds.get(a) == "person"}, out)
    return headline_quotes(texts, headings, out, mentions, kinds, article.roles) if headings else out


_DIALOGUE = re.compile(r"\s*([\u4e00-\u9fff々]{1,4}|[ァ-ヺー]{2,8})")  # a talk's line: the speaker's surname, then 「


# After one person's words, the clause that yields to another's reply (と悟さんが言うと、, と返すと、): its comma
_TURN = re.compile(r"」と[^「」。]{0,12}?[うくぐすつぬぶむる]と[、，]")


class _At(NamedTuple):
    """A sentence that quotes: passage k (`passage`, its sentences `spans`), sentence `si`; `answered`: k, or
    where the questions passage k answers start; `lead`: the passage that says who answers, if an answer."""

    k: int
    passage: Passage
    spans: list[tuple[int, int]]
    si: int
    answered: int
    lead: int | None


class _Article:
    """One article's passages as the pass reads them, passage by passage: the actors' mentions made ready for
    the speaker rules, the quotes found so far (`out`) and the last one given to someone (`last_said`)."""

    def __init__(self, texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str],
                 headings: Collection[int]) -> None:
        self.texts, self.headings = texts, headings
        mentions = with_apposed_titles(texts, without_compounds(mentions, kinds), kinds)  # 吉川正人・大阪府知事は
        mentions, kinds = with_bracketed(texts, mentions, kinds)  # 市民団体「川を守る会」は: the body in brackets
        mentions, kinds = with_seated(texts, mentions, kinds)  # 鳴門フーズ（徳島市）は: a firm before its seat
        mentions, kinds = with_stations(texts, mentions, kinds)  # 白浜署は: a station named by its place
        mentions, kinds = with_organs(texts, mentions, kinds)  # 大会本部は「…」: a body named by its organ
        mentions, kinds = with_lead_firm(texts, mentions, kinds)  # 青嶺自動車は12日、… 同社は「…」: the lead's firm
        self.speakers_named = mention_names(texts, mentions, kinds, ("person", "organization"))
        mentions = named_after_quotes(texts, mentions, kinds, self.speakers_named)  # names the actors left unmarked
        mentions = noted_subjects(texts, mentions, kinds, self.speakers_named)  # 北斗海(26=湊川部屋)が: and before a note
        mentions, kinds = with_sides(texts, mentions, kinds)  # 検察側, 弁護側: a trial's sides, who speak in court
        mentions, kinds = with_offices(texts, mentions, kinds)  # 首相は「…」: the office, where no one named holds it
        mentions, kinds = with_states(texts, mentions, kinds)  # 中国外務省: another state's body, not Japan's 外務省
        mentions = full_bodies(texts, mentions, kinds)  # 市教育委員会 after 北山市教育委員会: that board
        mentions = kind_bodies(texts, mentions, kinds)  # 組合, filed apart after 北陽電鉄労働組合: that union
        mentions = kind_mentions(texts, mentions, kinds)  # 病院の事務局は after 川北市立総合病院: that hospital
        self.mentions, self.kinds = mentions, kinds
        self.roles = Roles(texts, mentions, kinds, headings)  # a title seen right after an actor's name -> those actors
        self.opened = continued(texts)  # words running over paragraphs: a paragraph's 「 left open
        headed = speaker_lines(texts, mentions, kinds, self.opened)  # quote paragraphs under their speaker's line
        self.headed = captioned(texts, mentions, kinds, self.opened, headed)  # and under a broadcast caption (民政党 野口代表)
        self.made: dict[int, Passage] = {}
        self.departed = departed(self.passage_of, texts, headings)  # the one an obituary is about, or None
        self.out: Found = []
        self.last_said: tuple[int, int, str] | None = None  # the last quote given to someone: passage, end, speaker

    def passage_of(self, j: int) -> Passage | None:
        if j < 0:
            return None
        if j not in self.made:
            self.made[j] = Passage(self.texts[j], self.mentions[j], self.kinds)
        return self.made[j]

    def read_passage(self, k: int) -> None:
        """The quotes of passage k, sentence by sentence, added to `out`."""
        texts, headings = self.texts, self.headings
        self.roles.upto = k
        passage = self.passage_of(k)
        assert passage is not None
        spans = sentence_spans(texts[k])
        quoted = bracketed(texts[k])  # once a passage: a sentence's are those that end in it and start in it
        answered = before_answers(texts, headings, k)  # k, or where the questions it answers start
        lead = interview_lead(texts, answered) if answered < k else announced(texts, k)  # who answers, if an answer
        for si, (lo, hi) in enumerate(spans):
            mine = [(start, end) for start, end in quoted if lo <= start and end <= hi]
            if not mine:
                continue  # (the sentences before are read only for a sentence that quotes)
            self.roles.until = lo
            at = _At(k, passage, spans, si, answered, lead)
            self.read_sentence(at, mine, self.sentences_before(at))

    def sentences_before(self, at: _At) -> list[tuple[Passage, tuple[int, int]]]:
        """The sentences before sentence `si` whose subject may carry to its words, the nearest first: those of its
        passage, else the sentence before words left open, else the last of the passage before (or of the lead)."""
        k, passage, spans, si, lead = at.k, at.passage, at.spans, at.si, at.lead
        opened, passage_of = self.opened, self.passage_of
        before = ([(passage, spans[j]) for j in range(si - 1, max(-1, si - 1 - CARRY_BACK), -1)] if si
                  else (before_open(passage_of(k - 1), opened[k - 1]) or before_paragraph(
                      passage_of, self.texts, opened, k - 1)) if k - 1 in opened
                  else [] if lead is not None and lead >= 0 and _HEADED.match(self.texts[lead])
                  else last_sentence(passage_of(k - 1 if lead is None else lead),
                                     2 if lead is None else CARRY_BACK))  # (【東都・ロドリゲス監督】「…」 ¶ ――… ¶ 「…」:
        # a comment line's speaker answers no questions after it)
        if 0 < si <= CARRY_BACK and lead is None and k - 1 not in opened and (
                no_subject(passage.text, spans[:si]) or tells_of_someone(passage, spans[:si])):
            before += last_sentence(passage_of(k - 1), 2)  # 入門から10年。…という。「…」: an opening told of someone
        elif 0 < si <= CARRY_BACK and lead is None and k and before and before[-1][1][0] == spans[0][0] and (
                carries(head := passage.text[spans[0][0]:spans[0][1]].lstrip("　 ")) or head.startswith(SAME_SOURCE)):
            before += last_sentence(passage_of(k - 1), 2)  # 同氏は…と指摘する。「…」: who 同氏 is, told in the passage before
        return before

    def read_sentence(self, at: _At, mine: list[tuple[int, int]], before: list[tuple[Passage, tuple[int, int]]]) -> None:
        """The quotes `mine` of one sentence, each given its speaker, added to `out`."""
        k, passage = at.k, at.passage
        text, (lo, hi) = passage.text, at.spans[at.si]
        alone: tuple[int, str | None] | None = None  # the run a first quote alone began: its last, its speaker
        here: list[tuple[int, int, int]] = []  # the sentence's quotes: their place in `out`, start, end
        for n, (start, end) in enumerate(mine):
            last = n  # 「…」「…」と述べた: a run of quotes shares the last one's form and speaker
            while last + 1 < len(mine) and _RUN_GAP.fullmatch(text, mine[last][1], mine[last + 1][0]):
                last += 1
            close = mine[last][1]
            form = quote_form(text, mine[last][0], close, hi)
            found = self.speaker_of(at, before, (n, last, start, close), form, alone)
            if found is None:
                continue  # (words that are no quote)
            speaker, alone = found
            if speaker is not None and QUESTION.match(text) and not any(lo <= s < start for _, s, _ in passage.persons):
                speaker = None  # ――帯には「静かな傑作」とあります。: words the interviewer's question quotes
            if speaker is None and form and said_also(text, lo, start, close) and not quoted_in(before, self.made, self.last_said):
                speaker = last_speaker(self.last_said, k, start, self.mentions, self.kinds)  # 「…」とも述べた
            if speaker is not None and _called_inside(text, start, end, speaker, self.mentions[k]):
                speaker = None  # 「健吾さんのサインに首を振ったのは…」: words that speak of their candidate by name are
                # another's (the one who speaks is not named so)
            if speaker is not None and calls_speaker(text[start + 1:end - 1], speaker, self.texts, self.mentions):
                speaker = None  # 父の堂島剛さんは…。「お父さん、…」: words said to their candidate
            passage.spoken.setdefault(lo, set()).add(speaker)
            here.append((len(self.out), start, end))
            self.out.append((k, text[start + 1: end - 1], speaker))
            if speaker is not None:
                self.last_said = (k, end, speaker)
        if len(here) > 1 and None in passage.spoken.get(lo, ()):  # 「…」と話し、「…」と供述している: one subject's
            shared = shared_speakers(text, [(s, e, self.out[i][2]) for i, s, e in here], [m[1] for m in self.mentions[k]])
            self.out[here[0][0]:here[-1][0] + 1] = [(k, words, who) for (_, words, _), who in zip(
                self.out[here[0][0]:here[-1][0] + 1], shared)]
            passage.spoken[lo] = set(shared)

    def speaker_of(self, at: _At, before: list[tuple[Passage, tuple[int, int]]], run: tuple[int, int, int, int],
                   form: str | None, alone: tuple[int, str | None] | None
                   ) -> tuple[str | None, tuple[int, str | None] | None] | None:
        """The speaker of quote n of a sentence (`run`: n, the last quote of its run, its start, the run's close) and
        the run a first quote alone began, or None when the words are no quote: the speaker on the line above, the one
        the quote's form names (`speakers.speaker`), the speaker of the run, of words alone, or of words after a
        subject with no verb (宮本さんは「…」。)."""
        n, last, start, close = run
        k, passage = at.k, at.passage
        text, (lo, hi) = passage.text, at.spans[at.si]
        lined = None if form else self.headed.get(k) or (line_speaker(  # 矢口明子酒田市長「…」
            text[:start], [m for m in self.mentions[k] if lo <= m[1] and m[2] <= start], self.kinds, lo) if not n else None)
        if lined is None and not form and not n and (head := _DIALOGUE.fullmatch(text, lo, start)):
            named = self.roles.by_surname(head.group(1))
            lined = next(iter(named)) if len(named) == 1 else None  # 九重「…」: a talk's speaker by surname
        if lined is not None:
            return lined, alone  # the words of the person named on the line above, or just before them
        if not form and not n and written(text, lo, start, close, hi) and reads_as_said(text[start + 1:close - 1]):
            return writer(passage, lo, start), alone  # 日記には「…」とある: the writer's, when the sentence says
        if not form and saying(text, lo, start, close, hi):
            return sayings_owner(passage, lo, start, lambda: carried_owner(before, self.roles, k, start, text[lo:hi])), alone
        if form:
            return self.formed(at, before, start, close, form), alone
        if n and alone is not None and n <= alone[0]:
            return alone[1], alone  # 「…」「…」。…はこう繰り返した: the run's later words, the same speaker's
        if n and _ENDS.fullmatch(text, close, hi) and (turn := _TURN.search(text, text.rfind("」", lo, start), start)):
            speaker = elided_speaker(passage, turn.end(), start)  # 「…」と悟さんが言うと、晴美さんは「…」。: the
            return None if speaker is None else (speaker, alone)  # reply of the one named after the turn, no verb
        if n or not _ENDS.fullmatch(text, close, hi) or not (
                reads_as_said(text[start + 1:close - 1]) or told_after(passage, at.spans, at.si, lo, start)
                or cued(text, at.spans, at.si, lo, start, self.texts[k - 1] if k else "")):
            return None  # (the sentence's first quote only, ending it with no verb after, and words said)
        if not text[lo:start].strip("　 "):  # 「…」 alone: the sentence before says who
            if k in self.headings and at.answered == k:
                return None  # a heading's 「…」 alone is a title unless it answers a question
            speaker = self.alone_speaker(at, before)
            return speaker, (last, speaker)
        speaker = elided_speaker(passage, lo, start)  # 宮本さんは「…」。: a person, then the words, with no verb
        return None if speaker is None else (speaker, (last, speaker))

    def formed(self, at: _At, before: list[tuple[Passage, tuple[int, int]]], start: int, close: int,
               form: str) -> str | None:
        """The speaker of words whose form shows they are said (a verb of saying, a speaker after と …), or None
        when asked of one of several who spoke, an idiom of a person said of a body, or words said to the subject."""
        passage, (lo, hi) = at.passage, at.spans[at.si]
        text = passage.text
        speaker = _speaker(passage, at.spans[at.si], start, close, self.roles, before, form == "reported")
        if speaker and not re.search(r"[はが]", text[lo:start]) and answer_of_no_one_named(
                text[lo:start], {w for _, _, w in self.out if w}):
            speaker = None  # 思い出を問われると、「…」と答えた: asked of one of several who spoke
        if speaker and form == "reported" and self.kinds.get(speaker) != "person":
            speaker = None  # 大阪府は「…」と胸を張った: an idiom of a person, not of a body
        if self.departed and RECALLED.match(text, close - 1, hi) and recalled_by_them(
                text, lo, start, close, hi, passage.mentions):
            speaker = self.departed  # 生前、本紙の取材に「…」と語っていた: an obituary's one person, in life (not the
            # one who spoke in the sentence before: 長男は「…」とのコメントを出した。…取材には「…」と答えていた)
        if speaker and said_to(text[close:hi]) and not giver(passage, lo, start, close, hi)[0]:
            speaker = None  # 大阪は「…」と言われた, 「…」と問われると: words said to the subject, not by it (監督から
            # 「…」と言われた: by the one named before から)
        return speaker

    def told_next(self, k: int) -> str | None:
        """Who the first sentence of the passage after k says spoke with こう / そう (試合後、山田監督はこう語った), ''
        when it says so of no one or several, None when it says no such thing."""
        nxt = self.passage_of(k + 1) if k + 1 < len(self.texts) and k + 1 not in self.headings else None
        spans = sentence_spans(nxt.text) if nxt is not None else []
        if nxt is None or not spans:
            return None
        told, who = next_says(nxt, spans[0])
        if not told and len(spans) > 1 and SCENE.fullmatch(nxt.text, *spans[0]) and not any(
                s < spans[0][1] for _, s, _ in nxt.persons):
            told, who = next_says(nxt, spans[1])  # 「…」 ¶ 盛岡市の商店街にある「佐久間時計店」。…佐久間修造さんはそう言った。
        return (who or "") if told else None

    def alone_speaker(self, at: _At, before: list[tuple[Passage, tuple[int, int]]]) -> str | None:
        """「…」 alone as a sentence: the one the sentence after says spoke them (「…」。監督はこう振り返った), else the
        one of the sentence before, when no other person is the next sentence's subject; in an interview, the one
        the lead names (山田選手に話を聞いた。――…。「…」) or the one named after the answers."""
        k, passage, spans, si, lead = at.k, at.passage, at.spans, at.si, at.lead
        texts, headings, roles = self.texts, self.headings, self.roles
        told, speaker = next_says(passage, spans[si + 1]) if si + 1 < len(spans) else (False, None)
        if told and speaker is None and not any(spans[si + 1][0] <= s < spans[si + 1][1] for _, s, _ in passage.persons):
            speaker = role_holder(passage.text[spans[si + 1][0]:spans[si + 1][1]], roles)[1]  # 「…」。会談後、首相は
            # 記者団にこう語った: the one the article named with the title
        if not told and si + 1 < len(spans):  # 「…」。青井は、しみじみと語った
            speaker = said_after(passage, spans[si + 1])
            told = speaker is not None
        if not told and lead is not None and k > 0 and (called := addressed(self.passage_of(k - 1))):
            speaker, told = called, True  # ――須藤主将、九回の打席は？ 「…」: the one the question calls by name
        if not told and lead is not None:  # an answer: the one the lead says is asked, before the last one it names
            speaker = interviewee(before)  # (…俳優の神崎蓮（34）。…のは、監督の真鍋礼子だった。――…。「…」: the actor's)
            told = speaker is not None
        if not told and before and (cuer := cue_speaker(*before[0])) is not None:
            speaker, told = cuer, True  # 黒木さんは深く一礼し、こう述べた。「…」: the one the cue says speaks next
        if not told:  # 「…」。監督はこう振り返った: the sentence after says who; else the one before
            speaker = previous_one(before, roles, cleft=si > 0)  # (a cleft's focus, in the words' own paragraph)
            if speaker is not None and before and _PASSAGE_OF.search(before[0][0].text, *before[0][1]):
                speaker = None  # …夜の記述だ。「…」: a writing's passage, whoever the sentence before is about
            if speaker is not None and self.kinds.get(speaker) != "person" and not issued_before(before):
                speaker = None  # 南浜FCは3連勝。「…」: someone of the club, unnamed; a body's words come in a statement
            if speaker is None and not si and lead is None and k - 1 not in self.opened and acts_alone(
                    texts, self.mentions, headings, k - 1):  # …が初本塁打を放った。 / 二回、…運んだ。 / 「…」
                speaker = previous_one(before + last_sentence(self.passage_of(k - 2)), roles)
                speaker = speaker if self.kinds.get(speaker or "") == "person" else None
            if speaker and si + 1 < len(spans) and "「" not in passage.text[slice(*spans[si + 1])] and (
                    person_subject_after(passage, spans[si + 1]) - {speaker}
                    or unnamed_subject_in(passage, spans[si + 1])):
                speaker = None  # 「…」。お立ち台で岩瀬は… / 女性（80）は…: another may have said them (not one who then
                # says words of their own: 「…」。…女性（33）は「…」と話した)
            elif speaker and si + 1 == len(spans) and self.told_next(k) not in (None, speaker):
                speaker = None  # 「…」 ¶ 試合後、山田監督はこう語った: another says so in the paragraph after
            elif speaker is None and lead is None and si + 1 < len(spans) and k - 1 not in self.opened and not any(
                    s < spans[si][0] for _, s, _ in passage.persons):  # (also after sentences that name no person)
                seen = {a for found in self.mentions[:k] for a, _, _ in found}  # 「…」。初日に利用した大西ハルさんは、…
                speaker = introduced_after(passage, spans[si + 1], seen)
        if speaker is None and lead is None and not told and si + 1 == len(spans) and told_back(texts, headings, k):
            speaker = self.told_next(k) or None  # 「…」 ¶ そう話すのは、…川村順子さん（63）だ。: the paragraph after says who
        if speaker is None and lead is not None and not told:
            speaker = interviewee(before)  # 山田選手に話を聞いた。――…。「…」
            if speaker is None and (lead in headings or lead < 0):  # ――…。「…」。 桐生さやかが…発表した
                speaker = named_after(self.passage_of(after_answers(texts, headings, k)))
            if speaker is None and lead >= 0:  # …がサインした。… ¶ 主なやりとりは次の通り。 ¶ ――… ¶ 「…」
                speaker = protagonist(self.passage_of, texts, headings, lead)
            if speaker is None:  # 三宅ゆかり教授に聞く ¶ …のチームが…。…見通しを聞いた。 ¶ ――… 「…」: the headline's one
                speaker = head_interviewee(self.passage_of, headings, k, lead)
        return speaker


# A sentence that names what follows as a passage of a writing (…夜の記述だ, …という一節だった): the words after it
# are the writer's, not its subject's
_PASSAGE_OF = re.compile(r"(?:記述|一節|文面|くだり|書き込み|文言)(?:だ|だった|である|です|でした)[。．]\s*$")


_CALLED = re.compile(r"(?:さん|氏|君|くん|ちゃん|様|監督|先生|選手|社長|会長|知事|市長|首相|大臣|容疑者|被告)")


def _called_inside(text: str, start: int, end: int, speaker: str, mentions: Mentions) -> bool:
    """Whether the quoted words text[start:end] name `speaker` with an honorific or a title after (「…健吾さんのサイン
    に…」): a person speaking of, not as, themselves."""
    return any(a == speaker and start < s and e < end and _CALLED.match(text, e) for a, s, e in mentions)
