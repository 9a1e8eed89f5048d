"""Read state in the index: marking articles read or unread, one by one, all, or a feed's; unread counts."""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import NewsError
from .connection import Index

# The articles a feed brought (through the items it listed).
FROM_FEED = "a.source IN (SELECT source FROM feed_items WHERE feed=?)"


def resolve_ids(index: Index, ids: Iterable[str]) -> list[tuple[int, str]]:
    """(pk, id) of each article named, by id or a unique prefix of at least 4 characters.

    NewsError names the first that is unknown, so a command does all of its work or none.
    """
    con, found = index.con, []
    for given in ids:
        row = con.execute("SELECT pk, id FROM articles WHERE id=?", (given,)).fetchone()
        if row is None and len(given) >= 4:
            rows = con.execute("SELECT pk, id FROM articles WHERE id LIKE ? || '%' LIMIT 2",
                               (given.replace("%", "").replace("_", ""),)).fetchall()
            row = rows[0] if len(rows) == 1 else None
        if row is None:
            raise NewsError(f"no article with id {given!r}")
        found.append((row[0], row[1]))
    return found


class ReadState:
    """Which articles have been read."""

    def __init__(self, index: Index) -> None:
        """Read state over `index`."""
        self.index = index

    def mark(self, ids: Iterable[str], read: bool = True) -> int:
        """Mark these articles read (or unread), all or none; returns how many changed."""
        with self.index.transaction() as con:
            pks = [pk for pk, _ in resolve_ids(self.index, ids)]
            return sum(con.execute("UPDATE articles SET read=? WHERE pk=? AND read<>?",
                                   (int(read), pk, int(read))).rowcount for pk in pks)

    def mark_all(self, feed: str | None = None, read: bool = True) -> int:
        """Mark every article read (or only those `feed` brought); returns how many changed."""
        where, args = ("", ()) if feed is None else (f" AND {FROM_FEED}", (feed,))
        with self.index.transaction() as con:
            return con.execute(f"UPDATE articles AS a SET read=? WHERE read<>?{where}",
                               (int(read), int(read), *args)).rowcount

    def unread(self) -> int:
        """How many articles are unread."""
        return self.index.con.execute("SELECT count(*) FROM articles WHERE read=0").fetchone()[0]

    def unread_by_feed(self) -> dict[str, int]:
        """Unread articles per feed URL (feeds with none are left out)."""
        return dict(self.index.con.execute(
            "SELECT i.feed, count(DISTINCT a.pk) FROM feed_items i JOIN articles a ON a.source=i.source"
            " WHERE a.read=0 GROUP BY i.feed").fetchall())
