"""The SQLite index: schema, migrations, writes of whole articles, and queries.

One connection per thread (sqlite3 connections must not cross threads); WAL so
readers never block the writer; a busy timeout so a second writer waits.
Full-text search uses a contentless FTS5 table over fugashi tokens (its `unicode61`
tokenizer keeps their letters and numbers, so punctuation is never a term): rows are
deleted by re-tokenising the passage's text, which the passages table keeps. It stores
no column sizes (columnsize=0): FTS5's own ranking is not used (see `Library.search`).
"""

from __future__ import annotations

import os
from .db import sqlite3
import time
from collections import namedtuple

from .errors import StorageError, storage_error

if False:  # pragma: no cover  (for type checkers only: these cost `newsreader search` start-up)
    from collections.abc import Callable, Iterable
    from pathlib import Path

APPLICATION_ID = 0x4E575352  # "NWSR": marks a file as ours
SCHEMA_VERSION = 7


def _busy_timeout() -> float:
    """How long a write waits for another process's write lock: $NEWSREADER_BUSY_TIMEOUT seconds, else 30."""
    try:
        seconds = float(os.environ.get("NEWSREADER_BUSY_TIMEOUT", ""))
    except ValueError:
        return 30.0
    return seconds if 0 <= seconds <= 86400 else 30.0


BUSY_TIMEOUT_S = _busy_timeout()

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

# version -> script that brings the schema from version-1 to version
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


def _schema_v7(con: sqlite3.Connection, progress: "Callable[[int, int], None]") -> None:
    """The FTS table anew with the unicode61 tokenizer, every passage tokenized again.

    `progress(done, total)` hears of the passages tokenized so far, every 2,000.
    """
    con.execute("DROP TABLE passages_fts")
    con.execute(_FTS)
    con.execute("INSERT INTO passages_fts(passages_fts, rank) VALUES('automerge', ?)", (FTS_AUTOMERGE,))
    # Above the automerge level, so merging stays incremental and no commit stalls the import.
    con.execute("INSERT INTO passages_fts(passages_fts, rank) VALUES('crisismerge', ?)", (FTS_CRISISMERGE,))
    from .language import fts_text  # loaded only by this migration: opening an index never needs it

    last, done = 0, 0
    total = con.execute("SELECT count(*) FROM passages").fetchone()[0]
    while rows := con.execute("SELECT pk, text FROM passages WHERE pk > ? ORDER BY pk LIMIT 2000", (last,)).fetchall():
        con.executemany("INSERT INTO passages_fts(rowid, tokens) VALUES(?, ?)", [(pk, fts_text(t)) for pk, t in rows])
        last, done = rows[-1][0], done + len(rows)
        progress(done, total)


# A step is SQL, or a function of the connection and a progress callback, (done, total).
MIGRATIONS: dict[int, "str | Callable[[sqlite3.Connection, Callable[[int, int], None]], None]"] = {
    1: _SCHEMA_V1, 2: _SCHEMA_V2, 3: _SCHEMA_V3, 4: _SCHEMA_V4, 5: _SCHEMA_V5, 6: _SCHEMA_V6, 7: _schema_v7}


class IndexFileError(Exception):
    """The index file cannot be used: not ours, corrupt, or too new."""


class NotAnIndex(IndexFileError):
    """The file is not newsreader's: not SQLite at all, or another program's database (by its header)."""


class IndexFileDamaged(IndexFileError):
    """SQLite cannot read the index file: it is corrupt, or cannot be opened as one."""


# Rows as written, built by analysis workers and pickled back: plain named tuples (cheap to
# pickle, and no `typing` or dataclasses at start-up).
StoredPassage = namedtuple("StoredPassage", "seq anchor kind level citation text tokens mentions", defaults=(None,))
StoredPassage.__doc__ = """A passage row as written; `mentions` is JSON, [[actor id, start, end], ...], or None."""

StoredArticle = namedtuple("StoredArticle",
                           "id source title published site format digest raw doc passages actors actor_counts",
                           defaults=((), ()))
StoredArticle.__doc__ = """Everything written for one article in one transaction.

`raw` is the source text, UTF-8, zlib-compressed by the worker; `doc` the JSON of citations,
removed lines, summaries and metadata; `passages` plain tuples in StoredPassage's field order;
`actors` the definitions mentioned, plain tuples in models.Actor's field order (id, name,
kind, aliases, english); `actor_counts` (actor id, mentions) for the article.

Analysis workers pickle these back to the writer: plain tuples unpickle several times
faster than named tuples or dataclasses, one per passage and actor.
"""


def check_file(path: str | Path) -> None:
    """Raise IndexFileError when `path` exists but is not a usable newsreader index. Never writes.

    What is not the file's fault (a read-only folder, a full disk) raises the library's StorageError.
    """
    path = os.fspath(path)
    if not _exists(path):
        return
    try:
        con = sqlite3.connect(f"{_file_uri(path)}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            _check_schema(con, path)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if _locked(exc):
            return  # another process is writing: the read-write open will wait for it
        raise _file_error(exc, path) from exc


def _exists(path: str) -> bool:
    """False when there is no index yet (no file, or an empty one); raise when the path is a folder.

    Only stat()s the path. Opening the file outside SQLite, even to read its header, is never safe
    in a process that may hold a connection to it: closing any descriptor of a file drops every
    POSIX lock the process holds on it, and another process, believing itself the last user, would
    checkpoint and delete the -wal and -shm files under this one's connections. Whether the file is
    SQLite at all is asked of SQLite (`_file_error`).
    """
    if not os.path.exists(path):
        return False
    if os.path.isdir(path):
        raise IndexFileError(f"{path} is a directory, not a newsreader index")
    return os.path.getsize(path) > 0


def _file_error(exc: sqlite3.DatabaseError, path: str) -> IndexFileError | StorageError:
    """What an SQLite error met while opening or checking the index means, by its error code."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code == sqlite3.SQLITE_NOTADB:
        return NotAnIndex(f"{path} is not a newsreader index (not an SQLite database)")
    if code == sqlite3.SQLITE_CORRUPT:
        return IndexFileDamaged(f"{path} is corrupt ({exc})")
    typed = storage_error(exc, path, BUSY_TIMEOUT_S)
    if typed is not None:
        return typed  # locked, read-only, full: the file itself is not at fault
    if isinstance(exc, sqlite3.OperationalError):
        return IndexFileDamaged(f"{path} cannot be opened ({exc})")
    return IndexFileDamaged(f"{path} is corrupt ({exc})")


def _check_schema(con: sqlite3.Connection, path: str) -> None:
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


def _file_uri(path: str) -> str:
    """An SQLite URI for a file path (what `Path.as_uri` gives, without loading pathlib on POSIX)."""
    if os.name == "nt":  # pragma: no cover
        from pathlib import Path

        return Path(path).resolve().as_uri()
    return "file:" + "".join(f"%{ord(c):02X}" if c in "%?#" else c for c in os.path.realpath(path))


def _quiet(done: int, total: int) -> None:
    """No one to tell of an upgrade's progress."""


def _locked(exc: Exception) -> bool:
    """True for SQLite's "busy" and "locked" errors (told by their code)."""
    return (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def _make_folder(path: str) -> None:
    """Create the default index's folder on first use; a folder the user named (--db, $NEWSREADER_DB) must exist.

    A mistyped path would otherwise make folders and a new, empty index that nobody asked for.
    """
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(folder):
        return
    from .paths import default_index_file

    if os.path.abspath(path) != os.path.abspath(default_index_file()):
        what = "is not a folder" if os.path.exists(folder) else "does not exist"
        raise IndexFileError(f"cannot use the index {path}: its folder {folder} {what}")
    os.makedirs(folder, exist_ok=True)


class Index:
    """A connection to the index file; one per thread."""

    def __init__(self, path: Path, on_upgrade: "Callable[[int, int], None] | None" = None,
                 upgrade_progress: "Callable[[int, int], None] | None" = None) -> None:
        """Open (creating or migrating) the index; `on_upgrade(old, new)` is told before an upgrade runs,
        `upgrade_progress(done, total)` while a long step of it runs."""
        self.path = os.fspath(path)
        self._on_upgrade = on_upgrade
        self._upgrade_progress = upgrade_progress
        self._stored_actors: dict[str, tuple] = {}  # actor definitions this connection wrote
        existing = _exists(self.path)
        _make_folder(self.path)
        try:
            self.con = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                       check_same_thread=False)
        except sqlite3.DatabaseError as exc:
            raise _file_error(exc, self.path) from exc
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                if existing:
                    # Checked on this connection before anything is written (no second
                    # connection: this open is on the path of every command).
                    try:
                        _check_schema(self.con, self.path)
                    except IndexFileError:
                        self.con.close()
                        raise
                # Switching to WAL takes an exclusive lock that SQLite does not wait for:
                # when two processes open a new index at once, the second retries.
                self.con.execute("PRAGMA journal_mode=WAL")
                self.con.execute("PRAGMA synchronous=NORMAL")
                self.con.execute("PRAGMA foreign_keys=ON")
                self._migrate()
                break
            except sqlite3.DatabaseError as exc:
                if _locked(exc) and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                self.con.close()
                raise _file_error(exc, self.path) from exc

    def close(self) -> None:
        """Close the connection."""
        self.con.close()

    def transaction(self) -> "_Transaction":
        """An immediate (write) transaction, all or nothing: `with index.transaction() as con: ...`."""
        return _Transaction(self)

    def _migrate(self) -> None:
        version = self.con.execute("PRAGMA user_version").fetchone()[0]
        if version >= SCHEMA_VERSION:
            return
        with self.transaction() as con:
            version = con.execute("PRAGMA user_version").fetchone()[0]  # another process may have won
            if 0 < version < SCHEMA_VERSION and self._on_upgrade is not None:
                self._on_upgrade(version, SCHEMA_VERSION)  # an existing index: this may take a while
            for target in range(version + 1, SCHEMA_VERSION + 1):
                step = MIGRATIONS[target]
                if callable(step):
                    step(con, self._upgrade_progress or _quiet)
                else:
                    for statement in step.split(";"):
                        if statement.strip():
                            con.execute(statement)
                con.execute(f"PRAGMA user_version={target}")
            con.execute(f"PRAGMA application_id={APPLICATION_ID}")

    # --- state --------------------------------------------------------------------

    def get_state(self, key: str, default: str | None = None) -> str | None:
        """A remembered value (last article, theme, …)."""
        row = self.con.execute("SELECT value FROM state WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def set_state(self, key: str, value: str | None) -> None:
        """Remember a value."""
        self.con.execute("INSERT INTO state(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                         (key, value))

    # --- writes ---------------------------------------------------------------------

    def digest_of(self, source: str) -> tuple[str, str] | None:
        """(id, digest) of the article stored for `source`, if any."""
        row = self.con.execute("SELECT id, digest FROM articles WHERE source=?", (source,)).fetchone()
        return (row[0], row[1]) if row else None

    def id_taken(self, article_id: str, source: str) -> bool:
        """True when another source already holds this id."""
        row = self.con.execute("SELECT source FROM articles WHERE id=?", (article_id,)).fetchone()
        return row is not None and row[0] != source

    def write_article(self, art: StoredArticle, now: str, old_tokens: Iterable[tuple[int, str]] = ()) -> str:
        """Insert or replace one article and its passages in the open transaction.

        Returns "added" or "updated". `old_tokens` are (passage pk, token string) of
        the passages being replaced, so their FTS rows can be deleted.
        """
        con = self.con
        row = con.execute("SELECT pk FROM articles WHERE source=?", (art.source,)).fetchone()
        raw, doc = art.raw, art.doc
        sort = art.published or ("0000-00-00 " + now)
        if row:
            pk = row[0]
            for ppk, tokens in old_tokens:
                con.execute("INSERT INTO passages_fts(passages_fts, rowid, tokens) VALUES('delete', ?, ?)", (ppk, tokens))
            con.execute("DELETE FROM passages WHERE article=?", (pk,))
            con.execute(
                "UPDATE actor_counts SET articles = articles - 1, mentions = mentions -"
                " (SELECT mentions FROM article_actors WHERE article=? AND actor=actor_counts.actor)"
                " WHERE actor IN (SELECT actor FROM article_actors WHERE article=?)", (pk, pk))
            con.execute("DELETE FROM article_actors WHERE article=?", (pk,))
            con.execute("DELETE FROM actor_counts WHERE articles <= 0")
            con.execute(
                "UPDATE articles SET title=?, published=?, sort=?, site=?, format=?, digest=?, raw=?, doc=?, updated=? WHERE pk=?",
                (art.title, art.published, sort, art.site, art.format, art.digest, raw, doc, now, pk),
            )
            outcome = "updated"
        else:
            cur = con.execute(
                "INSERT INTO articles(id, source, title, published, sort, site, format, digest, raw, doc, added, updated)"
                " VALUES(?,?,?,?,?,?,?,?,?,?,?,?)",
                (art.id, art.source, art.title, art.published, sort, art.site, art.format, art.digest, raw, doc, now, now),
            )
            pk = cur.lastrowid
            outcome = "added"
        self._store_actors(art.actors)
        # Passage keys are handed out here (the write lock is held), so every row goes in
        # with one executemany per table instead of one statement per row.
        base = con.execute(
            "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name='passages'), 0),"
            " coalesce((SELECT max(pk) FROM passages), 0))").fetchone()[0]
        keys = range(base + 1, base + 1 + len(art.passages))
        con.executemany(
            "INSERT INTO passages(pk, article, seq, anchor, kind, level, citation, text, mentions)"
            " VALUES(?,?,?,?,?,?,?,?,?)",
            [(ppk, pk, seq, anchor, kind, level, citation, text, mentions)
             for ppk, (seq, anchor, kind, level, citation, text, _, mentions) in zip(keys, art.passages)])
        con.executemany("INSERT INTO passages_fts(rowid, tokens) VALUES(?, ?)",
                        [(ppk, p[6]) for ppk, p in zip(keys, art.passages)])
        counts = dict(art.actor_counts)
        con.executemany("INSERT INTO article_actors(actor, article, mentions) VALUES(?,?,?)",
                        [(a, pk, n) for a, n in counts.items()])
        con.executemany("INSERT INTO actor_counts(actor, articles, mentions) VALUES(?, 1, ?) ON CONFLICT(actor)"
                        " DO UPDATE SET articles = articles + 1, mentions = mentions + excluded.mentions",
                        list(counts.items()))
        return outcome

    def passages_of(self, source: str) -> list[tuple[int, str]]:
        """(pk, text) of the passages stored for a source (to re-tokenise before replacing)."""
        return self.con.execute(
            "SELECT p.pk, p.text FROM passages p JOIN articles a ON a.pk=p.article WHERE a.source=?", (source,)
        ).fetchall()

    def _store_actors(self, actors: Iterable[tuple]) -> None:
        """Store actor definitions (id, name, kind, aliases, english); a discovered actor's spellings
        accumulate across articles."""
        import json  # loaded on use: a search never needs it

        for aid, name, kind, aliases, english in actors:
            aliases = tuple(aliases)
            known = self._stored_actors.get(aid)
            if known is not None and known[0] == (name, kind, english) and set(aliases) <= known[1]:
                continue  # written by this connection already, nothing new
            row = self.con.execute("SELECT aliases FROM actors WHERE id=?", (aid,)).fetchone()
            merged = list(aliases)
            if row and aid.startswith("p:"):
                merged = sorted(set(json.loads(row[0])) | set(aliases))
            self.con.execute(
                "INSERT INTO actors(id, name, kind, aliases, english) VALUES(?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
                " name=excluded.name, kind=excluded.kind, aliases=excluded.aliases, english=excluded.english",
                (aid, name, kind, json.dumps(merged, ensure_ascii=False), english),
            )
            self._stored_actors[aid] = ((name, kind, english), frozenset(merged))

    # --- reads -----------------------------------------------------------------------

    def count_articles(self) -> int:
        """How many articles the index holds."""
        return self.con.execute("SELECT count(*) FROM articles").fetchone()[0]

    def raw_of(self, article_id: str) -> tuple[str, str, str, dict] | None:
        """(source, format, raw text, metadata) of an article, for re-cleaning."""
        import json  # loaded on use: a search never needs it

        row = self.con.execute("SELECT source, format, raw, doc FROM articles WHERE id=?", (article_id,)).fetchone()
        if not row:
            return None
        meta = json.loads(row[3]).get("meta") or {}
        import zlib

        return row[0], row[1], zlib.decompress(row[2]).decode("utf-8"), meta


class _Transaction:
    """`Index.transaction()`: BEGIN IMMEDIATE on entry; COMMIT when the block ends, ROLLBACK when it raises.

    A class rather than `contextlib.contextmanager`: contextlib would add half a millisecond to
    the start of `newsreader search`, which never writes.
    """

    __slots__ = ("index",)

    def __init__(self, index: Index) -> None:
        self.index = index

    def __enter__(self) -> sqlite3.Connection:
        try:
            self.index.con.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            typed = storage_error(exc, self.index.path, BUSY_TIMEOUT_S)
            if typed is None:
                raise
            raise typed from exc
        return self.index.con

    def __exit__(self, kind, value, traceback) -> None:
        con = self.index.con
        if kind is None:
            try:
                con.execute("COMMIT")
                return
            except sqlite3.Error as exc:
                value = exc
        try:
            if con.in_transaction:  # SQLite has rolled back by itself after some errors (a full disk)
                con.execute("ROLLBACK")
        finally:
            self.index._stored_actors.clear()  # what the transaction wrote is gone
        typed = storage_error(value, self.index.path, BUSY_TIMEOUT_S) if isinstance(value, sqlite3.Error) else None
        if typed is not None:
            raise typed from value  # locked, read-only, full or damaged: the library's own error
        if kind is None:
            raise value
