"""What kind of block each remaining line becomes: heading, paragraph, summary, keypoint, table, list, quote."""

from __future__ import annotations

import re
import unicodedata

from .page import Line, Page
from .text import HEADING_MAX, YEAR_WORDS, first_sentence, is_heading_like, norm, strip_marks

TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
ARROW = re.compile(r"^[↓⬇▼⇩︙⋮]$")
BULLET = re.compile(r"^(?:[-*+・•●◦▪■◆◇□○]|▶|►)\s*")
_MD_HEADING = re.compile(r"^(#{1,6})\s*(.*?)\s*#*$")
_NUMBERED = re.compile(r"^(?:\d{1,2}[.)．）]\s*|[①-⑳]\s*|[(（]\d{1,2}[)）]\s*)")
_SECTION = re.compile(r"^(?:\d{1,2}[.．]\s*|[①-⑳]\s*|第[0-9一二三四五六七八九十]+[章節部]\s*|Chapter\s*\d+)")
_QUOTE = re.compile(r"^[>＞]\s?")
_CHAPTER = re.compile(r"^\d|^第|^Chapter")  # a section numbered at its start, or a chapter: a heading of rank 2
# What these patterns can start with (besides a digit, `\d`, which `str.isdecimal` tells):
# a line that starts otherwise is not tried against them.
_QUOTE_FIRST, _BULLET_FIRST = ">＞", "-*+・•●◦▪■◆◇□○▶►"
_NUMBERED_FIRST = "(（" + "".join(map(chr, range(ord("①"), ord("⑳") + 1)))
_SECTION_FIRST = "第C" + _NUMBERED_FIRST[2:]
# A timeline step: a mark (▽, ↓, ・) then a date, then what happened (▽1月23日　国会召集).
_DATED_STEP = re.compile(rf"^(?:(?:19|20)\d\d\s*年\s*|(?:{'|'.join(YEAR_WORDS)})\s*)?\d{{1,2}}\s*月\s*\d{{1,2}}\s*日"
                         r"|^(?:19|20)\d\d\s*年\s*\d{1,2}\s*月(?!\s*\d+\s*日)|^(?:19|20)\d\d[/.\-]\d{1,2}[/.\-]\d{1,2}")
_DAY_STEP = re.compile(r"^(?:\d{1,2}\s*日(?![間目後前])|同\d{0,2}日|翌日|前日)\S{0,14}[\s、]+\S")  # a day alone (or the day
# the step before names: ▽同日午後11時　…), then what happened that day
_SAME_DAY = ("同日", "翌日", "前日", *(f"同{d}" for d in "123０１２３"))  # (▽同11日（日）　…: a day of the step above's month)
# An interviewer's line: a dash or two, then words (――次の目標は。); a rule of dashes alone is none.
_DASH_FIRST = "―—─－"
_ASKED = re.compile(r"^[―—─－]{1,3}\s*[^―—─－\s]")
_CLOSING_MARKS = re.compile(r"[\s■◆◇□▶►]+$")  # the marks a heading's name is set between: ◇◆◇平田選手◇◆◇
_SAID = re.compile(r"「[^「」]*(?:「[^「」]*」[^「」]*)*」[。．]?")  # a line of one utterance in brackets: words said
_SUMMARY_MARK = "✅"
_KEYPOINT_MARK = "💡"


def type_lines(page: Page) -> None:
    """Give every line no rule removed its kind (and a heading its level); tables and timelines first."""
    _mark_tables(page)
    _type_each(page)
    _timeline_items(page)


def headline(page: Page) -> str:
    """The article's title; the first remaining line becomes the level-1 heading when it is the title."""
    title = page.doc.title
    for line in page.lines:
        if not line.removed:
            if title and norm(title) == norm(line.text):
                line.kind, line.level = "heading", 1
                return line.text
            if title:
                return title.strip()
            if len(page.live()) == 1 or _is_prose(line.text):
                # One line or a paragraph of sentences: the text stays the body, its first sentence titles it.
                line.kind = "paragraph"
                return first_sentence(line.text)
            if len(line.text) <= 200:
                line.kind, line.level = "heading", 1
                return line.text
            return line.text[:80] + "…"
    return (title or "").strip()


def _is_prose(text: str) -> bool:
    """Whether a line is sentences, not a headline: a full stop ends a sentence before its end."""
    return "。" in text.rstrip("。」』）)")


def _type_each(page: Page) -> None:
    live = page.live()
    last = len(live) - 1
    for n, line in enumerate(live):
        t = line.text
        c0 = t[:1]
        if len(t) > HEADING_MAX and ("\u3041" <= c0 <= "\u30fa" or "\u4e00" <= c0 <= "\u9fff") and not line.table:
            # Most lines: running text, too long for a heading, opening with kana or a kanji (no mark, bullet, number,
            # date or quote opens it: `strip_marks` would only strip it).
            line.kind, line.text = "paragraph", t.strip() or t
            continue
        nxt = live[n + 1].text if n < last else ""
        prev = live[n - 1] if n else None
        body = strip_marks(t)
        if c0 == "#" and (m := _MD_HEADING.match(t)):
            line.kind, line.level, line.text = "heading", min(len(m[1]) + 1, 4), m[2]
        elif t.startswith(_SUMMARY_MARK):
            # A ✅ line is a summary bullet, unless it titles the paragraph below it.
            if is_heading_like(body) and not nxt.startswith((_SUMMARY_MARK, _KEYPOINT_MARK)):
                line.kind, line.level = "heading", 3
            else:
                line.kind = "summary"
        elif t.startswith(_KEYPOINT_MARK):
            line.kind = "keypoint"
        elif c0 in _DASH_FIRST and _ASKED.match(t):
            line.kind = "paragraph"  # an interviewer's words (――次の目標は。): a paragraph, its dash kept
            continue
        elif c0 in _QUOTE_FIRST and _QUOTE.match(t):
            line.kind, line.text = "quote", _QUOTE.sub("", t)
        elif line.table:
            line.kind = "table"
        elif ((c0 in _NUMBERED_FIRST or c0.isdecimal()) and _numbered_run(t, nxt)) or (
                prev is not None and prev.kind == "list" and _numbered_run(prev.text, t)):
            line.kind = "list"
        elif (c0 in _SECTION_FIRST or c0.isdecimal()) and _SECTION.match(t) and is_heading_like(t):
            line.kind, line.level = "heading", 2 if _CHAPTER.match(t) else 3
        elif c0 in _BULLET_FIRST and BULLET.match(t) and not t.startswith(("■", "◆", "□", "◇")):
            line.kind = "list"
        elif ((not _no_digit_first(body[:1]) or body.startswith(YEAR_WORDS) or body.startswith(_SAME_DAY)) and _dated_step(t)
              and (body != t or _dated_step(nxt) or (prev is not None and _dated_step(prev.text)))):
            line.kind, line.text = "list", body  # a step of a timeline: every step is one, the last too
        elif t.startswith(("■", "◆", "□", "◇", "▶", "►")) and is_heading_like(t):
            line.kind, line.level, line.text = "heading", 3, _CLOSING_MARKS.sub("", BULLET.sub("", t))  # ◇◆◇名前◇◆◇
        elif body != t and 0 < len(body) <= 20 and not nxt.startswith(body):
            line.kind, line.level = "heading", 2  # a mark-led short line: "🚩 結論!"
        elif (
            _is_question(t) and len(t) <= HEADING_MAX and prev is not None and prev.kind == "heading"
            and nxt and len(nxt) <= HEADING_MAX and not _is_question(nxt)
        ):
            line.kind, line.level = "heading", 3  # a question under a heading, with its short answer
        elif prev is not None and prev.kind == "heading" and prev.level == 3 and _is_question(prev.text) and len(t) <= HEADING_MAX:
            line.kind = "paragraph"  # the answer to the question above
        elif is_heading_like(t) and not _is_question(t) and nxt and not _SAID.fullmatch(t) and not _timeline_follows(page, line):
            line.kind, line.level = "heading", 2
        else:
            line.kind = "paragraph"
        if line.kind in ("heading", "paragraph", "summary", "keypoint"):
            line.text = (body if line.text is t else strip_marks(line.text)) or line.text


def _dated_step(text: str) -> bool:
    """A line that opens with a date, then what happened (1月23日　国会召集, 2019年5月　…, 同年12月20日　…), marked or
    not."""
    body = strip_marks(text)
    if _no_digit_first(body[:1]) and not body.startswith(YEAR_WORDS) and not (text != body and body.startswith(_SAME_DAY)):
        return False  # most lines: a step opens with a digit (in NFKC)
    t = unicodedata.normalize("NFKC", body)
    m = _DATED_STEP.match(t) or (_DAY_STEP.match(t) if text != body else None)  # (▽14日　…: a day alone under a mark)
    return m is not None and (text != body or t[m.end():m.end() + 1].isspace())


def _no_digit_first(c: str) -> bool:
    """Whether a text opening with `c` surely does not open with a digit in NFKC: `c` is an ASCII character other
    than a digit, kana or a kanji (none of them decomposes, nor composes with what follows, into a digit)."""
    return not c or "\u3040" < c < "\u3100" or "\u4e00" <= c <= "\u9fff" or (c < "\x80" and not c.isdigit())


def _numbered_run(a: str, b: str) -> bool:
    """Two consecutive lines numbered in the same style make a list."""
    if not (a[:1] in _NUMBERED_FIRST or a[:1].isdecimal()):
        return False
    ma, mb = _NUMBERED.match(a), _NUMBERED.match(b)
    if not (ma and mb):
        return False
    return _number_style(ma.group(0)) == _number_style(mb.group(0))


def _number_style(mark: str) -> str:
    return _NUMBERS.sub(lambda m: "c" if "①" <= m.group(0)[0] <= "⑳" else "d", mark.strip())


_NUMBERS = re.compile(r"\d+|[①-⑳]")


def _is_question(text: str) -> bool:
    return text.endswith(("?", "？"))


def _mark_tables(page: Page) -> None:
    """Runs of `a | b` lines are a table when they carry a rule row or share a column count."""
    run: list[Line] = []  # the lines of a table's rows in a row (a removed layout line, a rule row, among them)
    for x in [*page.lines, None]:
        if x is not None and "|" in x.text and x.removed in (None, "layout"):
            run.append(x)
            continue
        if run:
            rows = [y for y in run if not TABLE_RULE.match(y.text)]
            counts = {len(y.text.strip().strip("|").split("|")) for y in rows}
            if rows and (len(rows) < len(run) or (len(rows) >= 3 and len(counts) == 1 and counts != {1})):
                for y in rows:
                    y.table = True
            run = []


def _timeline_follows(page: Page, line: Line) -> bool:
    i = line.idx
    return i + 1 < len(page.lines) and bool(ARROW.match(page.lines[i + 1].text))


def _timeline_items(page: Page) -> None:
    """Lines joined by arrow lines are one timeline: a list."""
    lines = page.lines
    for i, line in enumerate(lines):
        if line.removed == "layout" and ARROW.match(line.text):
            for j in (i - 1, i + 1):
                if 0 <= j < len(lines) and not lines[j].removed:
                    lines[j].kind = "list"
