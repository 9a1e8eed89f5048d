"""Fetching URLs with httpx: a timeout, a size cap, a redirect limit and a content-type check.

Every failure is a `FetchError` whose message names the URL and the reason in one line.
"""

from __future__ import annotations

from dataclasses import dataclass

TIMEOUT_S = 15.0
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = "newsreader/0.1 (+terminal news reader)"

PAGE_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json",
              "application/xml", "text/xml", "application/json")
TEXT_TYPES = ("text/plain", "text/markdown")


class FetchError(Exception):
    """A URL could not be fetched; the message says which and why."""


@dataclass(frozen=True)
class Response:
    """What a fetch brought back."""

    url: str  # after redirects
    status: int
    content_type: str
    charset: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        """True for a 304 answer to a conditional request."""
        return self.status == 304


def fetch(url: str, etag: str | None = None, last_modified: str | None = None,
          accept: tuple[str, ...] = PAGE_TYPES + FEED_TYPES + TEXT_TYPES) -> Response:
    """GET a URL within the limits; conditional when an ETag or Last-Modified is given."""
    import httpx

    if not url.startswith(("http://", "https://")):
        raise FetchError(f"{url}: only http and https URLs can be fetched")
    headers = {"User-Agent": USER_AGENT, "Accept": ", ".join(accept) + ", */*;q=0.1"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        with httpx.Client(timeout=TIMEOUT_S, follow_redirects=True, max_redirects=MAX_REDIRECTS,
                          headers=headers) as client:
            with client.stream("GET", url) as r:
                if r.status_code == 304:
                    return Response(str(r.url), 304, "", None, b"", etag, last_modified)
                if r.status_code >= 400:
                    raise FetchError(f"{url}: HTTP {r.status_code} {r.reason_phrase}".rstrip())
                ctype = r.headers.get("content-type", "").split(";")[0].strip().lower()
                if ctype and not ctype.startswith(accept):
                    raise FetchError(f"{url}: not a page or feed (content type {ctype})")
                declared = r.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > MAX_BYTES:
                    raise FetchError(f"{url}: too large ({int(declared) // 2**20} MB > {MAX_BYTES // 2**20} MB)")
                chunks, size = [], 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > MAX_BYTES:
                        raise FetchError(f"{url}: too large (over {MAX_BYTES // 2**20} MB)")
                    chunks.append(chunk)
                return Response(str(r.url), r.status_code, ctype, r.charset_encoding, b"".join(chunks),
                                r.headers.get("etag"), r.headers.get("last-modified"))
    except FetchError:
        raise
    except httpx.TooManyRedirects:
        raise FetchError(f"{url}: too many redirects (more than {MAX_REDIRECTS})") from None
    except httpx.TimeoutException:
        raise FetchError(f"{url}: timed out after {TIMEOUT_S:g} s") from None
    except httpx.ConnectError as exc:
        raise FetchError(f"{url}: cannot connect ({_short(exc)})") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"{url}: {_short(exc) or type(exc).__name__}") from None


def _short(exc: Exception) -> str:
    return " ".join(str(exc).split())[:160]
