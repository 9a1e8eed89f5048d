"""The `newsreader` command: real processes for exit codes and start-up, in-process for the rest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.__main__ import main

ROOT = Path(__file__).parent.parent


def run(*args: str, db: Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "NEWSREADER_DB": str(db), "PYTHONPATH": str(ROOT), "COLUMNS": "120"}
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=cwd or ROOT, timeout=120)


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path, monkeypatch):
    path = tmp_path / "index.db"
    monkeypatch.setenv("NEWSREADER_DB", str(path))
    monkeypatch.setenv("COLUMNS", "120")
    return path


def test_list_json_on_a_fresh_index_shows_the_seeds(capsys, db):
    code, out, _ = cli(capsys, "list", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 5
    assert set(rows[0]) == {"id", "title", "published", "source", "actors", "read", "feed"}
    assert all(Path(r["source"]).is_absolute() for r in rows)


def test_show_json_has_the_contract_keys(capsys, db):
    rows = json.loads(cli(capsys, "list", "--json")[1])
    for row in rows:
        code, out, _ = cli(capsys, "show", row["id"], "--json")
        a = json.loads(out)
        assert code == 0
        assert set(a) >= {"id", "title", "published", "source", "blocks", "removed", "citations", "summary", "actors"}
        assert all(set(b) == {"anchor", "kind", "text"} for b in a["blocks"])
        assert all(set(r) == {"rule", "text"} for r in a["removed"])
        assert all(set(c) == {"name", "url", "published"} for c in a["citations"])
        assert set(a["summary"]) == {"article", "generated"}
        assert a["summary"]["article"]
        assert not any(t.startswith(("✅", "💡")) for t in a["summary"]["article"])


def test_json_is_utf8_not_escaped(capsys, db):
    out = cli(capsys, "list", "--json")[1]
    assert "ウクライナ" in out and "\\u" not in out


def test_search_json(capsys, db):
    code, out, _ = cli(capsys, "search", "停戦", "--json")
    hits = json.loads(out)
    assert code == 0 and hits
    assert set(hits[0]) == {"article_id", "anchor", "title", "snippet", "score"}
    assert all("停戦" in h["snippet"] for h in hits)


def test_human_output(capsys, db):
    code, out, _ = cli(capsys, "list")
    assert code == 0 and "ウクライナ" in out
    rows = json.loads(cli(capsys, "list", "--json")[1])
    code, out, _ = cli(capsys, "show", rows[0]["id"], "--removed")
    removed = json.loads(cli(capsys, "show", rows[0]["id"], "--json")[1])["removed"]
    assert code == 0 and rows[0]["title"][:10] in out
    assert removed and all(f"✂ {r['rule']}: " in out for r in removed)
    code, out, _ = cli(capsys, "search", "EU")
    assert code == 0 and "EU" in out


@pytest.mark.parametrize("columns", ["40", "66", "100"])
def test_show_typesets_the_body_at_the_terminal_width(capsys, db, monkeypatch, columns):
    """`show` breaks lines as the reader does: within the width, never before 、 or 。, nothing lost."""
    monkeypatch.setenv("COLUMNS", columns)
    from rich.cells import cell_len

    for row in json.loads(cli(capsys, "list", "--json")[1]):
        code, out, _ = cli(capsys, "show", row["id"])
        assert code == 0
        lines = out.splitlines()
        assert all(cell_len(line) <= int(columns) for line in lines)
        assert not any(line.lstrip(" ✅💡•↳│").startswith(tuple("、。」）")) for line in lines)
        flat = "".join(line.lstrip(" ✅💡•↳│").replace(" ", "") for line in lines)
        for block in json.loads(cli(capsys, "show", row["id"], "--json")[1])["blocks"]:
            if block["kind"] != "table":
                assert block["text"].replace(" ", "").replace("\n", "") in flat


def test_show_needs_no_textual(tmp_path):
    db = tmp_path / "i.db"
    rows = json.loads(run("list", "--json", db=db).stdout)
    code = (
        "import sys, runpy\n"
        f"sys.argv = ['newsreader', '--db', {str(db)!r}, 'show', {rows[0]['id']!r}]\n"
        "try:\n    runpy.run_module('tui', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        "print('textual' in sys.modules)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.stdout.strip().splitlines()[-1] == "False", r.stderr


def test_add_closing_line_and_verbose_reasons(capsys, db, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("見出しの記事\n本文の一文である。\n", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    code, out, err = cli(capsys, "add", str(folder), "-v")
    assert code == 0
    assert out.strip().splitlines()[-1] == "1 added, 0 updated, 0 unchanged, 2 skipped"
    assert "empty" in err and "pic.png" in err
    code, out, _ = cli(capsys, "add", str(folder))
    assert out.strip().splitlines()[-1] == "0 added, 0 updated, 1 unchanged, 2 skipped"


def test_bookmarks_json_markdown_and_import(capsys, db, tmp_path):
    from tui.news.library import Library

    lib = Library(db)
    lib.ensure_seeded()
    row = lib.articles().all()[0]
    lib.toggle_bookmark(row.id, lib.article(row.id).passages[1].anchor)
    lib.close()
    code, out, _ = cli(capsys, "bookmarks", "--json")
    exported = json.loads(out)
    assert code == 0 and len(exported) == 1
    assert set(exported[0]) >= {"id", "article_id", "anchor", "title", "text", "note", "created"}
    export_file = tmp_path / "bm.json"
    export_file.write_text(out, encoding="utf-8")
    assert cli(capsys, "bookmarks", "--import", str(export_file))[1].strip() == "0 added, 0 updated, 1 unchanged"
    code, out, _ = cli(capsys, "bookmarks", "--markdown")
    assert out.startswith("# Bookmarks") and row.title in out


def test_actors_json_is_a_list(capsys, db):
    code, out, _ = cli(capsys, "actors", "--json")
    assert code == 0 and isinstance(json.loads(out), list)


def test_doctor_reports_ok(capsys, db):
    code, out, _ = cli(capsys, "doctor")
    assert code == 0 and out.startswith("ok: 5 articles")


def test_doctor_rebuild_keeps_bookmarks(capsys, db):
    from tui.news.library import Library

    lib = Library(db)
    lib.ensure_seeded()
    row = lib.articles().all()[0]
    anchor = lib.article(row.id).passages[2].anchor
    lib.toggle_bookmark(row.id, anchor)
    lib.close()
    code, out, _ = cli(capsys, "doctor", "--rebuild")
    assert code == 0 and "5 updated" in out
    lib = Library(db)
    assert [(b.article_id, b.anchor, b.detached) for b in lib.bookmarks()] == [(row.id, anchor, False)]
    assert lib.search("停戦")
    lib.close()


# --- real processes: exit codes, one-line errors, lean start-up ----------------------------------


def test_unknown_id_is_one_line_exit_1(tmp_path):
    r = run("show", "doesnotexist", db=tmp_path / "i.db")
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0 and "doesnotexist" in r.stderr and "Traceback" not in r.stderr


def test_missing_path_is_exit_1(tmp_path):
    r = run("add", str(tmp_path / "nope"), db=tmp_path / "i.db")
    assert r.returncode == 1 and "no such file" in r.stderr and "Traceback" not in r.stderr


def test_bad_usage_is_exit_2(tmp_path):
    r = run("list", "--bogus", db=tmp_path / "i.db")
    assert r.returncode == 2


def test_index_that_is_not_ours_is_exit_1_untouched(tmp_path):
    bad = tmp_path / "i.db"
    bad.write_bytes(b"hello, not a database\n")
    r = run("list", db=bad)
    assert r.returncode == 1 and str(bad) in r.stderr and r.stderr.strip().count("\n") == 0
    assert bad.read_bytes() == b"hello, not a database\n"


def test_db_flag_overrides_environment(tmp_path):
    r = run("list", "--json", "--db", str(tmp_path / "flag.db"), db=tmp_path / "env.db")
    assert r.returncode == 0 and (tmp_path / "flag.db").exists() and not (tmp_path / "env.db").exists()


def test_version_is_lean():
    code = (
        "import sys, runpy\n"
        "sys.argv = ['newsreader', '--version']\n"
        "try:\n    runpy.run_module('tui', run_name='__main__')\nexcept SystemExit:\n    pass\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'fugashi', 'sqlite3', 'rich'}))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.stdout.startswith("newsreader ")
    assert r.stdout.strip().splitlines()[-1] == "[]"


def test_from_another_folder(tmp_path):
    r = run("list", db=tmp_path / "i.db", cwd=tmp_path)
    assert r.returncode == 0 and "ウクライナ" in r.stdout


def test_search_loads_neither_textual_nor_the_import_pipeline(tmp_path):
    """`newsreader search` answers without Textual, the import pipeline or the fetcher."""
    db = tmp_path / "i.db"
    assert run("list", db=db).returncode == 0  # seeds the index first
    heavy = {"textual", "numpy", "tui.news.importer", "tui.news.pipeline", "tui.news.cleaning", "trafilatura", "httpx",
             "feedparser"}
    code = (
        "import sys\n"
        f"sys.argv = ['newsreader', '--db', {str(db)!r}, 'search', '停戦']\n"
        "from tui.__main__ import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in sys.modules if m in {heavy!r}))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                       env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert "停戦" in r.stdout and "\x1b[" not in r.stdout  # piped: no colours
    assert r.stdout.strip().splitlines()[-1] == "[]"


def test_upgrading_an_old_index_says_so_once(tmp_path):
    """An index from an earlier version is upgraded in place, with one line on stderr, then silently."""
    import shutil

    db = tmp_path / "old.db"
    shutil.copy(Path(__file__).parent / "data" / "index-v1.db", db)
    first = run("list", db=db)
    assert first.returncode == 0 and "updating the index from schema 1" in first.stderr
    assert len(first.stdout.splitlines()) >= 5
    again = run("list", db=db)
    assert again.returncode == 0 and again.stderr == ""


def test_a_damaged_row_is_one_line_not_a_traceback(tmp_path):
    """Even what should never happen (a row whose JSON another program mangled) ends in one line, exit 1."""
    import sqlite3

    db = tmp_path / "i.db"
    assert run("list", db=db).returncode == 0
    con = sqlite3.connect(db)
    aid = con.execute("SELECT id FROM articles LIMIT 1").fetchone()[0]
    with con:
        con.execute("UPDATE articles SET doc='{not json' WHERE id=?", (aid,))
    con.close()
    r = run("show", aid, db=db)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert r.stderr.startswith("newsreader: ")
    assert run("list", db=db).returncode == 0  # the rest of the index still answers


def test_upgrade_progress_is_one_line_on_a_terminal_and_nothing_when_redirected(monkeypatch):
    """The long step of an upgrade counts up on one terminal line; a log file gets only the notice."""
    import io

    from tui.news.library import upgrade_progress

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    term, log = Terminal(), io.StringIO()
    monkeypatch.setattr(sys, "stderr", term)
    for done in (2000, 4000, 4500):
        upgrade_progress(done, 4500)
    assert term.getvalue().count("\r") == 3 and term.getvalue().endswith("4,500 of 4,500 (100%)\n")
    assert term.getvalue().count("\n") == 1
    monkeypatch.setattr(sys, "stderr", log)
    upgrade_progress(2000, 4500)
    assert log.getvalue() == ""


def test_people_who_share_a_surname_in_two_articles_stay_two_and_a_bare_surname_is_ambiguous(capsys, db, tmp_path):
    (tmp_path / "a.txt").write_text("田中一郎氏が市長に\n\n北山市の市長選で田中一郎氏が初当選した。田中氏は「市政を変える」と述べた。\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("田中花子さんが優勝\n\n水泳の田中花子選手が世界選手権で優勝した。田中は「最高の気分」と語った。\n",
                                    encoding="utf-8")
    assert cli(capsys, "add", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))[0] == 0
    code, out, _ = cli(capsys, "quotes", "--json")
    said = {q["text"]: q["speaker"] for q in json.loads(out)}
    assert said["市政を変える"] == "田中一郎" and said["最高の気分"] == "田中花子"
    code, out, err = cli(capsys, "quotes", "--actor", "田中")
    assert code != 0 and out == ""
    assert err.strip().splitlines() == [
        "newsreader: actor '田中' is more than one: 田中一郎, 田中花子 (give the full name)"]
    code, out, _ = cli(capsys, "quotes", "--actor", "田中一郎", "--json")
    assert code == 0 and [q["text"] for q in json.loads(out)] == ["市政を変える"]
