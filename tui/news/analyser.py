"""Analysis in parallel: worker processes clean and tokenize, the caller writes.

Each worker process has its own fugashi Tagger (Taggers cannot be pickled or shared).
Results come back in submission order, with a bounded number in flight so memory
stays flat however many files are imported. Small imports skip the pool: starting
workers costs more than it saves below `POOL_THRESHOLD` documents. The few earlier articles
an import cleans again (their site's template changed) go to the same workers (`Analysis.now`):
the writer loads neither tokenizer nor gazetteer for them.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import chain, islice

from .index import StoredArticle
from .models import Document
from .pipeline import analyse_each

POOL_THRESHOLD = 24
CHUNK = 16  # documents per task, analysed phase by phase (`pipeline.analyse_each`)
IN_FLIGHT_PER_WORKER = 8  # chunks: enough to keep workers busy while the writer writes a batch (256)
WORKER_GC = (10_000, 20, 20)  # a worker's collector thresholds (Python's default: 700, 10, 10)


def default_workers() -> int:
    """Worker processes to use: one per core (NEWSREADER_WORKERS overrides; 1 = no pool)."""
    env = os.environ.get("NEWSREADER_WORKERS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _die_with(parent: int) -> None:
    """End this worker when the process that started it ends, even by `kill -9`.

    Otherwise it waits on its task queue for ever, and keeps multiprocessing's resource tracker
    alive with it (the tracker ends when the last holder of its pipe does).
    """
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        try:
            # The kernel sends SIGKILL when the thread that started this process ends: the pool
            # is started, used and shut down by one thread (`analyse_all` is one generator).
            ok = ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
        except (OSError, AttributeError):
            ok = False
        if ok:
            if os.getppid() != parent:  # it died before the request was made
                os._exit(1)
            return
    threading.Thread(target=_watch, args=(parent,), name="parent-watch", daemon=True).start()


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _warm(parent: int) -> None:
    _die_with(parent)
    from .actors import default
    from .language import index_tokens, surfaces, tagger

    tagger()
    surfaces("")
    index_tokens("あ")
    default()
    # What the start made lives as long as the worker: no collection walks it again. An analysis makes
    # and drops many thousands of objects (refcounting frees them), so a young-generation pass every
    # WORKER_GC[0] new objects, not every 700: a worker spent about 2% of its time in passes.
    gc.freeze()
    gc.set_threshold(*WORKER_GC)


class Analysis:
    """The analysis of one import: its documents in order (`all`), and now and then a few more that the
    caller waits for (`now`: earlier articles cleaned again with a changed template), in the same worker
    processes. Close it (or use it as a context manager) to end them."""

    def __init__(self, workers: int | None = None) -> None:
        """Up to `workers` processes (None: one per core), started once `all` has documents enough."""
        self.workers = default_workers() if workers is None else workers
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Analysis:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """End the worker processes (after the tasks given to them)."""
        if self.pool is not None:
            self.pool.shutdown()
            self.pool = None

    def all(self, docs: Iterable[Document]) -> Iterator[tuple[Document, StoredArticle | str]]:
        """(document, analysis) for every document, in order; in worker processes when it pays."""
        it = iter(docs)
        head = list(islice(it, POOL_THRESHOLD))
        rest = chain(head, it)
        if self.workers <= 1 or len(head) < POOL_THRESHOLD:
            while chunk := list(islice(rest, CHUNK)):
                yield from zip(chunk, analyse_each(chunk))
            return
        if self.pool is None:
            ctx = multiprocessing.get_context("spawn")  # no inherited Tagger, no inherited SQLite handle
            self.pool = ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_warm,
                                            initargs=(os.getpid(),))
        window: deque = deque()
        limit = self.workers * IN_FLIGHT_PER_WORKER
        while chunk := list(islice(rest, CHUNK)):
            window.append((chunk, self.pool.submit(analyse_each, chunk)))  # a task: a chunk, phase by phase
            if len(window) >= limit:
                chunk, fut = window.popleft()
                yield from zip(chunk, fut.result())
        while window:
            chunk, fut = window.popleft()
            yield from zip(chunk, fut.result())

    def now(self, docs: list[Document]) -> list[StoredArticle | str]:
        """The analysis of these documents, waited for: in the worker processes when they run (the tasks
        before them first), which have the tokenizer and the gazetteer loaded already; else here."""
        if self.pool is None:
            return analyse_each(docs)
        tasks = [self.pool.submit(analyse_each, docs[k:k + CHUNK]) for k in range(0, len(docs), CHUNK)]
        return [result for task in tasks for result in task.result()]


def analyse_all(docs: Iterable[Document], workers: int | None = None) -> Iterator[tuple[Document, StoredArticle | str]]:
    """(document, analysis) for every document, in order; in worker processes when it pays."""
    with Analysis(workers) as analysis:
        yield from analysis.all(docs)
