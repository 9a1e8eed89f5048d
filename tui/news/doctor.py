"""Checks of the index, repairs of its search index, and what the doctor advises.

Rebuilds, of a sound index or a damaged one, are in `rebuild`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from .library import ImportReport, Library
from .rebuild import REBUILD_SUFFIX, stored_document

REBUILD_ADVICE = "run `newsreader doctor --rebuild` to move it aside and build a new index from what it holds"
REPAIR_ADVICE = "run `newsreader doctor --repair` to index every passage for search again"


def check(lib: Library) -> list[str]:
    """Problems found in the index, one line each; empty when all is well.

    "integrity: …" lines need a rebuild, "search: …" lines a repair, "note: …" lines nothing.
    """
    con = lib.index.con
    problems: list[str] = []
    queries: tuple[tuple[str, str, Callable[[list], list[str]]], ...] = (
        ("integrity", "PRAGMA integrity_check", lambda rows: _first([r[0] for r in rows if r[0] != "ok"])),
        ("passages", "SELECT count(*) FROM passages WHERE article NOT IN (SELECT pk FROM articles)",
         lambda rows: [f"{rows[0][0]} passages belong to no article"] if rows[0][0] else []),
        ("articles", "SELECT count(*) FROM articles WHERE pk NOT IN (SELECT article FROM passages)",
         lambda rows: [f"{rows[0][0]} articles have no passages"] if rows[0][0] else []),
        ("search", "SELECT count(*) FROM passages_fts WHERE passages_fts MATCH 'a OR the OR 米国'",
         lambda rows: []),
        ("search", "SELECT count(*) FROM passages_chars WHERE passages_chars MATCH '\"米 国\" OR 。'",
         lambda rows: []),
    )
    for name, sql, judge in queries:
        try:
            found = judge(con.execute(sql).fetchall())
        except sqlite3.DatabaseError as exc:  # a damaged page can make the check itself fail
            found = [str(exc)]
        problems += [f"integrity: {p}" if name in ("integrity", "search") else p for p in found]
    if not needs_rebuild(problems):
        problems += search_problems(lib)
    try:
        detached = sum(1 for b in lib.bookmarks() if b.detached)
    except sqlite3.DatabaseError as exc:
        problems.append(f"integrity: bookmarks: {exc}")
        detached = 0
    if detached:
        problems.append(f"note: {detached} bookmarks are detached (their passage changed); they are kept")
    if Path(str(lib.path) + REBUILD_SUFFIX).exists():
        problems.append(f"note: an interrupted rebuild left {lib.path}{REBUILD_SUFFIX}; the index itself is"
                        " untouched, and the next `newsreader doctor --rebuild` starts over")
    return problems


def _first(lines: list[str], n: int = 10) -> list[str]:
    """SQLite lists up to 100 damaged pages one a line: the first few say enough."""
    return lines if len(lines) <= n else lines[:n] + [f"… and {len(lines) - n} more"]


def search_problems(lib: Library) -> list[str]:
    """The search indexes (of tokens, of characters) against the passages: FTS5's own integrity
    check, and one entry per passage in each."""
    con = lib.index.con
    found = []
    passages = con.execute("SELECT count(*) FROM passages").fetchone()[0]
    for table, what in (("passages_fts", "search index"), ("passages_chars", "character search index")):
        try:
            # A write statement to FTS5, though it writes nothing: it waits for a writer, and a
            # read-only index cannot run it (then the counts below are the check).
            con.execute(f"INSERT INTO {table}({table}, rank) VALUES('integrity-check', 0)")
        except sqlite3.OperationalError as exc:
            found.append(f"note: the {what}'s own check could not run ({exc})")
        except sqlite3.DatabaseError as exc:
            found.append(f"search: the {what} is damaged ({exc})")
            continue
        indexed = indexed_passages(con, table)
        if indexed < passages:
            found.append(f"search: {passages - indexed} of {passages} passages are missing from the {what}")
        elif indexed > passages:
            found.append(f"search: the {what} holds {indexed - passages} passages that no longer exist")
    return found


def indexed_passages(con: sqlite3.Connection, table: str = "passages_fts") -> int:
    """How many rows an FTS5 table holds: the first number of its 'averages' record (row 1 of its data).

    The table keeps no per-row sizes (columnsize=0), so this record is the one count it keeps.
    """
    row = con.execute(f"SELECT block FROM {table}_data WHERE id=1").fetchone()
    if not row or not row[0]:
        return 0
    block, value = row[0], 0
    for k, byte in enumerate(block[:9]):
        if k == 8:
            return (value << 8) | byte
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            break
    return value


def repair(lib: Library) -> str:
    """Tokenize every passage into the search index again, in one transaction (all or nothing);
    passages of no article go, articles without passages are analysed again from their stored text."""
    from .language import fts_text
    from .store.schema import fill_chars

    index = lib.index
    with index.transaction() as con:
        orphans = con.execute("DELETE FROM passages WHERE article NOT IN (SELECT pk FROM articles)").rowcount
        con.execute("INSERT INTO passages_fts(passages_fts) VALUES('delete-all')")
        last = total = 0
        while rows := con.execute("SELECT pk, text FROM passages WHERE pk > ? ORDER BY pk LIMIT 2000",
                                  (last,)).fetchall():
            con.executemany("INSERT INTO passages_fts(rowid, tokens) VALUES(?, ?)",
                            [(pk, fts_text(t)) for pk, t in rows])
            last, total = rows[-1][0], total + len(rows)
        con.execute("INSERT INTO passages_chars(passages_chars) VALUES('delete-all')")
        fill_chars(con, lambda done, all_: None)
    empty = [r[0] for r in index.con.execute(
        "SELECT id FROM articles WHERE pk NOT IN (SELECT article FROM passages)")]
    report = ImportReport()
    if empty:
        from .pipeline import analyse

        results = [analyse(stored_document(*stored)) for aid in empty if (stored := lib.store.articles.raw_of(aid))]
        lib.write_many([r for r in results if not isinstance(r, str)], report)
    return (f"repaired: {total} passages indexed for search again, {orphans} passages of no article removed,"
            f" {report.updated} articles without passages analysed again")



# --- what the report says ------------------------------------------------------------------


def faults(problems: list[str]) -> list[str]:
    """The problems that are more than a note: any makes `doctor` exit 1."""
    return [p for p in problems if not p.startswith("note:")]


def needs_rebuild(problems: list[str]) -> bool:
    """True when the index itself is damaged: only a rebuild mends it."""
    return any(p.startswith("integrity:") for p in problems)


def needs_repair(problems: list[str]) -> bool:
    """True when a repair mends what was found (the search index, passages of no article, articles
    without passages) and nothing needs a rebuild."""
    return not needs_rebuild(problems) and any(not p.startswith(("note:", "integrity:")) for p in problems)


def verdict(lib: Library, problems: list[str]) -> str:
    """The line that ends the report: all is well, or what mends what was found."""
    if not faults(problems):
        return f"ok: {lib.count()} articles, {len(lib.bookmarks())} bookmarks"
    return REBUILD_ADVICE if needs_rebuild(problems) else REPAIR_ADVICE
