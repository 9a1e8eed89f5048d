"""The import's floor: MeCab's `wakati` output over the passages the import tokenizes, in as
many worker processes as the import uses, and nothing else.

`measure(texts_file, workers)` starts the workers; each loads the dictionary and its share of
the texts (round-robin, `stats.shares`), says it is ready, and on the word starts parsing, one
passage a call, as `language.index_tokens` does. The floor is the time from the first start to
the last end (the workers' clocks are the one monotonic clock of the machine), so the start-up
of processes and the dictionary is not in it: the import pays those as part of what it costs
beyond the floor.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from .stats import shares

_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def wakati():
    """A bare MeCab tagger on unidic-lite giving `wakati` output (surfaces one space apart)."""
    import fugashi
    import unidic_lite

    rc = os.path.join(unidic_lite.DICDIR, "mecabrc")
    return fugashi.GenericTagger(f'-d "{unidic_lite.DICDIR}" -r "{rc}" -Owakati')


def _worker(texts_file: str, index: int, workers: int) -> None:
    with open(texts_file, encoding="utf-8") as fh:
        texts = shares(json.load(fh), workers)[index]
    parse = wakati().parse
    parse("あ")
    print("ready", flush=True)
    sys.stdin.readline()
    cpu, start = time.process_time(), time.monotonic()
    for text in texts:
        parse(text)
    end = time.monotonic()
    print(json.dumps({"start": start, "end": end, "cpu": time.process_time() - cpu,
                      "bytes": sum(len(t.encode("utf-8")) for t in texts), "passages": len(texts)}), flush=True)


def measure(texts_file: str, workers: int) -> dict:
    """Tokenize the texts (a JSON list of strings) in `workers` processes; wall seconds, CPU
    seconds (all workers), bytes and passages."""
    env = {**os.environ, "PYTHONPATH": _ROOT}
    procs = [subprocess.Popen([sys.executable, "-m", "tui.bench.floor", texts_file, str(i), str(workers)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
             for i in range(workers)]
    try:
        for p in procs:
            assert p.stdout is not None and p.stdin is not None
            if p.stdout.readline().strip() != "ready":
                raise RuntimeError("a floor worker failed to start")
        for p in procs:
            p.stdin.write("go\n")  # type: ignore[union-attr]
            p.stdin.flush()  # type: ignore[union-attr]
        results = [json.loads(p.communicate(timeout=7200)[0].strip().splitlines()[-1]) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
                p.wait()
    if any(p.returncode for p in procs):
        raise RuntimeError("a floor worker failed")
    return {"seconds": max(r["end"] for r in results) - min(r["start"] for r in results),
            "cpu": sum(r["cpu"] for r in results), "bytes": sum(r["bytes"] for r in results),
            "passages": sum(r["passages"] for r in results), "workers": workers}


if __name__ == "__main__":
    _worker(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
