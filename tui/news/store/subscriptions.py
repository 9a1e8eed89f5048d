"""Feed subscriptions in the index: what `refresh` fetches again, and how each fetch went."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..sanitize import clean_line
from .connection import Index, now

if TYPE_CHECKING:
    from ..web import UrlResult  # the fetcher, loaded by imports only


class Subscriptions:
    """The feeds table: one row per feed added by URL, with its validators for conditional fetches."""

    def __init__(self, index: Index) -> None:
        """Subscriptions over `index`."""
        self.index = index

    def all(self) -> list[dict]:
        """The subscriptions: url, title, last fetched, item count, last error."""
        rows = self.index.con.execute(
            "SELECT url, title, last_fetched, items, last_error FROM feeds ORDER BY added, url").fetchall()
        return [{"url": r[0], "title": r[1], "last_fetched": r[2], "items": r[3], "last_error": r[4]} for r in rows]

    def to_fetch(self) -> list[tuple[str, str | None, str | None]]:
        """(url, etag, last modified) of every subscription, in the order they were added."""
        return self.index.con.execute("SELECT url, etag, last_modified FROM feeds ORDER BY added, url").fetchall()

    def failed(self, url: str, error: str) -> None:
        """A fetch of a subscription failed: its last fetch that worked stays as it was."""
        self.index.con.execute("UPDATE feeds SET last_error=? WHERE url=?", (clean_line(error), url))

    def fetched(self, result: UrlResult) -> None:
        """Remember a feed as fetched (a result of kind "feed" or "unchanged"), subscribing to a new one."""
        con = self.index.con
        if result.kind == "unchanged":
            con.execute("UPDATE feeds SET last_fetched=?, last_error=NULL WHERE url=?", (now(), result.url))
            return
        con.execute(
            "INSERT INTO feeds(url, title, etag, last_modified, last_fetched, items, last_error, added)"
            " VALUES(?,?,?,?,?,?,NULL,?) ON CONFLICT(url) DO UPDATE SET title=coalesce(excluded.title, title),"
            " etag=excluded.etag, last_modified=excluded.last_modified, last_fetched=excluded.last_fetched,"
            " items=excluded.items, last_error=NULL",
            (clean_line(result.url), result.title and clean_line(result.title), result.etag, result.last_modified,
             now(), len(result.documents), now()),
        )
