"""Rebuilds of the index into a new file, swapped in whole: from a sound index's stored text, or
from what the pages of a damaged one still hold.

A rebuild never writes to the index it replaces: it builds `index.db.rebuild` beside it and
moves it over the old file in one rename, so a rebuild killed half-way leaves the old index
as it was (and the next rebuild starts over). A damaged index is read page by page
(`salvage`), moved aside, never deleted.
"""

from __future__ import annotations

import json
import os
import sqlite3
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .library import ImportReport, Library, NewsError
from .models import Document, Enclosure
from .salvage import Salvage, open_elsewhere, salvage
from .store import BUSY_TIMEOUT_S, now
from .store.enclosures import of as enclosures_of
from .store.sources import by_alias

REBUILD_SUFFIX = ".rebuild"  # the new index is built beside the old one, under this name
# Tables rebuilt from the articles' stored text; every other table holds what only the user made.
_DERIVED = ("articles", "passages", "actors", "article_actors", "actor_counts", "mentions", "fingerprints",
            "fingerprint_bands", "template_articles", "template_lines", "template_counts", "enclosures")


def stored_document(source: str, fmt: str, raw: str, meta: dict, enclosures: tuple[Enclosure, ...] = ()) -> Document:
    """The document an article was imported from, as the index stores it (its text, metadata, enclosures)."""
    return Document(source=source, text=raw, format=fmt, enclosures=enclosures, **meta)


# --- rebuilding into a new file ----------------------------------------------------------------


def rebuild(lib: Library, progress=None) -> ImportReport:
    """Re-clean and re-index every article from its stored text into a new file, then swap it in.

    Bookmarks, subscriptions, read state and every other table of the user's come over. `lib` is
    closed. While the rebuild runs, other processes can read the index but not write to it (their
    writes would be lost in the swap: they wait, then fail as on any locked index). Raises
    NewsError, the index untouched, when another process has the index open at the start or at
    the swap (it would go on using the old file), or wrote to it in between.
    """
    path = lib.path
    lib.close()
    guard = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    fresh = None
    try:
        _alone(guard, path)  # refuse before the work, not after it (this also empties the WAL)
        guard.execute("PRAGMA journal_mode=WAL")  # readers may come and go meanwhile
        guard.execute("BEGIN IMMEDIATE")  # ... writers may not
        fresh = _fresh(path)
        report = _rebuild_into(guard, fresh, progress)
        guard.execute("ROLLBACK")
        # Any commit since the WAL was emptied has left frames in it (a writer that was waiting
        # could slip in now; one that also closed before the next statement is not seen).
        wal = Path(str(path) + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise NewsError(f"{path} was written to as the rebuild ended: run `newsreader doctor --rebuild`"
                            " again; the index was not changed")
        _alone(guard, path)
        guard.execute("BEGIN EXCLUSIVE")  # nobody comes in while the file is replaced
        os.replace(fresh, path)
        fresh = None
    finally:
        guard.close()
        if fresh is not None:
            _discard(fresh)
    return report


def _rebuild_into(old: sqlite3.Connection, fresh: Path, progress) -> ImportReport:
    """Build a new index at `fresh` from the articles and the user's tables `old` holds."""
    new = Library(fresh)
    report = ImportReport()
    try:
        ids: dict[str, str] = {}
        read: list[str] = []

        def documents():
            has_files = old.execute("SELECT 1 FROM sqlite_master WHERE name='enclosures'").fetchone() is not None
            for pk, source, fmt, raw, doc, aid, was_read in old.execute(
                    "SELECT pk, source, format, raw, doc, id, read FROM articles ORDER BY pk"):
                ids[source] = aid
                if was_read:
                    read.append(source)
                try:
                    text, meta = zlib.decompress(raw).decode("utf-8"), json.loads(doc).get("meta") or {}
                except (zlib.error, ValueError, AttributeError) as exc:  # never leave an article behind
                    raise NewsError(f"the stored text of article {aid} cannot be read ({exc}); the index was"
                                    " not changed") from exc
                yield stored_document(source, fmt, text, meta, enclosures_of(old, pk) if has_files else ())

        new.import_documents(documents(), report, progress)
        report.updated, report.added = report.updated + report.added, 0  # the same articles, cleaned again
        _keep(new, ids, read)
        with new.index.transaction() as con:
            for table in _user_tables(old):
                _copy_table(old, con, table)
        _settle_bookmarks(new)
        _finish(new)
    except BaseException:
        new.close()
        raise
    return report


def _fresh(path: Path) -> Path:
    """Where the new index is built: beside the old one (one file system, so the swap is a rename)."""
    fresh = Path(str(path) + REBUILD_SUFFIX)
    _discard(fresh)  # what an interrupted rebuild left
    return fresh


def _discard(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _open_elsewhere(path: Path) -> NewsError:
    return NewsError(f"{path} is open in another process (the reader, or another command): close it and"
                     " run `newsreader doctor --rebuild` again; the index was not changed")


def _alone(guard: sqlite3.Connection, path: Path) -> None:
    """NewsError unless no other connection has the index open: leaving WAL needs every other
    connection closed, and an open reader, even idle, says no. (newsreader always opens the index
    in WAL mode; a program that held it open in rollback mode, idle, would not be seen.)"""
    timeout = guard.execute("PRAGMA busy_timeout").fetchone()[0]
    guard.execute("PRAGMA busy_timeout=0")
    try:
        if guard.execute("PRAGMA journal_mode=DELETE").fetchone()[0] != "delete":
            raise sqlite3.OperationalError("still in WAL")
    except sqlite3.OperationalError as exc:
        raise _open_elsewhere(path) from exc
    finally:
        guard.execute(f"PRAGMA busy_timeout={int(timeout)}")


def _finish(lib: Library) -> None:
    """Checkpoint and leave WAL, so the new index is one whole file, then close it."""
    con = lib.index.con
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    mode = con.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    lib.close()
    if mode != "delete" or Path(str(lib.path) + "-wal").exists():
        raise NewsError(f"{lib.path} could not be completed (journal mode {mode}); the index was not changed")


def _user_tables(con: sqlite3.Connection) -> list[str]:
    """Tables of what the user made (bookmarks, subscriptions, state, …), not rebuilt from the articles."""
    return [name for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if name not in _DERIVED and not name.startswith(("sqlite_", "passages_fts", "passages_chars"))]


def _copy_table(old: sqlite3.Connection, new: sqlite3.Connection, table: str) -> None:
    ours = {r[1] for r in new.execute(f'PRAGMA table_info("{table}")')}
    if not ours:
        return
    cols = [r[1] for r in old.execute(f'PRAGMA table_info("{table}")') if r[1] in ours]
    names = ", ".join(f'"{c}"' for c in cols)
    rows = old.execute(f'SELECT {names} FROM "{table}"').fetchall()
    new.executemany(f'INSERT OR REPLACE INTO "{table}"({names}) VALUES({", ".join("?" * len(cols))})', rows)


def _keep(lib: Library, ids: dict[str, str], read: list[str]) -> None:
    """Each article keeps the id it had (bookmarks and scripts name it) and its read state."""
    with lib.index.transaction() as con:
        for source, aid in ids.items():
            row = con.execute("SELECT id FROM articles WHERE source=?", (source,)).fetchone()
            if row and row[0] != aid and not con.execute("SELECT 1 FROM articles WHERE id=?", (aid,)).fetchone():
                con.execute("UPDATE articles SET id=? WHERE source=?", (aid, source))
        con.executemany("UPDATE articles SET read=1 WHERE source=?", [(s,) for s in read])


def _places(lib: Library, rows: list[dict], report: ImportReport) -> None:
    """The other places of each article come back; a place whose article is lost is imported again
    from its file when it still exists (it becomes that article)."""
    cols = ("source", "article", "alias", "digest", "added")
    orphans = []
    with lib.index.transaction() as con:
        for row in rows:
            if not all(isinstance(row.get(c), str) for c in cols):
                continue
            if con.execute("SELECT 1 FROM articles WHERE id=?", (row["article"],)).fetchone():
                con.execute("INSERT OR IGNORE INTO sources(source, article, alias, digest, added) VALUES(?,?,?,?,?)",
                            tuple(row[c] for c in cols))
            elif os.path.isfile(row["source"]):
                orphans.append(row["source"])
    if orphans:
        more = lib.add(orphans)
        for name in ("added", "updated", "unchanged"):
            setattr(report, name, getattr(report, name) + getattr(more, name))
        report.skipped += more.skipped


def _settle_bookmarks(lib: Library) -> None:
    """Bookmarks follow their passage, and are detached where their article is gone."""
    with lib.index.transaction() as con:
        for (aid,) in con.execute("SELECT DISTINCT article_id FROM bookmarks").fetchall():
            if con.execute("SELECT 1 FROM articles WHERE id=?", (aid,)).fetchone():
                lib.reattach(aid)
            elif merged := by_alias(con, aid):  # cleaned again, it proved a copy of another article
                con.execute("UPDATE bookmarks SET article_id=? WHERE article_id=?", (merged, aid))
                lib.reattach(merged)
            else:
                con.execute("UPDATE bookmarks SET detached=1 WHERE article_id=?", (aid,))


# --- rebuilding a damaged index ------------------------------------------------------------------


@dataclass
class Rebuilt:
    """What a rebuild of a damaged index recovered and lost."""

    report: ImportReport
    aside: Path
    from_text: int = 0  # articles restored from the text the damaged index stored
    from_source: int = 0  # articles imported again from their source file
    lost: list[str] = field(default_factory=list)  # sources of articles that could not be recovered
    bookmarks: int = 0
    detached: int = 0  # bookmarks whose article is gone (kept, with their text)
    lost_bookmarks: int = 0
    feeds: int = 0
    uncertain: list[str] = field(default_factory=list)  # tables whose unreadable pages may have held more

    def lines(self) -> list[str]:
        """What to tell the user, recovered first."""
        out = [f"the damaged index was moved to {self.aside}",
               f"rebuilt: {self.report.line()}; {self.bookmarks} bookmarks carried over",
               f"recovered: {self.from_text} articles from their stored text, {self.from_source} from their"
               f" source files, {self.bookmarks} bookmarks ({self.detached} detached: their article is gone),"
               f" {self.feeds} subscriptions"]
        if not self.anything_lost():
            return out + ["lost: nothing"]
        lost = f"lost: {len(self.lost)} articles, {self.lost_bookmarks} bookmarks"
        if "the schema" in self.uncertain:
            lost += "; the schema's page could not be read, so damage to other pages cannot be measured"
        elif self.uncertain:
            lost += (f"; pages of {', '.join(self.uncertain)} could not be read, and what they held is"
                     " not counted here")
        out.append(lost)
        out += [f"  lost: {source}" for source in self.lost[:20]]
        if len(self.lost) > 20:
            out.append(f"  … and {len(self.lost) - 20} more")
        return out

    def anything_lost(self) -> bool:
        """True when anything could not be recovered, or may not have been."""
        return bool(self.lost or self.lost_bookmarks or self.uncertain)


def rebuild_damaged(path: Path) -> Rebuilt:
    """Build a new index from what a damaged one still holds, then move the damaged one aside (never
    deleted) and the new one in its place.

    Every row readable on the damaged file's pages is used (see `salvage`); an article whose stored
    text is lost is imported again from its source file when that still exists. No connection on
    `path` may be open in this process.
    """
    # A process that has it open would go on writing to the file moved aside.
    if open_elsewhere(path):
        raise _open_elsewhere(path)
    found = salvage(path)
    fresh = _fresh(path)
    new = Library(fresh)
    try:
        outcome = _rebuild_from(new, found)
        new.ensure_seeded()
        _finish(new)
        if open_elsewhere(path):
            raise _open_elsewhere(path)
    except BaseException:
        new.close()
        _discard(fresh)
        raise
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    path.rename(aside)
    for suffix in ("-wal", "-shm"):
        extra = Path(str(path) + suffix)
        if extra.exists():
            extra.rename(Path(str(aside) + suffix))
    os.replace(fresh, path)
    outcome.aside = aside
    return outcome


def _rebuild_from(new: Library, found: Salvage) -> Rebuilt:
    report = ImportReport()
    outcome = Rebuilt(report, Path())
    # Articles: rows of the table (a stale copy of a row loses to the later one), and the entries of
    # the index articles_list for rows whose page is gone.
    rows: dict[int, dict] = {}
    for row in found.rows["articles"]:
        pk = row["pk"]
        if pk not in rows or row.get("updated", "") > rows[pk].get("updated", ""):
            rows[pk] = row
    known: dict[str, dict] = {}
    for pk in sorted(set(rows) | set(found.listed)):
        entry = {**found.listed.get(pk, {}), **rows.get(pk, {})}
        if isinstance(entry.get("source"), str):
            known[entry["source"]] = entry

    def documents():
        for source, entry in known.items():
            stored = found.stored(entry) if entry.get("_text") else None
            if stored is None:
                continue  # imported again from its source file, below
            try:
                text = zlib.decompress(stored[0]).decode("utf-8")
            except (zlib.error, UnicodeDecodeError):
                continue  # likewise
            try:
                meta = json.loads(stored[1] or "").get("meta") or {}
                yield stored_document(source, entry.get("format", "text"), text, meta)
            except (ValueError, TypeError, AttributeError):
                yield Document(source=source, text=text, format=entry.get("format", "text"))

    new.import_documents(documents(), report, None)
    present = {s for (s,) in new.index.con.execute("SELECT source FROM articles")}
    outcome.from_text = len(present & set(known))
    # A bookmark names its article's source too: one whose row left no trace still comes back.
    named = [b["source"] for b in found.rows["bookmarks"] if isinstance(b.get("source"), str)]
    files = list(dict.fromkeys(s for s in [*known, *named] if s not in present and os.path.isfile(s)))
    if files:
        more = new.add(files)
        for name in ("added", "updated", "unchanged"):
            setattr(report, name, getattr(report, name) + getattr(more, name))
        report.skipped += more.skipped
    present = {s for (s,) in new.index.con.execute("SELECT source FROM articles")}
    outcome.from_source = len(present & set(files))
    outcome.lost = [s for s in known if s not in present]
    ids = {b["source"]: b["article_id"] for b in found.rows["bookmarks"]
           if isinstance(b.get("source"), str) and isinstance(b.get("article_id"), str)}
    ids.update({s: e["id"] for s, e in known.items() if isinstance(e.get("id"), str)})
    _keep(new, ids, [s for s, e in known.items() if e.get("read")])
    _places(new, found.rows["sources"], report)

    # What only the user made: subscriptions (fetched whole at the next refresh), state, bookmarks.
    marks: dict[str, dict] = {}
    for row in found.rows["bookmarks"]:
        marks.setdefault(row["id"], row)
    cols = ("id", "article_id", "anchor", "title", "text", "note", "created", "source", "detached")
    with new.index.transaction() as con:
        for row in found.rows["feeds"]:
            if con.execute("INSERT OR IGNORE INTO feeds(url, title, last_fetched, items, last_error, added)"
                           " VALUES(?,?,?,?,?,?)", (row["url"], row.get("title"), row.get("last_fetched"),
                                                    row.get("items", 0), row.get("last_error"),
                                                    row.get("added") or now())).rowcount:
                outcome.feeds += 1
        for row in found.rows["state"]:
            if "value" in row:
                con.execute("INSERT OR REPLACE INTO state(key, value) VALUES(?, ?)", (row["key"], row["value"]))
        for row in marks.values():
            if all(c in row for c in cols[:7]):
                con.execute(f"INSERT OR IGNORE INTO bookmarks({', '.join(cols)}) VALUES({', '.join('?' * 9)})",
                            tuple(row.get(c) for c in cols[:8]) + (int(bool(row.get("detached"))),))
    _settle_bookmarks(new)
    carried = {r[0]: r[1] for r in new.index.con.execute("SELECT id, detached FROM bookmarks")}
    outcome.bookmarks, outcome.detached = len(carried), sum(carried.values())
    readable = {r["_rowid"] for r in found.rows["bookmarks"] if r["id"] in carried}
    outcome.lost_bookmarks = len(found.bookmark_rowids - readable) + sum(1 for b in marks if b not in carried)
    if found.schema_lost:
        outcome.uncertain.append("the schema")
    for table, index in (("articles", "articles_list"), ("bookmarks", "bookmarks_article")):
        if found.damaged.get(table) and found.damaged.get(index):
            outcome.uncertain.append(table)
    if found.damaged.get("feeds"):
        outcome.uncertain.append("feeds")
    return outcome
