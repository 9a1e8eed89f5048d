"""The actors report's GiNZA comparison: how its labels read as our kinds, and its failures as one line."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tui import ginza_report

ROOT = Path(__file__).parent.parent


def test_ginza_labels_read_as_our_kinds_and_the_rest_are_left_out():
    assert ginza_report.kind_of("Person") == "person"
    for label in ("Company", "Political_Party", "Pro_Sports_Organization", "Government", "School",
                  "International_Organization"):
        assert ginza_report.kind_of(label) == "organization", label
    for label in ("Country", "City", "Province", "GPE"):
        assert ginza_report.kind_of(label) == "place", label
    for label in ("Position_Vocation", "Date", "Product_Other", "Station"):
        assert ginza_report.kind_of(label) is None, label


def _report(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("NEWSREADER_GINZA_PYTHON", None)
    return subprocess.run([sys.executable, "-m", "tui.report", "actors", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=300)


def test_a_python_without_ginza_is_one_line_and_exit_1(tmp_path):
    missing = tmp_path / "no-python"
    out = _report("--ginza", str(missing))
    assert out.returncode == 1 and out.stdout == ""
    assert len(out.stderr.splitlines()) == 1 and out.stderr.startswith("report: ") and str(missing) in out.stderr


def test_ginza_without_an_interpreter_is_one_line_and_exit_2():
    out = _report("--ginza")
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.splitlines() == ["report: --ginza needs the path of a Python that has ja_ginza"]
