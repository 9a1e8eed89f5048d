"""Feeds -> Documents: RSS 0.9x/1.0/2.0, Atom and JSON Feed, one article per item (feedparser).

An item that carries only a short summary has its link fetched and the full page
extracted, since a two-line summary is not what a reader wants to read.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from . import enclosures, sources
from .itempages import FeedEntry
from .models import Document, Enclosure

SHORT_SUMMARY = 200  # characters of text: below this an item is "summary only"
_TAG = re.compile(r"<[^>]+>")
KEEP = object()
"""What an item page fetcher returns when the item's stored article stands (its page is unchanged)."""
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._\-]+)["']""")


@dataclass(frozen=True)
class Feed:
    """A parsed feed: its title, site link and items as Documents."""

    title: str | None
    link: str | None
    items: list[Document]
    failures: list[str]
    entries: list[FeedEntry] = field(default_factory=list)  # every item, also those left as they are


def looks_like_feed(data: bytes) -> bool:
    """True for RSS, Atom, RDF or JSON Feed bytes."""
    head = data[:2048].lstrip().lower()
    if head.startswith(b"{"):
        return b"jsonfeed.org" in data[:4096]
    return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def _date(entry: dict) -> str | None:
    """The item's date as its publisher wrote it; feedparser's *_parsed (UTC) only when the text is odd."""
    for key in ("published", "updated", "created"):
        day = day_as_written(entry.get(key))
        if day:
            return day
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            return f"{t[0]:04d}-{t[1]:02d}-{t[2]:02d}"  # a UTC struct_time
    return None


def day_as_written(raw: object) -> str | None:
    """`YYYY-MM-DD` of an RFC 822 or ISO 8601 date in its own offset (07:30 +0900 stays that day), else None."""
    text = str(raw or "").strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _plain(html: str) -> str:
    return " ".join(_TAG.sub(" ", html).split())


def parse(data: bytes, source: str,
          fetch_page: Callable[[str, str | None, str | None], Document | object | None] | None = None, charset: str | None = None) -> Feed:
    """Parse feed bytes; `fetch_page(link, guid, date)` fetches the full article of summary-only items
    (or returns KEEP when the stored one stands).

    `charset` is what the HTTP header declared; it and the XML declaration are trusted only
    when the bytes bear them out, and feedparser is handed the text as UTF-8.
    """
    if data.lstrip().startswith(b"{"):
        return _parse_json(data, source, fetch_page)
    import feedparser

    declared = _XML_ENCODING.match(data)
    text = sources.decode_declared(data, charset or (declared.group(1).decode("ascii") if declared else "utf-8"))
    # A stream, never bytes: feedparser opens bytes that name a file (a body of "/dev/zero" would be read).
    # Its HTML sanitizer and link resolver go unused (three quarters of its time on a full-content feed):
    # an item's HTML only ever becomes text here (`htmltext`, which drops scripts, styles and links).
    parsed = feedparser.parse(io.BytesIO(text.encode("utf-8")),
                              response_headers={"content-type": "application/xml; charset=utf-8"},
                              sanitize_html=False, resolve_relative_uris=False)
    if parsed.bozo and not parsed.entries:
        raise sources.NotAnArticle(f"not a feed ({type(parsed.bozo_exception).__name__})")
    if not parsed.entries and not parsed.version:  # well-formed XML, but no RSS, Atom or RDF
        raise sources.NotAnArticle("not a feed")
    items: list[Document] = []
    failures: list[str] = []
    entries: list[FeedEntry] = []
    for n, entry in enumerate(parsed.entries):
        link = entry.get("link")
        content = ""
        if entry.get("content"):
            content = max((c.get("value", "") for c in entry["content"]), key=len)
        summary = entry.get("summary", "")
        published = _date(entry)
        entries.append(FeedEntry(_item_source(source, n, link), link, _guid(entry.get("id")), published))
        doc = _item(source, n, link, _title(entry), published, content, summary,
                    parsed.feed.get("title"), fetch_page, failures, entries[-1].guid, enclosures.of_entry(entry))
        if doc is not None:
            items.append(doc)
    return Feed(parsed.feed.get("title"), parsed.feed.get("link"), items, failures, entries)


def _title(entry: dict) -> str | None:
    """An item's title as text: an HTML title (Atom's type="html") loses its markup."""
    title = entry.get("title")
    if title and "<" in title and "html" in str((entry.get("title_detail") or {}).get("type", "")):
        from .htmltext import to_markdown

        return " ".join(to_markdown(title).split()) or None
    return title


def _parse_json(data: bytes, source: str, fetch_page) -> Feed:
    try:
        feed = json.loads(sources.decode(data))
    except json.JSONDecodeError as exc:
        raise sources.NotAnArticle(f"not a JSON feed ({exc.msg})") from None
    if not isinstance(feed, dict) or "jsonfeed.org" not in str(feed.get("version", "")):
        raise sources.NotAnArticle("not a JSON feed")
    items: list[Document] = []
    failures: list[str] = []
    entries: list[FeedEntry] = []
    for n, item in enumerate(feed.get("items") or []):
        if not isinstance(item, dict):
            continue
        published = day_as_written(item.get("date_published")) or day_as_written(item.get("date_modified"))
        content = item.get("content_html") or item.get("content_text") or ""
        link = item.get("url") if isinstance(item.get("url"), str) else None
        entries.append(FeedEntry(_item_source(source, n, link), link, _guid(item.get("id")), published))
        doc = _item(source, n, item.get("url"), item.get("title"), published, content,
                    item.get("summary") or "", feed.get("title"), fetch_page, failures, entries[-1].guid,
                    enclosures.of_json_item(item))
        if doc is not None:
            items.append(doc)
    return Feed(feed.get("title"), feed.get("home_page_url"), items, failures, entries)


def _guid(value: object) -> str | None:
    """An item's guid or id as text (JSON Feed ids may be numbers), else None."""
    return None if value is None or isinstance(value, (dict, list)) else str(value)[:2000]


def _item_source(source: str, n: int, link: object) -> str:
    """Where an item's article is stored: its link, else the feed's URL and the item's place in it."""
    return link if isinstance(link, str) and link.startswith(("http://", "https://")) else f"{source}#item-{n + 1}"


def _item(source, n, link, title, published, content, summary, site, fetch_page, failures,
          guid=None, files: tuple[Enclosure, ...] = ()) -> Document | None:
    """One feed item as a Document: its content, else its page, else its summary (None: nothing, or
    the stored article stands)."""
    from .htmltext import to_markdown

    item_source = _item_source(source, n, link)
    body = content if len(_plain(content)) >= len(_plain(summary)) else summary
    if len(_plain(body)) < SHORT_SUMMARY and link and fetch_page is not None:
        try:
            page = fetch_page(link, guid, published)
        except Exception as exc:  # the summary is still worth keeping
            failures.append(str(exc))
            page = None
        if page is KEEP:
            return None
        if page is not None:
            return Document(source=item_source, text=page.text, format=page.format, title=title or page.title,
                            published=published or page.published, site=site or page.site, url=link,
                            enclosures=files)
    if not _plain(body):
        return None
    text = body
    if "<" in body:  # the item's content is the article: its HTML becomes Markdown directly, no page extraction
        text = to_markdown(body, title) or _plain(body)
    return Document(source=item_source, text=sources.sanitize(text), format="markdown",
                    title=sources.sanitize(title).strip() if title else None, published=published,
                    site=site, url=link, enclosures=files)


@sources.register(".rss", ".atom", ".rdf", ".xml", ".json")
def read_feed_file(path: Path, data: bytes) -> list[Document]:
    """A feed saved as a file; summary-only items have their page fetched (else keep the summary)."""
    from .web import file_item_pages, report_file_failures

    if not looks_like_feed(data):
        raise sources.NotAnArticle("not a feed")
    item_pages = file_item_pages(str(path))  # public addresses only, unless --allow-private
    feed = parse(data, str(path), item_pages)
    report_file_failures(item_pages, feed.failures)
    if not feed.items:
        raise sources.NotAnArticle("a feed with no items")
    return feed.items
