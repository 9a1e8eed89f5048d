"""Feed subscriptions in the index: what `refresh` fetches again, and how each fetch went."""

from __future__ import annotations

import json
from collections.abc import Iterable
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
        """The subscriptions: url, title, last fetched, item count, last error, tags, unread articles."""
        rows = self.index.con.execute(
            "SELECT f.url, f.title, f.last_fetched, f.items, f.last_error, f.tags,"
            " (SELECT count(*) FROM articles a WHERE a.read=0 AND a.source IN"
            "   (SELECT source FROM feed_items i WHERE i.feed=f.url))"
            " FROM feeds f ORDER BY f.added, f.rowid").fetchall()
        return [{"url": r[0], "title": r[1], "last_fetched": r[2], "items": r[3], "last_error": r[4],
                 "tags": json.loads(r[5] or "[]"), "unread": r[6]} for r in rows]

    def subscribe(self, url: str, title: str | None, tags: Iterable[str]) -> bool:
        """Subscribe to a feed without fetching it (`refresh` will), adding `tags` to those it has.

        Returns True when the subscription is new.
        """
        con, tags = self.index.con, [clean_line(t) for t in tags]
        row = con.execute("SELECT tags FROM feeds WHERE url=?", (url,)).fetchone()
        if row is None:
            con.execute("INSERT INTO feeds(url, title, items, added, tags) VALUES(?,?,0,?,?)",
                        (clean_line(url), title and clean_line(title), now(), json.dumps(list(dict.fromkeys(tags)),
                                                                                      ensure_ascii=False)))
            return True
        merged = list(dict.fromkeys([*json.loads(row[0] or "[]"), *tags]))
        con.execute("UPDATE feeds SET tags=?, title=coalesce(title, ?) WHERE url=?",
                    (json.dumps(merged, ensure_ascii=False), title and clean_line(title), url))
        return False

    def to_fetch(self) -> list[tuple[str, str | None, str | None]]:
        """(url, etag, last modified) of every subscription, in the order they were added."""
        return self.index.con.execute("SELECT url, etag, last_modified FROM feeds ORDER BY added, rowid").fetchall()

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
             now(), len(result.entries) if result.entries else len(result.documents), now()),
        )
