"""The sixth held-out actors set (tests/data/actors_heldout6, twelve news genres, written apart from the rules):
well marked, big enough, every genre there, every kind labelled, sharing no sentence with any other set, and
printed by the report with every kind's figures in each genre."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import assert_well_marked
from tui import actors_report

ROOT = Path(__file__).parent.parent
FOLDER = actors_report.HELDOUT6_SET
GENRES = {"business", "courts", "culture", "economy", "entertainment", "international", "local", "obituaries",
          "politics", "science", "society", "sports"}


def test_the_set_is_well_marked_held_out_and_has_its_sentences_genres_and_kinds():
    articles = actors_report.load_general(FOLDER)
    assert sum(len(a.texts) for a in articles) >= 260
    assert {a.name.split(":")[0] for a in articles} == GENRES
    assert all(a.held_out for a in articles)
    kinds = [s[2] for a in articles for g in a.gold for s in g]
    assert all(kinds.count(kind) >= 80 for kind in actors_report.KINDS)
    assert sum(not g for a in articles for g in a.gold) >= 12  # sentences with no name at all
    assert_well_marked(FOLDER)


def test_each_file_starts_with_its_genre_line():
    for path in sorted(FOLDER.glob("*.txt")):
        assert path.read_text(encoding="utf-8").startswith(f"# {path.stem}: "), path.name


def test_the_report_scores_it_last_among_the_held_out_sets_with_kinds_by_genre():
    assert actors_report.HELD_OUT_SETS[-1] == (FOLDER, "held out 6")
    assert FOLDER in actors_report.KINDS_BY_GENRE_SETS


def test_no_sentence_is_twice_in_it_or_in_any_other_set():
    mine = [t for a in actors_report.load_general(FOLDER) for t in a.texts]
    assert len(mine) == len(set(mine))
    others = {t for a in actors_report.load() + actors_report.load_general() for t in a.texts}
    others |= {t for folder, _ in actors_report.HELD_OUT_SETS if folder != FOLDER
               for a in actors_report.load_general(folder) for t in a.texts}
    others |= {t for folder, _, _ in actors_report.TUNED_SETS for a in actors_report.load_general(folder) for t in a.texts}
    assert not others & set(mine)  # by membership only: no other set's sentence is printed


@pytest.fixture(scope="module")
def report_lines() -> list[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-m", "tui.report", "actors"], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
    return out.stdout.splitlines()


def test_its_block_has_rows_per_kind_and_genre_with_figures_between_0_and_1(report_lines: list[str]):
    at = next(k for k, x in enumerate(report_lines) if x.startswith("held out 6, all held out:"))
    kinds, genres = len(actors_report.KINDS), len(GENRES)
    block = report_lines[at:at + 2 + kinds + 1 + genres + 1 + genres * kinds]
    assert "12 genres (tests/data/actors_heldout6" in block[0]
    o = actors_report.score_set(actors_report.load_general(FOLDER))[("all", "ours", "person")]
    assert f"{o.p():.3f} / {o.r():.3f}" in block[2]
    assert block[2 + kinds + 1 + genres].lstrip().startswith("genre, kind")
    assert block[-1].lstrip().startswith("sports LOC")
    figures = [float(x) for line in block[2:] for x in re.findall(r"\d\.\d{3}", line)]
    assert len(figures) == 6 * kinds + 4 * genres + 6 * genres * kinds
    assert all(0.0 <= x <= 1.0 for x in figures) and any(x > 0.0 for x in figures)
