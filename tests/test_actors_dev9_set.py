"""The ninth actors development set (tests/data/actors_dev9): well formed, large enough, sharing no sentence
with another set, printed by the report as a block of its own with its errors on demand, and its figures pinned
(persons found no worse than when the set was written, on culture, arts, obituary and local pages)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import assert_well_marked
from tui import actors_report

ROOT = Path(__file__).parent.parent
GENRES = {"literature", "film_tv", "music", "stage", "art", "games_boards", "obituaries", "local", "science_awards"}


def _articles():
    return actors_report.load_general(actors_report.DEV9_SET)


def test_the_set_has_its_sentences_and_genres_and_is_well_marked():
    articles = _articles()
    assert sum(len(a.texts) for a in articles) >= 220
    assert {a.name.split(":")[0] for a in articles} == GENRES
    assert_well_marked(actors_report.DEV9_SET)


def test_no_sentence_is_twice_in_it_or_in_another_set():
    mine = [t for a in _articles() for t in a.texts]
    assert len(mine) == len(set(mine))
    others = {t for a in actors_report.load() + actors_report.load_general() for t in a.texts}
    others |= {t for folder, _, _ in actors_report.TUNED_SETS if folder != actors_report.DEV9_SET
               for a in actors_report.load_general(folder) for t in a.texts}
    others |= {t for folder, _ in actors_report.HELD_OUT_SETS for a in actors_report.load_general(folder) for t in a.texts}
    assert not others & set(mine)


def test_its_figures_hold():
    scores = actors_report.score_set(_articles())
    person = scores[("all", "ours", "person")]
    assert person.p() >= PERSON_P and person.r() >= PERSON_R
    for genre, least in GENRE_RECALL.items():
        assert scores[(genre, "ours", "person")].r() >= least, genre
    assert scores[("all", "ours", "organization")].p() >= ORG_P
    assert scores[("all", "ours", "place")].p() >= PLACE_P


def test_the_report_prints_its_block_and_its_errors():
    assert [name for _, name, _ in actors_report.TUNED_SETS][-1] == "dev 9"
    assert [name for _, name, _ in actors_report.TUNED_SETS][:4] == ["dev 4", "dev 5", "dev 6", "dev 7"]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-m", "tui.report", "actors"], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    at = next(k for k, x in enumerate(lines) if x.startswith("dev 9, tuned on:"))
    assert lines.index(next(x for x in lines if x.startswith("dev 7, tuned on:"))) < at
    o = actors_report.score_set(_articles())[("all", "ours", "person")]
    assert f"{o.p():.3f} / {o.r():.3f}" in lines[at + 2]
    errors = subprocess.run([sys.executable, "-m", "tui.report", "actors", "--errors-dev9"], capture_output=True,
                            text=True, env=env, cwd=ROOT, timeout=300)
    assert errors.returncode == 0 and errors.stdout
    assert all(len(row.split("\t")) == 6 for row in errors.stdout.splitlines())


# Measured when the set was written (persons 0.873 / 0.815), then after the rules tuned on it (0.978 / 0.933, its
# README's "after" row), less 0.01; raised with each rule tuned on it.
PERSON_P, PERSON_R = 0.968, 0.923
GENRE_RECALL = {"art": 0.875, "film_tv": 0.897, "games_boards": 0.99, "literature": 0.868, "local": 0.99,
                "music": 0.963, "obituaries": 0.961, "science_awards": 0.931, "stage": 0.847}
ORG_P, PLACE_P = 0.838, 0.683
