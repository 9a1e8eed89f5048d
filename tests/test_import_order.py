"""An import's result depends only on its inputs and their order: not on how fast the machine is (when time
brings a commit), nor on how many worker processes analyse. Real index, real fugashi, real worker processes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tui.bench.corpus import synth_corpus
from tui.news import importer
from tui.news.library import Library

ARTICLES = 40  # one folder, one site to the importer: the five sites' chrome recurs, site templates grow and
# earlier articles are cleaned again
TIMES = {"added", "updated", "created", "last_fetched"}  # when a row was written, not what it holds


def _import(corpus: Path, db: Path, workers: int) -> None:
    lib = Library(db, workers=workers)
    try:
        report = lib.add([corpus])
        assert report.added == ARTICLES, report.line()
    finally:
        lib.close()


def _tables(db: Path) -> dict[str, list]:
    """Every table's rows (sorted, time stamps left out); full-text indexes as the rows each term finds (their
    segments are laid out by the commits)."""
    con = sqlite3.connect(db)
    try:
        virtual = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL%'")]
        out: dict[str, list] = {}
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"):
            if any(table == v or table.startswith(v + "_") for v in virtual):
                continue
            cols = [r[1] for r in con.execute(f"PRAGMA table_info({table})") if r[1] not in TIMES]
            out[table] = sorted(map(repr, con.execute(f"SELECT {', '.join(cols)} FROM {table}")))
        terms = ["ウクライナ", "停戦", "大統領", "米国", "交渉", "ロシア", "首脳", "支援"]
        for v in virtual:
            for term in terms:
                try:
                    rows = con.execute(f"SELECT rowid FROM {v} WHERE {v} MATCH ? ORDER BY rowid", (f'"{term}"',))
                    out[f"{v}:{term}"] = [r[0] for r in rows]
                except sqlite3.OperationalError:
                    continue
        return out
    finally:
        con.close()


def test_an_import_is_the_same_whatever_the_commits_and_workers(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    synth_corpus(corpus, ARTICLES)
    monkeypatch.setattr(importer, "WRITE_BATCH", 16)  # several batches, earlier articles cleaned again between
    monkeypatch.setattr(importer, "WRITE_EVERY", 1e9)  # commits by count only: a fast machine
    _import(corpus, tmp_path / "fast.db", workers=1)
    monkeypatch.setattr(importer, "WRITE_EVERY", 0.0)  # a commit after every article: a slow machine
    _import(corpus, tmp_path / "slow.db", workers=2)
    fast, slow = _tables(tmp_path / "fast.db"), _tables(tmp_path / "slow.db")
    assert fast["stories"] and fast["template_counts"]
    assert any(":" in name and rows for name, rows in fast.items())  # the full-text indexes were compared
    assert sorted(fast) == sorted(slow)
    differing = [name for name in fast if fast[name] != slow[name]]
    assert not differing, differing


def test_earlier_articles_are_cleaned_again_at_counted_points(tmp_path, monkeypatch):
    """With a commit after every article, the articles whose template changed are still cleaned again only after
    every WRITE_BATCH documents of the import and at its end, as a fast import does."""
    corpus = tmp_path / "corpus"
    synth_corpus(corpus, 12)  # the sites' chrome crosses the template threshold from the third article of each on
    monkeypatch.setattr(importer, "WRITE_BATCH", 8)
    monkeypatch.setattr(importer, "WRITE_EVERY", 0.0)
    calls: list[int] = []
    lib = Library(tmp_path / "i.db", workers=1)
    try:
        templates = lib._importer().templates
        original = templates.reclean

        def counted(articles: set[int], analyse=None) -> list[str]:
            calls.append(lib.index.con.execute("SELECT count(*) FROM articles").fetchone()[0])
            return original(articles, analyse)

        monkeypatch.setattr(templates, "reclean", counted)
        lib.add([corpus])
    finally:
        lib.close()
    assert calls == [8, 12]
