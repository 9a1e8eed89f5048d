"""Who said what: quoted words in 「…」 and their speakers, resolved to the article's actors.

A quote is found by its shape: 「…」 followed by a verb of saying (と述べた, と語った, との考えを示した)
or by と and any verb phrase that closes the clause (と肩を落とした, と涙ぐみ、: `reporting`; only a person
speaks those), by a speaker (「…」と田中氏。), by a speaker in brackets (「…」（田中氏）), or opened by a speaker and a
colon (田中氏：「…」). A term or title in brackets (「上下分離方式」, 『…』) is no quote. The speaker is
read from the text alone: the subject (X は / X が) of the quote's sentence, the speaker after と, in
brackets or before the colon; a subject carried from the sentence before, or 同氏 / a bare title
(首相は), only when one actor fits. Otherwise the speaker is None: a quote given to the wrong person
is worse than a quote given to no one.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from copy import copy

from .actors.persons import TITLE_RE as PERSON_TITLE
from .reporting import closes_clause, has_subject, said_to

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text
SPEAKER_KINDS = frozenset({"person", "organization", "country"})
_SENTENCE_END = "。！？!?"

# Verbs (and phrases) of saying that may follow 「…」と within the sentence.
_SAY = (r"述べ|語っ|語る|語り|強調|話し|話す|話した|明らかに|発言|説明|主張|訴え|指摘|批判|反論|表明|答え|応じ"
        r"|言及|呼びかけ|呼び掛け|述懐|明言|断言|宣言|言明|強調|力説|激怒|非難|反発|警告|警鐘|吐露|書き込|投稿|発信"
        r"|記し|つづ|コメント|発表|声明|報告|証言|打ち明け|振り返|話題に|問いかけ|問い掛け|疑問を呈し|述べる|言う|言っ"
        r"|釈明|弁明|謝罪|陳謝|言い|いう|語気を強め|漏らし|こぼし|笑顔を見せ|意気込み|意欲を示し|考えを示し|見方を示し|認識を示し|姿勢を示し"
        r"|とみて|と見て|とみる|とみられ|評価|歓迎|喜ん|期待を|懸念を示|立場を示し|方針を示し|意向を示し|見解を示し|懸念を示し|不快感を示し|考えを明らか|要求|求め|迫っ|促し|抗議|嘆い|叫")
_SAY_RE = re.compile(_SAY)
# 「…」と同等 / として / となる / と比べ: the bracket names a thing compared or made, not words said.
_NOT_SAID = re.compile(r"\s*と(?:同(?:じ|様|等|一|程|列|然)|比|並|共に|ともに|なる|なり|なっ|して|する|される|いった|呼(?!び[か掛])|称|題|銘打|書|記され|名付|位置づけ|位置付け|見な|みな|捉え|とらえ|定義|表現し|形容|揶揄|皮肉)")
_SURU_SAID = re.compile(r"\s*と(?:し(?:た|てい)|する一方)")  # 「…」とした / としている / とする一方 close a clause of saying
# What follows the closing bracket of a quote: と / って / との, then words up to a verb of saying.
_AFTER = re.compile(r"[」』]\s*(?:と|って|とも|とし|との|などと|とまで)")
# 「…」という声 / との声: words nobody in the text is said to have spoken.
_VOICE = re.compile(r"[」』]\s*(?:という|との|といった|などの)\s*(?:声|意見|発言|指摘|批判|不満|悲鳴|反応|書き込み|コメント)")
# Between a speaker's name and the particle: a title or role (大統領, 国務長官, 氏, 社長, 報道官).
_TITLE = re.compile(r"[ 　]?(?:[・･]?[\u4e00-\u9fff々ァ-ヺー]{0,8}?(?:氏|さん|容疑者|被告|首相|大統領|長官|報道官|外相|相|大臣"
                    r"|知事|市長|町長|村長|議員|議長|委員長|代表|総裁|幹事長|会長|社長|監督|選手|教授|准教授|所長|理事長"
                    r"|事務総長|事務局長|主席|総統|国王|大使|特使|補佐官|次官|官房長官|書記長|党首|投手|主将|院長|局長|部長"
                    r"|課長|室長|団長|ら))?")
# After a person's name (and title): a calling (弁護士, 医師, 研究員, 竜王) and an age in brackets.
_PERSON_TAIL = re.compile(r"(?:[\u4e00-\u9fff]{0,5}?(?:士|師|員|王|家|手|者|人))?(?:[（(][0-9０-９]{1,3}[歳才]?[）)])?")
_SUBJECT = re.compile(r"(?:は|が|も|によると|によれば)[、，]?")
_CARRY = re.compile(r"^(?:同(?!日|月|年|時|様|じ|等|夜|朝|午)[\u4e00-\u9fff]{1,5}?|彼|彼女)(?:は|が|も)")
# 「…」と話すのは、北野高校の西川亮監督だ: the speaker named at the end of a cleft sentence
_CLEFT = re.compile(r"[」』]\s*と[^。「」]{1,12}?のは[、，]?")
_RUN_GAP = re.compile(r"[\s、，・]*")  # between two quotes of one run
_TOPIC = re.compile(r"(?<![でにとへ])は")  # a sentence's topic of its own (not では, には)
CARRY_BACK = 3  # sentences of the same passage a subject may be carried across
_ROLE_SUBJECT = re.compile(r"(?:^|[、，])([\u4e00-\u9fff]{0,6}(?:首相|大統領|長官|報道官|外相|大臣|知事|市長|社長|会長|監督|総裁))(?:は|が)")
_EMBEDDED = re.compile(r"について|に対し|をめぐ|に関し|を受け|ことを|ことに|ことについて|とした上で")
_EXPLICIT = re.compile(r"(?<![でにとへ])は|が|によると|によれば")  # a subject of the sentence's own, named or not


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of each sentence of `text`: 。！？ outside brackets end one."""
    out, start, depth = [], 0, 0
    for m in _MARKS.finditer(text):  # only the brackets and ends: the rest of the text is skipped in C
        ch, i = m.group(), m.start()
        if ch in "「『（(【":
            depth += 1
        elif ch in "」』）)】":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append((start, i + 1))
            start = i + 1
    if start < len(text):
        out.append((start, len(text)))
    return out


_MARKS = re.compile(r"[「『（(【」』）)】。！？!?]")


def bracketed(text: str) -> list[tuple[int, int]]:
    """[start, end) of each outermost 「…」 of `text`, brackets included (『』 inside stays inside), in order:
    those of a prefix of `text` are the ones that end in it."""
    out, depth, start = [], 0, 0
    for m in _QUOTE_MARKS.finditer(text):  # only the brackets: the rest of the text is skipped in C
        i = m.start()
        if m.group() == "「":
            if depth == 0:
                start = i
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                out.append((start, i + 1))
    return out


_QUOTE_MARKS = re.compile("[「」]")


def _clause_after(text: str, end: int, stop: int) -> str:
    """The words after a closing bracket, up to the sentence's end or the next quote."""
    nxt = text.find("「", end, stop)
    return text[end: nxt if nxt >= 0 else stop]


def is_quote(text: str, start: int, end: int, stop: int) -> bool:
    """Whether the bracketed run text[start:end] is someone's words rather than a term or title."""
    return quote_form(text, start, end, stop) is not None


def quote_form(text: str, start: int, end: int, stop: int) -> str | None:
    """How the bracketed run text[start:end] is shown to be words said: "said" (a listed verb of
    saying, a speaker in brackets, after a colon or named after と: any actor may speak), "reported"
    (と + any verb phrase closing the clause: only a person speaks), or None (a term or title)."""
    inner = text[start + 1: end - 1]
    after = _clause_after(text, end, stop)
    if _VOICE.match(text, end - 1) or _said_by_verb(text, end, after):
        return "said"
    if re.match(r"\s*[（(]", after) or _colon_before(text, start):
        return "said"
    named = re.match(r"\s*と[、，]?([^。「]{1,24})。", after)
    if named and len(inner) >= 6 and not re.search(r"[ぁ-ゟ]", re.sub("[はがもさんの]", "", named.group(1))):
        return "said"  # 「…」と田中氏。: a name (and title) alone after と
    if reported(text, end, after):
        return "reported"
    return None


def reported(text: str, end: int, after: str) -> bool:
    """「…」と + a verb phrase closing the clause (と肩を落とした, と同首相は続けた): words said, whatever the verb."""
    return (not _NOT_SAID.match(after) or bool(_SURU_SAID.match(after))) and closes_clause(after)


def _said_by_verb(text: str, end: int, after: str) -> bool:
    """「…」と + one of the listed verbs of saying (と述べた, と発表した), which any actor may speak."""
    if not _AFTER.match(text, end - 1) or not _SAY_RE.search(after[:30]):
        return False
    return not _NOT_SAID.match(after) or bool(_AS_SAID.match(after))


# 「…」として釈明した / として批判した: として, then at once a verb of saying (not 「…」として注目された)
_AS_SAID = re.compile(r"\s*として[、，]?(?:" + _SAY + ")")


def _colon_before(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in "：:"


class _Passage:
    """One passage with its speaker-capable mentions."""

    def __init__(self, text: str, mentions: Mentions, kinds: dict[str, str]) -> None:
        self.text, self.kinds = text, kinds
        self.mentions = [(a, s, e) for a, s, e in mentions if kinds.get(a) in SPEAKER_KINDS]
        self.persons = [(a, s, e) for a, s, e in mentions if kinds.get(a) == "person"]

    def outside_quotes(self, lo: int, hi: int) -> "_Passage":
        """This passage with only the mentions of text[lo:hi] that stand outside every 「…」 in it: a name
        inside quoted words (「田中被告が…」) is never the subject of the sentence that quotes them."""
        spans = [(s, e) for s, e in bracketed(self.text[lo:hi])]
        if not spans:
            return self
        inside = [(lo + s, lo + e) for s, e in spans]
        out = copy(self)
        out.mentions = [m for m in self.mentions if not any(s < m[1] < e for s, e in inside)]
        out.persons = [m for m in self.persons if not any(s < m[1] < e for s, e in inside)]
        return out

    def subject_at(self, a: str, e: int, lo: int, hi: int) -> int | None:
        """Where the particle after mention [.., e) ends, when the mention (with its title) is a subject."""
        at = e
        if self.kinds.get(a) == "person":  # 山本一郎裁判長は, 田中会長兼社長は: the titles the recognisers know
            while (t := PERSON_TITLE.match(self.text, at, hi)) is not None and t.end() > at:
                at = t.end()
        m = _TITLE.match(self.text, at, hi)
        at = m.end() if m else at
        if self.kinds.get(a) == "person":  # 森本健二弁護士は, 山田太郎さん（45）は
            at = _PERSON_TAIL.match(self.text, at, hi).end()  # type: ignore[union-attr]
        p = _SUBJECT.match(self.text, at, hi)
        return p.end() if p else None


def find_quotes(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str],
                headings: Collection[int] = ()) -> list[tuple[int, str, str | None]]:
    """Every quote of an article's passages: (passage index, quoted words, speaker actor id or None).

    `mentions[i]` are passage i's actor mentions (actor id, start, end), `kinds` each actor's kind;
    `headings`: the passages that are headings, whose 「…」 is a quote when the body quotes it.
    """
    out: list[tuple[int, str, str | None]] = []
    roles = _Roles(texts, mentions, kinds)  # a title seen right after an actor's name -> those actors
    headed = speaker_lines(texts, mentions, kinds)
    for k, text in enumerate(texts):
        if "「" in text:
            roles.upto = k
            passage = _Passage(text, mentions[k], kinds)
            spans = sentence_spans(text)
            quoted = bracketed(text)  # once a passage: a sentence's are those that end in it and start in it
            for si, (lo, hi) in enumerate(spans):
                before = ([(passage, spans[j]) for j in range(si - 1, max(-1, si - 1 - CARRY_BACK), -1)] if si
                          else _last_sentence(texts, mentions, kinds, k - 1))
                mine = [(start, end) for start, end in quoted if lo <= start and end <= hi]
                for n, (start, end) in enumerate(mine):
                    last = n  # 「…」「…」と述べた: a run of quotes shares the last one's form and speaker
                    while last + 1 < len(mine) and _RUN_GAP.fullmatch(text, mine[last][1], mine[last + 1][0]):
                        last += 1
                    form = quote_form(text, mine[last][0], mine[last][1], hi)
                    if k in headed and not form:  # the passage is one quote: the words of the person above
                        out.append((k, text[start + 1: end - 1], headed[k]))
                        continue
                    if not form and n == 0 and (who := _line_speaker(text[:start], _within(mentions[k], lo, start), kinds,
                                                                    lo)) is not None:
                        out.append((k, text[start + 1: end - 1], who))  # 矢口明子酒田市長「…」: a transcript's speaker
                        continue
                    if form:
                        speaker = _speaker(passage, spans[si], start, mine[last][1], roles, before, form == "reported")
                        if speaker and form == "reported" and kinds.get(speaker) != "person":
                            speaker = None  # 大阪府は「…」と胸を張った: an idiom of a person, not of a body
                        if speaker and said_to(text[mine[last][1]:hi]):
                            speaker = None  # 「…」と問われると、監督は…: words said to the subject, not by them
                        out.append((k, text[start + 1: end - 1], speaker))
    return _headline_quotes(texts, headings, out) if headings else out


_LINE_MARKS = re.compile(r"[■□●○◆◇▼▽◎【\s]*")
_AFFILIATION = re.compile(r"\s*(?:[（(][^（）()「」。]{1,24}[）)])?\s*[：:】]?\s*$")


def speaker_lines(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str]) -> dict[int, str]:
    """{passage index: person} for each passage that is nothing but a quote, in a run of such passages
    right under a line that is nothing but a person's name, title and affiliation (the comments of a
    match report or a press release: ■田中一郎監督（北浜FC）, ●山田社長：), the person's words."""
    out: dict[int, str] = {}
    speaker: str | None = None
    for k, text in enumerate(texts):
        t = text.strip(" 　。")
        if speaker is not None and t.startswith("「") and t.endswith("」") and len(bracketed(t)) == 1:
            out[k] = speaker
            continue
        speaker = _line_speaker(text, mentions[k], kinds) if "「" not in text else None
    return out


def _within(mentions: Mentions, lo: int, hi: int) -> Mentions:
    return [(a, s, e) for a, s, e in mentions if lo <= s and e <= hi]


def _line_speaker(text: str, mentions: Mentions, kinds: dict[str, str], lo: int = 0) -> str | None:
    """The person text[lo:] is made of: marks, the name, titles, an affiliation in brackets, a colon."""
    if len(text) - lo > 40:
        return None
    at = _LINE_MARKS.match(text, lo).end()  # type: ignore[union-attr]
    people = [(a, e) for a, s, e in mentions if s == at and kinds.get(a) == "person"]
    if not people:
        return None
    a, at = people[0]
    while (t := PERSON_TITLE.match(text, at)) is not None and t.end() > at:
        at = t.end()
    m = _TITLE.match(text, at)
    at = m.end() if m else at
    return a if _AFFILIATION.match(text, at) else None


def _headline_quotes(texts: Sequence[str], headings: Collection[int],
                     found: list[tuple[int, str, str | None]]) -> list[tuple[int, str, str | None]]:
    """A heading's 「…」 is a quote when the body quotes the same words (a film's title in a headline,
    which no one says in the body, is not), spoken by whom the body says, when it says one person."""
    said: dict[str, set[str | None]] = {}
    for k, words, speaker in found:
        if k not in headings:
            said.setdefault(words, set()).add(speaker)

    def speaker_of(words: str) -> tuple[bool, str | None]:
        if words in said:
            who = said[words]
        else:  # a headline shortens the words: a body quote that holds them
            who = set().union(*[v for w, v in said.items() if len(words) >= 6 and words in w
                                 and f"『{words}』" not in w])  # a title the speaker names
        return bool(who), (next(iter(who)) if len(who) == 1 else None)

    out = [q for q in found if q[0] not in headings]
    for k in sorted(headings):
        old = {words: speaker for j, words, speaker in found if j == k}
        for start, end in bracketed(texts[k]):
            words = texts[k][start + 1:end - 1]
            body, speaker = speaker_of(words)
            if words in old or body:
                out.append((k, words, old.get(words) or speaker))
    return sorted(out, key=lambda q: q[0])


def _last_sentence(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str],
                   k: int) -> list[tuple[_Passage, tuple[int, int]]]:
    """The last sentence of passage k (the sentence before the next passage's first), if any."""
    if k < 0:
        return []
    spans = sentence_spans(texts[k])
    return [(_Passage(texts[k], mentions[k], kinds), spans[-1])] if spans else []


class _Roles:
    """The actors seen with each title (石破茂首相 → 首相: 石破茂) in the passages before `upto`, looked
    up only when a sentence's subject is a bare title."""

    def __init__(self, texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str]) -> None:
        self.texts, self.mentions, self.kinds, self.upto = texts, mentions, kinds, 0

    def get(self, role: str, default: set[str]) -> set[str]:
        """The actors named with `role` right after their name."""
        out = set()
        for k in range(self.upto):
            text = self.texts[k]
            for a, s, e in self.mentions[k]:
                m = _ROLE_AFTER.match(text, e, e + 8)
                if m and m.group(1) == role and self.kinds.get(a) == "person":
                    out.add(a)
        return out or default


_ROLE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(首相|大統領|長官|報道官|外相|大臣|知事|市長|社長|会長|監督|総裁)")


def _speaker(p: _Passage, span: tuple[int, int], start: int, end: int, roles: _Roles,
             before_sentence: list[tuple[_Passage, tuple[int, int]]], strict: bool = False) -> str | None:
    """The actor who spoke the quote text[start:end], or None when the text does not say.

    `before_sentence`: the sentences before (their passage and span, nearest first), whose subject
    may carry over; `strict` (words reported by any verb, 「…」と報じた): a subject nearer the quote
    than the actor's, though no actor (一部メディアは), leaves the speaker unknown (with a verb of saying
    it is most often the words' topic: 会談は「良好だった」と投稿した).
    """
    text = p.text
    lo, hi = span
    if _VOICE.match(text, end - 1):
        return None
    p = p.outside_quotes(lo, hi)
    # 「…」（田中氏） and 「…」(田中氏)
    paren = re.match(r"\s*[（(]", text[end:hi])
    if paren:
        close = text.find("）" if text[end + paren.end() - 1] == "（" else ")", end)
        inside = [a for a, s, e in p.mentions if end < s and (close < 0 or e <= close)]
        if len(set(inside)) == 1:
            return inside[0]
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
        if right:
            a, s, e = right[0]
            t = _TITLE.match(text, e, hi)
            tail = text[t.end() if t else e: hi]
            if re.match(r"(?:は|が|も)?[、，]?[^「]*$", tail) and (not tail or tail[0] in "。はがも、，" or _SAY_RE.match(tail)):
                return a
        if _CARRY.match(text[at:hi]):  # 「…」と同首相は続けた
            return _previous_one(before_sentence, roles)
    cleft = _CLEFT.match(text, end - 1, hi)
    if cleft:  # 「…」と話すのは、…西川亮監督だ。
        last = [(a, s, e) for a, s, e in p.persons if cleft.end() <= s < hi]
        if last:
            a, s, e = last[-1]
            t = _TITLE.match(text, e, hi)
            if re.match(r"(?:だ|です|である)?[。．]?$", text[t.end() if t else e:hi].strip()):
                return a
        return None
    if not (_AFTER.match(text, end - 1) or _colon_before(text, start)):
        return None
    # X は「…」と述べた: the subjects before the quote in its sentence
    subjects = []
    for a, s, e in p.mentions:
        if lo <= s and e <= start:
            particle = p.subject_at(a, e, lo, start)
            if particle is not None:
                subjects.append((a, s, particle))
    # 田中氏の「…」という発言
    if not subjects and before:
        a, s, e = before[-1]
        t = _TITLE.match(text, e, start)
        if text[t.end() if t else e:start] == "の":
            return a
    if any(p.kinds[a] != "country" for a, _, _ in subjects):
        subjects = [x for x in subjects if p.kinds[x[0]] != "country"]  # 米国は, inside a person's words
    distinct = {a for a, _, _ in subjects}
    if len(distinct) == 1:
        between = re.sub(r"「[^」]*」|『[^』]*』", "", text[subjects[-1][2]:start])
        if strict and has_subject(between):
            return None  # トランプ氏は…、一部メディアは「…」と報じた: a nearer subject, no actor
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
    # 同氏は「…」: the one person of the sentence before
    if _CARRY.match(head.lstrip("　 ")):
        return _previous_one(before_sentence, roles)
    plain = re.sub(r"「[^」]*」|『[^』]*』", "", head)  # the sentence's own words before the quote
    if not _EXPLICIT.search(_role_free(plain, roles)):
        titled, role = _role_holder(plain, roles)
        if titled:  # 首相は「…」: the one actor seen with that title
            return role if role and not any(a != role for a, s, e in p.persons if lo <= s < hi) else None
    # 「…」と述べた with no subject: carried from the sentence before, when one actor fits
    said = re.search(r"[」』]\s*(?:と|って)(?:[、，]?\s*)(?:" + _SAY + ")", text[end - 1:hi]) or closes_clause(text[end:hi])
    own_subject = _EXPLICIT.search(re.split(r"[、，。]", text[end:hi])[0])  # 「…」と住民は肩を落とした
    if not others and not _EXPLICIT.search(plain) and said and not own_subject:
        return _previous_one(before_sentence, roles)
    return None


def _role_free(plain: str, roles: _Roles) -> str:
    """`plain` without a bare title subject (首相は), which `_role_holder` resolves."""
    role = _ROLE_SUBJECT.search(plain)
    return plain[:role.start()] + plain[role.end():] if role else plain


def _role_holder(head: str, roles: _Roles) -> tuple[bool, str | None]:
    """(whether `head` has a subject that is a bare title (首相は), the one actor seen with that title
    or None when several or none were)."""
    role = _ROLE_SUBJECT.search(head)
    if not role:
        return False, None
    holders = roles.get(_role_of(role.group(1)), set())
    return True, (next(iter(holders)) if len(holders) == 1 else None)


def _role_of(phrase: str) -> str:
    m = re.search(r"(首相|大統領|長官|報道官|外相|大臣|知事|市長|社長|会長|監督|総裁)$", phrase)
    return m.group(1) if m else phrase


def _previous_one(before: list[tuple[_Passage, tuple[int, int]]], roles: _Roles) -> str | None:
    """The subject of the sentence before, when it has one speaker-capable subject and names no other
    person. A sentence that names no actor and has no topic of its own (序盤から苦しい展開が続いた, or
    words carried the same way: 「…」と述べた) is passed over to the one before it in the passage."""
    for p, (lo, hi) in before:
        subjects = {a for a, s, e in p.mentions if lo <= s < hi and p.subject_at(a, e, lo, hi) is not None}
        persons = {a for a, s, e in p.persons if lo <= s < hi}
        if subjects or persons:
            return next(iter(subjects)) if len(subjects) == 1 and persons <= subjects else None
        titled, holder = _role_holder(p.text[lo:hi], roles)
        if titled:
            return holder
        own = re.sub(r"「[^」]*」|『[^』]*』", "", p.text[lo:hi])  # the sentence's words outside its quotes
        if _TOPIC.search(own) or ("が" in own and own != p.text[lo:hi]) or "（" in own or "(" in own:
            return None  # 住民は不安を訴えた / 「…」と声が上がった: someone else may be speaking
    return None
