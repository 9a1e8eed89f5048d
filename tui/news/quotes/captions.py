"""Broadcast pages print the speaker's caption as a line of its own above the words: the body or calling, a space,
then the name with its title (日本銀行 植田総裁, 民政党 野口代表, 漁業者 浜田勝さん, or the name alone: 佐久間首相),
and under it a paragraph that is nothing but the words 「…」. The words are that person's, as a match report's
speaker lines (`quotes.lines`) are, which join the body to the name with ・ instead of a space.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .forms import bracketed
from .lines import LINE_MAX, QUESTION
from .passage import Mentions
from .titles import title_end

# Before the name: one or two words of a body or a calling, each ended by a space (日本銀行 , 漁業者 , 立憲民主党 ).
_BEFORE = re.compile(r"(?:[^\s「」『』。、，：:（）()]{1,16}[ 　]+){1,2}")
_AGE = re.compile(r"\s*(?:[（(][0-9０-９]{1,3}[歳才]?[）)])?\s*$")


def caption_speaker(text: str, mentions: Mentions, kinds: dict[str, str]) -> str | None:
    """The person a caption line names: words of a body or a calling and a space before the name (or none), the
    name and its title ending the line (an age in brackets aside); None for any other line."""
    line = text.rstrip(" 　")
    if len(line) > LINE_MAX or "「" in line or not mentions:
        return None
    before = _BEFORE.match(line)
    at = before.end() if before else 0
    if before and re.search(r"[ぁ-ゟ]$", before.group().rstrip(" 　")):
        return None  # …について 野口代表: a phrase, not a body or a calling
    people = {a for a, s, e in mentions if kinds.get(a) == "person"}
    for a, s, e in mentions:
        if s == at and a in people and len(people) == 1 and _AGE.match(line, title_end(line, e, len(line), True)):
            return a
    return None


def captioned(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str], opened: Collection[int],
              headed: dict[int, str]) -> dict[int, str]:
    """`headed` (the passages of words under a speaker's line) with those under a caption line: each passage that is
    nothing but one 「…」 (or words left open to the next), in a run right under the caption, an interviewer's
    questions passed over."""
    if not any(text[:2].lstrip(" 　").startswith("「") for text in texts):
        return headed  # (no paragraph opens with words: no caption gives any)
    out = dict(headed)
    speaker: str | None = None
    for k, text in enumerate(texts):
        t = text.strip(" 　。")
        if speaker is not None and t.startswith("「") and (
                (t.endswith("」") and len(bracketed(t)) == 1) or (k in opened and "」" not in t)):
            out.setdefault(k, speaker)
            continue
        if speaker is not None and QUESTION.match(text):
            continue
        speaker = caption_speaker(text, mentions[k], kinds) if "「" not in text else None
    return out
