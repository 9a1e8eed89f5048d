"""URLs as inputs: a page becomes one Document, a feed one per item, text stays text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime, timezone

from . import feeds, pages, sources
from .feeds import KEEP
from .fetch import FEED_TYPES, PAGE_TYPES, FetchError, Guard, Response, fetch, refusal
from .itempages import GONE, FeedEntry, ItemState, plan, retry_after
from .models import Document

def now() -> str:
    """The time now, UTC, ISO."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


MAX_ITEM_PAGES = 50  # item pages fetched per feed per fetch of it; past that, items keep their summary


@dataclass
class UrlResult:
    """What a URL gave: documents, and for a feed what a subscription remembers."""

    url: str
    kind: str  # page | feed | text | unchanged
    documents: list[Document] = field(default_factory=list)
    title: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # worth telling, not failures
    entries: list[FeedEntry] = field(default_factory=list)  # a feed's items, as the feed gave them
    pages: ItemPages | None = None  # a feed's item page fetches: what each gave, how many failed


def is_url(text: str) -> bool:
    """True for http(s) URLs."""
    return str(text).startswith(("http://", "https://"))


def fetch_page(url: str, guard: Guard | None = None, etag: str | None = None,
               last_modified: str | None = None) -> Document | None:
    """Fetch a page and extract its article (used for summary-only feed items); public addresses only
    unless the guard says otherwise."""
    return _page_of(fetch(url, etag, last_modified, accept=PAGE_TYPES, guard=guard or Guard()), url)


def _page_of(r: Response, url: str) -> Document | None:
    return pages.extract(pages.decode_html(r.body, r.charset), url, url=r.url)


@dataclass
class ItemPages:
    """Fetches the pages of one feed's summary-only items: within the guard, at most MAX_ITEM_PAGES,
    telling `progress(link, outcome)` of each.

    `known` holds what each item's page gave last time (by link): a page is fetched once, not again
    while its item is unchanged (see `itempages`); `states` gathers what this fetch gave.
    """

    feed: str
    guard: Guard
    progress: Callable[[str, str], None] | None = None
    fetched: int = 0
    left_out: int = 0
    known: dict[str, ItemState] = field(default_factory=dict)
    states: dict[str, ItemState] = field(default_factory=dict)
    kept: int = 0  # items whose stored article stands (their page unchanged)
    failed: int = 0  # page fetches that failed

    def __call__(self, link: str, guid: str | None = None, date: str | None = None) -> Document | object | None:
        state = self.known.get(link)
        step = plan(state, guid, date)
        if step == "keep":
            self.kept += 1
            self.states[link] = state._replace(guid=guid, date=date)  # type: ignore[union-attr]
            return KEEP
        if step == "wait":  # a known 404: the item keeps its summary, and says nothing until it is due
            self.states[link] = state  # type: ignore[assignment]
            return None
        if self.fetched >= MAX_ITEM_PAGES:
            self.left_out += 1
            return None
        self.fetched += 1
        outcome = "page failed"
        etag = modified = None
        if state is not None and state.status in (200, 304):  # fetched before: ask whether it changed
            etag, modified = state.etag, state.modified
        try:
            r = fetch(link, etag, modified, accept=PAGE_TYPES, guard=self.guard)
            outcome = "page fetched"
        except FetchError as exc:
            self.failed += 1
            status = _status_of(str(exc))
            self.states[link] = ItemState(link, guid, date, status, None, None, now())
            if status in GONE:
                raise FetchError(f"{exc} (tried again from {retry_after(self.states[link])};"
                                 " the item keeps its summary)") from None
            raise
        finally:
            if self.progress:
                self.progress(link, outcome)
        self.states[link] = ItemState(link, guid, date, 304 if r.not_modified else 200,
                                      r.etag or (state and state.etag), r.last_modified or (state and state.modified),
                                      now())
        if r.not_modified:
            self.kept += 1
            return KEEP
        return _page_of(r, link)

    def failures(self) -> list[str]:
        """One line if items were left with their summary because of the cap."""
        if not self.left_out:
            return []
        return [f"{self.feed}: {self.left_out} more item pages not fetched (at most {MAX_ITEM_PAGES} a feed"
                " each time); those items keep their summary"]


def _status_of(message: str) -> int:
    """The HTTP status a fetch failure names (`HTTP 404 Not Found`), else 0."""
    found = _HTTP_STATUS.search(message)
    return int(found.group(1)) if found else 0


_HTTP_STATUS = re.compile(r": HTTP (\d{3})\b")


@dataclass
class _FilePolicy:
    allow_private: bool = False
    failures: list[str] | None = None
    progress: Callable[[str, str], None] | None = None


_FILES: ContextVar[_FilePolicy] = ContextVar("feed_files", default=_FilePolicy())


@contextmanager
def feed_files(allow_private: bool, failures: list[str], progress: Callable[[str, str], None] | None = None
               ) -> Iterator[None]:
    """While importing files: whether feed files may fetch private item pages, where failures go."""
    token = _FILES.set(_FilePolicy(allow_private, failures, progress))
    try:
        yield
    finally:
        _FILES.reset(token)


def file_item_pages(path: str) -> ItemPages:
    """The item fetcher of a feed file: public addresses only (a file comes from no host), unless allowed."""
    policy = _FILES.get()
    return ItemPages(path, Guard(allow_private=policy.allow_private), policy.progress)


def report_file_failures(item_pages: ItemPages, failures: list[str]) -> None:
    """Hand a feed file's failures to the import under way (dropped when there is none)."""
    sink = _FILES.get().failures
    if sink is not None:
        sink.extend(failures + item_pages.failures())


def read_url(url: str, etag: str | None = None, last_modified: str | None = None, allow_private: bool = False,
             progress: Callable[[str, str], None] | None = None,
             known: dict[str, ItemState] | None = None) -> UrlResult:
    """Fetch a URL and read it as a page, a feed or text; raises FetchError with a one-line reason.

    A feed's items may fetch pages from public addresses, from the private address the feed itself
    came from, or from any with `allow_private`; `known` is what their page fetches gave last time.
    """
    r = fetch(url, etag, last_modified)
    if r.not_modified:
        return UrlResult(url, "unchanged", etag=etag, last_modified=last_modified)
    notes = []
    if r.content_type in FEED_TYPES and not feeds.looks_like_feed(r.body) and _looks_like_html(r.body):
        # A page served with a feed's content type: read what the bytes are, and say so.
        notes.append(f"{url}: served as {r.content_type} but is an HTML page, not a feed: imported as a page")
    elif r.content_type in FEED_TYPES or (r.content_type in ("", "text/plain") and feeds.looks_like_feed(r.body)) \
            or feeds.looks_like_feed(r.body):
        trusted = frozenset(a for a in r.addresses if refusal(a))
        item_pages = ItemPages(url, Guard(allow_private=allow_private, trusted=trusted), progress, known=known or {})
        try:
            feed = feeds.parse(r.body, url, item_pages, r.charset)
        except sources.NotAnArticle as exc:
            raise FetchError(f"{url}: {exc}") from None
        return UrlResult(url, "feed", feed.items, feed.title, r.etag, r.last_modified,
                         feed.failures + item_pages.failures(), entries=feed.entries, pages=item_pages)
    if notes or r.content_type in PAGE_TYPES or r.body.lstrip()[:1] == b"<":
        doc = pages.extract(pages.decode_html(r.body, r.charset), url, url=r.url)
        if doc is None:
            raise FetchError(f"{url}: no article text in the page")
        return UrlResult(url, "page", [doc], doc.title, r.etag, r.last_modified, notes=notes)
    reason = sources.looks_binary(r.body)
    if reason:
        raise FetchError(f"{url}: {reason}")
    text = sources.sanitize(sources.decode_declared(r.body, r.charset))
    fmt = "markdown" if r.content_type == "text/markdown" else "text"
    return UrlResult(url, "text", [Document(url, text, fmt, url=url)], None, r.etag, r.last_modified)


def _looks_like_html(data: bytes) -> bool:
    """True for bytes that open as an HTML document."""
    head = data[:1024].lower()
    return b"<html" in head or b"<!doctype html" in head


__all__ = ["MAX_ITEM_PAGES", "FetchError", "ItemPages", "Response", "UrlResult", "feed_files", "fetch_page",
           "file_item_pages", "is_url", "read_url", "report_file_failures"]
