"""Feed import against file import of the same articles: RSS feeds served from 127.0.0.1 by a thread
of the bench process, each item's `content:encoded` holding one synthetic article as HTML paragraphs.

Both imports run as `newsreader add` processes into a fresh index, taking turns, so that the ratio
of the two is measured in the same run on the same machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from .stats import median, ratio

_ROOT = str(Path(__file__).resolve().parent.parent.parent)  # so the processes import this same package
_JST = timezone(timedelta(hours=9))


def item_xml(path: Path, link: str) -> str:
    """One synthetic article (see `corpus.synth_corpus`) as an RSS item: its first line the title, its
    `公開日:` line the pubDate, every other line a paragraph of `content:encoded`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    title, rest = lines[0], lines[1:]
    pub = ""
    if rest and rest[0].startswith("公開日:"):
        y, m, d = (int(x) for x in rest[0].removeprefix("公開日:").split("/"))
        pub = f"<pubDate>{format_datetime(datetime(y, m, d, 7, 30, tzinfo=_JST))}</pubDate>"
        rest = rest[1:]
    html = "".join(f"<p>{escape(line, quote=False)}</p>" for line in rest if line.strip())
    return (f"<item><title>{escape(title, quote=False)}</title><link>{link}</link><guid>{link}</guid>{pub}"
            f"<content:encoded><![CDATA[{html}]]></content:encoded></item>")


def feed_xml(folder: Path, paths: list[Path], base: str) -> bytes:
    """An RSS 2.0 feed of articles of one corpus folder, titled after the folder (a site, as the folder is
    for the files)."""
    items = "\n".join(item_xml(p, f"{base}/{folder.name}/{p.stem}") for p in paths)
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
            f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>ベンチ {folder.name}</title><link>{base}/</link>\n{items}\n</channel></rss>").encode("utf-8")


PER_FEED = 250  # items a feed: some 2.7 MB of RSS, as real full-content feeds are (the fetch cap is 10 MB)


class FeedServer:
    """An HTTP server on 127.0.0.1 in a thread of this process, serving the articles of each corpus folder
    as feeds of PER_FEED items."""

    def __init__(self, folders: list[Path]) -> None:
        """Serve `/<folder name>-<k>.xml` for each folder."""
        routes: dict[str, bytes] = {}

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                body = routes.get(self.path)
                self.send_response(200 if body is not None else 404)
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body or b"")))
                self.end_headers()
                self.wfile.write(body or b"")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        for folder in folders:
            paths = sorted(folder.glob("*.txt"))
            for k in range(0, len(paths), PER_FEED):
                routes[f"/{folder.name}-{k // PER_FEED}.xml"] = feed_xml(folder, paths[k:k + PER_FEED], self.base)
        self.urls = [self.base + path for path in routes]
        self.size = sum(map(len, routes.values()))
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        """Stop serving."""
        self.httpd.shutdown()
        self.httpd.server_close()


def _add(inputs: list[str], db: str, config: str) -> tuple[float, float]:
    """Wall time and CPU time (with its workers') of `newsreader add INPUTS` into a fresh index (its bundled
    samples already imported)."""
    for suffix in ("", "-wal", "-shm"):
        Path(db + suffix).unlink(missing_ok=True)
    env = {**os.environ, "NEWSREADER_DB": db, "PYTHONPATH": _ROOT, "NEWSREADER_CONFIG": config}
    subprocess.run([sys.executable, "-m", "tui", "list"], env=env, capture_output=True, check=True)  # seeds
    cpu = _children_cpu()
    start = time.perf_counter()
    r = subprocess.run([sys.executable, "-m", "tui", "add", *inputs], env=env, capture_output=True, text=True,
                       timeout=7200)
    seconds = time.perf_counter() - start
    if r.returncode != 0:
        raise RuntimeError(f"newsreader add failed ({r.returncode}):\n{r.stderr[-2000:]}")
    return seconds, _children_cpu() - cpu


def _children_cpu() -> float:
    import resource

    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return kids.ru_utime + kids.ru_stime


def measure(corpus: Path, work: Path, runs: int, row) -> dict:
    """Import the corpus as files and as feeds, `runs` times each in turns; rows of both and their ratio."""
    folders = sorted(p for p in corpus.iterdir() if p.is_dir()) or [corpus]
    config = work / "config"
    config.mkdir(exist_ok=True)
    server = FeedServer(folders)
    files: list[tuple[float, float]] = []
    feeds: list[tuple[float, float]] = []
    try:
        for _ in range(runs):
            files.append(_add([str(f) for f in folders], str(work / "files.db"), str(config)))
            feeds.append(_add(server.urls, str(work / "feeds.db"), str(config)))
    finally:
        server.close()
    ratios = [ratio(b[0], a[0]) for a, b in zip(files, feeds)]
    mid = sorted(range(runs), key=lambda k: ratios[k])[(runs - 1) // 2]  # the run of the median ratio
    (files_s, files_cpu), (feeds_s, feeds_cpu) = files[mid], feeds[mid]
    each = f" (the median of {runs} runs, {min(ratios):.2f}x to {max(ratios):.2f}x)" if runs > 1 else ""
    row("`newsreader add` of the files", f"{files_s:.2f} s", f"{len(folders)} folders; CPU {files_cpu:.1f} s")
    row(f"`newsreader add` of {len(server.urls)} feeds, same articles", f"{feeds_s:.2f} s",
        f"{ratios[mid]:.2f}x the files{each}; CPU {feeds_cpu:.1f} s; {server.size / 2**20:.1f} MB of RSS")
    return {"files": files, "feeds": feeds, "ratio": ratios[mid]}
