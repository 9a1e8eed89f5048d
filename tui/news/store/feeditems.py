"""The items each feed brought: which articles came from which feed, and what each item's page fetch gave."""

from __future__ import annotations

from collections.abc import Iterable

from ..itempages import FeedEntry, ItemState
from ..sanitize import clean_line
from .connection import Index


def _line(text: str | None) -> str | None:
    return None if text is None else clean_line(text)


class FeedItems:
    """The feed_items table: one row per (feed, article source), with the item's page state."""

    def __init__(self, index: Index) -> None:
        """Feed items over `index`."""
        self.index = index

    def known(self, feed: str) -> dict[str, ItemState]:
        """What the page fetch of each of a feed's items gave last time, by link (items fetched at least once)."""
        rows = self.index.con.execute(
            "SELECT link, guid, date, page_status, page_etag, page_modified, page_checked FROM feed_items"
            " WHERE feed=? AND link IS NOT NULL AND page_checked IS NOT NULL", (feed,)).fetchall()
        return {r[0]: ItemState(*r) for r in rows}

    def record(self, feed: str, entries: Iterable[FeedEntry], states: dict[str, ItemState]) -> None:
        """Remember every item a fetch of `feed` gave, with what its page fetch gave (`states`, by link).

        An item not in `states` keeps the page state it had (its page was not looked at this time).
        """
        con = self.index.con
        with self.index.transaction():
            for e in entries:
                source = clean_line(e.source)
                con.execute(
                    "INSERT INTO feed_items(feed, source, link, guid, date) VALUES(?,?,?,?,?)"
                    " ON CONFLICT(feed, source) DO UPDATE SET link=excluded.link, guid=excluded.guid,"
                    " date=excluded.date", (feed, source, _line(e.link), _line(e.guid), e.date))
                state = states.get(e.link or "")
                if state is not None:
                    con.execute(
                        "UPDATE feed_items SET page_status=?, page_etag=?, page_modified=?, page_checked=?,"
                        " guid=?, date=? WHERE feed=? AND source=?",
                        (state.status, state.etag, state.modified, state.checked, _line(state.guid), state.date,
                         feed, source))

    def forget(self, feed: str) -> None:
        """Forget a feed's items (its subscription ended); their articles stay."""
        self.index.con.execute("DELETE FROM feed_items WHERE feed=?", (feed,))
