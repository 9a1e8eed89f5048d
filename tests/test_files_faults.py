"""Files and workers that misbehave: a killed import's workers, a file rewritten while it is read,
names that are not UTF-8, and paths that are not regular files. Real processes, real files."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest


ROOT = Path(__file__).parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def env(db: Path, workers: int = 1) -> dict[str, str]:
    return {**os.environ, "NEWSREADER_DB": str(db), "PYTHONPATH": str(ROOT), "NEWSREADER_WORKERS": str(workers)}


def cli(*args: str | bytes, db: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    """`newsreader ARGS` in its own process; a hang fails the test instead of hanging it."""
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, env=env(db), timeout=timeout)


def closing_line(out: bytes) -> tuple[int, ...]:
    return tuple(int(x.split()[0]) for x in out.decode().strip().splitlines()[-1].split(", "))


# --- point 4: workers end with their parent -----------------------------------------


def _stat(pid: int) -> tuple[str, int, int] | None:
    """(state, parent, start time) of a process, or None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = text[text.rindex(")") + 2:].split()
    return fields[0], int(fields[1]), int(fields[19])


def _descendants(root: int) -> dict[int, int]:
    """Every live descendant of `root`: pid -> start time (so a reused pid is not mistaken for it)."""
    children: dict[int, list[int]] = {}
    starts: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (info := _stat(int(entry))) and info[0] != "Z":
            children.setdefault(info[1], []).append(int(entry))
            starts[int(entry)] = info[2]
    found, todo = {}, [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found[child] = starts[child]
            todo.append(child)
    return found


def _alive(pid: int, start: int) -> bool:
    info = _stat(pid)
    return info is not None and info[0] != "Z" and info[2] == start  # a zombie has ended


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_kill_9_of_add_ends_its_workers_and_the_resource_tracker(tmp_path):
    db, folder = tmp_path / "index.db", tmp_path / "in"
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    for i in range(1200):  # a first batch written leaves most of the import to go
        (folder / f"{i:04d}.txt").write_text(f"記事その{i}\n" + texts[i % len(texts)], encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "tui", "add", str(folder)], env=env(db, workers=2),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while True:  # until the workers have analysed a first batch: the pool is at work
            family = _descendants(proc.pid)
            workers = [pid for pid in family if "spawn_main" in _cmdline(pid)]
            if len(workers) >= 2 and db.exists():
                con = sqlite3.connect(db)
                try:
                    if con.execute("SELECT count(*) FROM articles").fetchone()[0] > 5:  # the seeds, imported first
                        break
                except sqlite3.OperationalError:
                    pass
                finally:
                    con.close()
            assert proc.poll() is None and time.monotonic() < deadline, "the import ended before the test could kill it"
            time.sleep(0.05)
        family = _descendants(proc.pid)
        assert any("resource_tracker" in _cmdline(pid) for pid in family)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 10
        while (left := [pid for pid, start in family.items() if _alive(pid, start)]) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert left == [], [_cmdline(pid) for pid in left]
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # whatever is left of this test's own process group
        except ProcessLookupError:
            pass
