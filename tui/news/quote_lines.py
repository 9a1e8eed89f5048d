"""Quotes whose speaker is a line of their own: the comments of a match report or a press release print
the speaker's line (■田中一郎監督（北浜FC）, ●山田社長：) and then the words, each paragraph one quote;
a transcript opens the sentence with the name and title right before the words (矢口明子酒田市長「…」).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .quote_forms import bracketed
from .quote_speakers import Mentions, title_end

_LINE_MARKS = re.compile(r"[■□●○◆◇▼▽◎【\s]*")
# a role or a team before the name: ■主将・吉岡翔, ヤクルト・高津監督「…」
_PREFIX = re.compile(r"(?:[\u4e00-\u9fff]{1,4}|[ァ-ヺー]{2,8})・")
# after the name and titles: an affiliation in brackets, a comment's heading (◆阿部監督の話), a colon
_AFFILIATION = re.compile(r"\s*(?:[（(][^（）()「」。]{1,24}[）)])?\s*(?:の話|の談話)?\s*[：:】]?\s*$")
LINE_MAX = 40  # a speaker's line is short: a name, titles, an affiliation
QUESTION = re.compile(r"\s*(?:―|—|─|－|Q[:：.．]|Ｑ[:：.．]|問[:：])")  # an interviewer's line: ――次は第1シードとの対戦です。


def speaker_lines(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str]) -> dict[int, str]:
    """{passage index: person} for each passage that is nothing but a quote, in a run of such passages
    right under a line that is nothing but a person's name, title and affiliation: the person's words.
    An interviewer's questions may stand between them (◇平田選手, ――…, 「…」, ――…, 「…」)."""
    out: dict[int, str] = {}
    speaker: str | None = None
    for k, text in enumerate(texts):
        t = text.strip(" 　。")
        if speaker is not None and t.startswith("「") and t.endswith("」") and len(bracketed(t)) == 1:
            out[k] = speaker
            continue
        if speaker is not None and QUESTION.match(text):
            continue
        speaker = line_speaker(text, mentions[k], kinds) if "「" not in text else None
    return out


def line_speaker(text: str, mentions: Mentions, kinds: dict[str, str], lo: int = 0) -> str | None:
    """The person text[lo:] is made of (marks, the name, titles, an affiliation in brackets, a colon), if any."""
    if len(text) - lo > LINE_MAX:
        return None
    at = _LINE_MARKS.match(text, lo).end()  # type: ignore[union-attr]
    prefix = _PREFIX.match(text, at)
    for start in (at, prefix.end()) if prefix else (at,):  # ジョン・スミス is a name, ヤクルト・ a team
        people = [(a, e) for a, s, e in mentions if s == start and kinds.get(a) == "person"]
        if people:
            a, e = people[0]
            return a if _AFFILIATION.match(text, title_end(text, e, len(text), True)) else None
    return None
