"""Files and workers that misbehave: a killed import's workers, a file rewritten while it is read,
names that are not UTF-8, and paths that are not regular files. Real processes, real files."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import seed_mix
from tui.news.library import Library
from tui.news.models import Skip

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
    for i in range(1200):  # a first batch written leaves most of the import to go
        (folder / f"{i:04d}.txt").write_text(f"記事その{i}\n" + seed_mix(i), encoding="utf-8")  # articles, not copies
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


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_where_the_kernel_cannot_be_asked_a_thread_ends_the_worker_with_its_parent(tmp_path):
    worker = ("import sys; from tui.news.analyser import _watch;"
              " print('watching', flush=True); _watch(int(sys.argv[1]))")
    parent = ("import os, subprocess, sys;"
              " p = subprocess.Popen([sys.executable, '-c', sys.argv[1], str(os.getpid())]);"
              " print(p.pid, flush=True); p.wait()")  # ends (closing the pipe) if the worker does
    proc = subprocess.Popen([sys.executable, "-c", parent, worker], env=env(tmp_path / "index.db"),
                            stdout=subprocess.PIPE, text=True, start_new_session=True)
    try:
        child = int(proc.stdout.readline())
        start = _stat(child)[2]
        assert proc.stdout.readline() == "watching\n"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 10
        while _alive(child, start) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(child, start)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.stdout.close()


# --- point 5: a file that changes while it is read -----------------------------------


class RewriteDuringRead:
    """Changes a file in the middle of the importer's own reading of it, at a given builtin call.

    sys.setprofile sees every call of a C function (os.read, BufferedReader.read, os.fstat) made
    from sources.py; `change` runs right after the chosen one returns. The importer is not
    touched; the file is written through a descriptor of its own, as another program would.
    """

    def __init__(self, call: str, change, times: int) -> None:
        self.call, self.change, self.times = call, change, times

    def __call__(self, frame, event, arg) -> None:
        if (event == "c_return" and self.times and getattr(arg, "__name__", "") == self.call
                and frame.f_code.co_filename.endswith(os.path.join("news", "sources.py"))):
            self.times -= 1
            self.change()

    def __enter__(self):
        sys.setprofile(self)
        return self

    def __exit__(self, *exc) -> None:
        sys.setprofile(None)


def test_a_file_rewritten_while_it_is_read_is_not_stored_half_written(tmp_path):
    lib = Library(tmp_path / "index.db", workers=1)
    path = tmp_path / "story.txt"
    first, second = (SEEDS[i].read_text(encoding="utf-8") for i in (0, 1))
    path.write_text(first, encoding="utf-8")
    report = lib.add([path])
    assert report.added == 1
    lines = second.splitlines(keepends=True)
    head, tail = "".join(lines[: len(lines) // 2]), "".join(lines[len(lines) // 2:])
    # Another program is rewriting the file: it has written the first half of the new version
    # when the import starts, and writes the rest while the importer is reading.
    path.write_text(head, encoding="utf-8")

    def write_the_rest() -> None:
        with open(path, "a", encoding="utf-8") as file:
            file.write(tail)

    with RewriteDuringRead("read", write_the_rest, times=1):
        report = lib.add([path])
    assert (report.updated, report.skipped) == (1, [])
    [aid] = report.ids
    assert lib.store.articles.raw_of(aid)[2] == second  # the whole new version, not its first half
    lib.close()


def test_a_file_that_keeps_changing_is_skipped_with_the_reason(tmp_path):
    lib = Library(tmp_path / "index.db", workers=1)
    path = tmp_path / "log.txt"
    path.write_text(SEEDS[2].read_text(encoding="utf-8"), encoding="utf-8")

    def append() -> None:
        with open(path, "a", encoding="utf-8") as file:
            file.write("追記された一行。\n")

    # It grows each time the importer looks at its size: every read overlaps a write.
    with RewriteDuringRead("fstat", append, times=20):
        report = lib.add([path])
    assert report.skipped == [Skip(str(path), "changed while being read")]
    assert (report.added, report.updated) == (0, 0) and lib.count() == 0
    # Once it is left alone, it imports.
    assert lib.add([path]).added == 1
    lib.close()


# --- point 10: names that are not UTF-8, paths that are not regular files ------------


def test_a_file_name_that_is_not_utf8_is_imported_under_a_shown_name(tmp_path):
    db, folder = tmp_path / "index.db", tmp_path / "in"
    folder.mkdir()
    good = seed_mix(100)  # not a copy of a sample, which the index holds already
    bad_name = os.path.join(os.fsencode(folder), b"\xff\xfe\x83\x4e.txt")  # Latin-1/Shift_JIS bytes
    with open(bad_name, "wb") as file:
        file.write(seed_mix(101).encode("utf-8"))
    (folder / "good.txt").write_text(good, encoding="utf-8")
    (folder / b"\xe3\x81.txt".decode(errors="surrogateescape")).write_bytes(b"")  # skipped: its name is shown

    done = cli("add", str(folder), db=db)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    assert closing_line(done.stdout) == (2, 0, 0, 1)
    shown = str(folder / "\ufffd\ufffd\ufffdN.txt")
    listed = cli("list", "--json", db=db)
    sources = {row["source"]: row["id"] for row in json.loads(listed.stdout) if row["source"].startswith(str(folder))}
    assert len(sources) == 2
    assert shown in sources and str(folder / "good.txt") in sources
    article = json.loads(cli("show", sources[shown], "--json", db=db).stdout)
    assert article["source"] == shown and article["blocks"]
    assert "\ufffd\ufffd\ufffdN.txt" in cli("show", sources[shown], db=db).stdout.decode()

    again = cli("add", "-v", str(folder), db=db)
    assert again.returncode == 0 and closing_line(again.stdout) == (0, 0, 2, 1)  # unchanged, not a duplicate
    assert again.stderr.decode() == f"skipped {folder / chr(0xFFFD)}.txt: empty\n"
    one = cli("add", os.fsdecode(bad_name), db=db)  # the file named on its own: the same article
    assert one.returncode == 0 and closing_line(one.stdout) == (0, 0, 1, 0)
    assert sum(row["source"].startswith(str(folder)) for row in json.loads(cli("list", "--json", db=db).stdout)) == 2


def test_a_skipped_file_with_such_a_name_is_reported_under_its_shown_name(tmp_path):
    lib = Library(tmp_path / "index.db", workers=1)
    (tmp_path / "in").mkdir()
    os.mkfifo(os.path.join(os.fsencode(tmp_path), b"in/pipe\xff.txt"))
    missing = os.path.join(os.fsencode(tmp_path), b"gone\xff.txt")
    report = lib.add([tmp_path / "in", os.fsdecode(missing)])
    assert sorted(report.skipped, key=str) == [Skip(str(tmp_path / "gone\ufffd.txt"), "no such file or directory"),
                                               Skip(str(tmp_path / "in" / "pipe\ufffd.txt"), "not a regular file")]
    lib.close()


def test_fifos_devices_and_kernel_files_named_txt_are_skipped_not_read(tmp_path):
    db, folder = tmp_path / "index.db", tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_text(seed_mix(100), encoding="utf-8")  # not a copy of a sample
    os.mkfifo(folder / "fifo.txt")
    links = {"zero.txt": "/dev/zero", "kmsg.txt": "/proc/kmsg", "tty.txt": "/dev/tty", "self.txt": "/proc/self/status"}
    for name, target in links.items():
        if os.path.exists(target):
            os.symlink(target, folder / name)
    os.symlink(folder / "story.txt", folder / "link.txt")  # a link to a regular file is read
    done = cli("add", str(folder), db=db, timeout=60)  # /proc/kmsg blocked a read here for ever
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    lib = Library(db, workers=1)
    found = [a.source for a in lib.articles().all()]
    assert str(folder / "story.txt") in found and not any(s.startswith(("/dev", "/proc")) for s in found)
    report = lib.add([folder / name for name in sorted(os.listdir(folder)) if name != "story.txt"])
    lib.close()
    reasons = {Path(s.source).name: s.reason for s in report.skipped}
    assert reasons.pop("fifo.txt") == "not a regular file"
    if "zero.txt" in reasons:
        assert reasons.pop("zero.txt") == "not a regular file"
    if "tty.txt" in reasons:
        assert reasons.pop("tty.txt") in ("not a regular file", "no such device or address")
    for name in ("kmsg.txt", "self.txt"):  # pseudo-files: regular files of size 0, never read
        if name in reasons:
            assert reasons.pop(name) in ("empty", "permission denied")
    assert reasons == {}
    assert report.unchanged == 1  # link.txt: story.txt's article
