"""The command: `python -m tui.bench [--articles N] [--dir DIR] ...`, a table of figures and ratios."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import child, feeds, floor, paint
from .corpus import listed_first, parts, pick_needle, synth_corpus
from .stats import bracketed, mb, median, ratio, speed

_ROOT = str(Path(__file__).resolve().parent.parent.parent)  # so children import this same package
READER_RUNS = 5  # starts of each app in the terminal, taking turns
PILOT_RUNS = 3  # pilot runs of the reader at each size
QUERIES = {"one-char": "米", "two-char": "停戦", "three-char": "大統領", "five-char": "ウクライナ",
           "many-char": "ウクライナ 安全保障"}  # the last: two words, both required
PHASES = ("reading", "cleaning", "tokenizing", "actors and rows", "writing")


def _process_times(commands: list[list[str]], db: str, reps: int = 31) -> list[float]:
    """Median wall time of each command as a whole process, the commands taking turns."""
    paint.compile_package()  # the package as compiled now, not as it was when the run began
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(reps):
        for i, args in enumerate(commands):
            s = time.perf_counter()
            subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True,
                           env={**os.environ, "NEWSREADER_DB": db, "PYTHONPATH": _ROOT}, check=True)
            times[i].append(time.perf_counter() - s)
    return [median(t) for t in times]


def _fresh(db: str) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(db + suffix).unlink(missing_ok=True)


def _import_runs(groups: list[list[str]], texts: list[str], db: str, runs: int, workers: int) -> list[dict]:
    """Import the corpus `runs` times into a fresh index, part by part, each part between two floors.

    The machine's speed drifts by a fifth over minutes here, so each part is set against the
    floor of its own text taken just before it and the next floor taken just after it (the same
    text again after the last part of the last run), at the mean of the two speeds.
    The same parts are also imported as before the character index (schema 9) into `db + ".ref"`,
    each right after the real one, for the index's cost in the same run.
    """
    order = [(r, k) for r in range(runs) for k in range(len(groups))]
    floors = [floor.measure(texts[0], workers)]
    out: list[dict] = [{"seconds": 0.0, "floor": 0.0, "floor_cpu": 0.0, "cpu_writer": 0.0, "cpu_workers": 0.0,
                        "parts": [], "ref_seconds": 0.0} for _ in range(runs)]
    for j, (r, k) in enumerate(order):
        if k == 0:
            _fresh(db)
            _fresh(db + ".ref")
        imp = child.run("import", db=db, folders=groups[k])
        out[r]["ref_seconds"] += child.run("import", db=db + ".ref", folders=groups[k], chars=False)["seconds"]
        floors.append(floor.measure(texts[order[j + 1][1] if j + 1 < len(order) else k], workers))
        before, after = floors[-2], floors[-1]
        fl = bracketed(before["bytes"], speed(before["bytes"], before["seconds"]), speed(after["bytes"], after["seconds"]))
        run = out[r]
        run["seconds"] += imp["seconds"]
        run["floor"] += fl
        run["floor_cpu"] += before["cpu"]
        run["cpu_writer"] += imp["cpu_writer"]
        run["cpu_workers"] += imp["cpu_workers"]
        run["parts"].append(ratio(imp["seconds"], fl))
        for key, value in imp.items():
            if key.endswith("_mb"):
                run[key] = max(run.get(key, 0.0), value)
        run["workers"], run["added"] = imp["workers"], run.get("added", 0) + imp["added"]
    return out


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table of figures and ratios."""
    from . import __doc__ as doc

    ap = argparse.ArgumentParser(prog="python -m tui.bench", description=(doc or "").splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000, help="synthetic articles (default 2000)")
    ap.add_argument("--dir", help="work folder (default: a temporary one)")
    ap.add_argument("--reps", type=int, default=50,
                    help="repetitions per search measurement (default 50); the reader's samples and whole "
                         "processes' starts as many, up to 20 and 31, at least 3 and 5")
    ap.add_argument("--segments", type=int, default=0,
                    help="import in this many parts, each between two floors (default: one per 20,000 articles)")
    ap.add_argument("--runs", type=int, default=0,
                    help="imports, each into a fresh index (default: 3 up to 20,000 articles, else 1)")
    ap.add_argument("--reader-runs", type=int, default=READER_RUNS,
                    help=f"starts of each app in a terminal for first paint (default {READER_RUNS}; "
                         f"pilot runs of the reader: as many, up to {PILOT_RUNS})")
    ap.add_argument("--no-reader", action="store_true", help="skip the reader measurements")
    ap.add_argument("--no-feeds", action="store_true",
                    help="skip the feed import (the same articles as RSS feeds, against the files)")
    ap.add_argument("--no-import", action="store_true",
                    help="measure search and the reader on the indexes a previous run left in --dir")
    args = ap.parse_args(argv)
    work = Path(args.dir or tempfile.mkdtemp(prefix="newsreader-bench-"))
    corpus, db, small_db = work / "corpus", str(work / "index.db"), str(work / "small.db")
    rows: list[tuple[str, str, str]] = []

    def row(what: str, figure: str, versus: str = "") -> None:
        rows.append((what, figure, versus))
        print(f"{what:<46} {figure:>18} {versus}", flush=True)

    print(f"newsreader benchmark: {args.articles} articles in {work} on {os.cpu_count()} cores", flush=True)
    # Byte-compile the package as an install does (pip writes .pyc files), so that start-up
    # is measured as users see it even where PYTHONDONTWRITEBYTECODE is set.
    import compileall

    compileall.compile_dir(str(Path(__file__).resolve().parent.parent), quiet=1)
    if not corpus.exists():
        size = synth_corpus(corpus, args.articles)
    else:
        size = sum(p.stat().st_size for p in corpus.rglob("*.txt"))
    row("corpus", f"{mb(size):.1f} MB", f"{args.articles} files")
    if args.no_import and Path(db).exists():
        row("import", "not measured", "(the index of a previous run)")
    else:
        _measure_import(args, corpus, work, db, size, row)
        if not args.no_feeds:
            feeds.measure(corpus, work, args.runs or (3 if args.articles <= 20_000 else 1), row)
    _measure_search(args, db, row)
    if not args.no_reader:
        _measure_reader(args, corpus, work, db, small_db, row)
    (work / "results.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def _measure_import(args, corpus: Path, work: Path, db: str, size: int, row) -> None:
    from ..news.analyser import default_workers

    groups = parts(corpus, args.segments or max(1, args.articles // 20_000))
    texts_dir = work / "floor-texts"
    texts_dir.mkdir(exist_ok=True)
    phases_db = str(work / "phases.db")
    _fresh(phases_db)
    ph = child.run("phases", db=phases_db, parts=groups, texts_dir=str(texts_dir))
    _fresh(phases_db)
    texts = [str(texts_dir / f"part{k}.json") for k in range(len(groups))]
    text_size = sum(ph["text_bytes"])
    workers = default_workers()
    runs = _import_runs(groups, texts, db, args.runs or (3 if args.articles <= 20_000 else 1), workers)
    ratios = [ratio(r["seconds"], r["floor"]) for r in runs]
    # The figures of one run, the median one, so that each row's figures agree with each other.
    mid = sorted(runs, key=lambda r: ratio(r["seconds"], r["floor"]))[(len(runs) - 1) // 2]
    imp_s, floor_s, floor_cpu = mid["seconds"], mid["floor"], mid["floor_cpu"]
    each = f" (the median of {len(runs)} runs, {min(ratios):.2f}x to {max(ratios):.2f}x)" if len(runs) > 1 else ""
    if any(r["added"] != ph["written"] for r in runs):  # then the floor's text is not the import's
        row("import and phases wrote different counts", f"{runs[-1]['added']} / {ph['written']}", "(not comparable)")
    row("text MeCab is given (passages, NFKC)", f"{mb(text_size):.1f} MB", f"{ph['articles']} articles")
    row(f"floor: MeCab wakati, {workers} processes", f"{floor_s:.2f} s",
        f"{mb(text_size) / floor_s:.2f} MB/s of passages; CPU {floor_cpu:.2f} s")
    row(f"import, {workers} workers + the writer", f"{imp_s:.2f} s", f"{ratio(imp_s, floor_s):.2f}x floor{each}")
    parts_ratios = [p for r in runs for p in r["parts"]]
    if len(groups) > 1:
        row(f"import, each of {len(parts_ratios)} parts", f"{min(parts_ratios):.2f}x to {max(parts_ratios):.2f}x",
            f"median {median(parts_ratios):.2f}x")
    row("import beyond the floor", f"{imp_s - floor_s:.2f} s", f"{ratio(imp_s - floor_s, imp_s):.0%} of the import")
    ref_s = mid["ref_seconds"]
    row("import without the character index", f"{ref_s:.2f} s",
        f"the character index adds {ratio(imp_s, ref_s) - 1:+.0%} (imported in turns, part by part)")
    _index_sizes(db, row)
    cpu_w, cpu_k = mid["cpu_writer"], mid["cpu_workers"]
    row("import CPU: writer / workers", f"{cpu_w:.1f} / {cpu_k:.1f} s",
        f"{(cpu_w + cpu_k) / imp_s:.2f} cores busy; {ratio(cpu_w + cpu_k, floor_cpu):.2f}x the floor's CPU")
    one = sum(ph["seconds"].values())
    row("import phases, 1 process, CPU, same files", f"{one:.2f} s", f"{ratio(one, floor_cpu):.2f}x the floor's CPU")
    for name in PHASES:
        s = ph["seconds"][name]
        row(f"… {name}", f"{s:.2f} s", f"{ratio(s, floor_cpu):.2f}x the floor's CPU; {ratio(s, one):.0%}")
    rest = cpu_w + cpu_k - one
    row("import CPU beyond its phases", f"{rest:.2f} s",
        f"{ratio(rest, floor_cpu):.2f}x the floor's CPU: starting workers, pickling, sharing the cores")
    row("import rate", f"{args.articles / imp_s:.0f} articles/s")
    row("import peak memory (writer / worker)", f"{mid['rss_mb']:.0f} / {mid['children_rss_mb']:.0f} MB",
        f"private {mid['private_mb']:.0f} / {mid['children_private_mb']:.0f} MB")
    row("… of which the mapped dictionary, up to", f"{mid['mapped_mb']:.0f} MB", "shared, read-only")


def _index_sizes(db: str, row) -> None:
    """The index file against the same import's without the character index, and its two search tables."""
    import sqlite3

    con = sqlite3.connect(db)
    try:
        tokens, chars = (con.execute(f"SELECT sum(length(block)) FROM {t}_data").fetchone()[0] or 0
                         for t in ("passages_fts", "passages_chars"))
        text = con.execute("SELECT sum(length(CAST(text AS BLOB))) FROM passages").fetchone()[0] or 0
    finally:
        con.close()
    size, ref = os.path.getsize(db), os.path.getsize(db + ".ref")
    row("index file, without the character index", f"{mb(size):.1f} MB", f"{mb(ref):.1f} MB ({ratio(size, ref):.2f}x)")
    row("character index / token index", f"{mb(chars):.1f} MB", f"{mb(tokens):.1f} MB; passages' text {mb(text):.1f} MB")


def _measure_search(args, db: str, row) -> None:
    from ..news.library import Library

    lib = Library(db)
    actors = lib.actors()
    actor = actors[0][0].name if actors else None
    lib.close()
    search = child.run("search", db=db, queries=QUERIES, actor=actor, reps=args.reps)
    for name, (p50, p95) in search.items():
        row(f"search {name} ({QUERIES[name.split(' ')[0]]})", f"p50 {p50:.1f} ms", f"p95 {p95:.1f} ms")
    for name, (p50, p95) in child.run("stories", db=db, actor=actor, reps=args.reps).items():
        row(f"{name} (a page of {child.STORY_PAGE})", f"p50 {p50:.1f} ms", f"p95 {p95:.1f} ms")
    version, whole = _process_times([["--version"], ["search", "停戦"]], db, reps=min(31, max(5, args.reps)))
    row("`newsreader search 停戦` process", f"{whole * 1000:.0f} ms", f"{ratio(whole, version):.2f}x --version")
    row("`newsreader --version` process", f"{version * 1000:.0f} ms")


def _measure_reader(args, corpus: Path, work: Path, db: str, small_db: str, row) -> None:
    from ..news.library import Library

    # The reader's reference: the 5 articles of the same corpus that it lists first, so that at
    # both sizes it opens on the same article and only the archive's size differs.
    _fresh(small_db)
    lib = Library(small_db, workers=1)
    lib.add(listed_first(db))
    lib.close()
    firsts, needle = [], ""
    for path in (db, small_db):
        lib = Library(path)
        for key in ("last_article", "last_anchor"):  # a previous run's pilot moved on: open on the newest
            lib.set_state(key, None)
        listed = lib.articles().page(0, 50, with_actors=False)
        firsts.append(listed[0].id)
        if path == db:
            article = lib.article(listed[0].id, summaries=False)
            needle = pick_needle([p.text for p in article.passages if p.kind == "paragraph"], [r.title for r in listed])
        lib.close()
    if firsts[0] != firsts[1]:
        row("reader: the two indexes open on different articles", " / ".join(firsts), "(first paint not comparable)")
    if paint.available():
        _first_paint(args, work, db, small_db, needle, row)
    else:
        row("first paint", "not measured", "(tmux is not installed)")
    runs: dict[str, list[dict]] = {db: [], small_db: []}
    pilot_runs = max(1, min(PILOT_RUNS, args.reader_runs))
    for _ in range(pilot_runs):
        for path in (small_db, db):
            runs[path].append(child.run("pilot", db=path, reps=args.reps))
    big, small = ({k: median([r[k] for r in runs[p]]) for k in runs[p][0]} for p in (db, small_db))
    row("reader article switch, key to painted", f"p50 {big['switch'] * 1000:.1f} ms",
        f"p90 {big['switch_p90'] * 1000:.1f} ms (pilot, median of {pilot_runs})")
    row("reader next article (J from the body), key to painted", f"p50 {big['next'] * 1000:.1f} ms",
        f"p90 {big['next_p90'] * 1000:.1f} ms (pilot, median of {pilot_runs})")
    row("reader article open, not loaded ahead", f"p50 {big['cold'] * 1000:.1f} ms")
    from ..screens.search import DEBOUNCE_S

    row("reader search, first key to first page of hits", f"p50 {big['search_first'] * 1000:.0f} ms",
        f"p90 {big['search_first_p90'] * 1000:.0f} ms, of which the typing pause {DEBOUNCE_S * 1000:.0f} ms")
    row(f"reader peak memory, {args.articles} vs 5", f"{big['rss_mb']:.0f} MB",
        f"{ratio(big['rss_mb'], small['rss_mb']):.2f}x 5 articles")
    row("reader peak private memory", f"{big['private_mb']:.0f} MB",
        f"{ratio(big['private_mb'], small['private_mb']):.2f}x 5 articles")


def _first_paint(args, work: Path, db: str, small_db: str, needle: str, row) -> None:
    config = work / "config"  # no user themes or actors
    config.mkdir(exist_ok=True)
    env = {"PYTHONPATH": _ROOT, "NEWSREADER_CONFIG": str(config)}
    bare = [sys.executable, str(Path(__file__).with_name("bare.py")), needle]
    apps = {"bare": (bare, env), "small": ([sys.executable, "-m", "tui"], {**env, "NEWSREADER_DB": small_db}),
            "big": ([sys.executable, "-m", "tui"], {**env, "NEWSREADER_DB": db})}
    times: dict[str, list[float]] = {name: [] for name in apps}
    term = paint.Terminal()
    try:
        for _ in range(args.reader_runs):
            for name, (command, extra) in apps.items():
                times[name].append(term.first_paint(command, extra, needle))
    finally:
        term.close()
    bare_s, small_s, big_s = (median(times[name]) for name in ("bare", "small", "big"))
    n = f"median of {args.reader_runs}"
    row(f"first paint, bare Textual app ({n})", f"{bare_s * 1000:.0f} ms", "same skeleton, tmux 120x40")
    row(f"reader first paint, 5 articles ({n})", f"{small_s * 1000:.0f} ms", f"{ratio(small_s, bare_s):.2f}x bare")
    row(f"reader first paint, {args.articles} articles ({n})", f"{big_s * 1000:.0f} ms",
        f"{ratio(big_s, bare_s):.2f}x bare; {ratio(big_s, small_s):.2f}x 5 articles")
