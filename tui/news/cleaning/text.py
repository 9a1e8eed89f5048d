"""Text helpers every stage of the cleaner shares: comparing lines, dates, marks, headline shapes."""

from __future__ import annotations

import functools
import re
import unicodedata

_DATE = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*(?:[/\-.]|年)\s*(?P<m>\d{1,2})\s*(?:[/\-.]|月)\s*(?P<d>\d{1,2})"
)
# Leading white space, symbols, arrows and emoji: the marks a line may open with.
MARKS = re.compile(r"^[\s\u2000-\u2BFF\U0001F000-\U0001FAFF\uFE0F\u200D]+")
SENTENCE_END = re.compile(r"[。．.!！]$")

HEADING_MAX = 40  # a headline in Japanese rarely runs longer; sentences do
TITLE_MAX = 60  # a title drawn from the text is cut to this many characters, the ellipsis included
_SENTENCE = re.compile(r"^.*?(?:[。！？!?](?![」』）)])|[。！？!?][」』）)]+|$)")


def norm(text: str) -> str:
    """Normalise text for comparison: NFKC, no white space, lower case."""
    return squeeze(unicodedata.normalize("NFKC", text))


def squeeze(nfkc: str) -> str:
    """`norm` of text already in NFKC."""
    return "".join(nfkc.split()).lower()  # str.split and `\s` agree on what white space is


def parse_date(text: str) -> str | None:
    """The first date in `text` as YYYY-MM-DD, else None."""
    m = _DATE.search(unicodedata.normalize("NFKC", text))
    if not m:
        return None
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def first_sentence(text: str, limit: int = TITLE_MAX) -> str:
    """The first sentence of `text`, without its full stop; when longer than `limit`, cut at a
    phrase boundary (BudouX) and ended with an ellipsis."""
    sentence = _SENTENCE.match(text.strip())[0].strip()
    sentence = sentence.removesuffix("。").removesuffix("．").strip() or text.strip()
    if len(sentence) <= limit:
        return sentence
    cut = 0
    for end in _phrase_ends(sentence):
        if end > limit - 1:
            break
        cut = end
    if cut < limit // 2:  # no boundary in reach: the last comma, else a hard cut
        comma = sentence.rfind("、", 0, limit - 1)
        cut = comma if comma >= limit // 2 else limit - 1
    return sentence[:cut].rstrip("、， ") + "…"


@functools.cache
def _budoux():
    import budoux  # here: only a title drawn from the text needs it

    return budoux.load_default_japanese_parser()


def _phrase_ends(text: str) -> list[int]:
    ends, at = [], 0
    for phrase in _budoux().parse(text):
        at += len(phrase)
        ends.append(at)
    return ends


def strip_marks(text: str) -> str:
    """`text` without the marks it opens with (`MARKS`) and without outer white space."""
    c = text[:1]
    if (c < "\u2000" and not c.isspace() and c) or ("\u2bff" < c < "\U0001f000" and c not in "\u3000\ufe0f"):
        return text.strip()  # the usual line: its first character is no mark (tested against MARKS)
    return MARKS.sub("", text).strip()


def is_heading_like(text: str) -> bool:
    """Whether `text` is short and unpunctuated enough to be a headline rather than a sentence."""
    t = text.strip()
    return (
        0 < len(t) <= HEADING_MAX
        and "。" not in t
        and not SENTENCE_END.search(t)
        and not t.endswith(("、", "，", ","))
    )
