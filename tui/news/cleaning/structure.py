"""What of a page stays by its structure, whatever the classifier scores it: the title and headline, Markdown
headings, table rows, numbered runs and sections, timeline steps, runs of label-value lines, box scores, dated
captions, sentences outside the page's tail, and a heading directly above content."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Container, Iterable, Iterator, Sequence

from .closing import captions
from .features import PROSE, Regions, undated
from .forms import FORMS, dated_steps, records
from .kinds import ARROW
from .text import is_heading_like

SPOKEN_ASKED = 8  # … or this long when a ？ or ！ ends it
SPOKEN_MIN, SPOKEN_KANA = 15, 0.4  # a line this long, this much hiragana, reads as speech even without 。
HEADLINE_MAX = 100  # characters
HEADLINE_LATIN = 0.3  # a headline is Japanese: a line with more Latin letters is a bar of buttons or a site's name
HEADLINE_SURE = 16  # characters: a headline-shaped line this long above the body stays (a subheadline too)
SURE_OWN = -0.2  # … unless its shape says chrome (its shape score, /5, below this)
HEADLINE_REACH = 10  # the headline stands within this many lines above the body


def kept(texts: Sequence[str], removed: Sequence[str | None], shapes: Sequence[dict[str, float]],
         reg: Regions, asked: Collection[int] | None = None) -> set[int]:
    """The live lines that stay by their structure, whatever their score: the page's title and headline,
    Markdown headings, table rows, numbered runs, timeline steps, runs of 'label: value' lines and sentences
    outside the page's tail. (`removed`: the rule that took each line; `reg`: the first context stage's regions.)
    With `asked`, the set answers for those lines only: what a line alone tells (a sentence, the title) is read of
    them alone."""
    tail = reg.tail_from  # the page's tail: the lines after it
    asked = range(len(texts)) if asked is None else asked
    live = [i for i, r in enumerate(removed) if not r]
    out = {*_headline(texts, live, shapes, reg, asked), *_sentences(texts, removed, shapes, tail, asked)}
    # The structures below hold a cell separator or a colon, open their lines with a number, a mark or '#', end them
    # with a bracket, or join them with an arrow: each is looked for only on a page that has such a line (most have
    # few of them).
    page = "\n".join(texts)
    if "|" in page or "｜" in page or "\t" in page:
        out.update(_table_rows(texts, removed))
    if ":" in page or "：" in page or "　" in page:
        out.update(_key_values(texts, live, shapes, tail))
    if "　" in page:
        out.update(i for i in live if (tail is None or i < tail) and _SIGNED.fullmatch(texts[i]))
    firsts, lasts = {t[:1] for t in texts}, {t[-1:] for t in texts}
    if any(c.isdecimal() for c in firsts):
        out.update(_numbered_runs(texts, live, tail), dated_steps(texts, live, tail),
                   _numbered_sections(texts, live, shapes, tail))
    elif not firsts.isdisjoint("▽△▼・●■◆◇↓"):
        out.update(dated_steps(texts, live, tail))  # ▽14日　…: a timeline's steps under a list's mark
    if not firsts.isdisjoint("▽△【"):
        out.update(records(texts, removed, tail))
    if not lasts.isdisjoint("）)"):
        out.update(captions(texts, removed))
    if "layout" in removed:
        out.update(timeline_steps(texts, removed))
    if "#" in firsts:
        out.update(i for i, t in enumerate(texts) if t[:1] == "#" and not removed[i] and _MD_HEADING.match(t))
    return out


# A letter's byline (会社員　霜田純一（57）　秋田県横手市: an occupation, a name with an age, a place) or a game's score line
# (浪速ブレイズ　3―2　セントラル・ファング: a side, the score, the other side), set apart by wide spaces: content
_SIGNED = re.compile(r"[^\s　]{1,8}　[^\s　（(、。]{2,10}[（(][0-9０-９]{1,3}[）)]　[^\s　、。]{2,14}"
                     r"|[^\s　、。]{2,16}　[0-9０-９]{1,3}[―－—\-−][0-9０-９]{1,3}　[^\s　、。]{2,16}")
_MD_HEADING = re.compile(r"^#{1,6}\s+\S")  # a Markdown heading (not a #hashtag)


# 'label: value', or a short label of words (no digits, no Latin) and a wide space: `会期　4月12日〜6月22日`.
_KEY_VALUE = re.compile(r"^[・\-]?\s*(?:[^\s：:、。]{1,8}\s*[：:]\s*|[^\s：:、。　\dA-Za-z０-９]{1,6}　)\S")
KEY_VALUE_RUN = 2  # lines in a row


def _has_form(v: dict[str, float]) -> bool:
    """Whether a line's shape has one of the boilerplate `FORMS`."""
    return v is not PROSE and any(map(v.get, FORMS))


def _key_values(texts: Sequence[str], live: Sequence[int], shapes: Sequence[dict[str, float]],
                tail: int) -> Iterator[int]:
    """A run of 'label: value' lines (a plan's dates, price, terms) outside the page's tail: the article's
    facts. A company profile or contact block is under its marker, in the tail. (`live`: the live lines.)"""
    run: list[int] = []
    for i in [*live, -1]:
        if (i >= 0 and (":" in texts[i] or "：" in texts[i] or "　" in texts[i]) and _KEY_VALUE.match(texts[i])
                and i <= tail
                and not _has_form(shapes[i])):
            run.append(i)
            continue
        if len(run) >= KEY_VALUE_RUN:
            yield from run
        run = []


def timeline_steps(texts: Sequence[str], removed: Sequence[str | None]) -> Iterator[int]:
    """The steps of a timeline: the lines an arrow line (removed as layout) joins."""
    for i, text in enumerate(texts):
        if removed[i] == "layout" and ARROW.match(text):
            yield from (j for j in (i - 1, i + 1) if 0 <= j < len(texts) and not removed[j])


def _sentences(texts: Sequence[str], removed: Sequence[str | None], shapes: Sequence[dict[str, float]],
               tail: int, asked: Iterable[int]) -> list[int]:
    """A sentence (a full stop ends it) stays unless it stands in the page's tail, under a comments or
    rating marker: a reader's comment is a sentence too, but a stray sentence is more often the article's.
    A line of a boilerplate form (a paywall prompt, a line about the page itself…) is the page's, sentence or not."""
    return [i for i in asked if i <= tail and not removed[i] and ("。" in (text := texts[i]) or _spoken(text))
            and not _has_form(shapes[i])]


def _spoken(text: str) -> bool:
    """Running text without a full stop, as posts, quotes and questions are written: long enough, mostly kana,
    one phrase."""
    if len(text) < (SPOKEN_ASKED if text.endswith(("？", "！", "?", "!")) else SPOKEN_MIN):
        return False
    if " " in text.strip() or "　" in text.strip():
        return False
    if len(text) >= SPOKEN_MIN and _PREDICATE_END.search(text) and sum(map(text.count, "はがをにでと")) >= 2:
        return True  # a sentence without its full stop: its predicate ends it (an advice list's item)
    return (len(text) - len(text.translate(_NO_HIRAGANA))) / len(text) >= SPOKEN_KANA


_NO_HIRAGANA = dict.fromkeys(range(0x3041, 0x30A0))  # deletes hiragana: a text's count of them in one pass
# The end of a sentence's predicate: a verb, adjective or auxiliary in its final form.
_PREDICATE_END = re.compile(r"(?:[うくすつぬむるいた]|ない|ます|です|ました|ください|しょう)$")


_NUMBER = re.compile(r"^(\d{1,3})(?:位)?[\s.．)）]")


def _numbered_runs(texts: Sequence[str], live: Sequence[int], tail: int) -> Iterator[int]:
    """The items of a numbered list (lines in a row whose numbers rise: 1, 2, 3 …), outside the page's
    tail: results, steps, rankings of the article. A list of other articles goes by its marker (`related`)."""
    numbers = {i: int(m[1]) for i in live if texts[i][:1].isdecimal() and (m := _NUMBER.match(texts[i]))}
    for a, b in zip(live, live[1:]):
        if a in numbers and b in numbers and numbers[a] < numbers[b] and b <= tail:
            yield a
            yield b


_SECTION_HEAD = re.compile(r"^(\d{1,2})[\s.．、)）]\s*[^\s\d。]{1,18}$")  # '2 受付期間': a numbered section's heading


def _numbered_sections(texts: Sequence[str], live: Sequence[int], shapes: Sequence[dict[str, float]],
                       tail: int) -> Iterator[int]:
    """The headings of a document's numbered sections (`1 概要`, `2 日時`: two or more, their numbers rising)
    and the first line under each, outside the page's tail: a release's or a notice's own structure."""
    heads = [(k, int(m[1])) for k, i in enumerate(live) if texts[i][:1].isdecimal() and (m := _SECTION_HEAD.match(texts[i]))]
    if len(heads) < 2 or any(b[1] <= a[1] for a, b in zip(heads, heads[1:])):
        return
    for k, _ in heads:
        for i in live[k : k + 2]:
            if i <= tail and not _has_form(shapes[i]):
                yield i


_CELL_SEPARATOR = re.compile(r"[|｜]")


def cell_count(text: str) -> int:
    """How many cells a row of a table (cells between | or tabs) holds; 0 for a line that is no row."""
    if "\t" in text:
        return text.count("\t") + 1
    if "|" in text or "｜" in text:
        return len(_CELL_SEPARATOR.split(text.strip().strip("|｜")))
    return 0


def _table_rows(texts: Sequence[str], removed: Sequence[str | None]) -> Iterator[int]:
    """The rows of a table (two or more lines in a row with the same number of cells): a table is the
    article's, whatever its cells look like. A table's rule row between them, removed as layout, does not part them."""
    # (The count is taken only where a separator occurs: any other line is no row.)
    cells = {i: cell_count(t) for i, t in enumerate(texts)
             if ("|" in t or "｜" in t or "\t" in t) and removed[i] != "layout"}
    for i, n in cells.items():
        if n >= 2 and not removed[i] and any(cells.get(_beside(removed, i, step)) == n for step in (-1, 1)):
            yield i


def _beside(removed: Sequence[str | None], i: int, step: int) -> int:
    """The line next to line `i` above (`step` -1) or below (1), past the lines removed as layout."""
    i += step
    while 0 <= i < len(removed) and removed[i] == "layout":
        i += step
    return i


def _headline(texts: Sequence[str], live: Sequence[int], shapes: Sequence[dict[str, float]],
              reg: Regions, asked: Iterable[int]) -> Iterator[int]:
    """The page's title; the headline: of the headline-shaped lines in reach above the body, or opening it
    before its first sentence (not menus nor
    dates), the longest and the likeliest by its shape (a site's name or tagline may win one, seldom both), and
    any long one."""
    yield from (i for i in asked if reg.title(i))  # (a removed line has no title feature)
    at = bisect_left(live, reg.first)  # the body's first live line
    body = live[at] if at < len(live) and reg.in_body(live[at]) else None
    if body is not None:
        reach = [*live[max(0, at - HEADLINE_REACH):at], *([body] if reg.before_prose(body) else [])]
        size = {i: len(undated(texts[i])) for i in reach if 12 <= len(texts[i]) <= HEADLINE_MAX and _unpunctuated(texts[i])
                and not shapes[i].get("separators") and not shapes[i].get("address") and len(texts[i].split()) < 6
                and shapes[i].get("latin", 0.0) < HEADLINE_LATIN}  # (each line's length without its dates)
        heads = [i for i, n in size.items() if n >= 12 and not any(map(shapes[i].get, FORMS))]
        if heads:
            yield max(heads, key=size.__getitem__)
            yield max(heads, key=reg.own.__getitem__)
            yield from (i for i in heads if size[i] >= HEADLINE_SURE and reg.own[i] >= SURE_OWN)


def headings_above_content(texts: Sequence[str], removed: Sequence[bool], shapes: Sequence[dict[str, float]],
                            reg: Regions, cls: Sequence[str], asked: Container[int]) -> Iterator[int]:
    """Of the lines `asked` about, a heading directly above a line of content (only removed lines between) stays,
    outside the page's tail; not a row of menu items or buttons, an address or a file."""
    live = [i for i in range(len(texts)) if not removed[i]]
    for a, b in zip(live, live[1:]):
        if (a in asked and cls[b] == "good" and is_heading_like(texts[a]) and len(texts[a]) <= 40 and len(texts[a].split()) < 3
                and not any(map(shapes[a].get, ("separators", "short_items", "address", "file")))
                and shapes[a].get("latin", 0.0) < HEADLINE_LATIN
                and not reg.in_tail(a) and not reg.after_body(a)):
            yield a


def _unpunctuated(text: str) -> bool:
    """No full stop inside, no comma at the end: a headline, not a sentence."""
    return "。" not in text.rstrip("。") and not text.endswith(("、", "，", ","))
