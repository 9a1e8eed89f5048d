"""URLs as inputs: a page becomes one Document, a feed one per item, text stays text."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import feeds, pages, sources
from .fetch import FEED_TYPES, PAGE_TYPES, FetchError, Response, fetch
from .models import Document


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


def is_url(text: str) -> bool:
    """True for http(s) URLs."""
    return str(text).startswith(("http://", "https://"))


def fetch_page(url: str) -> Document | None:
    """Fetch a page and extract its article (used for summary-only feed items)."""
    r = fetch(url, accept=PAGE_TYPES)
    return pages.extract(pages.decode_html(r.body, r.charset), url, url=r.url)


def read_url(url: str, etag: str | None = None, last_modified: str | None = None) -> UrlResult:
    """Fetch a URL and read it as a page, a feed or text; raises FetchError with a one-line reason."""
    r = fetch(url, etag, last_modified)
    if r.not_modified:
        return UrlResult(url, "unchanged", etag=etag, last_modified=last_modified)
    notes = []
    if r.content_type in FEED_TYPES and not feeds.looks_like_feed(r.body) and _looks_like_html(r.body):
        # A page served with a feed's content type: read what the bytes are, and say so.
        notes.append(f"{url}: served as {r.content_type} but is an HTML page, not a feed: imported as a page")
    elif r.content_type in FEED_TYPES or (r.content_type in ("", "text/plain") and feeds.looks_like_feed(r.body)) \
            or feeds.looks_like_feed(r.body):
        try:
            feed = feeds.parse(r.body, url, fetch_page, r.charset)
        except sources.NotAnArticle as exc:
            raise FetchError(f"{url}: {exc}") from None
        return UrlResult(url, "feed", feed.items, feed.title, r.etag, r.last_modified, feed.failures)
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


__all__ = ["FetchError", "Response", "UrlResult", "fetch_page", "is_url", "read_url"]
