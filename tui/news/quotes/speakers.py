"""Who spoke a quote, read from the text alone: the subject (X は / X が) of the quote's sentence, the
speaker after と, in brackets or before the colon; a subject carried from the sentence before, or
同氏 / a bare title (首相は), only when one actor fits. Otherwise None: a quote given to the wrong
person is worse than a quote given to no one.

`speaker` reads the sentence in steps, each in the module of its shape: a name beside the words (`beside`), the
subjects of the sentence (`subjects`), and, when it names no actor as its subject, a body, a title or the one
carried from the sentence before (`unnamed`, `previous`). The first step that knows the sentence's shape decides.
"""

from __future__ import annotations

from .beside import BESIDE, described_apposed, owned_words, voice_of_no_one
from .clauses import note_start
from .forms import AFTER, colon_before
from .given import giver
from .leads import led_by
from .passage import Passage, QuoteAt
from .roles import Roles, role_holder
from .subjects import clause_speaker, subject_speaker
from .unnamed import unnamed_speaker
from .vox import described_in_brackets


def speaker(p: Passage, span: tuple[int, int], start: int, end: int, roles: Roles,
            before_sentence: list[tuple[Passage, tuple[int, int]]], strict: bool = False) -> str | None:
    """The actor who spoke the quote text[start:end], or None when the text does not say.

    `before_sentence`: the sentences before (their passage and span, nearest first), whose subject
    may carry over; `strict` (words reported by any verb, 「…」と報じた): a subject nearer the quote
    than the actor's, though no actor (一部メディアは), leaves the speaker unknown (with a verb of saying
    it is most often the words' topic: 会談は「良好だった」と投稿した).
    """
    lo, hi = note_start(p.text, span[0], start), span[1]  # （注：総理は…「…」と発言）: the note's own subject
    given, giving = giver(p, lo, start, end, hi)  # 監督から「…」と言われた, 恩師から贈られた「…」という言葉
    if given:
        return giving
    owned, owner = owned_words(p, lo, hi, start, end, roles)  # 首相の「…」という言葉を引き
    if owned:
        return owner
    q = QuoteAt(p.outside_quotes(lo, hi), lo, hi, start, end)
    described = described_in_brackets(q)  # 「…」（横浜市の会社員、今井美穂さん、26）との声
    if described is not None:
        return described
    apposed, who = described_apposed(q)  # 「…」と話す市内の主婦、三上和江さん（79）は
    if apposed:
        return who
    clause, who = clause_speaker(q, roles)  # 首相が「…」と述べた財源について: the clause's subject
    if clause:
        return who
    if voice_of_no_one(p.text, end, hi):
        return None  # 「…」との声が上がった, 「…」と話す妻, 「…」という放送を流す: no one named
    for step in BESIDE:
        decided, who = step(q, roles, before_sentence)
        if decided:
            return who
    if not (AFTER.match(p.text, end - 1) or colon_before(p.text, start)):
        return None
    if colon_before(p.text, start) and (titled := _titled_line(p, start, roles)) is not None:
        return titled  # 知事：「…」: a press conference's answer line under a bare title, its one holder
    decided, who = subject_speaker(q, roles, strict)
    return who if decided else unnamed_speaker(q, roles, before_sentence)


def elided_speaker(p: Passage, lo: int, start: int) -> str | None:
    """宮本さんは「…」。: the person whose subject particle stands right before a quote that ends its
    sentence with no verb, or the one a line of comments opens with (西港・大友浩二監督　…し、「…」。); None when no
    person does (テーマは「共生」。 is a term, not words said)."""
    for a, s, e in p.persons:
        if lo <= s and e <= start and p.subject_at(a, e, lo, start) == start and p.text[start - 1] in "はが":
            return a
    return led_by(p.outside_quotes(lo, start), lo, start)  # 西港・大友浩二監督　…し、「…」。


def _titled_line(p: Passage, start: int, roles: Roles) -> str | None:
    """The one holder of the bare title a line opens with before its colon (知事：「…」 after 高梨康弘知事 was named),
    else None: no title there, a name there, or a title several hold."""
    at = p.text.rfind("\n", 0, start) + 1
    head = p.text[at:start - 1].strip(" 　▽◇・")
    if not head or len(head) > 8 or any(at <= s < start for _, s, _ in p.mentions):
        return None
    decided, who = role_holder(head + "は", roles)
    return who if decided else None
