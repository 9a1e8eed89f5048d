"""The measurements that need a fresh process: `python -m tui.bench.child KIND ARGS_JSON` prints
one JSON line. `run(kind, **args)` starts one and returns what it printed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable

from .stats import median, percentile

_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run(kind: str, **args) -> dict:
    """Run one measurement in a child process and return its figures."""
    r = subprocess.run([sys.executable, "-m", "tui.bench.child", kind, json.dumps(args)], capture_output=True,
                       text=True, env={**os.environ, "PYTHONPATH": _ROOT}, timeout=7200)
    if r.returncode != 0:
        raise RuntimeError(f"bench child {kind} failed:\n{r.stderr[-2000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


# --- memory -------------------------------------------------------------------------------------

PEAKS = {"self": 0.0, "kids": 0.0, "mapped": 0.0}


def _status(pid: str) -> dict[str, float]:
    out = {}
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(("RssAnon:", "RssFile:")):
                    out[line[:7]] = int(line.split()[1]) / 1024
    except OSError:
        pass
    return out


def _children() -> set[str]:
    import glob

    pids: set[str] = set()
    for path in glob.glob("/proc/self/task/*/children"):
        try:
            with open(path) as fh:
                pids.update(fh.read().split())
        except OSError:
            pass
    return pids


def watch_memory() -> None:
    """Sample private memory 4 times a second, for this process and its worker processes.

    Peak RSS counts the tokenizer's dictionary, a file mapped read-only (up to 250 MB of pages
    shared by every process and by the page cache): the private (anonymous) memory is kept apart.
    """
    def loop() -> None:
        while True:
            me = _status("self")
            PEAKS["self"] = max(PEAKS["self"], me.get("RssAnon", 0))
            PEAKS["mapped"] = max(PEAKS["mapped"], me.get("RssFile", 0))
            for pid in _children():
                kid = _status(pid)
                PEAKS["kids"] = max(PEAKS["kids"], kid.get("RssAnon", 0))
                PEAKS["mapped"] = max(PEAKS["mapped"], kid.get("RssFile", 0))
            time.sleep(0.25)

    threading.Thread(target=loop, daemon=True).start()


# --- the children ---------------------------------------------------------------------------------

def without_char_index(con) -> None:
    """Make an index write no character index, as before it existed (schema 9): its table becomes a
    plain one whose inserts are dropped, and the writer no longer lays out the characters."""
    from ..news.store import articles

    articles.char_text = lambda text: ""
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name='passages_chars'").fetchone()
    if sql and sql[0].startswith("CREATE VIRTUAL"):
        con.execute("DROP TABLE passages_chars")
        con.execute("CREATE TABLE passages_chars(passages_chars, chars)")
        con.execute("CREATE TRIGGER passages_chars_off BEFORE INSERT ON passages_chars BEGIN SELECT RAISE(IGNORE); END")


def do_import(db: str, folders: list[str], chars: bool = True) -> dict:
    """`Library.add` of the folders, as `newsreader add` runs it (worker processes: one per core);
    `chars=False`: as the import ran before the character index (the same run's reference)."""
    import resource

    from ..news.analyser import default_workers
    from ..news.library import Library

    lib = Library(db)
    if not chars:
        without_char_index(lib.index.con)
    start = time.perf_counter()
    report = lib.add(folders)
    seconds = time.perf_counter() - start
    lib.close()
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"seconds": seconds, "line": report.line(), "added": report.added, "workers": default_workers(),
            "rss_mb": me.ru_maxrss / 1024, "children_rss_mb": kids.ru_maxrss / 1024,
            "cpu_writer": me.ru_utime + me.ru_stime, "cpu_workers": kids.ru_utime + kids.ru_stime,
            "private_mb": PEAKS["self"], "children_private_mb": PEAKS["kids"], "mapped_mb": PEAKS["mapped"]}


def do_phases(db: str, parts: list[list[str]], texts_dir: str) -> dict:
    """The import's work phase by phase in this one process, over the same files in the same
    order and chunks: reading (files, decoding, the change check), cleaning, tokenizing, actors
    and rows, writing; in CPU seconds (comparable with the floor's CPU on a busy machine). Also
    writes each part's tokenized texts (NFKC, lower case: what MeCab is given) to
    `texts_dir/partK.json` for the floor, outside the timed parts."""
    from itertools import islice

    from ..news import actors
    from ..news.analyser import CHUNK
    from ..news.language import index_tokens, surfaces, tagger
    from ..news.importer import WRITE_BATCH
    from ..news.library import ImportReport, Library
    from ..news.models import Skip
    from ..news.pipeline import _clean_stage, _finish, _Staged, _tokenize_stage, digest
    from ..news.sanitize import clean_document
    from ..news.sources import iter_inputs

    tagger(), surfaces(""), index_tokens("あ")  # what a worker loads before its first chunk
    gaz = actors.default()
    clock = time.process_time
    lib = Library(db)
    report = ImportReport()
    t = dict.fromkeys(("reading", "cleaning", "tokenizing", "actors and rows", "writing"), 0.0)
    sizes: list[int] = []
    batch: list = []
    articles = 0
    for k, folders in enumerate(parts):
        texts: list[str] = []
        it = iter_inputs(folders)
        while True:
            s = clock()
            chunk = list(islice(it, CHUNK))
            # Each document's site template, as the importer hands it to the analysis.
            docs = [lib._importer().templates.plan(clean_document(d)) for d in chunk if not isinstance(d, Skip)]
            for d in docs:
                digest(d)  # the writer's change check
            t["reading"] += clock() - s
            if not chunk:
                break
            s = clock()
            staged = [_clean_stage(d) for d in docs]
            t["cleaning"] += clock() - s
            s = clock()
            staged = [_tokenize_stage(x) if isinstance(x, _Staged) else x for x in staged]
            t["tokenizing"] += clock() - s
            texts.extend(n.lower() for x in staged if isinstance(x, _Staged) for n in x.nfkc)
            s = clock()
            batch.extend(_finish(x, gaz) for x in staged if isinstance(x, _Staged))
            t["actors and rows"] += clock() - s
            articles += len(docs)
            if len(batch) >= WRITE_BATCH:
                s = clock()
                lib.write_many(batch, report)
                t["writing"] += clock() - s
                batch = []
        with open(os.path.join(texts_dir, f"part{k}.json"), "w", encoding="utf-8") as fh:
            json.dump(texts, fh, ensure_ascii=False)
        sizes.append(sum(len(x.encode("utf-8")) for x in texts))
    if batch:
        s = clock()
        lib.write_many(batch, report)
        t["writing"] += clock() - s
    lib.close()
    return {"seconds": t, "articles": articles, "written": report.added, "text_bytes": sizes}


def do_search(db: str, queries: dict[str, str], actor: str | None, reps: int) -> dict:
    """p50 and p95 of `Library.search` for each query, with and without the actor filter."""
    from ..news.library import Library

    lib = Library(db)
    out = {}
    for name, q in queries.items():
        for a in (None, actor):
            times = []
            for _ in range(reps):
                s = time.perf_counter()
                lib.search(q, [a] if a else [])
                times.append(time.perf_counter() - s)
            out[name + (" +actor" if a else "")] = [median(times) * 1000, percentile(times, 95) * 1000]
    return out


def do_stories(db: str, actor: str | None, reps: int) -> dict:
    """p50 and p95 of the stories, timeline and quotes queries, a page each (`STORY_PAGE` rows)."""
    from ..news.library import Library

    lib = Library(db)
    row = lib.index.con.execute("SELECT s.story FROM events e JOIN story_articles s ON s.article=e.article"
                                " JOIN stories t ON t.pk=s.story WHERE t.size >= 2 LIMIT 1").fetchone()
    story = str(row[0]) if row else None  # a story with events of its own
    queries: dict[str, Callable[[], object]] = {
        "stories": lambda: lib.stories(STORY_PAGE),
        "timeline": lambda: lib.timeline(limit=STORY_PAGE),
        "timeline --actor": lambda: lib.timeline(actor, limit=STORY_PAGE),
        "timeline --story": lambda: lib.timeline(story=story, limit=STORY_PAGE),
        "quotes --actor": lambda: lib.quotes(actor, limit=STORY_PAGE),
    }
    out = {}
    for name, query in queries.items():
        times = []
        for _ in range(reps):
            s = time.perf_counter()
            query()
            times.append(time.perf_counter() - s)
        out[name] = [median(times) * 1000, percentile(times, 95) * 1000]
    lib.close()
    return out


STORY_PAGE = 100  # rows a query gives: a screenful and more, as the reader and a terminal show them


if __name__ == "__main__":
    kind, args = sys.argv[1], json.loads(sys.argv[2])
    if kind in ("import", "pilot"):
        watch_memory()
    if kind == "pilot":
        from .pilot import do_pilot

        result = do_pilot(**args)
        result["private_mb"] = PEAKS["self"]
    else:
        kinds: dict[str, Callable[..., dict]] = {"import": do_import, "phases": do_phases, "search": do_search,
                                                  "stories": do_stories}
        result = kinds[kind](**args)
    print(json.dumps(result))
