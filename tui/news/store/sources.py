"""Every place an article came from, and the fingerprints that find an article's copies.

An article's first place stays `articles.source` (its id derives from it); the `sources` table
holds the other places (a user's copy of a sample, a feed item's page, a file saved again),
each with the digest it was last imported with (so an unchanged copy is skipped) and the id it
would have had as an article of its own (`alias`: a script that named that id still finds the
article). `fingerprints` and `fingerprint_bands` hold each article's MinHash sketch and its LSH
keys (see `similarity`): a new document is checked against the few articles that share a key,
never against all of them.

A copy's text is not stored: the article keeps its first place's text, so its anchors, and the
bookmarks on them, never move because a copy arrived.
"""

from __future__ import annotations

import sqlite3
import struct
from types import SimpleNamespace
from collections.abc import Callable, Sequence

from .connection import Index, now
from .rows import drop_article

SCHEMA = """
CREATE TABLE sources(
  source TEXT PRIMARY KEY,
  article TEXT NOT NULL,
  alias TEXT NOT NULL,
  digest TEXT NOT NULL,
  added TEXT NOT NULL
);
CREATE INDEX sources_article ON sources(article);
CREATE INDEX sources_alias ON sources(alias);
CREATE TABLE fingerprints(
  article INTEGER PRIMARY KEY REFERENCES articles(pk) ON DELETE CASCADE,
  content INTEGER NOT NULL,
  sketch BLOB NOT NULL,
  bands BLOB NOT NULL
);
CREATE TABLE fingerprint_bands(
  key INTEGER NOT NULL,
  article INTEGER NOT NULL,
  PRIMARY KEY(key, article)
) WITHOUT ROWID;
"""
EXACT_CHECKS = 3  # candidates measured clause by clause at most, the closest estimates first
ESTIMATE_SLACK = 0.1  # a candidate whose estimated Jaccard is this far below `SAME` is not measured

Fingerprint = tuple[int, bytes, tuple[int, ...]]  # (content key, sketch, band keys): `similarity.fingerprint`


def places(con: sqlite3.Connection, article_id: str, first: str) -> tuple[str, ...]:
    """Every place of an article: its first one, then the others in the order they came."""
    return (first, *(r[0] for r in con.execute(
        "SELECT source FROM sources WHERE article=? ORDER BY added, rowid", (article_id,))))


def by_alias(con: sqlite3.Connection, alias: str) -> str | None:
    """The id of the article a place merged into, by the id that place had (or would have had)."""
    row = con.execute("SELECT article FROM sources WHERE alias=? LIMIT 1", (alias,)).fetchone()
    return row[0] if row else None


class Sources:
    """The places of articles beyond their first, and the fingerprints that find copies."""

    def __init__(self, index: Index) -> None:
        """Sources over `index`."""
        self.index = index

    def digest_of(self, source: str) -> tuple[str, str] | None:
        """(article id, digest) when `source` is another place of an article here."""
        row = self.index.con.execute(
            "SELECT s.article, s.digest FROM sources s JOIN articles a ON a.id=s.article WHERE s.source=?",
            (source,)).fetchone()
        return (row[0], row[1]) if row else None

    def attach(self, source: str, article_id: str, alias: str, digest: str) -> None:
        """Record `source` as another place of the article (its digest as imported now)."""
        self.index.con.execute(
            "INSERT INTO sources(source, article, alias, digest, added) VALUES(?,?,?,?,?)"
            " ON CONFLICT(source) DO UPDATE SET article=excluded.article, digest=excluded.digest",
            (source, article_id, alias, digest, now()))

    def detach(self, source: str) -> None:
        """`source` is no longer another place of any article (it became an article of its own)."""
        self.index.con.execute("DELETE FROM sources WHERE source=?", (source,))

    def copy_of(self, passages: Sequence[tuple], fp: Fingerprint | None) -> str | None:
        """The id of the article here whose text these passages (StoredPassage tuples) repeat, if any."""
        return copy_of(self.index.con, passages, fp)

    def remember(self, source: str, passages: Sequence[tuple], fp: Fingerprint | None) -> None:
        """Store (or replace) the fingerprint of the article just written for its first place `source`."""
        pk = self.index.con.execute("SELECT pk FROM articles WHERE source=?", (source,)).fetchone()[0]
        remember(self.index.con, pk, passages, fp)


def copy_of(con: sqlite3.Connection, passages: Sequence[tuple], fp: Fingerprint | None) -> str | None:
    """The id of the article whose text these passages (StoredPassage tuples) repeat, if any: the same
    content key, else the closest of the articles sharing a band key, if its clauses are `SAME` alike."""
    from .. import similarity

    content, sketch, bands = fp or _fingerprint(passages)
    keys = (content, *bands)
    rows = con.execute(
        "SELECT f.article, f.content, f.sketch FROM fingerprints f WHERE f.article IN"
        f" (SELECT article FROM fingerprint_bands WHERE key IN ({','.join('?' * len(keys))}))", keys).fetchall()
    exact = [pk for pk, found, _ in rows if found == content]
    if exact:
        return _id(con, min(exact))
    # The closest estimates first (the earliest article on a tie), then measured clause by clause.
    ranked = sorted((-similarity.estimate(sketch, theirs), pk) for pk, _, theirs in rows)
    close = [pk for score, pk in ranked if -score >= similarity.SAME - ESTIMATE_SLACK][:EXACT_CHECKS]
    if not close:
        return None
    mine = similarity.clauses(p[5] for p in passages)
    best, earliest = max((similarity.jaccard(mine, _clauses(con, pk)), -pk) for pk in close)
    return _id(con, -earliest) if best >= similarity.SAME else None


def _id(con: sqlite3.Connection, pk: int) -> str:
    return con.execute("SELECT id FROM articles WHERE pk=?", (pk,)).fetchone()[0]


def _clauses(con: sqlite3.Connection, pk: int) -> set[str]:
    from .. import similarity

    return similarity.clauses(r[0] for r in con.execute("SELECT text FROM passages WHERE article=? ORDER BY seq", (pk,)))


def remember(con: sqlite3.Connection, pk: int, passages: Sequence[tuple], fp: Fingerprint | None) -> None:
    """Store (or replace) an article's fingerprint: its content key, sketch and band keys."""
    content, sketch, bands = fp or _fingerprint(passages)
    _forget(con, pk)
    keys = (content, *bands)
    con.execute("INSERT INTO fingerprints(article, content, sketch, bands) VALUES(?,?,?,?)",
                (pk, content, sketch, struct.pack(f"<{len(keys)}q", *keys)))
    con.executemany("INSERT OR IGNORE INTO fingerprint_bands(key, article) VALUES(?,?)", [(k, pk) for k in keys])


def _fingerprint(passages: Sequence[tuple]) -> Fingerprint:
    from .. import similarity

    return similarity.fingerprint([p[5] for p in passages], [p[1] for p in passages])


def forget(con: sqlite3.Connection, pk: int) -> None:
    """Drop an article's fingerprint and band keys (before it is deleted or folded into another)."""
    _forget(con, pk)


def _forget(con: sqlite3.Connection, pk: int) -> None:
    row = con.execute("SELECT bands FROM fingerprints WHERE article=?", (pk,)).fetchone()
    if row:
        keys = struct.unpack(f"<{len(row[0]) // 8}q", row[0])
        con.executemany("DELETE FROM fingerprint_bands WHERE key=? AND article=?", [(k, pk) for k in keys])
        con.execute("DELETE FROM fingerprints WHERE article=?", (pk,))


def merge(con: sqlite3.Connection, loser: str, survivor: str) -> None:
    """Fold article `loser` into `survivor`: its places become the survivor's, its bookmarks follow their
    passage there (or stay detached, with their text), and the loser's rows go."""
    from .bookmarks import reattach
    from .stories import Stories

    pk, source, digest, read = con.execute("SELECT pk, source, digest, read FROM articles WHERE id=?",
                                            (loser,)).fetchone()
    con.execute("INSERT OR REPLACE INTO sources(source, article, alias, digest, added) VALUES(?,?,?,?,?)",
                (source, survivor, loser, digest, now()))
    con.execute("UPDATE sources SET article=? WHERE article=?", (survivor, loser))
    if read:
        con.execute("UPDATE articles SET read=1 WHERE id=?", (survivor,))
    con.execute("UPDATE bookmarks SET article_id=? WHERE article_id=?", (survivor, loser))
    _forget(con, pk)
    Stories(SimpleNamespace(con=con)).forget(pk)  # its story, quotes and events are the survivor's already
    drop_article(con, pk)
    reattach(con, survivor)


def migrate(con: sqlite3.Connection, progress: Callable[[int, int], None]) -> None:
    """Schema 8: the tables, a fingerprint for every article, and copies already here folded into the
    article imported first (their bookmarks follow). `progress` is not told: the reader's progress line
    counts passages tokenized, and this reads them without tokenizing (a few seconds per 10,000 articles)."""
    for statement in SCHEMA.split(";"):
        if statement.strip():
            con.execute(statement)
    last = 0
    while rows := con.execute("SELECT pk, id FROM articles WHERE pk > ? ORDER BY pk LIMIT 500", (last,)).fetchall():
        for pk, aid in rows:
            passages = [(None, anchor, None, None, None, text) for anchor, text in con.execute(
                "SELECT anchor, text FROM passages WHERE article=? ORDER BY seq", (pk,))]
            fp = _fingerprint(passages)
            same = copy_of(con, passages, fp) if passages else None
            if same is not None:
                merge(con, aid, same)
            else:
                remember(con, pk, passages, fp)
        last = rows[-1][0]
