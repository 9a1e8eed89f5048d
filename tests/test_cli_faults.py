"""Faults of the command line (issue 16): hostile bookmark imports, paths and limits, a long list.

Real processes where the exit status or the output stream is the point, a real index throughout.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tui.__main__ import main
from tui.news.library import Library

ROOT = Path(__file__).parent.parent


def run(*args: str, env: dict[str, str] | None = None, db: Path | None = None) -> subprocess.CompletedProcess:
    """`python -m tui ARGS` as its own process; `db` sets NEWSREADER_DB, `env` adds or (with None) removes."""
    full = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "120", "NEWSREADER_WORKERS": "1"}
    if db is not None:
        full["NEWSREADER_DB"] = str(db)
    for key, value in (env or {}).items():
        if value is None:
            full.pop(key, None)
        else:
            full[key] = value
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True,
                          encoding="utf-8", env=full, cwd=ROOT, timeout=180)


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    """The process failed as a user's error: exit 1, one line on stderr, no traceback."""
    assert proc.returncode == 1, (proc.returncode, proc.stdout, proc.stderr)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    return lines[0]


# --- 15: an explicit index path whose folder is missing; --limit below 1 ----------------------------


@pytest.mark.parametrize("how", ["--db", "NEWSREADER_DB"])
def test_an_explicit_index_in_a_missing_folder_is_an_error_not_a_new_index(tmp_path, how):
    target = tmp_path / "nonexistent" / "dir" / "x.db"
    if how == "--db":
        proc = run("--db", str(target), "list", env={"NEWSREADER_DB": None})
    else:
        proc = run("list", db=target)
    line = one_line_error(proc)
    assert str(target.parent) in line and "does not exist" in line
    assert not (tmp_path / "nonexistent").exists()  # no folders made, no index


def test_the_reader_refuses_a_missing_folder_too(tmp_path):
    target = tmp_path / "missing" / "x.db"
    line = one_line_error(run("--db", str(target), env={"NEWSREADER_DB": None}))
    assert "does not exist" in line
    assert not (tmp_path / "missing").exists()


def test_the_default_index_folder_is_still_made_on_first_use(tmp_path):
    data = tmp_path / "data-home"  # does not exist yet: the platform folder is made as before
    proc = run("list", "--json", env={"NEWSREADER_DB": None, "XDG_DATA_HOME": str(data)})
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)) == 5
    assert (data / "newsreader" / "index.db").is_file()


@pytest.mark.parametrize("value", ["0", "-3", "two"])
@pytest.mark.parametrize("command", [["list"], ["search", "ウクライナ"]])
def test_a_limit_below_one_is_bad_usage(seeded_db, command, value):
    proc = run(*command, "--limit", value, db=seeded_db)
    assert proc.returncode == 2, (proc.stdout, proc.stderr)
    assert "--limit" in proc.stderr and proc.stdout == ""


def test_a_positive_limit_still_limits(seeded_db, capsys):
    assert main(["list", "--limit", "2", "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


# --- 11: bookmarks --import checks every entry against the export's shape, all or nothing ---------------


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def export(seeded_db: Path, capsys) -> list[dict]:
    """One bookmark with a note in the seeded index, as `bookmarks --json` exports it."""
    lib = Library(seeded_db)
    try:
        row = lib.articles().page(0, 1)[0]
        bm = lib.toggle_bookmark(row.id, lib.article(row.id).passages[1].anchor)
        lib.set_note(bm.id, "first note")
    finally:
        lib.close()
    code, out, _ = cli(capsys, "bookmarks", "--json")
    assert code == 0
    return json.loads(out)


def marks(db: Path) -> list:
    lib = Library(db)
    try:
        return lib.bookmarks()
    finally:
        lib.close()


def import_text(capsys, tmp_path: Path, text: str, *extra: str) -> tuple[int, str, str]:
    path = tmp_path / "import.json"
    path.write_text(text, encoding="utf-8")
    return cli(capsys, "bookmarks", "--import", str(path), *extra)


def fresh(entry: dict, **changes) -> dict:
    """A new bookmark (another id) shaped like `entry`, with these fields changed (Ellipsis: removed)."""
    out = {**entry, "id": entry["id"] + "-new"}
    for key, value in changes.items():
        if value is Ellipsis:
            out.pop(key)
        else:
            out[key] = value
    return out


@pytest.mark.parametrize(("field", "value", "says"), [
    ("id", None, "'id' must be a non-empty string, not null"),
    ("article_id", 42, "'article_id' must be a non-empty string, not the number 42"),
    ("title", ["a", "b"], "'title' must be a non-empty string, not a list"),
    ("text", "", "'text' must be a non-empty string, not an empty string"),
    ("anchor", Ellipsis, "'anchor' must be a non-empty string, not missing"),
    ("note", {"a": 1}, "'note' must be a string, not an object"),
    ("created", "yesterday", "'created' must be an ISO date and time"),
    ("detached", "no", "'detached' must be true or false, not the string \"no\""),
    ("detached", 2, "'detached' must be true or false, not the number 2"),
    ("source", ["x"], "'source' must be a string or null, not a list"),
])
def test_an_entry_off_the_schema_is_named_and_nothing_is_imported(capsys, tmp_path, seeded_db, export, field,
                                                                  value, says):
    good = fresh(export[0])  # a valid new entry first: it must not be imported either
    bad = fresh(export[0], **{field: value})
    bad["id"] = "bad-one" if field != "id" else bad["id"]
    before = marks(seeded_db)
    code, out, err = import_text(capsys, tmp_path, json.dumps([good, bad]))
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "entry 2" in err and says in err, err
    if field != "id":
        assert '(id "bad-one")' in err
    assert "nothing was imported" in err
    assert marks(seeded_db) == before


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_nan_and_infinity_are_not_json(capsys, tmp_path, seeded_db, export, constant):
    text = json.dumps([fresh(export[0])])[:-2] + f', "extra": {constant}}}]'
    code, _, err = import_text(capsys, tmp_path, text)
    assert code == 1 and constant.lstrip("-") in err and "not a JSON value" in err
    assert len(marks(seeded_db)) == 1


def test_a_list_of_strings_says_what_an_entry_should_be(capsys, tmp_path, export):
    code, _, err = import_text(capsys, tmp_path, '["a", "b"]')
    assert code == 1
    assert 'entry 1 is the string "a", not a bookmark' in err


def test_deep_nesting_is_one_line_not_a_recursion_error(tmp_path, seeded_db):
    path = tmp_path / "deep.json"
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    line = one_line_error(run("bookmarks", "--import", str(path), db=seeded_db))
    assert "too deeply nested" in line and "RecursionError" not in line


def test_a_hostile_id_is_escaped_in_the_message(capsys, tmp_path, export):
    bad = fresh(export[0], title=None)
    bad["id"] = "\x1b]52;c;aGk=\x07\x1b[2J\x9b31m"
    code, _, err = import_text(capsys, tmp_path, json.dumps([bad]))
    assert code == 1 and "'title'" in err
    assert not any(c in err for c in "\x1b\x07\x9b")
    assert "\\u001b" in err


def test_fields_are_cleaned_before_they_are_checked(capsys, tmp_path, seeded_db, export):
    entry = fresh(export[0], created="2025-03-12T09:00:00\x1b[2J\x9b2J", title="\x1b]0;x\x07栞")
    code, out, err = import_text(capsys, tmp_path, json.dumps([entry]))
    assert code == 0, err
    got = {b.id: b for b in marks(seeded_db)}[entry["id"]]
    assert (got.created, got.title) == ("2025-03-12T09:00:00", "栞")
    only_controls = fresh(export[0], id="x-\x1b[2J", title="\x1b[2J\x07")
    code, _, err = import_text(capsys, tmp_path, json.dumps([only_controls]))
    assert code == 1 and "'title' holds nothing but control characters" in err


def test_not_utf8_is_one_line(capsys, tmp_path, export):
    path = tmp_path / "latin1.json"
    path.write_bytes('[{"id": "caf\u00e9"}]'.encode("latin-1"))
    code, _, err = cli(capsys, "bookmarks", "--import", str(path))
    assert code == 1 and "not UTF-8" in err and len(err.strip().splitlines()) == 1


def test_a_changed_note_under_an_existing_id_updates_it(capsys, tmp_path, seeded_db, export):
    changed = [{**export[0], "note": "moved from my laptop"}]
    code, out, _ = import_text(capsys, tmp_path, json.dumps(changed))
    assert code == 0 and out.strip() == "0 added, 1 updated, 0 unchanged"
    assert [b.note for b in marks(seeded_db)] == ["moved from my laptop"]
    code, out, _ = import_text(capsys, tmp_path, json.dumps(changed))
    assert out.strip() == "0 added, 0 updated, 1 unchanged"


def test_another_text_under_an_existing_id_is_kept_unless_replace(capsys, tmp_path, seeded_db, export):
    local = marks(seeded_db)[0]
    theirs = [{**export[0], "text": "their version of the passage", "title": "their title"}]
    code, out, _ = import_text(capsys, tmp_path, json.dumps(theirs))
    assert code == 0
    assert out.startswith("0 added, 0 updated, 1 unchanged; 1 kept as they are here") and "--replace" in out
    assert marks(seeded_db) == [local]
    code, out, _ = import_text(capsys, tmp_path, json.dumps(theirs), "--replace")
    assert code == 0 and out.strip() == "0 added, 1 updated, 0 unchanged"
    now = marks(seeded_db)[0]
    assert (now.text, now.title, now.note) == ("their version of the passage", "their title", "first note")


def test_replace_without_import_is_bad_usage(seeded_db):
    proc = run("bookmarks", "--replace", db=seeded_db)
    assert proc.returncode == 2 and "--replace" in proc.stderr


def test_a_valid_export_still_round_trips(capsys, tmp_path, seeded_db, export):
    entry = {**export[0], "detached": True, "source": None}
    other = tmp_path / "other.db"
    path = tmp_path / "export.json"
    path.write_text(json.dumps([entry, fresh(export[0], note=Ellipsis, detached=Ellipsis)]), encoding="utf-8")
    code, out, err = cli(capsys, "--db", str(other), "bookmarks", "--import", str(path))
    assert code == 0, err
    assert out.strip() == "2 added, 0 updated, 0 unchanged"
    got = {b.id: b for b in marks(other)}
    assert got[entry["id"]].note == "first note" and got[entry["id"]].text == entry["text"]
    assert got[entry["id"] + "-new"].note == ""


# --- 19: the text list is written a page at a time, laid out as the rich table was -------------------------


class Writes(io.BufferedIOBase):
    """A stdout buffer that keeps every write apart, to see how the output arrives."""

    def __init__(self) -> None:
        super().__init__()
        self.chunks: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.chunks.append(bytes(data))
        return len(data)


@pytest.fixture
def listed(_seeded_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """An index of the seeds and `n` synthetic articles (long double-width titles) at NEWSREADER_DB."""
    from conftest import build_big_index

    def make(n: int) -> Path:
        db = build_big_index(_seeded_template, tmp_path / "index.db", n)
        monkeypatch.setenv("NEWSREADER_DB", str(db))
        return db

    return make


def test_a_long_list_is_written_page_by_page(listed, monkeypatch):
    listed(5_000)
    monkeypatch.setenv("COLUMNS", "100")
    stdout = Writes()
    monkeypatch.setattr(sys, "stdout", io.TextIOWrapper(stdout, encoding="utf-8"))
    assert main(["list"]) == 0
    sys.stdout.flush()
    lines = [chunk.count(b"\n") for chunk in stdout.chunks]
    assert sum(lines) == 5_006  # the header, the seeds and the synthetic articles
    # The old table was laid out whole and written in one piece at the end; now the first
    # rows are out before the rest are laid out, and no piece holds more than a page.
    assert max(lines) <= 1_000 and len(lines) >= 5, lines


def rich_table(rows, width: int) -> list[str]:
    """The list as the rich Table of the old `newsreader list` drew it (the look to keep)."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(box=None, header_style="bold", pad_edge=False, expand=True)
    table.add_column("id", style="dim", no_wrap=True, width=10)
    table.add_column("date", no_wrap=True, width=10)
    table.add_column("title", overflow="ellipsis", no_wrap=True, ratio=3)
    table.add_column("actors", style="cyan", overflow="ellipsis", no_wrap=True, ratio=1)
    for r in rows:
        table.add_row(r.id, r.published or "—", Text(r.title), Text(", ".join(r.actors[:4])))
    console = Console(width=width, file=io.StringIO(), color_system=None, highlight=False, soft_wrap=False)
    console.print(table)
    return [line.rstrip() for line in console.file.getvalue().splitlines()]


@pytest.mark.parametrize("width", [40, 63, 80, 81, 120, 201])
def test_the_list_keeps_the_table_look_cut_in_cells(listed, monkeypatch, capsys, width):
    from rich.cells import cell_len

    db = listed(40)
    lib = Library(db)
    try:
        rows = lib.articles().all()
    finally:
        lib.close()
    monkeypatch.setenv("COLUMNS", str(width))
    assert main(["list"]) == 0
    got = capsys.readouterr().out.splitlines()
    assert [line.rstrip() for line in got] == rich_table(rows, width)
    assert all(cell_len(line) <= width for line in got)
    if width <= 120:
        assert any(line.rstrip().endswith("…") for line in got[1:])  # long titles are cut, with …


def test_the_list_on_a_terminal_is_styled_and_piped_is_plain(listed, monkeypatch, capsys):
    listed(3)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert main(["list"]) == 0
    styled = capsys.readouterr().out
    assert styled.startswith("\x1b[1mid") and "\x1b[2m" in styled and "\x1b[36m" in styled
    monkeypatch.delenv("FORCE_COLOR")
    assert main(["list"]) == 0
    assert "\x1b" not in capsys.readouterr().out


def test_a_list_piped_into_head_ends_quietly(listed):
    listed(3_000)  # more than a pipe holds: `head` is gone before the list is written
    proc = subprocess.run(f"{sys.executable} -m tui list | head -n 2", shell=True, capture_output=True, text=True,
                          encoding="utf-8", env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT, timeout=120)
    assert len(proc.stdout.splitlines()) == 2
    assert proc.stderr == ""


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_importing_the_index_itself_as_bookmarks_is_refused_unopened(seeded_db, capsys, suffix):
    lib = Library(seeded_db)  # another connection of this process, as the reader's would be
    try:
        lib.count()
        assert main(["bookmarks", "--import", f"{seeded_db}{suffix}"]) == 1
        err = capsys.readouterr().err
        assert "is the index itself" in err and len(err.strip().splitlines()) == 1
    finally:
        lib.close()
