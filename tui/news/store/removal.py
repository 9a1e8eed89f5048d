"""Removing from the index: articles (their bookmarks stay, detached, with their text) and subscriptions."""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import NewsError
from .connection import Index, now
from .readstate import FROM_FEED, resolve_ids
from .rows import drop_article
from .sources import forget as forget_fingerprint
from .stories import Stories
from .templates import Templates


class Removal:
    """Deleting articles and ending subscriptions."""

    def __init__(self, index: Index) -> None:
        """Removal over `index`."""
        self.index = index
        self.regained: set[int] = set()  # articles that get a site-template line back: to clean again

    def remove(self, ids: Iterable[str]) -> list[str]:
        """Delete these articles, all or none; returns their ids. A refresh does not bring them back."""
        with self.index.transaction():
            found = resolve_ids(self.index, ids)
            for pk, _ in dict.fromkeys(found):
                self._delete(pk)
        return list(dict.fromkeys(aid for _, aid in found))

    def removed(self, sources: Iterable[str]) -> set[str]:
        """Those of `sources` whose article the user removed."""
        con = self.index.con
        return {s for s in sources if con.execute("SELECT 1 FROM removed_sources WHERE source=?", (s,)).fetchone()}

    def unsubscribe(self, url: str, purge: bool = False) -> tuple[int, int]:
        """End the subscription to `url`; its articles stay, or with `purge` those without bookmarks go.

        Returns (articles removed, articles kept for their bookmarks). NewsError if there is no such
        subscription.
        """
        with self.index.transaction() as con:
            if con.execute("SELECT 1 FROM feeds WHERE url=?", (url,)).fetchone() is None:
                raise NewsError(f"no subscription to {url} (`newsreader feeds` lists them)")
            removed = kept = 0
            if purge:
                rows = con.execute(
                    f"SELECT a.pk, EXISTS (SELECT 1 FROM bookmarks b WHERE b.article_id=a.id) FROM articles a"
                    f" WHERE {FROM_FEED}", (url,)).fetchall()
                for pk, bookmarked in rows:
                    if bookmarked:
                        kept += 1
                    else:
                        self._delete(pk, remember=False)
                        removed += 1
            con.execute("DELETE FROM feed_items WHERE feed=?", (url,))
            con.execute("DELETE FROM feeds WHERE url=?", (url,))
        return removed, kept

    def _delete(self, pk: int, remember: bool = True) -> None:
        """Delete one article and all that hangs off it, in the open transaction; its bookmarks are detached."""
        con = self.index.con
        aid, source = con.execute("SELECT id, source FROM articles WHERE pk=?", (pk,)).fetchone()
        Stories(self.index).forget(pk)  # its story shrinks (or goes), its quotes and events go
        forget_fingerprint(con, pk)  # no copy is ever matched to it again
        self.regained = (self.regained | Templates(self.index).forget(pk)) - {pk}
        drop_article(con, pk)
        con.execute("UPDATE bookmarks SET detached=1 WHERE article_id=?", (aid,))
        places = [source, *(row[0] for row in con.execute("SELECT source FROM sources WHERE article=?", (aid,)))]
        con.execute("DELETE FROM sources WHERE article=?", (aid,))  # every place of it goes with it
        if remember:
            con.executemany("INSERT OR REPLACE INTO removed_sources(source, removed) VALUES(?, ?)",
                            [(place, now()) for place in places])
