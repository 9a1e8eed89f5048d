"""Benchmarks against floors measured in the same run: `python -m tui.bench --articles N`.

Writes a deterministic synthetic corpus of N seed-shaped articles (the seeds' lines
re-mixed), then measures, each next to its floor:

- import time vs bare single-process fugashi tokenizing of the same text;
- search latency p50/p95 for one-, two- and many-character queries, with and without
  an actor filter, and `newsreader search` as a whole process vs `newsreader --version`;
- the reader's first paint and article switch (Textual pilot), at N and at 5 articles (the 5 it
  lists first, so it opens on the same article at both sizes);
- peak memory of the import and of the reader, at N and at 5 articles.

Every measurement that needs a clean process runs in a child process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .news.paths import seeds_dir

_ROOT = str(Path(__file__).resolve().parent.parent)  # so children import this same package
READER_RUNS = 5  # reader starts at each size, alternating
QUERIES = {"one-char": "米", "two-char": "停戦", "many-char": "ウクライナ 安全保障"}


def synth_corpus(folder: Path, n: int, seed: int = 7) -> int:
    """Write n seed-shaped articles into folder; returns the bytes written."""
    seeds = [p.read_text(encoding="utf-8").splitlines() for p in sorted(seeds_dir().glob("*.txt"))]
    pool = [line for lines in seeds for line in lines if line.strip()]
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        base = seeds[i % len(seeds)]
        body = base[:3] + rng.sample(pool, min(len(pool), len(base) - 3))
        day = 1 + i % 28
        text = f"記事{i}: {base[0] if base[0].strip() else base[1]}\n公開日:2025/{1 + i % 12:02d}/{day:02d}\n" + "\n".join(body)
        data = text.encode("utf-8")
        sub = folder / f"{i // 1000:03d}"
        sub.mkdir(exist_ok=True)
        (sub / f"a{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def newest_files(folder: Path, n: int, count: int = 5) -> list[str]:
    """The `count` articles of `synth_corpus(folder, n)` that the reader lists first: the latest
    date, then the last imported (files are imported in path order)."""
    first = sorted(range(n), key=lambda i: (1 + i % 12, 1 + i % 28, i), reverse=True)[:count]
    return [str(folder / f"{i // 1000:03d}" / f"a{i:06d}.txt") for i in sorted(first)]


def _child(code: str, env: dict | None = None) -> dict:
    """Run Python code in a child process that prints one JSON line; add its peak memory."""
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       env={**os.environ, "PYTHONPATH": _ROOT, **(env or {})}, timeout=7200)
    if r.returncode != 0:
        raise RuntimeError(r.stderr[-2000:])
    out = json.loads(r.stdout.strip().splitlines()[-1])
    return out


_WATCH = """
import glob, threading
private = {{"self": 0, "kids": 0, "mapped": 0}}
def _status(pid):
    out = {{}}
    try:
        with open(f"/proc/{{pid}}/status") as fh:
            for line in fh:
                if line.startswith(("RssAnon:", "RssFile:")):
                    out[line[:7]] = int(line.split()[1]) / 1024
    except OSError:
        pass
    return out
def _children():
    pids = set()
    for path in glob.glob("/proc/self/task/*/children"):
        try:
            with open(path) as fh:
                pids.update(fh.read().split())
        except OSError:
            pass
    return pids
def _watch():
    # Peak RSS counts the tokenizer's dictionary, a file mapped read-only (up to 250 MB of pages
    # shared by every process and by the page cache): the private (anonymous) memory is sampled
    # apart, 4 times a second, for this process and its worker processes.
    while True:
        me = _status("self")
        private["self"] = max(private["self"], me.get("RssAnon", 0))
        private["mapped"] = max(private["mapped"], me.get("RssFile", 0))
        for pid in _children():
            kid = _status(pid)
            private["kids"] = max(private["kids"], kid.get("RssAnon", 0))
            private["mapped"] = max(private["mapped"], kid.get("RssFile", 0))
        threading.Event().wait(0.25)
threading.Thread(target=_watch, daemon=True).start()
"""

_TOKENIZE = """
import json, time, resource, sys
from pathlib import Path
from tui.news.language import tagger
t = tagger()
files = sorted(p for folder in {folders!r} for p in Path(folder).rglob('*.txt'))[::{step}]
start = time.perf_counter(); n = size = 0
for f in files:
    text = f.read_text(encoding='utf-8')
    size += len(text.encode('utf-8'))
    n += len(t(text))
print(json.dumps({{"seconds": time.perf_counter() - start, "tokens": n, "bytes": size}}))
"""

_IMPORT = _WATCH + """
import json, time, resource
from tui.news.library import Library
lib = Library({db!r}, workers={workers})
start = time.perf_counter()
report = lib.add({folders!r})
seconds = time.perf_counter() - start
me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({{"seconds": seconds, "line": report.line(),
                   "rss_mb": me.ru_maxrss / 1024, "children_rss_mb": kids.ru_maxrss / 1024,
                   "cpu_writer": me.ru_utime + me.ru_stime, "cpu_workers": kids.ru_utime + kids.ru_stime,
                   "private_mb": private["self"], "children_private_mb": private["kids"],
                   "mapped_mb": private["mapped"]}}))
"""

_SEARCH = """
import json, time, statistics
from tui.news.library import Library
lib = Library({db!r})
out = {{}}
for name, q in {queries!r}.items():
    for actor in (None, {actor!r}):
        times = []
        for i in range({reps}):
            s = time.perf_counter(); lib.search(q, [actor] if actor else []); times.append(time.perf_counter() - s)
        times.sort()
        out[name + (" +actor" if actor else "")] = [times[len(times) // 2] * 1000, times[int(len(times) * 0.95) - 1] * 1000]
print(json.dumps(out))
"""

_READER = _WATCH + """
import asyncio, json, time, resource
start = time.perf_counter()
from tui.app import NewsReaderApp
from tui.widgets import ArticleBody, ArticleList
async def main():
    app = NewsReaderApp(db={db!r})
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        first = time.perf_counter() - start
        body, articles = app.screen.query_one(ArticleBody), app.screen.query_one(ArticleList)
        # "Painted" is when the screen's update holding the new article leaves the compositor
        # (App._display; a terminal would be written then). The pilot's own waits are not counted.
        frames, shown = [], []
        display = app._display
        def timed_display(screen, renderable):
            if renderable is not None:
                frames.append(time.perf_counter())
            return display(screen, renderable)
        app._display = timed_display
        show_article = body.show_article
        def timed_show(*args, **kwargs):
            result = show_article(*args, **kwargs)
            shown.append(time.perf_counter())
            return result
        body.show_article = timed_show
        switches = []
        for _ in range(20):
            await pilot.press("j")  # the reader loads the highlighted article ahead
            await pilot.pause()
            wanted = articles.highlighted.id
            s = time.perf_counter()
            await pilot.press("enter")
            while body.article is None or body.article.id != wanted:
                await pilot.pause(0.001)
            await pilot.pause()
            switches.append(min(f for f in frames if f >= shown[-1]) - s)
        cold = []  # articles far down the list, never loaded ahead: the worker's whole load counts
        for i in range(10):
            row = articles.row((100 + 7 * i) % articles.count)
            if row.id == body.article.id or row.id in app.screen._ready:
                continue
            s = time.perf_counter()
            app.screen.open_article(row.id)
            while body.article is None or body.article.id != row.id:
                await pilot.pause(0.001)
            await pilot.pause()
            cold.append(min(f for f in frames if f >= shown[-1]) - s)
    switches.sort()
    cold.sort()
    return first, switches[len(switches) // 2], switches[int(len(switches) * 0.9)], cold[len(cold) // 2] if cold else 0.0
first, switch, switch90, cold = asyncio.run(main())
print(json.dumps({{"first_paint": first, "switch": switch, "switch_p90": switch90, "cold": cold,
                   "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                   "private_mb": private["self"]}}))
"""


def _median_run(results: list[dict]) -> dict:
    """Each figure's median over runs of the reader child."""
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


def _process_times(commands: list[list[str]], db: str, reps: int = 31) -> list[float]:
    """Median wall time of each command as a whole process, the commands taking turns."""
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(reps):
        for i, args in enumerate(commands):
            s = time.perf_counter()
            subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True,
                           env={**os.environ, "NEWSREADER_DB": db, "PYTHONPATH": _ROOT}, check=True)
            times[i].append(time.perf_counter() - s)
    return [statistics.median(t) for t in times]


def _paired_import(corpus: Path, db: str, parts: int) -> tuple[dict, float, float, list[float]]:
    """Import the corpus in `parts` consecutive parts into one index, each part between two floors.

    The machine's speed drifts by a fifth over minutes here: a floor taken once before a
    long import (or once before and once after) can be off by that much. So the floor of
    each part's own text is taken just before the part is imported, and the part is set
    against the mean speed of that floor and the next one (the last on a tenth of its
    files). Returns the import's figures summed (peaks: the largest), the floors as
    first measured, the bracketed floors, and each part's ratio.
    """
    folders = sorted(str(p) for p in corpus.iterdir() if p.is_dir()) or [str(corpus)]
    size = max(1, -(-len(folders) // parts))
    groups = [folders[i:i + size] for i in range(0, len(folders), size)]
    floors = [_child(_TOKENIZE.format(folders=groups[0], step=1))]
    total: dict = {}
    bracketed, ratios = [], []
    for k, group in enumerate(groups):
        imp = _child(_IMPORT.format(db=db, workers="None", folders=group))
        last = k + 1 == len(groups)
        floors.append(_child(_TOKENIZE.format(folders=groups[k] if last else groups[k + 1], step=10 if last else 1)))
        speed = statistics.mean(f["bytes"] / f["seconds"] for f in floors[-2:])
        bracketed.append(floors[-2]["bytes"] / speed)
        ratios.append(imp["seconds"] / bracketed[-1])
        for key, value in imp.items():
            if isinstance(value, (int, float)):
                total[key] = max(total.get(key, 0), value) if key.endswith("_mb") else total.get(key, 0) + value
    return total, sum(f["seconds"] for f in floors[:-1]), sum(bracketed), ratios


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table of figures and ratios."""
    ap = argparse.ArgumentParser(prog="python -m tui.bench", description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000, help="synthetic articles (default 2000)")
    ap.add_argument("--dir", help="work folder (default: a temporary one)")
    ap.add_argument("--reps", type=int, default=50, help="repetitions per search measurement")
    ap.add_argument("--segments", type=int, default=0,
                    help="import in this many parts, each between two floors (default: one per 20,000 articles)")
    ap.add_argument("--no-reader", action="store_true", help="skip the reader measurements")
    ap.add_argument("--no-import", action="store_true",
                    help="measure search and the reader on the indexes a previous run left in --dir")
    args = ap.parse_args(argv)
    work = Path(args.dir or tempfile.mkdtemp(prefix="newsreader-bench-"))
    corpus, db, small_db = work / "corpus", str(work / "index.db"), str(work / "small.db")
    rows: list[tuple[str, str, str]] = []

    def row(what: str, figure: str, ratio: str = "") -> None:
        rows.append((what, figure, ratio))
        print(f"{what:<44} {figure:>16} {ratio:>24}", flush=True)

    print(f"newsreader benchmark: {args.articles} articles in {work} on {os.cpu_count()} cores", flush=True)
    # Byte-compile the package as an install does (pip writes .pyc files), so that start-up
    # is measured as users see it even where PYTHONDONTWRITEBYTECODE is set.
    import compileall

    compileall.compile_dir(str(Path(__file__).resolve().parent), quiet=1)
    if not corpus.exists():
        size = synth_corpus(corpus, args.articles)
    else:
        size = sum(p.stat().st_size for p in corpus.rglob("*.txt"))
    row("corpus", f"{size / 2**20:.1f} MB")
    if args.no_import and Path(db).exists():
        row("import", "not measured", "(the index of a previous run)")
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(db + suffix).unlink(missing_ok=True)
        imp, floor_s, bracketed, ratios = _paired_import(corpus, db, args.segments or max(1, args.articles // 20_000))
        row("floor: bare fugashi tokenizing, 1 process", f"{floor_s:.1f} s",
            f"{size / 2**20 / floor_s:.2f} MB/s")
        row("floor, each part between two floors", f"{bracketed:.1f} s",
            f"{size / 2**20 / bracketed:.2f} MB/s")
        row("import, all cores", f"{imp['seconds']:.1f} s",
            f"{imp['seconds'] / bracketed:.2f}x floor ({imp['seconds'] / floor_s:.2f}x first floors)")
        if len(ratios) > 1:
            row(f"import, each of {len(ratios)} parts", f"{min(ratios):.2f}x to {max(ratios):.2f}x",
                f"median {statistics.median(ratios):.2f}x")
        busy = (imp["cpu_writer"] + imp["cpu_workers"]) / imp["seconds"]
        row("import CPU: writer / workers", f"{imp['cpu_writer']:.1f} / {imp['cpu_workers']:.1f} s",
            f"{busy:.2f} cores busy")
        row("import rate", f"{args.articles / imp['seconds']:.0f} articles/s")
        row("import peak memory (writer / worker)", f"{imp['rss_mb']:.0f} / {imp['children_rss_mb']:.0f} MB",
            f"private {imp['private_mb']:.0f} / {imp['children_private_mb']:.0f} MB")
        row("… of which the mapped dictionary, up to", f"{imp['mapped_mb']:.0f} MB", "shared, read-only")
    # The reader's reference: the 5 articles of the same corpus that it lists first, so that at
    # both sizes it opens on the same article and only the archive's size differs.
    for suffix in ("", "-wal", "-shm"):
        Path(small_db + suffix).unlink(missing_ok=True)
    _child(_IMPORT.format(db=small_db, workers=1, folders=newest_files(corpus, args.articles)))

    from .news.library import Library

    firsts = []
    for path in (db, small_db):
        ref = Library(path)
        firsts.append(ref.articles().page(0, 1, with_actors=False)[0].id)
        ref.close()
    if firsts[0] != firsts[1]:
        row("reader: the two indexes open on different articles", " / ".join(firsts), "(first paint not comparable)")
    lib = Library(db)
    actors = lib.actors()
    actor = actors[0][0].name if actors else None
    lib.close()
    search = _child(_SEARCH.format(db=db, queries=QUERIES, actor=actor, reps=args.reps))
    for name, (p50, p95) in search.items():
        row(f"search {name} ({QUERIES[name.split(' ')[0]]})", f"p50 {p50:.1f} ms", f"p95 {p95:.1f} ms")
    version, whole = _process_times([["--version"], ["search", "停戦"]], db)
    row("`newsreader search 停戦` process", f"{whole * 1000:.0f} ms", f"{whole / version:.2f}x --version")
    row("`newsreader --version` process", f"{version * 1000:.0f} ms")
    if not args.no_reader:
        # Five runs each, alternating, medians: a first paint is one sample, and on this shared
        # machine one start in three or four runs a tenth or more slower than the others.
        runs = {path: [] for path in (db, small_db)}
        for _ in range(READER_RUNS):
            for path in (small_db, db):
                runs[path].append(_child(_READER.format(db=path)))
        big, small = (_median_run(runs[path]) for path in (db, small_db))
        row(f"reader first paint, 5 articles (median of {READER_RUNS})", f"{small['first_paint'] * 1000:.0f} ms")
        row(f"reader first paint, {args.articles} articles (median of {READER_RUNS})", f"{big['first_paint'] * 1000:.0f} ms",
            f"{big['first_paint'] / small['first_paint']:.2f}x 5 articles")
        row("reader article switch, key to painted", f"p50 {big['switch'] * 1000:.1f} ms",
            f"p90 {big['switch_p90'] * 1000:.1f} ms")
        row("reader article open, not loaded ahead", f"p50 {big['cold'] * 1000:.1f} ms")
        row(f"reader peak memory, {args.articles} vs 5", f"{big['rss_mb']:.0f} MB",
            f"{big['rss_mb'] / small['rss_mb']:.2f}x 5 articles")
        row("reader peak private memory", f"{big['private_mb']:.0f} MB",
            f"{big['private_mb'] / small['private_mb']:.2f}x 5 articles")
    (work / "results.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
