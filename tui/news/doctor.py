"""Checks of the index, and a rebuild from the source text it stores (bookmarks kept)."""

from __future__ import annotations

import json
from .db import sqlite3
import zlib
from datetime import datetime, timezone
from pathlib import Path

from .library import ImportReport, Library
from .models import Document
from .pipeline import analyse


def check(lib: Library) -> list[str]:
    """Problems found in the index, one line each; empty when all is well."""
    con = lib.index.con
    problems: list[str] = []
    queries = (
        ("integrity", "PRAGMA integrity_check", lambda rows: [r[0] for r in rows if r[0] != "ok"]),
        ("passages", "SELECT count(*) FROM passages WHERE article NOT IN (SELECT pk FROM articles)",
         lambda rows: [f"{rows[0][0]} passages belong to no article"] if rows[0][0] else []),
        ("articles", "SELECT count(*) FROM articles WHERE pk NOT IN (SELECT article FROM passages)",
         lambda rows: [f"{rows[0][0]} articles have no passages"] if rows[0][0] else []),
        ("search", "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'a OR the OR 米国'",
         lambda rows: []),
    )
    for name, sql, judge in queries:
        try:
            found = judge(con.execute(sql).fetchall())
        except sqlite3.DatabaseError as exc:  # a damaged page can make the check itself fail
            found = [str(exc)]
        problems += [f"integrity: {p}" if name in ("integrity", "search") else p for p in found]
    try:
        detached = sum(1 for b in lib.bookmarks() if b.detached)
    except sqlite3.DatabaseError as exc:
        problems.append(f"integrity: bookmarks: {exc}")
        detached = 0
    if detached:
        problems.append(f"note: {detached} bookmarks are detached (their passage changed); they are kept")
    return problems


def rebuild(lib: Library) -> ImportReport:
    """Re-clean and re-index every article from its stored source text; bookmarks re-attach."""
    report = ImportReport()
    ids = [r[0] for r in lib.index.con.execute("SELECT id FROM articles ORDER BY pk")]
    with lib.index.transaction() as con:
        # Drop the whole FTS index and rebuild it row by row: cheaper than per-row deletes.
        con.execute("INSERT INTO passages_fts(passages_fts) VALUES('delete-all')")
    for aid in ids:
        source, fmt, raw, meta = lib.index.raw_of(aid)
        result = analyse(Document(source=source, text=raw, format=fmt, **meta))
        if isinstance(result, str):
            continue
        with lib.index.transaction():
            lib.index.write_article(result, _now(), ())
            lib.reattach(result.id)
        report.updated += 1
    return report


def _now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def salvage(path: Path) -> tuple[list[tuple[str, str, str, dict]], list[dict], list[str]]:
    """What can still be read from a damaged index: (articles' stored sources, bookmarks, feed URLs).

    Opens the file read-only; every table is read on its own, so one damaged table
    does not cost the others.
    """
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    articles: list[tuple[str, str, str, dict]] = []
    bookmarks: list[dict] = []
    feeds: list[str] = []
    try:
        try:
            for source, fmt, raw, doc in con.execute("SELECT source, format, raw, doc FROM articles"):
                try:
                    meta = json.loads(doc).get("meta") or {}
                    articles.append((source, fmt, zlib.decompress(raw).decode("utf-8"), meta))
                except (ValueError, zlib.error):
                    articles.append((source, "", "", {}))  # re-read from the source itself
        except sqlite3.DatabaseError:
            pass
        try:
            cols = ("id", "article_id", "anchor", "title", "text", "note", "created", "source", "detached")
            bookmarks = [dict(zip(cols, row)) for row in con.execute(f"SELECT {', '.join(cols)} FROM bookmarks")]
        except sqlite3.DatabaseError:
            pass
        try:
            feeds = [row[0] for row in con.execute("SELECT url FROM feeds")]
        except sqlite3.DatabaseError:
            pass
    finally:
        con.close()
    return articles, bookmarks, feeds


def rebuild_damaged(path: Path) -> tuple[ImportReport, Path, int]:
    """Move a damaged index aside (never deleted) and build a new one from what it still holds.

    Returns the import report, where the old file now is, and how many bookmarks came over.
    """
    try:
        articles, bookmarks, feeds = salvage(path)
    except sqlite3.DatabaseError:
        articles, bookmarks, feeds = [], [], []
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    path.rename(aside)
    for suffix in ("-wal", "-shm"):
        extra = Path(str(path) + suffix)
        if extra.exists():
            extra.rename(Path(str(aside) + suffix))
    lib = Library(path)
    try:
        report = ImportReport()
        stored = [Document(source=s, text=raw, format=fmt, **meta) for s, fmt, raw, meta in articles if raw]
        lib.import_documents(iter(stored), report, None)
        missing = [s for s, _, raw, _ in articles if not raw]
        if missing or feeds:
            more = lib.add(missing + [f for f in feeds if f not in missing])
            for name in ("added", "updated", "unchanged"):
                setattr(report, name, getattr(report, name) + getattr(more, name))
            report.skipped += more.skipped
            report.failures += more.failures
        lib.ensure_seeded()
        added = lib.import_bookmarks(bookmarks)[0]
        return report, aside, added
    finally:
        lib.close()
