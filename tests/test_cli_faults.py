"""Faults of the command line (issue 16): hostile bookmark imports, paths and limits, a long list.

Real processes where the exit status or the output stream is the point, a real index throughout.
"""

from __future__ import annotations

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
