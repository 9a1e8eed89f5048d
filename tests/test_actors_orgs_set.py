"""The organisations held-out set (tests/data/actors_orgs_heldout): well formed, held out, and in the report."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tui import actors_report

ROOT = Path(__file__).parent.parent
GENRES = {"business", "crime", "culture", "international", "local", "negatives", "science", "sports"}
MARK = re.compile(r"\[\[(\w+):([^\]]*)\]\]")


def test_the_set_has_80_sentences_over_eight_genres_all_held_out():
    articles = actors_report.load_general(actors_report.ORGS_SET)
    assert sum(len(a.texts) for a in articles) >= 80
    assert {a.name.split(":")[0] for a in articles} == GENRES
    assert all(a.held_out for a in articles)
    assert sum(1 for a in articles for g in a.gold for s in g if s[2] == "organization") >= 70
    for path in sorted(actors_report.ORGS_SET.glob("*.txt")):
        for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            if line.startswith("#"):
                continue
            for label, text in MARK.findall(line):
                assert label in ("PER", "ORG", "LOC", "CTY"), (path.name, n, label)
                assert text and text == text.strip() and "[" not in text, (path.name, n, text)
            assert "[[" not in MARK.sub("", line) and line == line.rstrip(), (path.name, n)


def test_no_sentence_of_the_set_is_in_the_other_sets():
    mine = [t for a in actors_report.load_general(actors_report.ORGS_SET) for t in a.texts]
    assert len(mine) == len(set(mine))
    others = {t for a in actors_report.load() + actors_report.load_general()
              + actors_report.load_general(actors_report.FRESH_SET)
              + actors_report.load_general(actors_report.HELDOUT2_SET) for t in a.texts}
    assert not others & set(mine)


def test_the_report_prints_the_organisations_block():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-m", "tui.report", "actors"], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=300)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    at = next(k for k, x in enumerate(lines) if x.startswith("organisations held out, all held out:"))
    result = actors_report.score_set(actors_report.load_general(actors_report.ORGS_SET))
    org = result[("all", "ours", "organization")]
    assert f"{org.p():.3f} / {org.r():.3f}" in lines[at + 3]
