"""Site templates in the index: which line keys each article holds, and how many articles of its site hold
each key (see `cleaning.templates`; a key already names its site).

Three tables: `template_articles` (an article's site and keys, so its rows can go when it changes),
`template_lines` (key, article: who holds a key) and `template_counts` (key, articles). An import adds an
article's keys and is told which keys reached the threshold with it, so that the other holders (two, at
that moment) are cleaned again; a change or removal that takes a key below the threshold names the
holders left, likewise.
"""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterable

from .connection import Index

THRESHOLD = 3  # articles of one site holding a line make it template


def pack(keys: Iterable[int]) -> bytes:
    """Keys as stored: 8-byte signed integers."""
    return array("q", keys).tobytes()


def unpack(blob: bytes) -> list[int]:
    """Stored keys back as integers."""
    keys = array("q")
    keys.frombytes(blob)
    return keys.tolist()


class Templates:
    """The template tables: per article, the keys of its lines; per key, the articles holding it."""

    def __init__(self, index: Index) -> None:
        """Templates over `index`."""
        self.index = index

    def counts(self, keys: list[int]) -> dict[int, int]:
        """How many articles hold each of `keys` (keys no article holds are left out)."""
        # One statement for any number of keys (an IN list of each length would be a statement of its own,
        # and push the import's other statements out of the connection's cache).
        return dict(self.index.con.execute(
            "SELECT key, articles FROM template_counts WHERE key IN (SELECT value FROM json_each(?))",
            (json.dumps(keys),)).fetchall())

    def of(self, article: int) -> tuple[str, list[int]] | None:
        """(site, keys) recorded for an article (its primary key), if any."""
        row = self.index.con.execute("SELECT site, keys FROM template_articles WHERE article=?", (article,)).fetchone()
        return (row[0], unpack(row[1])) if row else None

    def holders(self, key: int) -> list[int]:
        """The articles holding a key."""
        return [r[0] for r in self.index.con.execute("SELECT article FROM template_lines WHERE key=?", (key,))]

    def record(self, article: int, site: str, keys: list[int], reaching: set[int] | None = None) -> set[int]:
        """Set an article's keys (in the open transaction); returns the keys whose count crossed the
        threshold, up or down, by this change. `reaching`: the keys that reach it, when the caller knows
        (a new article whose counts it read in this transaction)."""
        old = self.of(article)
        con = self.index.con
        if old is None:  # (INSERT OR REPLACE would cost a search of every table referring to this one)
            con.execute("INSERT INTO template_articles(article, site, keys) VALUES(?,?,?)", (article, site, pack(keys)))
        else:
            con.execute("UPDATE template_articles SET site=?, keys=? WHERE article=?", (site, pack(keys), article))
        before = set(old[1]) if old else set()
        after = set(keys)
        return self._drop(article, before - after) | self._add(article, after - before, None if old else reaching)

    def forget(self, article: int) -> set[int]:
        """Remove an article's keys (it is being deleted); returns the other articles holding a key that
        fell below the threshold (their line is no longer template: they are to be cleaned again)."""
        old = self.of(article)
        self.index.con.execute("DELETE FROM template_articles WHERE article=?", (article,))
        crossed = self._drop(article, set(old[1])) if old else set()
        return {h for k in crossed for h in self.holders(k)} - {article}

    def _add(self, article: int, keys: set[int], reaching: set[int] | None = None) -> set[int]:
        if not keys:
            return set()
        con = self.index.con
        con.executemany("INSERT INTO template_lines(key, article) VALUES(?,?)", [(k, article) for k in keys])
        con.executemany("INSERT INTO template_counts(key, articles) VALUES(?, 1)"
                        " ON CONFLICT(key) DO UPDATE SET articles = articles + 1", [(k,) for k in keys])
        if reaching is not None:
            return reaching & keys
        return {k for k, n in self.counts(list(keys)).items() if n == THRESHOLD}

    def _drop(self, article: int, keys: set[int]) -> set[int]:
        if not keys:
            return set()
        con = self.index.con
        con.executemany("DELETE FROM template_lines WHERE key=? AND article=?", [(k, article) for k in keys])
        con.executemany("UPDATE template_counts SET articles = articles - 1 WHERE key=?", [(k,) for k in keys])
        crossed = {k for k, n in self.counts(list(keys)).items() if n == THRESHOLD - 1}
        con.executemany("DELETE FROM template_counts WHERE key=? AND articles <= 0", [(k,) for k in keys])
        return crossed
