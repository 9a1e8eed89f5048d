"""The index's schema: the tables as created, and the migrations that bring an older file up to date.

Full-text search uses a contentless FTS5 table over fugashi tokens (its `unicode61` tokenizer
keeps their letters and numbers, so punctuation is never a term): rows are deleted by
re-tokenising the passage's text, which the passages table keeps. It stores no column sizes
(columnsize=0): FTS5's own ranking is not used (see `store.search`). A second contentless table,
the character index, holds every passage's characters, so any substring is found (schema 10).
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Callable
from contextlib import AbstractContextManager

from ..errors import IndexFileError, NotAnIndex
from ..language import char_text, fts_text

APPLICATION_ID = 0x4E575352  # "NWSR": marks a file as ours
SCHEMA_VERSION = 13


_SCHEMA_V1 = """
CREATE TABLE articles(
  pk INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  published TEXT,
  sort TEXT NOT NULL,
  site TEXT,
  format TEXT NOT NULL,
  digest TEXT NOT NULL,
  raw BLOB NOT NULL,
  doc TEXT NOT NULL,
  added TEXT NOT NULL,
  updated TEXT NOT NULL,
  read INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX articles_sort ON articles(sort DESC, pk DESC);
CREATE TABLE passages(
  pk INTEGER PRIMARY KEY AUTOINCREMENT,
  article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  anchor TEXT NOT NULL,
  kind TEXT NOT NULL,
  level INTEGER NOT NULL DEFAULT 0,
  citation INTEGER,
  text TEXT NOT NULL,
  UNIQUE(article, seq)
);
CREATE INDEX passages_anchor ON passages(article, anchor);
CREATE VIRTUAL TABLE passages_fts USING fts5(tokens, content='', tokenize='ascii', columnsize=0);
CREATE TABLE actors(
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  aliases TEXT NOT NULL DEFAULT '[]',
  english TEXT
);
CREATE TABLE mentions(
  passage INTEGER NOT NULL REFERENCES passages(pk) ON DELETE CASCADE,
  article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  actor TEXT NOT NULL,
  start INTEGER NOT NULL,
  end INTEGER NOT NULL
);
CREATE INDEX mentions_passage ON mentions(passage);
CREATE INDEX mentions_article ON mentions(article);
CREATE TABLE article_actors(
  actor TEXT NOT NULL,
  article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  mentions INTEGER NOT NULL,
  PRIMARY KEY(actor, article)
) WITHOUT ROWID;
CREATE INDEX article_actors_article ON article_actors(article);
CREATE TABLE bookmarks(
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL,
  anchor TEXT NOT NULL,
  title TEXT NOT NULL,
  text TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created TEXT NOT NULL,
  source TEXT,
  detached INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX bookmarks_article ON bookmarks(article_id, anchor);
CREATE TABLE state(key TEXT PRIMARY KEY, value TEXT);
"""

_SCHEMA_V2 = """
CREATE TABLE feeds(
  url TEXT PRIMARY KEY,
  title TEXT,
  etag TEXT,
  last_modified TEXT,
  last_fetched TEXT,
  items INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  added TEXT NOT NULL
);
"""

# Per-actor totals, kept up to date by every write, so the actor pane and one-actor
# counts never aggregate millions of rows.
_SCHEMA_V3 = """
CREATE TABLE actor_counts(
  actor TEXT PRIMARY KEY,
  articles INTEGER NOT NULL,
  mentions INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO actor_counts(actor, articles, mentions)
  SELECT actor, count(*), sum(mentions) FROM article_actors GROUP BY actor;
"""

# The article list reads its rows from one covering index in date order: an article's row
# holds its compressed source and analysis (several KB, in overflow pages), and columns
# stored after them (`read`) would otherwise drag every overflow page of 200 rows in.
_SCHEMA_V4 = """
DROP INDEX articles_sort;
CREATE INDEX articles_list ON articles(sort DESC, pk DESC, id, title, published, source, site, read);
"""

# Mentions live with their passage, as JSON [[actor, start, end], ...]: a table of them (with
# two indexes and two foreign keys) cost more to write than the passages themselves and held
# a fifth of the index, and they are only ever read a passage at a time.
_SCHEMA_V5 = """
ALTER TABLE passages ADD COLUMN mentions TEXT;
UPDATE passages SET mentions = (
  SELECT json_group_array(json_array(m.actor, m.start, m.end))
  FROM (SELECT actor, start, end FROM mentions WHERE passage = passages.pk ORDER BY start, end DESC) m)
  WHERE pk IN (SELECT passage FROM mentions);
DROP TABLE mentions;
"""

# A passage is looked up by anchor only within its article (some 70 rows, found through
# UNIQUE(article, seq)): an index of anchors cost a twentieth of every import's writes.
_SCHEMA_V6 = """
DROP INDEX IF EXISTS passages_anchor;
"""

# The FTS5 tokenizer: fugashi surfaces arrive one space apart with their punctuation, and
# unicode61 keeps only letters and numbers of them (schema 7; 'ascii' before, when Python
# dropped the punctuation tokens, a pass over every token of every import).
FTS_TOKENIZER = "unicode61 remove_diacritics 0"
_FTS = f"CREATE VIRTUAL TABLE passages_fts USING fts5(tokens, content='', tokenize='{FTS_TOKENIZER}', columnsize=0)"


# FTS5 merges a level's segments once it holds this many (its default is 4): each posting is
# rewritten fewer times while an archive grows, a fifth less of the writer's CPU on an import of
# 10,000 articles, and a query reads a few more segments (still about 2 ms at 100,000 articles).
FTS_AUTOMERGE = 16
FTS_CRISISMERGE = 64  # segments on a level before FTS5 merges them all at once, in one long commit


def _schema_v7(con: sqlite3.Connection, progress: Callable[[int, int], None]) -> None:
    """The FTS table anew with the unicode61 tokenizer, every passage tokenized again.

    `progress(done, total)` hears of the passages tokenized so far, every 2,000.
    """
    con.execute("DROP TABLE passages_fts")
    con.execute(_FTS)
    con.execute("INSERT INTO passages_fts(passages_fts, rank) VALUES('automerge', ?)", (FTS_AUTOMERGE,))
    # Above the automerge level, so merging stays incremental and no commit stalls the import.
    con.execute("INSERT INTO passages_fts(passages_fts, rank) VALUES('crisismerge', ?)", (FTS_CRISISMERGE,))
    last, done = 0, 0
    total = con.execute("SELECT count(*) FROM passages").fetchone()[0]
    while rows := con.execute("SELECT pk, text FROM passages WHERE pk > ? ORDER BY pk LIMIT 2000", (last,)).fetchall():
        con.executemany("INSERT INTO passages_fts(rowid, tokens) VALUES(?, ?)", [(pk, fts_text(t)) for pk, t in rows])
        last, done = rows[-1][0], done + len(rows)
        progress(done, total)


# Feeds carry tags (OPML folders); every item a feed brought is remembered with what its page
# fetch gave, so a refresh fetches an item's page once (again only when the item changes) and a
# known 404 waits some days before it is tried again. `source` is the article's source. The
# sources of articles the user removed are remembered, so a refresh does not bring them back.
_SCHEMA_V8 = """
ALTER TABLE feeds ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
CREATE TABLE feed_items(
  feed TEXT NOT NULL,
  source TEXT NOT NULL,
  link TEXT,
  guid TEXT,
  date TEXT,
  page_status INTEGER,
  page_etag TEXT,
  page_modified TEXT,
  page_checked TEXT,
  PRIMARY KEY(feed, source)
) WITHOUT ROWID;
CREATE INDEX feed_items_source ON feed_items(source);
CREATE TABLE removed_sources(source TEXT PRIMARY KEY, removed TEXT NOT NULL) WITHOUT ROWID;
"""


def _schema_v9(con: sqlite3.Connection, progress: Callable[[int, int], None]) -> None:
    """Stories, dated events and quotes: their tables, filled from every stored article."""
    from .stories import backfill

    backfill(con)


def _schema_v10(con: sqlite3.Connection, progress: Callable[[int, int], None]) -> None:
    """Every place of an article, and fingerprints to find copies: copies already here merge (`store.sources`)."""
    from .sources import migrate as sources_v10

    sources_v10(con, progress)


# The character index (schema 11): each passage's normalised characters, every one a term, with
# their positions, so that every substring of any length is a phrase query and a search finds
# what grep would, where the token index misses words the tokenizer splits another way (マクロン
# as マクロ + ン in a query) and parts of words (停, ゼレンスキ). Contentless, like the token index:
# the text is stored once, in the passages table. Every character but white space is a term.
CHARS_TOKENIZER = "unicode61 remove_diacritics 0 categories 'L* N* P* S* M* C*'"
_CHARS = ("CREATE VIRTUAL TABLE passages_chars USING fts5(chars, content='',"
          f' tokenize="{CHARS_TOKENIZER}", columnsize=0)')


def fill_chars(con: sqlite3.Connection, progress: Callable[[int, int], None]) -> int:
    """Index every passage's characters (into an empty passages_chars); returns how many passages.

    `progress(done, total)` hears of the passages indexed so far, every 2,000.
    """
    last, done = 0, 0
    total = con.execute("SELECT count(*) FROM passages").fetchone()[0]
    while rows := con.execute("SELECT pk, text FROM passages WHERE pk > ? ORDER BY pk LIMIT 2000", (last,)).fetchall():
        con.executemany("INSERT INTO passages_chars(rowid, chars) VALUES(?, ?)", [(pk, char_text(t)) for pk, t in rows])
        last, done = rows[-1][0], done + len(rows)
        progress(done, total)
    return done


def _schema_v11(con: sqlite3.Connection, progress: Callable[[int, int], None]) -> None:
    """The character index, filled from every passage's text."""
    con.execute(_CHARS)
    con.execute("INSERT INTO passages_chars(passages_chars, rank) VALUES('automerge', ?)", (FTS_AUTOMERGE,))
    con.execute("INSERT INTO passages_chars(passages_chars, rank) VALUES('crisismerge', ?)", (FTS_CRISISMERGE,))
    fill_chars(con, progress)


_TEMPLATES = """
CREATE TABLE template_articles(
  article INTEGER PRIMARY KEY REFERENCES articles(pk) ON DELETE CASCADE,
  site TEXT NOT NULL,
  keys BLOB NOT NULL
);
CREATE TABLE template_lines(key INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY(key, article)) WITHOUT ROWID;
CREATE TABLE template_counts(key INTEGER PRIMARY KEY, articles INTEGER NOT NULL) WITHOUT ROWID
"""


def _schema_v12(con: sqlite3.Connection, progress: Callable[[int, int], None]) -> None:
    """Site templates (`store.templates`): every stored article's line keys, counted per site.

    The articles stay as they were cleaned; the templates clean those imported from now on (and an
    article again when its template grows; `doctor --rebuild` cleans every one with them).
    """
    from ..cleaning.templates import page_keys, site_key
    from ..models import Document
    from .templates import pack

    for statement in _TEMPLATES.split(";"):
        con.execute(statement)
    last = 0
    while rows := con.execute("SELECT pk, source, format, raw, doc FROM articles WHERE pk > ? ORDER BY pk LIMIT 500",
                              (last,)).fetchall():
        for pk, source, fmt, raw, doc in rows:
            meta = json.loads(doc).get("meta") or {}
            document = Document(source=source, text=zlib.decompress(raw).decode("utf-8"), format=fmt,
                                title=meta.get("title"), url=meta.get("url"))
            site = site_key(document)
            keys = page_keys(document, site)
            con.execute("INSERT INTO template_articles(article, site, keys) VALUES(?,?,?)", (pk, site, pack(keys)))
            con.executemany("INSERT OR IGNORE INTO template_lines(key, article) VALUES(?,?)", [(k, pk) for k in keys])
        last = rows[-1][0]
    con.execute("INSERT INTO template_counts(key, articles) SELECT key, count(*) FROM template_lines GROUP BY key")


def _schema_v13(con: sqlite3.Connection, progress: Callable[[int, int], None]) -> None:
    """Enclosures (`store.enclosures`): the files a feed item carries, a row each in the item's order.

    Articles imported before have none until their feed brings the item again (`refresh`)."""
    con.execute("""CREATE TABLE IF NOT EXISTS enclosures(
  article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  url TEXT NOT NULL,
  type TEXT,
  length INTEGER,
  PRIMARY KEY(article, position)
) WITHOUT ROWID""")


# version -> the step that brings the schema from version-1 to version: SQL, or a function of the
# connection and a progress callback, (done, total).
MIGRATIONS: dict[int, str | Callable[[sqlite3.Connection, Callable[[int, int], None]], None]] = {
    1: _SCHEMA_V1, 2: _SCHEMA_V2, 3: _SCHEMA_V3, 4: _SCHEMA_V4, 5: _SCHEMA_V5, 6: _SCHEMA_V6, 7: _schema_v7,
    8: _SCHEMA_V8, 9: _schema_v9, 10: _schema_v10, 11: _schema_v11, 12: _schema_v12,
    13: _schema_v13}


def check_schema(con: sqlite3.Connection, path: str) -> None:
    """Raise IndexFileError unless the open database is ours (or empty) and not too new. Only reads."""
    app_id = con.execute("PRAGMA application_id").fetchone()[0]
    version = con.execute("PRAGMA user_version").fetchone()[0]
    tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app_id != APPLICATION_ID and not (app_id == 0 and tables == 0):
        raise NotAnIndex(f"{path} is not a newsreader index (another program's database)")
    if version > SCHEMA_VERSION:
        raise IndexFileError(f"{path} was written by a newer newsreader (schema {version})")
    if tables:
        con.execute("SELECT 1 FROM articles LIMIT 1").fetchone()  # reads a page: a corrupt file fails here


def _quiet(done: int, total: int) -> None:
    """No one to tell of an upgrade's progress."""


def migrate(con: sqlite3.Connection, transaction: Callable[[], AbstractContextManager[sqlite3.Connection]],
            on_upgrade: Callable[[int, int], None] | None = None,
            progress: Callable[[int, int], None] | None = None) -> None:
    """Bring the schema up to SCHEMA_VERSION in one `transaction()`, all or nothing.

    `on_upgrade(old, new)` is told before an existing index is upgraded, `progress(done, total)`
    while a long step runs.
    """
    version = con.execute("PRAGMA user_version").fetchone()[0]
    if version >= SCHEMA_VERSION:
        return
    with transaction() as con:
        version = con.execute("PRAGMA user_version").fetchone()[0]  # another process may have won
        if 0 < version < SCHEMA_VERSION and on_upgrade is not None:
            on_upgrade(version, SCHEMA_VERSION)  # an existing index: this may take a while
        for target in range(version + 1, SCHEMA_VERSION + 1):
            step = MIGRATIONS[target]
            if callable(step):
                step(con, progress or _quiet)
            else:
                for statement in step.split(";"):
                    if statement.strip():
                        con.execute(statement)
            con.execute(f"PRAGMA user_version={target}")
        con.execute(f"PRAGMA application_id={APPLICATION_ID}")
