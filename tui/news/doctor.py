"""Checks of the index, and a rebuild from the source text it stores (bookmarks kept)."""

from __future__ import annotations

from .library import ImportReport, Library
from .models import Document
from .pipeline import analyse


def check(lib: Library) -> list[str]:
    """Problems found in the index, one line each; empty when all is well."""
    con = lib.index.con
    problems = [f"integrity: {row[0]}" for row in con.execute("PRAGMA integrity_check") if row[0] != "ok"]
    orphans = con.execute(
        "SELECT count(*) FROM passages WHERE article NOT IN (SELECT pk FROM articles)").fetchone()[0]
    if orphans:
        problems.append(f"{orphans} passages belong to no article")
    empty = con.execute(
        "SELECT count(*) FROM articles WHERE pk NOT IN (SELECT article FROM passages)").fetchone()[0]
    if empty:
        problems.append(f"{empty} articles have no passages")
    detached = sum(1 for b in lib.bookmarks() if b.detached)
    if detached:
        problems.append(f"note: {detached} bookmarks are detached (their passage changed); they are kept")
    return [p for p in problems if not p.startswith("note:")] + [p for p in problems if p.startswith("note:")]


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
