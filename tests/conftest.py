"""Shared fixtures: a real index in a temporary folder, empty or with the bundled seeds imported; and the
persons the actors recogniser finds in a sentence or an article."""

from __future__ import annotations

import re

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tui.news import actors
from tui.news.library import Library


async def settle(pilot: Pilot) -> None:
    """Let workers finish and the messages they post be handled (twice: a result may start another)."""
    for _ in range(2):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def searched(pilot: Pilot, query: str) -> None:
    """Wait until the search screen shows the results of `query`.

    A search starts once typing pauses; on a loaded machine that can come later than any fixed pause,
    so this waits for the result itself (bounded: a search that never answers fails the test).
    """
    for _ in range(400):
        await pilot.pause(0.05)
        await settle(pilot)
        if getattr(pilot.app.screen, "_shown_query", None) == query:
            return
    raise AssertionError(f"the search screen never showed the results of {query!r}")


@pytest.fixture
def db_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where this test's index lives; NEWSREADER_DB points there so nothing touches the user's index."""
    path = tmp_path / "index.db"
    monkeypatch.setenv("NEWSREADER_DB", str(path))
    monkeypatch.setenv("NEWSREADER_CONFIG", str(tmp_path / "config"))
    return path


@pytest.fixture
def lib(db_path: Path) -> Iterator[Library]:
    """An empty library at `db_path`."""
    library = Library(db_path)
    yield library
    library.close()


@pytest.fixture(scope="session")
def _seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # Importing the seeds tokenises them; do it once a session and copy the file.
    path = tmp_path_factory.mktemp("seeded") / "index.db"
    library = Library(path)
    library.ensure_seeded()
    library.close()
    return path


@pytest.fixture
def seeded_db(db_path: Path, _seeded_template: Path) -> Path:
    """`db_path` holding the five bundled seeds (a fresh copy for each test)."""
    shutil.copyfile(_seeded_template, db_path)
    return db_path


@pytest.fixture
def seeded_lib(seeded_db: Path) -> Iterator[Library]:
    """A library with the five bundled seeds imported."""
    library = Library(seeded_db)
    yield library
    library.close()


def build_big_index(seeded: Path, dest: Path, n: int) -> Path:
    """Copy a seeded index and add `n` synthetic articles by SQL (older than the seeds, no passages)."""
    import sqlite3

    shutil.copyfile(seeded, dest)
    con = sqlite3.connect(dest)
    with con:
        con.execute(
            "WITH RECURSIVE seq(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM seq WHERE k < ?)"
            " INSERT INTO articles(id, source, title, published, sort, site, format, digest, raw, doc, added, updated)"
            " SELECT printf('s%09d', k), printf('/synthetic/%d.txt', k),"
            "  printf('合成記事 %d 号:ウクライナ和平交渉の行方と米国の思惑', k),"
            "  date('2024-12-31', printf('-%d days', k % 3650)), date('2024-12-31', printf('-%d days', k % 3650)),"
            "  NULL, t.format, t.digest, t.raw, t.doc, t.added, t.updated"
            " FROM seq, (SELECT * FROM articles LIMIT 1) t",
            (n,),
        )
    con.close()
    return dest


@pytest.fixture(scope="session")
def big_db(_seeded_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An index of the 5 seeds plus 100,000 synthetic articles (built once a session)."""
    return build_big_index(_seeded_template, tmp_path_factory.mktemp("big") / "index.db", 100_000)


def seed_mix(i: int, tag: str = "") -> str:
    """Article i of a corpus of distinct seed-shaped articles: the first three lines of seed i mod 5, then
    lines drawn from all the seeds (as `python -m tui.bench` makes them), `tag` choosing the draw. A seed with only a line of its
    own added would be a copy of that seed, and merge with it (one article per content)."""
    import random

    from tui.news.paths import seeds_dir

    seeds = [p.read_text(encoding="utf-8").splitlines() for p in sorted(seeds_dir().glob("*.txt"))]
    pool = [line for lines in seeds for line in lines if line.strip()]
    base = seeds[i % len(seeds)]
    return "\n".join(base[:3] + random.Random(f"{tag}{i}").sample(pool, len(base) - 3)) + "\n"


def persons(text: str) -> list[str]:
    """The persons found in one text, as written there."""
    return found_of(text, "person")


def found_of(text: str, kind: str) -> list[str]:
    """The actors of one kind (person, organization, place, country) found in one text, as written there."""
    gaz = actors.default()
    hits, new = actors.find(text, gaz)
    return [text[f.start:f.end] for f in hits if (new.get(f.actor) or gaz.entries[f.actor]).kind == kind]


def article_persons(texts: list[str]) -> list[list[str]]:
    """The persons found in each passage of one article, read together."""
    gaz = actors.default()
    mentions, new = actors.find_all(texts, gaz)
    return [[t[s:e] for aid, s, e in passage if (new.get(aid) or gaz.entries[aid]).kind == "person"]
            for t, passage in zip(texts, mentions)]


_MARK = re.compile(r"\[\[(\w+):([^\]]*)\]\]")


def assert_well_marked(folder: Path) -> None:
    """Every span mark of a labelled actors set has a known label and a clean span, and no mark is broken."""
    for path in sorted(folder.glob("*.txt")):
        for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            if line.startswith("#"):
                continue
            for label, text in _MARK.findall(line):
                assert label in ("PER", "ORG", "LOC", "CTY"), (path.name, n, label)
                assert text and text == text.strip() and "[" not in text, (path.name, n, text)
            rest = _MARK.sub("", line)
            assert "[[" not in rest and "]]" not in rest, (path.name, n)
            assert line == line.rstrip(), (path.name, n)


def actors_report_run(*args: str) -> "subprocess.CompletedProcess[str]":
    """`python -m tui.report actors ARGS` as a real process, run once per test session and shared by the test modules
    and xdist workers that read it (a file per command under the session's temporary folder, written under a lock)."""
    import fcntl
    import hashlib
    import json
    import os
    import subprocess
    import sys
    import tempfile

    root = Path(__file__).resolve().parent.parent
    session = os.environ.get("PYTEST_XDIST_TESTRUNUID") or str(os.getpid())
    folder = Path(tempfile.gettempdir()) / f"newsreader-tests-{session}"
    folder.mkdir(exist_ok=True)
    key = hashlib.sha1("\0".join(("actors", *args)).encode()).hexdigest()[:16]
    cached = folder / f"report-{key}.json"
    with open(folder / f"report-{key}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # (the first asker runs it; the others wait and read its output)
        if not cached.exists():
            out = subprocess.run([sys.executable, "-m", "tui.report", "actors", *args], capture_output=True, text=True,
                                 env=dict(os.environ, PYTHONPATH=str(root), NEWSREADER_SPEED_ROUNDS="1"),  # (the
                                 cwd=root, timeout=300)  # speed row's form is checked, not its figure: one round)
            cached.write_text(json.dumps([out.returncode, out.stdout, out.stderr]), encoding="utf-8")
        code, stdout, stderr = json.loads(cached.read_text(encoding="utf-8"))
    return subprocess.CompletedProcess([sys.executable, "-m", "tui.report", "actors", *args], code, stdout, stderr)
