"""Who the sentence right after words alone says spoke them: 「…」。中野監督はこう振り返った (こう / そう and a verb of
saying), 「…」。そう語るのは西田選手だ (the person after のは), 「…」。そう語る山田さんは (the person the telling
describes); and whether that sentence's subject is someone known
by an age or a note only (避難所で暮らす女性（80）は…), who may have said them.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from .forms import SAY
from .titles import title_end

if TYPE_CHECKING:
    from .passage import Passage

NOTE_SUBJECT = re.compile(r"[）)](?:は|が|も)")  # 女性（80）は: a person known by an age or a note in brackets


def unnamed_subject_in(p: "Passage", span: tuple[int, int]) -> bool:
    """Whether the sentence text[span] has, outside its quotes, a subject that is a person known by an age or a
    note in brackets (避難所で暮らす女性（80）は…): words alone before it may be theirs."""
    lo, hi = span
    return bool(NOTE_SUBJECT.search(re.sub(r"「[^」]*」|『[^』]*』", "", p.text[lo:hi])))


_SO_SAID = re.compile(r"(?:こう|そう|このように|次のように)(?=[^。「」]{0,8}?(?:" + SAY + "))")
_CLEFT_AFTER = re.compile(r"のは[、，]?")
# そう語る, こう話した: a telling that describes the noun right after it (a verb's form that ends a clause)
_TOLD_BY = re.compile(r"(?:こう|そう)(?:" + SAY + r")[^。「」、]{0,4}?(?<=[るたすう])")


def next_says(p: "Passage", span: tuple[int, int]) -> tuple[bool, str | None]:
    """After a quote that makes a sentence of its own, a sentence that says who said it with こう / そう
    (「…」。中野監督はこう振り返った; 「…」。そう語るのは西田選手だ): (whether the sentence says so, its one
    speaker-capable subject or the person after のは, None when it names no one such or several)."""
    lo, hi = span
    m = _SO_SAID.search(p.text, lo, hi)
    if m is None:
        return False, None
    cleft = _CLEFT_AFTER.search(p.text, m.end(), hi)
    at = {a for a, s, e in p.persons if m.start() == lo < s <= lo + 12 and _TOLD_BY.fullmatch(p.text, lo, s)}
    if at and not cleft:  # そう語る山田太郎さん（80）の表情は明るい: the one the telling describes
        others = {a for a, s, e in p.persons if lo <= s < hi} - at
        return True, (next(iter(at)) if len(at) == 1 and not others else None)
    if cleft:
        named = {a for a, s, e in p.persons if cleft.end() <= s < hi}
    else:
        named = {a for a, s, e in p.mentions if lo <= s < m.start() and p.subject_at(a, e, lo, m.start()) is not None}
        if any(a not in named and not _spoken_of(p, e, hi) for a, s, e in p.persons if lo <= s < hi):
            return True, None  # another person in the sentence (but the one the words are about: 千夏さんをそう評する)
        if not named and not re.search(r"(?<![でにとへ])は|が|も", p.text[lo:hi]):
            return False, None  # 「…」。こう語った: no subject of its own, the sentence before says who
    return True, (next(iter(named)) if len(named) == 1 else None)


# 千夏さんをそう評する, 後輩についてこう語る: the one the words are about, whom the telling acts on (not passive:
# 監督にそう言われた tells who said them)
_SPOKEN_OF = re.compile(r"(?:を|について|のことを)[、，]?(?:こう|そう)")
_PASSIVE = re.compile(r"(?:れ|られ)(?:た|る|て)")


def _spoken_of(p: "Passage", e: int, hi: int) -> bool:
    """Whether the person ending at `e` is the one the words are about in a telling not in the passive."""
    at = title_end(p.text, e, hi, True)
    m = _SPOKEN_OF.match(p.text, at, hi)
    return m is not None and _PASSIVE.search(p.text, m.end(), hi) is None


def told_back(texts: Sequence[str], headings: Collection[int], k: int) -> bool:
    """Whether the passage after k opens with そう, which points back to the words before it (そう話すのは…だ), with a
    sentence whose subject says so (…を営む岡崎正夫さん（66）は、そう話す), or with a sentence that sets the scene and one
    that says so (盛岡市の商店街にある「佐久間時計店」。…はそう言った); こう
    points on to the words after it."""
    if k + 1 >= len(texts) or k + 1 in headings:
        return False
    text = texts[k + 1].lstrip(" 　")
    if text.startswith("そう") or _SUBJECT_SO.search(text.split("。")[0]):
        return True  # (…を営む岡崎正夫さん（66）は、そう話す。)
    return (scene := SCENE.match(text)) is not None and "そう" in text[scene.end():].split("。")[0]


# A subject, then そう and a verb of saying, in the sentence after words alone (…さん（66）は、そう話す): they are theirs
_SUBJECT_SO = re.compile(r"[はがも][、，]?\s*そう(?=" + SAY + ")")
# A sentence that sets the scene in nouns (盛岡市の商店街にある「佐久間時計店」。): no subject, ending on a noun or a name
SCENE = re.compile(r"[^。はがも「」]{2,40}?(?:[\u4e00-\u9fffァ-ヺー]|「[^「」。]{1,20}」)。")


_ISSUED = re.compile(r"声明|コメント|談話|文書|書面|発表|見解|こう|次のよう|以下のよう")


def issued_before(before: Sequence[tuple["Passage", tuple[int, int]]]) -> bool:
    """Whether the sentence right before words alone tells of a statement issued or words that follow (同社は次のような
    コメントを出した。「…」): a body's words, which it gives in a statement, not in words alone."""
    if not before:
        return False
    p, (lo, hi) = before[0]
    return _ISSUED.search(re.sub(r"「[^」]*」", "", p.text[lo:hi])) is not None
