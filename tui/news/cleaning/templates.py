"""Site templates, the pure part: which site a document belongs to, each line's key, and which of a page's
lines are its site's chrome.

A line (digits as one placeholder, white space collapsed) that recurs in three or more articles of
the same site is the site's template: menus, footers, share bars, 'related' lines in the site's own
wording. The index counts the lines (`store.templates`); the importer hands each document its lines that
are template, by position, with their counts (`Document.template`), and the cleaner removes those lines
here, after the named rules, as `site-template (N articles)`, unless they are content that happens to
repeat:

- a line with a sentence (。) between the first and the last line of the page that is not template
  (the body: a background paragraph a series repeats, a standard sentence of a release);
- a quotation (「…」 of some length) anywhere;
- a short line directly above such a sentence, or above a body sentence that is not template at all
  (a standard heading over the body: `■ 取材メモ`), unless it holds a number (a counter, a length);
- a numbered section of the body (`1 概要`, `2 日時`) and the first line under it;
- a row of a table inside the body;
- the document's own title.

A page whose lines all recur, or whose template lines would hold more than four fifths of its text, is
not cleaned by them at all: it repeats other articles (a copy, a near-copy), which is not chrome.

Chrome stands at the page's edges (header, footer) or as short lines between the body's paragraphs:
both go.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Mapping
from hashlib import blake2b
from urllib.parse import urlsplit

from ..models import Document
from .page import Line, Page, read_lines
from .rules import Rule
from .text import norm

COPY_SHARE = 0.8  # template lines holding more of a page's text than this: the page is a copy, left alone
RULE = "site-template"
_DIGITS = re.compile(r"[0-9０-９]+")
_FEED_ITEM = re.compile(r"#item-\d+$")
_QUOTED = re.compile(r"「[^」]{10,}」")
_SECTION = re.compile(r"^(?:\d{1,2}|[①-⑳]|第[0-9一二三四五六七八九十]{1,3}[章節条])(?:[\s.．、)）]|$)")
_HEAD_MARK = re.compile(r"^(?:\d{1,2}[.．)）]?|[①-⑳]|第\S{1,3}[章節条]|[■◆□◇●○▼▶【(（])\s*")
_SEPARATED = re.compile(r"[|｜/／]|\s")  # several items in a row: a menu, a share bar


def site_key(doc: Document) -> str:
    """The site a document's chrome comes from: the host of its URL (without `www.`), for a feed item
    without a link its feed, for a file its folder."""
    item = _FEED_ITEM.search(doc.source)
    if item and not doc.url:
        return "feed:" + doc.source[: item.start()]
    for address in (doc.url, doc.source):
        if address and address[:8].lower().startswith(("http://", "https://")):
            host = (urlsplit(address).hostname or "").lower()
            return "host:" + host.removeprefix("www.")
    return "dir:" + os.path.dirname(doc.source)


def line_text(text: str) -> str:
    """A line as templates compare it: every run of digits (of either width) as `0`, white space collapsed,
    lower case. Not NFKC: one site's template renders the same characters on every page, and NFKC would
    be most of the import's cost of templates (a third of a millisecond a page, in the one writing process)."""
    return " ".join(_DIGITS.sub("0", text).split()).lower()


def line_key(site: str, text: str) -> int:
    """A line's key within its site: 64 bits of a hash of both (a signed integer, as SQLite stores it)."""
    return _hash(site.encode("utf-8"), line_text(text))


def line_keys(doc: Document, site: str | None = None) -> list[int]:
    """The key of each line of a document as the cleaner reads it (`Page.read`), in order: `line_key` of
    each, the digits of the whole text replaced in one pass."""
    site = site_key(doc) if site is None else site
    whole = _DIGITS.sub("0", "\n".join(read_lines(doc))).lower().split("\n")
    seed = blake2b(site.encode("utf-8") + b"\0", digest_size=8)  # `_hash`'s site part, hashed once and copied a line
    out = []
    for text in whole:
        h = seed.copy()
        h.update(" ".join(text.split()).encode("utf-8"))
        out.append(int.from_bytes(h.digest(), "big", signed=True))
    return out


def _hash(site: bytes, text: str) -> int:
    digest = blake2b(site + b"\0" + text.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def page_keys(doc: Document, site: str | None = None) -> list[int]:
    """The distinct keys of a document's lines, in their order."""
    return list(dict.fromkeys(line_keys(doc, site)))


def positions(keys: list[int], template: Mapping[int, int]) -> tuple[tuple[int, int], ...]:
    """`Document.template`: (the line's position as `Page.read` reads it, its count of articles) for each
    line whose key is template; the cleaner need not hash a line again."""
    return tuple((i, template[k]) for i, k in enumerate(keys) if k in template)


def text_keys(site: str, texts: list[str]) -> set[int]:
    """The keys of every line of some passages (a bookmarked passage's lines are never template)."""
    return {line_key(site, line) for text in texts for line in text.split("\n") if line.strip()}


def template_rules(doc: Document) -> tuple[Rule, ...]:
    """The removal rule of `doc.template` (noted on the page's lines as read, `Line.template`): one rule, whose
    lines are each named `site-template (N articles)` by their count of articles."""
    if not doc.template:
        return ()

    def find(page: Page) -> Iterator[Line]:
        for line, n in chrome(page):
            line.removed = f"{RULE} ({n} articles)"
            yield line

    return (Rule(RULE, "a line found in N articles of the site", find=find),)


def chrome(page: Page) -> Iterator[tuple[Line, int]]:
    """The page's template lines that are chrome, each with its count of articles (see the module's doc)."""
    title = norm(page.doc.title) if page.doc.title else None
    live = page.live()
    counts = [line.template for line in live]
    for i, line in enumerate(live):
        if counts[i] is not None and title is not None and norm(line.text) == title:
            counts[i] = None
    # A line a rule made (a sentence cut off a credit) was never counted: it is no evidence of the body.
    body = [i for i, n in enumerate(counts)
            if (n is None and live[i].as_read) or (n is not None and _QUOTED.search(live[i].text))]
    if not any(counts[i] is None for i in body):
        return  # every line recurs: a copy of other articles, not a page of chrome
    first, last = body[0], body[-1]
    kept: set[int] = set()
    for i, n in enumerate(counts):
        if n is None:
            continue
        text, inside = live[i].text, first < i < last
        if (inside and "。" in text) or _QUOTED.search(text) or (inside and _table_row(live, i)):
            kept.add(i)
    for i, n in enumerate(counts):
        if n is None or i in kept or not first < i < last or i + 1 >= len(live):
            continue
        below = live[i + 1].text
        if _SECTION.match(live[i].text) and _heading(live[i].text):
            kept |= {i, i + 1}  # a numbered section of the body (`2 日時`) and its first line
        elif "。" in below and (counts[i + 1] is None or i + 1 in kept) and _heading(live[i].text):
            kept.add(i)
    taken = [(live[i], n) for i, n in enumerate(counts) if n is not None and i not in kept]
    # Chrome may be most of a short page, but not nearly all of it: such a page repeats other articles.
    if sum(len(line.text) for line, _ in taken) <= COPY_SHARE * sum(len(line.text) for line in live):
        yield from taken


def _heading(text: str) -> bool:
    """A short line of one phrase (after a section number or mark), not a row of several items nor a
    counter or a length (`動画を再生(1分24秒)`, `コメント 12`): no digit of its own."""
    body = _HEAD_MARK.sub("", text.strip())
    return (0 < len(body) <= 30 and "。" not in body and not _SEPARATED.search(body)
            and not any(c.isdigit() for c in body))


def _table_row(live: list[Line], i: int) -> bool:
    """A row of a table: `|` in it and in a line next to it."""
    near = live[max(i - 1, 0) : i + 2]
    return "|" in live[i].text and sum("|" in x.text for x in near) >= 2
