"""The files feed items carry (audio, video, images), in the enclosures table: one row each, in the
item's order, going with their article (`rows.drop_article`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ..models import Enclosure
from .connection import Index


def of(con: sqlite3.Connection, article: int) -> tuple[Enclosure, ...]:
    """An article's enclosures, by its primary key, in the order its item gave them."""
    return tuple(Enclosure(url, kind, length) for url, kind, length in con.execute(
        "SELECT url, type, length FROM enclosures WHERE article=? ORDER BY position", (article,)))


class Enclosures:
    """The enclosures table: (article, position) -> url, type, length."""

    def __init__(self, index: Index) -> None:
        """Enclosures over `index`."""
        self.index = index

    def of(self, article: int) -> tuple[Enclosure, ...]:
        """An article's enclosures, by its primary key."""
        return of(self.index.con, article)

    def any(self) -> bool:
        """Whether any article has enclosures."""
        return self.index.con.execute("SELECT 1 FROM enclosures LIMIT 1").fetchone() is not None

    def set(self, article: int, items: Iterable[Enclosure]) -> bool:
        """Make an article's enclosures these (in the caller's transaction); True when they changed."""
        items = tuple(items)
        if self.of(article) == items:
            return False
        con = self.index.con
        con.execute("DELETE FROM enclosures WHERE article=?", (article,))
        con.executemany("INSERT INTO enclosures(article, position, url, type, length) VALUES(?,?,?,?,?)",
                        [(article, k, e.url, e.type, e.length) for k, e in enumerate(items)])
        return True

    def add(self, article: int | None, items: Iterable[Enclosure]) -> None:
        """Add to an article's enclosures those whose URL it lacks (a copy of it brought them)."""
        if article is None:
            return
        have = self.of(article)
        urls = {e.url for e in have}
        self.set(article, have + tuple(e for e in items if e.url not in urls))

    def keep(self, article_id: str, items: tuple[Enclosure, ...], copy: bool = False) -> None:
        """An unchanged item's enclosures for its article (by id), in a transaction of their own when they
        changed; `copy`: the item is another place of the article, its enclosures are added."""
        pk = self.pk(article_id)
        if pk is None or (copy and not items) or self.of(pk) == items:
            return
        with self.index.transaction():
            self.add(pk, items) if copy else self.set(pk, items)

    def pk(self, article_id: str) -> int | None:
        """The row key of the article with this id."""
        row = self.index.con.execute("SELECT pk FROM articles WHERE id=?", (article_id,)).fetchone()
        return row[0] if row else None
