"""A page of one-line comments opens each paragraph with the player or manager (their club joined by ・ before them)
and a space, then tells what they did, then gives their words: 北浜・松永隼人　九回に逆転の二塁打。「…」, or in one
sentence, 西港・大友浩二監督　継投が裏目に出て3連敗し、「…」。 The words are those of the person the paragraph opens with.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .roles import ROLE_SUBJECT as _ROLE_SUBJECT
from ..reporting import has_also_subject
from .titles import title_end

if TYPE_CHECKING:
    from .passage import Passage

# Before the name: marks or spaces, and a club, company or place joined by ・ (北浜・, 西港・)
_MARKS = re.compile(r"[■□●○◆◇▼▽◎\s]*")
_CLUB = re.compile(r"[^\s・･「」『』。、，：:（）()]{1,14}[・･]")
_SPACE = re.compile(r"[ 　]+(?=[^\s「」])")  # then a space, and the words that tell of them (not the words said)


def led_by(p: "Passage", lo: int, hi: int) -> str | None:
    """The person passage p opens with, their club and ・ before them at most, whose name and title a space ends
    before the sentence text[lo:hi] (the passage's first) goes on (北浜・松永隼人　九回に…); None for a passage that
    opens otherwise, or a sentence with another subject: a person (吉村監督が), a bare title (監督は), a noun with
    も (仲間も)."""
    text = p.text
    if text[:lo].strip(" 　"):
        return None
    at = _MARKS.match(text).end()  # type: ignore[union-attr]
    club = _CLUB.match(text, at)
    starts = {at, club.end()} if club else {at}
    led = next(((a, e) for a, s, e in p.persons if s in starts), None)
    if led is None:
        return None
    end = title_end(text, led[1], hi, True)
    while end > led[1] and text[end - 1] in " 　":
        end -= 1  # (a title's pattern may take the space after the name)
    if not _SPACE.match(text, end):
        return None
    plain = re.sub(r"「[^」]*」", "", text[end:hi])
    if _ROLE_SUBJECT.search(plain) or ("も" in plain and has_also_subject(plain)) or any(a != led[0] and lo <= s < hi and p.subject_at(a, e, lo, hi) is not None
                                          for a, s, e in p.persons):
        return None  # 北浜・松永隼人　九回に逆転打、吉村監督が「…」 / 仲間も「…」: another speaks
    return led[0]
