"""The reader and the command line side by side, each its own process, and the index's own troubles
(locked, read-only, a full disk) told as what they are.

The reader runs in a tmux pane (a real pseudo-terminal): keys go in with `send-keys`, the screen
comes back with `capture-pane`. Every command is a real `python -m tui` process on a real index.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from tui.news.library import Library

ROOT = Path(__file__).parent.parent


def environment(db: Path, **extra: str) -> dict[str, str]:
    """What every process of a test runs with: its own index and configuration, this checkout's code."""
    return {**os.environ, "NEWSREADER_DB": str(db), "PYTHONPATH": str(ROOT),
            "NEWSREADER_CONFIG": str(db.parent / "config"), "NEWSREADER_WORKERS": "1", **extra}


def cli(db: Path, *args: str, timeout: float = 600, prefix: tuple[str, ...] = (),
        **extra: str) -> subprocess.CompletedProcess:
    """Run one `newsreader` command to its end."""
    return subprocess.run([*prefix, sys.executable, "-m", "tui", *args], capture_output=True, text=True,
                          env=environment(db, **extra), timeout=timeout)


# --- inputs ----------------------------------------------------------------------------------------

_PLACES = ["札幌", "仙台", "新潟", "金沢", "静岡", "名古屋", "京都", "神戸", "岡山", "広島", "松山", "福岡", "熊本", "那覇"]
_WHO = ["市の委員会", "県の担当課", "地元の商店会", "大学の研究班", "町の図書館", "私鉄の運営会社", "漁業協同組合",
        "市立病院", "小学校の保護者会", "県立美術館", "観光協会", "農業法人", "消防本部", "気象台"]
_DID = ["新しい計画を発表した", "住民向けの説明会を開いた", "一年間の調査結果をまとめた", "記念の行事を催した",
        "利用者の意見を集めた", "来年度の予算案を示した", "試験的な運行を始めた", "新しい窓口を設けた"]
_THEN = ["参加者からは質問が相次いだ", "担当者は手応えを語った", "課題も残るとの声が出た", "反響は予想を上回った",
         "費用の負担が議論になった", "近隣の自治体も関心を寄せている", "詳しい日程は追って知らせる"]
_THINGS = ["催し", "講座", "便", "窓口", "相談会", "見学会", "展示"]


def japanese_text(rng: random.Random, tag: str, i: int) -> str:
    """A short article of its own: a title line and a few sentences, no two alike."""
    place, who, did = rng.choice(_PLACES), rng.choice(_WHO), rng.choice(_DID)
    sentences = [f"{place}で{rng.randint(1, 12)}月{rng.randint(1, 28)}日、{who}が{did}。"]
    for _ in range(rng.randint(2, 4)):
        sentences.append(f"{rng.choice(_THEN)}。{rng.choice(_WHO)}によると、"
                         f"今後{rng.randint(2, 90)}件の{rng.choice(_THINGS)}を予定しているという。")
    sentences.append(f"記事番号は{tag}{i}で、{rng.randint(100, 9999)}人が関わった。")
    return f"{place}の{who}が{did}({tag}{i})\n\n" + "".join(sentences) + "\n"


def japanese_files(folder: Path, n: int, tag: str) -> Path:
    """`n` short Japanese articles as .txt files in `folder`."""
    folder.mkdir(parents=True)
    rng = random.Random(tag)
    for i in range(n):
        (folder / f"{tag}{i:04d}.txt").write_text(japanese_text(rng, tag, i), encoding="utf-8")
    return folder


class FeedServer:
    """An RSS feed on 127.0.0.1 whose items carry their whole text (no page is fetched)."""

    def __init__(self) -> None:
        self.items: list[tuple[str, str]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                body = server.rss().encode("utf-8")
                self.send_response(200 if self.path == "/feed.xml" else 404)
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/feed.xml"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def add_item(self, title: str, text: str) -> None:
        self.items.append((title, text))

    def rss(self) -> str:
        base = self.url.rsplit("/", 1)[0]
        items = "".join(
            f"<item><title>{title}</title><link>{base}/items/{i}</link>"
            f"<pubDate>Wed, {10 + i:02d} Dec 2025 00:00:00 GMT</pubDate><description>要約</description>"
            f"<content:encoded>&lt;p&gt;{text}&lt;/p&gt;</content:encoded></item>"
            for i, (title, text) in enumerate(self.items))
        return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>地方ニュース</title>'
                f"<link>{base}/</link><description>地方の話題</description>{items}</channel></rss>")

    def close(self) -> None:
        self.httpd.shutdown()


# --- the reader in a pseudo-terminal ---------------------------------------------------------------


class Reader:
    """The reader as its own process in a 120x40 tmux pane: keys in, the screen out."""

    def __init__(self, db: Path, socket: Path) -> None:
        self.db, self.socket = db, socket
        self.status_file = socket.with_name("reader.status")  # tmux does not always keep a pane's exit status
        env = environment(db)
        command = "env -u COLUMNS -u LINES " + " ".join(
            f"{k}={_quote(env[k])}" for k in ("NEWSREADER_DB", "PYTHONPATH", "NEWSREADER_CONFIG", "NEWSREADER_WORKERS")
        ) + f" {_quote(sys.executable)} -m tui; echo $? > {_quote(str(self.status_file))}"
        self._tmux("new-session", "-d", "-x", "120", "-y", "40", "-s", "reader", command)
        self._tmux("set-option", "-t", "reader", "remain-on-exit", "on")
        self.pid = self._reader_pid(int(self._tmux("display", "-p", "-t", "reader", "#{pane_pid}").strip()))

    @staticmethod
    def _reader_pid(shell: int) -> int:
        """The reader's own process: the child of the pane's shell."""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            for stat in Path("/proc").glob("[0-9]*/stat"):
                try:
                    fields = stat.read_text().rsplit(")", 1)[1].split()
                except (OSError, IndexError):
                    continue
                if int(fields[1]) == shell:
                    return int(stat.parent.name)
            time.sleep(0.05)
        pytest.fail("the reader's process did not start")

    def _tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-S", str(self.socket), *args], capture_output=True, text=True,
                              check=True, timeout=30).stdout

    def screen(self) -> str:
        """What the terminal shows now."""
        return self._tmux("capture-pane", "-p", "-t", "reader")

    def header(self) -> str:
        return self.screen().splitlines()[0]

    def keys(self, *keys: str) -> None:
        """Press keys (tmux key names), one at a time."""
        for key in keys:
            self._tmux("send-keys", "-t", "reader", key)

    def wait_for(self, text: str, timeout: float = 60) -> str:
        """The screen once it shows `text` (fails with the screen when it never does)."""
        deadline = time.monotonic() + timeout
        while True:
            shown = self.screen()
            if text in shown:
                return shown
            if time.monotonic() > deadline or self.dead():
                pytest.fail(f"the reader never showed {text!r}; its screen:\n{shown}")
            time.sleep(0.2)

    def dead(self) -> bool:
        return self.status_file.exists() or self._tmux("display", "-p", "-t", "reader", "#{pane_dead}").strip() == "1"

    def check_files(self) -> None:
        """Fail if another process has deleted an index file (the -wal, the -shm) the reader holds open."""
        deleted = []
        for fd in Path(f"/proc/{self.pid}/fd").iterdir():
            try:
                target = os.readlink(fd)
            except OSError:
                continue
            if self.db.name in target and target.endswith("(deleted)"):
                deleted.append(target)
        assert not deleted, f"another process deleted the reader's open index files: {deleted}"

    def quit(self, timeout: float = 120) -> int:
        """Press q; the reader's exit status."""
        self.keys("q")
        deadline = time.monotonic() + timeout
        while not (self.status_file.exists() and self.status_file.read_text().strip()):
            if time.monotonic() > deadline:
                pytest.fail(f"the reader did not quit; its screen:\n{self.screen()}")
            time.sleep(0.2)
        return int(self.status_file.read_text())

    def close(self) -> None:
        subprocess.run(["tmux", "-S", str(self.socket), "kill-server"], capture_output=True, timeout=30)


def _quote(value: str) -> str:
    return "'" + value.replace("'", "'\\''") + "'"


@pytest.fixture
def reader_factory(tmp_path):
    started: list[Reader] = []

    def start(db: Path) -> Reader:
        reader = Reader(db, tmp_path / "tmux.sock")
        started.append(reader)
        return reader

    yield start
    for reader in started:
        reader.close()


def integrity(db: Path) -> str:
    con = sqlite3.connect(db)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def counts(db: Path) -> tuple[int, int]:
    """(articles, bookmarks) as the command line lists them."""
    listed, marks = cli(db, "list", "--json"), cli(db, "bookmarks", "--json")
    assert listed.returncode == 0 and marks.returncode == 0, listed.stderr + marks.stderr
    return len(json.loads(listed.stdout)), len(json.loads(marks.stdout))


def bookmark_in_reader(reader: Reader, how_many: int) -> None:
    """Bookmark `how_many` passages of the open article, one after another, from the body pane."""
    reader.keys("Tab")  # the body
    for n in range(how_many):
        reader.keys("j", "b")
        deadline = time.monotonic() + 60
        while reader.screen().count("Bookmarked.") < min(n + 1, 3):  # notifications stack, then expire
            if time.monotonic() > deadline:
                pytest.fail(f"bookmark {n + 1} was not confirmed; the screen:\n{reader.screen()}")
            time.sleep(0.2)
        time.sleep(0.3)


# --- 1. the reader and the command line together ---------------------------------------------------


def test_importing_the_folder_that_holds_the_index_leaves_it_alone(tmp_path, monkeypatch):
    """An index named without a suffix reads like a text file: an import of its folder must not open it."""
    folder = japanese_files(tmp_path / "archive", 2, "同居")
    db = folder / "news"  # no suffix, as `--db ~/news/index` would make
    monkeypatch.setenv("NEWSREADER_DB", str(db))
    lib = Library(db)
    try:
        lib.count()
        report = lib.add([folder])
        assert {s.reason for s in report.skipped if Path(s.source).name.startswith("news")} == {"the index itself"}
        assert report.added == 2, report.skipped
        done = cli(db, "list", "--json")  # a second process comes and goes
        assert done.returncode == 0, done.stderr
        assert Path(f"{db}-wal").exists() and Path(f"{db}-shm").exists()
        assert lib.count() == 2
    finally:
        lib.close()
    assert integrity(db) == "ok"


def test_a_second_connection_keeps_the_processs_locks(seeded_db):
    """A worker's connection opened beside the first must not let another process delete the WAL."""
    first = Library(seeded_db)
    first.count()
    second = Library(seeded_db)  # as the reader's workers do, while its first connection is live
    second.close()
    done = cli(seeded_db, "list", "--json")
    assert done.returncode == 0, done.stderr
    assert Path(f"{seeded_db}-wal").exists() and Path(f"{seeded_db}-shm").exists()
    assert cli(seeded_db, "add", str(japanese_files(seeded_db.parent / "one", 1, "一件"))).returncode == 0
    assert first.count() == 6  # the first connection still sees what others commit
    first.close()
    assert integrity(seeded_db) == "ok"


def test_reader_and_command_line_side_by_side(seeded_db, tmp_path, reader_factory):
    db = seeded_db
    before = Library(db)
    newest = before.articles().page(0, 1)[0].id
    kept = before.toggle_bookmark(newest, before.article(newest).passages[-1].anchor)  # a user's old bookmark
    before.close()
    folder = japanese_files(tmp_path / "inbox", 1000, "便り")
    feed = FeedServer()
    rng = random.Random(7)
    for i in range(2):
        feed.add_item(f"地方の話題その{i}", japanese_text(rng, "話題", i) * 3)
    try:
        reader = reader_factory(db)
        reader.wait_for("— 5 articles")
        reader.keys("j", "j", "k")  # articles loaded ahead: each load opens its own connection
        time.sleep(1)
        for args in (["list"], ["bookmarks", "--json"]):
            done = cli(db, *args)
            assert done.returncode == 0, done.stderr
            reader.check_files()
        # 1,000 files imported while the reader watches and other commands read.
        importing = subprocess.Popen([sys.executable, "-m", "tui", "add", str(folder)], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, env=environment(db))
        reads, deadline = 0, time.monotonic() + 600
        while importing.poll() is None and reads < 200 and time.monotonic() < deadline:
            done = cli(db, *(["list", "--json"] if reads % 2 else ["bookmarks", "--json"]))
            assert done.returncode == 0, done.stderr
            reads += 1
            reader.keys("j" if reads % 3 else "k")
            reader.check_files()
        out, err = importing.communicate(timeout=600)
        assert importing.returncode == 0, err
        assert out.strip().splitlines()[-1] == "1000 added, 0 updated, 0 unchanged, 0 skipped"
        reader.check_files()
        done = cli(db, "add", feed.url)
        assert done.returncode == 0, done.stderr
        reader.check_files()
        feed.add_item("地方の話題その2", japanese_text(rng, "話題", 2) * 3)
        done = cli(db, "refresh")
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip().splitlines()[-1].startswith("1 added"), done.stdout
        reader.check_files()
        # The reader notices the other processes' articles on its own (it polls data_version).
        reader.wait_for("— 1008 articles", timeout=60)
        bookmark_in_reader(reader, 3)
        reader.check_files()
        assert reader.quit() == 0
    finally:
        feed.close()
    assert integrity(db) == "ok"
    articles, marks = counts(db)
    assert (articles, marks) == (1008, 4)
    con = sqlite3.connect(db)
    ids = {r[0] for r in con.execute("SELECT id FROM bookmarks WHERE detached = 0")}
    con.close()
    assert kept.id in ids and len(ids) == 4


# How long the stress runs with the reader open: 12 s by default; NEWSREADER_STRESS_SECONDS=600 for a long soak.
STRESS_SECONDS = float(os.environ.get("NEWSREADER_STRESS_SECONDS", "12"))


class Loop:
    """One kind of process run again and again on a thread, until a deadline or a count."""

    def __init__(self, name: str, db: Path, commands, deadline: float, most: int) -> None:
        self.name, self.db, self.commands, self.deadline, self.most = name, db, commands, deadline, most
        self.done = 0
        self.errors: list[str] = []
        self.thread = threading.Thread(target=self._run, name=name, daemon=True)

    def stop(self) -> None:
        """Start no more processes; wait for the one running."""
        self.deadline = 0
        self.thread.join(timeout=600)

    def _run(self) -> None:
        for n in range(self.most):
            if time.monotonic() >= self.deadline:
                break
            args = self.commands(n)
            try:
                done = cli(self.db, *args, timeout=300)
            except subprocess.TimeoutExpired:
                self.errors.append(f"{' '.join(args)}: timed out")
                continue
            if done.returncode != 0:
                self.errors.append(f"{' '.join(args)}: exit {done.returncode}: {done.stderr.strip()[-300:]}")
            self.done += 1


@pytest.mark.slow
def test_stress_reader_two_writers_and_readers(seeded_db, tmp_path, reader_factory):
    db = seeded_db
    lib = Library(db)
    rows = lib.articles().page(0, 5)
    # The second writer bookmarks passages of every seed but the newest, which the reader bookmarks in at the end.
    targets = [(rows[k].id, rows[k].title, p) for k in range(1, 5) for p in lib.article(rows[k].id).passages]
    lib.close()
    batches = [japanese_files(tmp_path / "in" / f"b{n:02d}", 20, f"負荷{n:02d}-") for n in range(120)]
    imports = []
    for n in range(600):
        marks = [{"id": f"stress{n:03d}{k}", "article_id": aid, "anchor": p.anchor, "title": title, "text": p.text,
                  "note": f"負荷試験 {n}-{k}", "created": f"2025-12-01T00:{n % 60:02d}:{k:02d}+00:00"}
                 for k, (aid, title, p) in enumerate(targets[(5 * n + j) % len(targets)] for j in range(5))]
        path = tmp_path / "marks" / f"m{n:03d}.json"
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(marks, ensure_ascii=False), encoding="utf-8")
        imports.append(path)
    reader = reader_factory(db)
    reader.wait_for("— 5 articles")
    started = time.monotonic()
    deadline = started + STRESS_SECONDS
    loops = [
        Loop("add", db, lambda n: ["add", str(batches[n])], deadline, len(batches)),
        Loop("bookmarks --import", db, lambda n: ["bookmarks", "--import", str(imports[n])], deadline, len(imports)),
        Loop("readers", db, lambda n: [["list", "--json"], ["bookmarks", "--json"], ["search", "説明会", "--json"],
                                       ["show", rows[n % 5].id, "--json"]][n % 4], deadline, 2000),
    ]
    presses = 0
    try:
        for loop in loops:
            loop.thread.start()
        while any(loop.thread.is_alive() for loop in loops) and presses < 2000:
            reader.keys(["j", "j", "Enter", "k", "Enter"][presses % 5])  # opening an article writes its read state
            presses += 1
            reader.check_files()
            time.sleep(0.25)
    finally:
        for loop in loops:
            loop.stop()
    seconds = time.monotonic() - started
    adds, marks = loops[0].done, loops[1].done
    expected_articles, expected_marks = 5 + 20 * adds, 5 * marks
    reader.wait_for(f"— {expected_articles} articles", timeout=60)
    reader.keys("Home", "Enter")
    time.sleep(1)
    bookmark_in_reader(reader, 2)
    reader.check_files()
    status = reader.quit()
    errors = [e for loop in loops for e in loop.errors]
    print(f"\nstress: {seconds:.0f} s with the reader open; {adds} imports of 20 files by one writer, "
          f"{marks} bookmark imports of 5 by another, {loops[2].done} reading commands, {presses} keys in the reader; "
          f"{len(errors)} errors; {expected_articles} articles, {expected_marks + 2} bookmarks expected")
    for error in errors[:10]:
        print("  error:", error)
    assert status == 0
    assert not errors
    assert adds > 0 and marks > 0 and loops[2].done > 0
    assert integrity(db) == "ok"
    con = sqlite3.connect(db)
    ids = {r[0] for r in con.execute("SELECT id FROM bookmarks")}
    con.close()
    assert {f"stress{n:03d}{k}" for n in range(marks) for k in range(5)} <= ids
    assert counts(db) == (expected_articles, expected_marks + 2)


# --- 16. a locked index, a read-only folder or file, a full disk: said as what they are ---------------

_HOLD = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN EXCLUSIVE")
con.execute("INSERT INTO state(key, value) VALUES('held', 'yes')")
print("held", flush=True)
sys.stdin.read()
con.execute("ROLLBACK")
"""


def one_line(done: subprocess.CompletedProcess) -> str:
    """The command's error: exit status 1 and one line on stderr, not a traceback."""
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsreader: "), done.stderr
    return lines[0]


def a_bookmarks_export(db: Path, path: Path) -> Path:
    """A one-bookmark export (of a passage of the newest article) to import."""
    lib = Library(db)
    article = lib.article(lib.articles().page(0, 1)[0].id)
    lib.close()
    p = article.passages[1]
    path.write_text(json.dumps([{"id": "imported1", "article_id": article.id, "anchor": p.anchor, "title": article.title,
                                 "text": p.text, "note": "", "created": "2025-12-01T00:00:00+00:00"}],
                               ensure_ascii=False), encoding="utf-8")
    return path


def test_a_locked_index_is_said_to_be_locked(seeded_db, tmp_path):
    db = seeded_db
    inbox = japanese_files(tmp_path / "inbox", 3, "鍵")
    export = a_bookmarks_export(db, tmp_path / "marks.json")
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        for args in (["add", str(inbox)], ["bookmarks", "--import", str(export)]):
            line = one_line(cli(db, *args, NEWSREADER_BUSY_TIMEOUT="0.5"))
            assert f"{db} is locked by another process" in line and "doctor" not in line, line
        reading = cli(db, "list", "--json", NEWSREADER_BUSY_TIMEOUT="0.5")  # readers do not wait for a writer
        assert reading.returncode == 0 and len(json.loads(reading.stdout)) == 5, reading.stderr
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    assert cli(db, "add", str(inbox)).returncode == 0
    assert counts(db) == (8, 0)


def unprivileged() -> tuple[str, ...]:
    """A command prefix under which file permissions hold. Root passes them by its capabilities
    (CAP_DAC_OVERRIDE), so as root the command runs without those; any other user needs nothing."""
    if os.geteuid() != 0:
        return ()
    caps = "-dac_override,-dac_read_search"
    return ("setpriv", f"--bounding-set={caps}", f"--inh-caps={caps}")


def test_a_read_only_folder_is_said_to_be_read_only(seeded_db, tmp_path):
    folder = tmp_path / "readonly"
    folder.mkdir()
    db = folder / "index.db"
    shutil.copyfile(seeded_db, db)
    inbox = japanese_files(tmp_path / "inbox", 2, "読")
    before = db.read_bytes()
    db.chmod(0o444)
    folder.chmod(0o555)
    try:
        for args in (["list"], ["bookmarks", "--json"], ["add", str(inbox)], ["doctor"], ["doctor", "--rebuild"], []):
            line = one_line(cli(db, *args, prefix=unprivileged()))
            assert f"its folder {folder} is read-only" in line, (args, line)
            assert not any(w in line for w in ("corrupt", "damaged", "rebuild", "doctor")), (args, line)
        line = one_line(cli(folder / "new.db", "list", prefix=unprivileged()))  # nor can a new one be made there
        assert f"its folder {folder} is read-only" in line, line
    finally:
        folder.chmod(0o755)
        db.chmod(0o644)
    assert sorted(p.name for p in folder.iterdir()) == ["index.db"] and db.read_bytes() == before


def test_a_read_only_file_is_said_to_be_read_only(seeded_db, tmp_path):
    db = seeded_db
    inbox = japanese_files(tmp_path / "inbox", 2, "読")
    export = a_bookmarks_export(db, tmp_path / "marks.json")
    db.chmod(0o444)
    try:
        listed = cli(db, "list", "--json", prefix=unprivileged())  # reading needs no writing
        assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 5, listed.stderr
        for args in (["add", str(inbox)], ["bookmarks", "--import", str(export)]):
            line = one_line(cli(db, *args, prefix=unprivileged()))
            assert f"{db} cannot be written: the file is read-only" in line, (args, line)
        checked = cli(db, "doctor", prefix=unprivileged())
        assert checked.returncode == 0, checked.stdout + checked.stderr
        assert checked.stdout.splitlines()[-1].startswith("ok: 5 articles") and "rebuild" not in checked.stdout
    finally:
        db.chmod(0o644)
    assert integrity(db) == "ok" and counts(db) == (5, 0)


_FULL = """
set -u
mount -t tmpfs -o size="$SIZE"k newsreader-full "$SMALL" || exit 90
cp "$SEEDED" "$NEWSREADER_DB"
"$PYTHON" -m tui add "$INBOX" >"$OUT/add.out" 2>"$OUT/add.err"; echo $? >"$OUT/add.rc"
"$PYTHON" -m tui doctor >"$OUT/doctor.out" 2>"$OUT/doctor.err"; echo $? >"$OUT/doctor.rc"
"$PYTHON" - <<'PY' >"$OUT/index.json"
import json, os, sqlite3
con = sqlite3.connect(os.environ["NEWSREADER_DB"])
print(json.dumps([con.execute("PRAGMA integrity_check").fetchone()[0],
                  con.execute("SELECT count(*) FROM articles").fetchone()[0],
                  con.execute("SELECT count(*) FROM articles WHERE pk NOT IN (SELECT article FROM passages)").fetchone()[0]]))
PY
"""


def test_a_full_disk_is_said_to_be_full(seeded_db, tmp_path):
    """A real ENOSPC: the commands run in a mount namespace of their own, on a tmpfs 168 KB larger than
    the seeded index. Root makes the namespace itself; any other user maps itself to root in a new
    user namespace to do so."""
    small, out = tmp_path / "small", tmp_path / "out"
    small.mkdir()
    out.mkdir()
    inbox = japanese_files(tmp_path / "inbox", 300, "満")
    db = small / "index.db"
    size = seeded_db.stat().st_size // 1024 + 168  # KB: room for the copy, not for 300 more articles
    env = environment(db, SMALL=str(small), SEEDED=str(seeded_db), INBOX=str(inbox), OUT=str(out),
                      PYTHON=sys.executable, SIZE=str(size))
    namespace = ["unshare", "--mount"] + ([] if os.geteuid() == 0 else ["--map-root-user"])
    ran = subprocess.run([*namespace, "sh", "-c", _FULL], env=env, capture_output=True, text=True, timeout=600)
    assert ran.returncode == 0, f"could not mount a small tmpfs: {ran.stderr}"
    added = subprocess.CompletedProcess([], int((out / "add.rc").read_text()), (out / "add.out").read_text(),
                                        (out / "add.err").read_text())
    line = one_line(added)
    assert f"the disk is full: {db} cannot grow" in line and "doctor" not in line, line
    status, articles, halves = json.loads((out / "index.json").read_text())
    assert status == "ok" and articles >= 5 and halves == 0  # whole articles or none
    assert (out / "doctor.rc").read_text().strip() == "0" and (out / "doctor.out").read_text().startswith("ok: ")


@pytest.fixture
def anyio_backend() -> str:
    """Textual runs on asyncio."""
    return "asyncio"


@pytest.mark.anyio
async def test_the_reader_says_a_bookmark_waited_for_a_locked_index(seeded_db, monkeypatch):
    from tui.app import NewsReaderApp
    from tui.news.store import connection

    monkeypatch.setattr(connection, "BUSY_TIMEOUT_S", 0.3)
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        holder = sqlite3.connect(seeded_db, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # another process's import, say
        try:
            await pilot.press("b")
            for _ in range(50):
                await pilot.app.workers.wait_for_complete()
                await pilot.pause(0.1)
                shown = [n.message for n in app._notifications]
                if any("not saved" in m for m in shown):
                    break
        finally:
            holder.execute("ROLLBACK")
            holder.close()
    assert any(m.startswith("The bookmark was not saved: ") and f"{seeded_db} is locked by another process" in m
               for m in shown), shown


def test_library_calls_outside_a_transaction_raise_the_librarys_own_errors(seeded_db):
    """A write outside `transaction()` (a note, a read mark) and a read of a damaged index reach the
    reader and the CLI as NewsError kinds, never as sqlite3's own errors."""
    from tui.news.errors import IndexLocked, NewsError, StorageError

    lib = Library(seeded_db)
    lib.index.con.execute("PRAGMA busy_timeout=200")  # not 30 s a call
    holder = sqlite3.connect(seeded_db, isolation_level=None)
    try:
        first = lib.articles().page(0, 1)[0].id
        holder.execute("BEGIN EXCLUSIVE")
        for call in (lambda: lib.mark_read(first), lambda: lib.set_state("k", "v"),
                     lambda: lib.set_note("nope", "note")):
            with pytest.raises(IndexLocked):
                call()
        holder.execute("ROLLBACK")
        holder.execute("DROP TABLE state")  # what a damaged schema looks like to a read
        with pytest.raises(StorageError) as caught:
            lib.get_state("last_article")
        assert isinstance(caught.value, NewsError) and "could not be used" in str(caught.value)
    finally:
        holder.close()
        lib.close()
