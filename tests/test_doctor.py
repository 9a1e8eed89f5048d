"""`doctor`: rebuilds of damaged files salvage row by row, rebuilds swap a new file in whole,
and the search index is checked against the passages."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import seed_mix
from tui.__main__ import main
from tui.news.library import Library

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"
N = 80  # articles from files, besides the 5 samples: enough pages for every kind of damage


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True)
    for i in range(n):
        (folder / f"a{i:04d}.txt").write_text(f"修復試験の記事その{i}号\n識別語{i:04d}番の段落である。\n"
                                              + seed_mix(i), encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def _template(tmp_path_factory) -> Path:
    """An index of the seeds and N articles from files on disk, 11 bookmarks with notes, a read article,
    remembered state and a subscription, checkpointed."""
    base = tmp_path_factory.mktemp("doctor")
    _corpus(base / "src", N)
    db = base / "index.db"
    lib = Library(db)
    lib.ensure_seeded()
    lib.add([base / "src"])
    rows = sorted(lib.articles().all(), key=lambda r: r.source)
    for k, row in enumerate(rows[::8]):
        art = lib.article(row.id)
        lib.set_note(lib.toggle_bookmark(row.id, art.passages[1].anchor).id, f"メモ{k}")
    lib.mark_read(rows[3].id)
    lib.set_state("theme", "nord")
    lib.index.con.execute("INSERT INTO feeds(url, title, etag, items, added) VALUES(?, ?, ?, ?, ?)",
                          ("https://example.invalid/feed.xml", "試験の配信", 'W/"1"', 3, "2026-01-01T00:00:00+00:00"))
    lib.index.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    lib.close()
    return base


@pytest.fixture
def world(_template, tmp_path, monkeypatch):
    """A fresh copy of the template: (index path, source folder); NEWSREADER_DB points at it."""
    shutil.copytree(_template / "src", tmp_path / "src")
    db = tmp_path / "index.db"
    shutil.copyfile(_template / "index.db", db)
    # The sources were imported from the template's folder: point them at this copy.
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE articles SET source = replace(source, ?, ?)", (str(_template / "src"), str(tmp_path / "src")))
        con.execute("UPDATE bookmarks SET source = replace(source, ?, ?)", (str(_template / "src"), str(tmp_path / "src")))
    con.close()
    monkeypatch.setenv("NEWSREADER_DB", str(db))
    monkeypatch.setenv("COLUMNS", "200")
    return db, tmp_path / "src"


def _snapshot(db: Path) -> dict:
    con = sqlite3.connect(db)
    try:
        return {
            "articles": dict(con.execute("SELECT source, id FROM articles")),
            "bookmarks": {r[0]: r[1:] for r in con.execute(
                "SELECT id, article_id, anchor, text, note, detached FROM bookmarks")},
            "read": {r[0] for r in con.execute("SELECT source FROM articles WHERE read=1")},
            "feeds": dict(con.execute("SELECT url, title FROM feeds")),
            "state": dict(con.execute("SELECT key, value FROM state")),
        }
    finally:
        con.close()


def _pages(db: Path, name: str, kind: str | None = None) -> list[int]:
    con = sqlite3.connect(db)
    try:
        sql = "SELECT pageno FROM dbstat WHERE name=?" + (" AND pagetype=?" if kind else "")
        return sorted(r[0] for r in con.execute(sql, (name, kind) if kind else (name,)))
    finally:
        con.close()


def _page_size(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("PRAGMA page_size").fetchone()[0]
    finally:
        con.close()


def _overwrite(db: Path, pages: list[int], rng: random.Random) -> None:
    size = _page_size(db)
    with open(db, "r+b") as fh:
        for page in pages:
            fh.seek((page - 1) * size)
            fh.write(rng.randbytes(size))


def _doctor_rebuild(capsys) -> tuple[int, str]:
    code = main(["doctor", "--rebuild"])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out


def _bookmarks_sound(db: Path) -> None:
    """Every bookmark points at a passage that exists, or is marked detached; every one has its text."""
    con = sqlite3.connect(db)
    try:
        for bid, aid, anchor, text, detached in con.execute(
                "SELECT id, article_id, anchor, text, detached FROM bookmarks"):
            assert text
            here = con.execute("SELECT 1 FROM passages p JOIN articles a ON a.pk=p.article"
                               " WHERE a.id=? AND p.anchor=?", (aid, anchor)).fetchone()
            assert detached or here, bid
    finally:
        con.close()


def _searchable(capsys, sources: dict) -> None:
    """Each article's own word finds it."""
    for i in (0, N // 2, N - 1):
        assert main(["search", f"識別語{i:04d}番", "--json"]) == 0
        assert json.loads(capsys.readouterr()[0])


# --- point 2: a damaged file gives up every row it still holds -------------------------------------


def test_root_page_of_articles_overwritten_every_row_comes_back(world, capsys):
    db, _ = world
    before = _snapshot(db)
    root = _pages(db, "articles", "internal")[0]
    con = sqlite3.connect(db)
    assert con.execute("SELECT rootpage FROM sqlite_master WHERE name='articles'").fetchone()[0] == root
    con.close()
    _overwrite(db, [root], random.Random(2))
    code, out = _doctor_rebuild(capsys)
    sys.__stderr__.write(out)
    assert "lost: nothing" in out and code == 0, out
    after = _snapshot(db)
    assert after == before  # every article, with its id, every bookmark with its note, the read state
    assert f"recovered: {N + 5} articles from their stored text" in out
    _bookmarks_sound(db)
    _searchable(capsys, after["articles"])
    assert main(["doctor"]) == 0 and capsys.readouterr()[0].startswith("ok:")
    assert list(db.parent.glob("index.db.damaged-*"))


def test_lost_rows_are_counted_their_sources_imported_again_and_bookmarks_detached(world, capsys):
    db, src = world
    before = _snapshot(db)
    # A leaf of the articles table: the rows on it are lost with it. Leaves in B-tree order hold
    # the rows in rowid order, ncell each.
    con = sqlite3.connect(db)
    pks = iter(r[0] for r in con.execute("SELECT pk FROM articles ORDER BY pk"))
    rows = {page: [next(pks) for _ in range(n)] for page, n in con.execute(
        "SELECT pageno, ncell FROM dbstat WHERE name='articles' AND pagetype='leaf' ORDER BY path")}
    leaves = list(rows)
    marked = {r[0] for r in con.execute("SELECT a.pk FROM articles a JOIN bookmarks b ON b.article_id=a.id")}
    source = dict(con.execute("SELECT pk, source FROM articles"))
    # A page of the copies' articles only: the bundled samples' files are never the test's to delete.
    page = next(p for p in leaves if set(rows[p]) & marked and len(rows[p]) >= 2
                and all(Path(source[pk]).parent == src for pk in rows[p]))
    on_page = {pk: con.execute("SELECT source, id FROM articles WHERE pk=?", (pk,)).fetchone() for pk in rows[page]}
    con.close()
    # Of the articles on it, one keeps its source file (imported again), the others' files are gone,
    # among them a bookmarked one.
    gone = sorted(pk for pk in on_page if pk in marked)[:1] + sorted(pk for pk in on_page if pk not in marked)[1:]
    kept = [pk for pk in on_page if pk not in gone]
    for pk in gone:
        Path(on_page[pk][0]).unlink()
    _overwrite(db, [page], random.Random(3))
    code, out = _doctor_rebuild(capsys)
    sys.__stderr__.write(out)
    assert code == 1, out
    assert f"lost: {len(gone)} articles, 0 bookmarks" in out
    for pk in gone:
        assert f"  lost: {on_page[pk][0]}" in out
    assert f"from their stored text, {len(kept)} from their source files" in out
    after = _snapshot(db)
    assert after["articles"] == {s: i for s, i in before["articles"].items() if s not in {on_page[pk][0] for pk in gone}}
    assert set(after["bookmarks"]) == set(before["bookmarks"])
    gone_ids = {on_page[pk][1] for pk in gone}
    for bid, (aid, anchor, text, note, detached) in after["bookmarks"].items():
        assert (aid, anchor, text, note) == before["bookmarks"][bid][:4]
        assert detached == (aid in gone_ids)
    _bookmarks_sound(db)


def test_a_damaged_index_open_in_another_process_is_left_alone(world, capsys):
    db, _ = world
    _overwrite(db, _pages(db, "articles", "leaf")[3:4], random.Random(4))
    damaged = db.read_bytes()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, time\n"
        f"c = sqlite3.connect({str(db)!r}); c.execute('SELECT count(*) FROM bookmarks').fetchone()\n"
        "print('open', flush=True); time.sleep(60)\n")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        assert main(["doctor", "--rebuild"]) == 1
        err = capsys.readouterr()[1]
        assert "open in another process" in err and len(err.strip().splitlines()) == 1
        assert db.read_bytes() == damaged and not list(db.parent.glob("index.db.damaged-*"))
    finally:
        holder.kill()
        holder.wait()
    code, out = _doctor_rebuild(capsys)
    assert code == 0 and "lost: nothing" in out, out


def test_twenty_random_pages_overwritten(world, capsys):
    db, _ = world
    before = _snapshot(db)
    # The file must still name every article (by its row or by its entry in articles_list) for every
    # one to come back: the list's pages are spared, as the bookmarks' are.
    keep = {1, *_pages(db, "bookmarks"), *_pages(db, "bookmarks_article"), *_pages(db, "articles_list")}
    count = os.path.getsize(db) // _page_size(db)
    rng = random.Random(16)
    pages = rng.sample([p for p in range(2, count + 1) if p not in keep], 20)
    _overwrite(db, pages, rng)
    code, out = _doctor_rebuild(capsys)
    sys.__stderr__.write(out)
    after = _snapshot(db)
    # Every source is still on disk: whatever was on the pages, every article the file still names
    # comes back, and every bookmark with its text.
    assert after["articles"] == before["articles"], out
    assert {b: v[:4] for b, v in after["bookmarks"].items()} == {b: v[:4] for b, v in before["bookmarks"].items()}
    assert code == (0 if "lost: nothing" in out else 1)
    _bookmarks_sound(db)
    _searchable(capsys, after["articles"])


def test_file_cut_in_half(world, capsys):
    db, _ = world
    before = _snapshot(db)
    size = os.path.getsize(db)
    with open(db, "r+b") as fh:
        fh.truncate(size // 2 // _page_size(db) * _page_size(db))
    code, out = _doctor_rebuild(capsys)
    sys.__stderr__.write(out)
    assert code == 1 and "could not be read" in out, out  # some of it is lost, and it says so
    after = _snapshot(db)
    # What the first half holds comes back: rows, or names of rows whose sources are on disk.
    assert len(after["articles"]) > (N + 5) // 3, out
    assert set(after["articles"].items()) <= set(before["articles"].items())
    assert after["bookmarks"], out
    for bid, (aid, anchor, text, note, detached) in after["bookmarks"].items():
        assert (aid, anchor, text, note) == before["bookmarks"][bid][:4]
        assert not detached  # a bookmark names its article's source: that file is imported again
    _bookmarks_sound(db)


def test_first_100_bytes_overwritten(world, capsys):
    db, _ = world
    before = _snapshot(db)
    with open(db, "r+b") as fh:
        fh.write(b"\xa5" * 100)
    assert main(["doctor"]) == 1
    assert "doctor --rebuild" in capsys.readouterr()[0]
    code, out = _doctor_rebuild(capsys)
    sys.__stderr__.write(out)
    assert after_equal(before, _snapshot(db)), out
    assert code == (0 if "lost: nothing" in out else 1)
    _bookmarks_sound(db)
    _searchable(capsys, before["articles"])
    assert main(["doctor"]) == 0


def after_equal(before: dict, after: dict) -> bool:
    return after == before


# --- point 3: a rebuild builds a new file; doctor checks search against the passages -----------------


def _spawn(*args: str, db: Path) -> subprocess.Popen:
    env = {**os.environ, "NEWSREADER_DB": str(db), "PYTHONPATH": str(ROOT), "NEWSREADER_WORKERS": "1"}
    return subprocess.Popen([sys.executable, "-m", "tui", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)


def test_rebuild_killed_half_way_leaves_the_old_index_whole(world, capsys):
    db, _ = world
    before = _snapshot(db)
    fresh = Path(str(db) + ".rebuild")
    proc = _spawn("doctor", "--rebuild", db=db)
    deadline = time.monotonic() + 120
    seen = 0
    while time.monotonic() < deadline and proc.poll() is None:
        # Half-way: 20 articles written into the new file. The old index itself is not looked at
        # while the rebuild runs: the rebuild refuses to start while another process has it open.
        # (A rebuild in place, as before, makes no new file and fails here.)
        try:
            con = sqlite3.connect(f"file:{fresh}?mode=ro", uri=True, timeout=0)
            try:
                seen = con.execute("SELECT count(*) >= 20 FROM articles").fetchone()[0]
            finally:
                con.close()
        except sqlite3.Error:
            seen = 0
        if seen:
            break
        time.sleep(0.01)
    assert proc.poll() is None and seen, "the rebuild ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert _snapshot(db) == before
    lost = [i for i in range(N) if main(["search", f"識別語{i:04d}番", "--json"]) == 0
            and not json.loads(capsys.readouterr()[0])]
    code = main(["doctor"])
    out = capsys.readouterr()[0]
    assert not lost or code == 1, f"doctor says {out!r} while search has lost {len(lost)} articles"
    assert not lost  # the old index is whole: search finds every article
    assert code == 0 and "ok:" in out and "interrupted rebuild" in out, out
    assert main(["doctor", "--rebuild"]) == 0
    assert f"{N + 5} updated" in capsys.readouterr()[0]
    assert not fresh.exists()
    assert _snapshot(db) == before
    assert main(["doctor"]) == 0 and "interrupted" not in capsys.readouterr()[0]


def test_rebuild_refuses_while_another_process_has_the_index_open(world, capsys):
    db, _ = world
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys, time\n"
        f"c = sqlite3.connect({str(db)!r}); c.execute('SELECT count(*) FROM articles').fetchone()\n"
        "print('open', flush=True); time.sleep(60)\n")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        assert main(["doctor", "--rebuild"]) == 1
        err = capsys.readouterr()[1]
        assert "open in another process" in err and len(err.strip().splitlines()) == 1
        assert not Path(str(db) + ".rebuild").exists()
    finally:
        holder.kill()
        holder.wait()
    assert main(["doctor", "--rebuild"]) == 0


def _passages(db) -> int:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM passages").fetchone()[0]
    finally:
        con.close()


def test_doctor_finds_passages_missing_from_search_and_repair_restores_them(world, capsys):
    db, _ = world
    from tui.news.language import char_text, fts_text

    con = sqlite3.connect(db)
    with con:
        rows = con.execute("SELECT pk, text FROM passages WHERE pk % 3 = 0").fetchall()
        con.executemany("INSERT INTO passages_fts(passages_fts, rowid, tokens) VALUES('delete', ?, ?)",
                        [(pk, fts_text(t)) for pk, t in rows])
        con.executemany("INSERT INTO passages_chars(passages_chars, rowid, chars) VALUES('delete', ?, ?)",
                        [(pk, char_text(t)) for pk, t in rows])
    con.close()
    code = main(["doctor"])
    out = capsys.readouterr()[0]
    assert code == 1 and f"search: {len(rows)} of" in out and "doctor --repair" in out, out
    assert f"search: {len(rows)} of {_passages(db)} passages are missing from the character" in out
    missing = [i for i in range(N) if (main(["search", f"識別語{i:04d}番", "--json"]), json.loads(capsys.readouterr()[0]))[1] == []]
    assert missing  # the damage is real: search has lost articles
    assert main(["doctor", "--repair"]) == 0
    assert "ok:" in capsys.readouterr()[0]
    for i in missing:
        assert main(["search", f"識別語{i:04d}番", "--json"]) == 0
        assert json.loads(capsys.readouterr()[0])
    assert main(["doctor"]) == 0


def test_a_write_during_a_rebuild_is_never_lost(world, capsys, tmp_path):
    db, _ = world
    assert main(["bookmarks", "--json"]) == 0
    mark = {**json.loads(capsys.readouterr()[0])[0], "id": "written-late", "note": "途中で書いた"}
    (tmp_path / "late.json").write_text(json.dumps([mark], ensure_ascii=False), encoding="utf-8")
    fresh = Path(str(db) + ".rebuild")
    rebuild = _spawn("doctor", "--rebuild", db=db)
    deadline = time.monotonic() + 120
    while not fresh.exists() and rebuild.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert rebuild.poll() is None, "the rebuild ended before the write"
    writer = _spawn("bookmarks", "--import", str(tmp_path / "late.json"), db=db)  # waits for the rebuild's lock
    out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    r_out, r_err = rebuild.communicate(timeout=120)
    # The rebuild saw the write and gave up, leaving the index (with the write) as it was.
    assert rebuild.returncode == 1 and "the index was not changed" in r_err, (r_out, r_err)
    assert not fresh.exists()
    assert "written-late" in _snapshot(db)["bookmarks"]
    assert main(["doctor", "--rebuild"]) == 0
    capsys.readouterr()
    assert _snapshot(db)["bookmarks"]["written-late"][3] == "途中で書いた"


def test_repair_analyses_an_article_without_passages_again(world, capsys):
    db, _ = world
    from tui.news.language import fts_text

    con = sqlite3.connect(db)
    pk, aid = con.execute("SELECT pk, id FROM articles ORDER BY pk LIMIT 1 OFFSET 7").fetchone()
    with con:
        rows = con.execute("SELECT pk, text FROM passages WHERE article=?", (pk,)).fetchall()
        con.executemany("INSERT INTO passages_fts(passages_fts, rowid, tokens) VALUES('delete', ?, ?)",
                        [(ppk, fts_text(t)) for ppk, t in rows])
        con.execute("DELETE FROM passages WHERE article=?", (pk,))
    con.close()
    assert main(["doctor"]) == 1
    out = capsys.readouterr()[0]
    assert "1 articles have no passages" in out and "doctor --repair" in out, out
    assert main(["doctor", "--repair"]) == 0
    assert "1 articles without passages analysed again" in capsys.readouterr()[0]
    assert main(["show", aid, "--json"]) == 0
    assert len(json.loads(capsys.readouterr()[0])["blocks"]) == len(rows)


# --- what the doctor will not rebuild ------------------------------------------------------------


def _another_programs_database(path: Path) -> None:
    con = sqlite3.connect(path)
    with con:
        con.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)")
        con.execute("INSERT INTO notes(body) VALUES('not news')")
    con.close()


@pytest.mark.parametrize("make", [lambda p: p.write_bytes(b"hello, not a database\n" * 300),
                                  _another_programs_database], ids=["not SQLite", "another program's"])
@pytest.mark.parametrize("rebuild", [False, True], ids=["check", "rebuild"])
def test_doctor_leaves_a_file_that_is_not_newsreaders_alone(tmp_path, capsys, monkeypatch, make, rebuild):
    db = tmp_path / "index.db"
    make(db)
    before = db.read_bytes()
    monkeypatch.setenv("NEWSREADER_DB", str(db))
    assert main(["doctor", *(["--rebuild"] if rebuild else [])]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert "is not a newsreader index" in err and "doctor rebuilds only newsreader's own index" in err
    assert db.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["index.db"]


def test_doctor_leaves_an_index_of_a_newer_version_alone(world, capsys):
    db, _ = world
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version=99")
    con.close()
    before = db.read_bytes()
    assert main(["doctor", "--rebuild"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "written by a newer newsreader (schema 99)" in err
    assert db.read_bytes() == before and not list(db.parent.glob("index.db.*"))


def test_doctor_on_a_folder_says_so(tmp_path, capsys, monkeypatch):
    folder = tmp_path / "index.db"
    folder.mkdir()
    monkeypatch.setenv("NEWSREADER_DB", str(folder))
    assert main(["doctor", "--rebuild"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err == f"newsreader: {folder} is a directory, not a newsreader index\n"
    assert list(folder.iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["index.db"]
