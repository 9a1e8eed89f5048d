"""Fetch an item's page once: what a feed item's page fetch gave last time, and whether to fetch again.

A summary-only item's page is fetched the first time the item is seen. It is not fetched again while
the item's link, guid and date stay the same; when they change it is fetched conditionally (with the
page's ETag and Last-Modified). A page that was not found (404, 410) is tried again only after
RETRY_DAYS, and the item keeps its summary meanwhile.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from datetime import datetime  # loaded when a feed is fetched: the reader starts without it

RETRY_DAYS = 7  # a page that was not there is tried again after this many days
GONE = (404, 410)  # answers that say the page is not there (others are tried again on the next run)


class ItemState(NamedTuple):
    """What the last fetch of one item's page gave, and the item as it was then."""

    link: str
    guid: str | None = None
    date: str | None = None
    status: int | None = None  # 200 fetched, 304 not modified, 404/410 not there, 0 another failure
    etag: str | None = None
    modified: str | None = None
    checked: str | None = None  # when (ISO, UTC)


class FeedEntry(NamedTuple):
    """One item of a feed as the feed gave it: its article's source, link, guid and date."""

    source: str
    link: str | None
    guid: str | None
    date: str | None


def _when(text: str | None) -> datetime | None:
    from datetime import datetime, timezone

    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def retry_after(state: ItemState) -> str:
    """The day (YYYY-MM-DD) from which a page that was not there is tried again."""
    from datetime import datetime, timedelta, timezone

    checked = _when(state.checked) or datetime.now(timezone.utc)
    return (checked + timedelta(days=RETRY_DAYS)).date().isoformat()


def plan(state: ItemState | None, guid: str | None, date: str | None, now: datetime | None = None) -> str:
    """What to do with an item's page: "fetch" it, "keep" the stored article, or "wait" (a known 404).

    `state` is what the last fetch gave (None: never fetched).
    """
    from datetime import datetime, timedelta, timezone

    if state is None:
        return "fetch"
    same = (state.guid, state.date) == (guid, date)
    if state.status in GONE:
        now = now or datetime.now(timezone.utc)
        checked = _when(state.checked)
        due = checked is None or now >= checked + timedelta(days=RETRY_DAYS)
        return "fetch" if (due or not same) else "wait"
    if state.status in (200, 304) and same:
        return "keep"
    return "fetch"
