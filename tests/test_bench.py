"""The benchmark's own arithmetic and parts, so that a broken bench fails: real small runs."""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from tui.bench import corpus as bench_corpus
from tui.bench import floor, paint
from tui.bench.stats import bracketed, mb, median, percentile, ratio, shares, speed
from tui.news.language import index_tokens
from tui.news.library import Library

ROOT = Path(__file__).parent.parent
SEEDS = ROOT / "seeds"


# --- arithmetic ----------------------------------------------------------------------------------

def test_median_of_odd_and_even_counts() -> None:
    assert median([3.0, 1.0, 2.0]) == 2.0
    assert median([4.0, 1.0, 3.0, 2.0]) == 2.5  # the mean of the two middle values, not the upper one
    assert median([7.0]) == 7.0
    with pytest.raises(ValueError):
        median([])


def test_percentile_is_the_nearest_rank() -> None:
    values = [float(v) for v in range(10, 0, -1)]  # 10 .. 1, unordered on purpose
    assert percentile(values, 50) == 5.0
    assert percentile(values, 90) == 9.0
    assert percentile(values, 95) == 10.0  # 9.5 values at or below: the 10th
    assert percentile(values, 100) == 10.0
    assert percentile(values, 1) == 1.0
    twenty = list(map(float, range(1, 21)))
    assert percentile(twenty, 90) == 18.0  # 18 of 20 at or below
    assert percentile([4.0], 95) == 4.0
    for bad in (0, -1, 101):
        with pytest.raises(ValueError):
            percentile(values, bad)
    with pytest.raises(ValueError):
        percentile([], 50)


def test_ratios_speeds_and_bracketed_floors() -> None:
    assert ratio(3.0, 2.0) == 1.5
    assert math.isnan(ratio(1.0, 0.0)) and math.isnan(ratio(1.0, -1.0))
    assert speed(10.0, 4.0) == 2.5
    # 12 bytes at the mean of 2 and 4 bytes/s: 4 s, not the mean of 6 s and 3 s.
    assert bracketed(12.0, 2.0, 4.0) == 4.0
    assert bracketed(12.0, 3.0, 3.0) == 4.0
    assert mb(3 * 2**20) == 3.0


def test_shares_deal_every_item_once_and_evenly() -> None:
    items = [f"t{i}" for i in range(11)]
    dealt = shares(items, 3)
    assert len(dealt) == 3
    assert sorted(x for share in dealt for x in share) == sorted(items)
    assert max(map(len, dealt)) - min(map(len, dealt)) <= 1
    assert shares(items, 1) == [items]
    assert shares(["a"], 2) == [["a"], []]
    with pytest.raises(ValueError):
        shares(items, 0)


# --- the corpus ----------------------------------------------------------------------------------

def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.txt"))}


def test_the_corpus_is_the_same_for_the_same_seed_and_laid_out_as_its_sites(tmp_path: Path) -> None:
    size = bench_corpus.synth_corpus(tmp_path / "a", 12)
    bench_corpus.synth_corpus(tmp_path / "b", 12)
    bench_corpus.synth_corpus(tmp_path / "c", 12, seed=8)
    a, b, c = files(tmp_path / "a"), files(tmp_path / "b"), files(tmp_path / "c")
    assert a == b
    assert a.keys() == c.keys() and a != c
    assert size == sum(map(len, a.values()))
    assert sorted(a) == [f"000/a{i:06d}.txt" for i in range(12)]
    sites = bench_corpus.sites()
    assert len(sites) == len(list(SEEDS.glob("*.txt"))) == 5
    for i in range(12):
        lines = a[f"000/a{i:06d}.txt"].decode("utf-8").split("\n")
        assert lines[0].startswith(f"記事{i}: ") and len(lines[0]) > len(f"記事{i}: ")
        assert lines[1] == f"公開日:2025/{1 + i % 12:02d}/{1 + i % 28:02d}"
        assert len(lines) == len(sites[i % 5].lines) + 2
    assert bench_corpus.article_path(tmp_path, 1000) == tmp_path / "001" / "a001000.txt"


def test_the_corpus_shares_its_sites_chrome_and_no_body_line(tmp_path: Path) -> None:
    """Across 200 articles, the body lines are all but all distinct (digits aside, as the site templates compare
    lines), each site's chrome is the same in each of its articles, and the cleaner keeps the body and removes the
    chrome."""
    from tui.bench.splice import mark_and_text
    from tui.news.cleaning import clean
    from tui.news.cleaning.templates import line_text
    from tui.news.models import Document

    n = 200
    bench_corpus.synth_corpus(tmp_path, n)
    sites = bench_corpus.sites()
    body: list[str] = []
    chrome: dict[tuple[int, int], set[str]] = {}
    kept = chrome_kept = 0
    for i in range(n):
        path = bench_corpus.article_path(tmp_path, i)
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")[2:]
        blocks = [bl.text for bl in clean(Document(source=str(path), text=text)).blocks]
        whole = "\n".join(blocks)
        for k, ((kind, part, _), line) in enumerate(zip(sites[i % 5].lines, lines, strict=True)):
            if kind == "chrome":
                chrome.setdefault((i % 5, k), set()).add(line)
                chrome_kept += line.strip() in blocks
            elif kind in ("body", "glued"):
                assert line.startswith(part)
                body.append(line_text(line))
                kept += mark_and_text(line[len(part):].strip())[1] in whole
    assert len(body) > 40 * n
    assert len(set(body)) >= 0.99 * len(body)
    assert len(chrome) > 20 and all(len(texts) == 1 for texts in chrome.values())
    assert kept >= 0.9 * len(body)
    assert chrome_kept == 0


def test_parts_cut_the_folders_in_path_order(tmp_path: Path) -> None:
    for name in ("002", "000", "001"):
        (tmp_path / name).mkdir()
    names = [[Path(f).name for f in part] for part in bench_corpus.parts(tmp_path, 2)]
    assert names == [["000", "001"], ["002"]]
    assert [[Path(f).name for f in part] for part in bench_corpus.parts(tmp_path, 1)] == [["000", "001", "002"]]
    assert len(bench_corpus.parts(tmp_path, 5)) == 3


def test_the_small_reference_lists_the_same_articles_in_the_same_order(tmp_path: Path) -> None:
    bench_corpus.synth_corpus(tmp_path / "corpus", 40)
    big = Library(tmp_path / "index.db", workers=1)
    try:
        big.add([tmp_path / "corpus"])
        listed = [r.source for r in big.articles().page(0, 5, with_actors=False)]
    finally:
        big.close()
    first = bench_corpus.listed_first(str(tmp_path / "index.db"))
    assert sorted(listed) == first  # in path order, the order they are imported in
    small = Library(tmp_path / "small.db", workers=1)
    try:
        small.add(first)
        assert [r.source for r in small.articles().page(0, 5, with_actors=False)] == listed
    finally:
        small.close()


def test_the_needle_is_a_passage_start_no_title_holds() -> None:
    titles = ["記事1: 停戦交渉の行方", "記事2: 米国の思惑"]
    assert bench_corpus.pick_needle(["停戦交渉の行方について", "各国の首脳は会談した。"], titles, 6) == "各国の首脳は"
    assert bench_corpus.pick_needle(["短い", "a b c d e f g", "ロシア側は反発した。"], titles, 6) == "ロシア側は反"
    with pytest.raises(ValueError):
        bench_corpus.pick_needle(["停戦交渉の行方です"], titles, 6)


# --- the floor -----------------------------------------------------------------------------------

def test_the_floor_does_the_tokenizing_the_import_does(tmp_path: Path) -> None:
    texts = [unicodedata.normalize("NFKC", line) for p in sorted(SEEDS.glob("*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    tagger = floor.wakati()
    # What the floor asks MeCab for is what the import stores: `index_tokens` of the same text.
    for text in texts:
        assert tagger.parse(text.lower()).rstrip() == index_tokens(text)
    lowered = [t.lower() for t in texts]
    path = tmp_path / "texts.json"
    path.write_text(json.dumps(lowered, ensure_ascii=False), encoding="utf-8")
    result = floor.measure(str(path), 2)
    assert result["workers"] == 2
    assert result["passages"] == len(lowered)
    assert result["bytes"] == sum(len(t.encode("utf-8")) for t in lowered)
    assert result["seconds"] > 0 and result["cpu"] > 0


# --- first paint ---------------------------------------------------------------------------------

@pytest.fixture
def anyio_backend() -> str:
    """Textual runs on asyncio."""
    return "asyncio"


@pytest.mark.anyio
async def test_the_bare_app_has_the_readers_skeleton(seeded_db: Path) -> None:
    from textual.containers import Container
    from textual.widgets import Footer, Header

    from tui.app import NewsReaderApp
    from tui.bench.bare import Bare

    def skeleton(app) -> list[tuple[str, str | None, tuple[int, int]]]:
        panes = app.screen.query_one("#panes", Container)
        out = [(kind.__name__, None, (w.region.width, w.region.height))
               for kind in (Header, Footer) for w in app.screen.query(kind)]
        return out + [("pane", w.id, (w.region.width, w.region.height)) for w in panes.children]

    shapes = []
    for app in (NewsReaderApp(db=str(seeded_db)), Bare("本文の最初の一節")):
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            shapes.append(skeleton(app))
            if isinstance(app, Bare):
                assert "本文の最初の一節" in str(app.query_one("#body").render())
    assert shapes[0] == shapes[1]


@pytest.mark.skipif(not paint.available(), reason="tmux is not installed")
def test_first_paint_waits_for_the_text_in_a_real_terminal() -> None:
    term = paint.Terminal(60, 10)
    try:
        command = ["sh", "-c", "sleep 0.3; echo $WORD-on-screen; stty -icanon; head -c 1 >/dev/null"]  # q ends it
        seconds = term.first_paint(command, {"WORD": "needle"}, "needle-on-screen")
        assert seconds >= 0.3
        with pytest.raises(RuntimeError, match="ended before"):
            term.first_paint(["sh", "-c", "exit 0"], {}, "never shown", timeout=30)
    finally:
        term.close()
    assert term.tmux("has-session", check=False).returncode != 0  # the private server is gone
    assert term.path and not Path(term.path).exists()  # and its socket


# --- the whole command ---------------------------------------------------------------------------

FIGURE = re.compile(r"^(?:p50 )?(\d+(?:\.\d+)?) (s|ms|MB|MB/s|articles/s)$")


SMALL = "20"  # articles in the small runs: enough for every row, few enough to keep the suite quick


@pytest.mark.slow
def test_a_small_run_prints_every_row_and_its_arithmetic_holds(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    r = subprocess.run([sys.executable, "-m", "tui.bench", "--articles", SMALL, "--reps", "2", "--runs", "2",
                        "--reader-runs", "1", "--dir", str(tmp_path)],
                       capture_output=True, text=True, env=env, timeout=600, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    rows = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    printed = r.stdout.splitlines()[1:]
    assert len(printed) == len(rows)
    for (what, figure, versus), line in zip(rows, printed):
        assert line.startswith(what) and figure in line and line.rstrip().endswith(versus.rstrip())
    by = {what: (figure, versus) for what, figure, versus in rows}

    def seconds(label: str) -> float:
        match = FIGURE.match(by[label][0])
        assert match, by[label]
        return float(match.group(1)) / (1000 if match.group(2) == "ms" else 1)

    workers = int(re.search(r"(\d+) processes", next(w for w in by if w.startswith("floor:"))).group(1))
    floor_s = seconds(f"floor: MeCab wakati, {workers} processes")
    import_s = seconds(f"import, {workers} workers + the writer")
    assert floor_s > 0 and import_s > 0
    match = re.match(r"(\d+\.\d+)x floor \(the median of 2 runs, (\d+\.\d+)x to (\d+\.\d+)x\)$",
                     by[f"import, {workers} workers + the writer"][1])
    assert match, by[f"import, {workers} workers + the writer"]
    shown, low, high = map(float, match.groups())
    assert shown == low <= high  # of two runs, the lower is the median run whose figures are shown
    # Both figures are printed to 0.01 s and the ratio to 0.01: it lies within their rounding.
    assert (import_s - 0.005) / (floor_s + 0.005) - 0.005 <= shown <= (import_s + 0.005) / (floor_s - 0.005) + 0.005
    assert seconds("import beyond the floor") == pytest.approx(import_s - floor_s, abs=0.011)
    phases = [seconds(f"… {name}") for name in ("reading", "cleaning", "tokenizing", "actors and rows", "writing")]
    one = seconds("import phases, 1 process, CPU, same files")
    assert one == pytest.approx(sum(phases), abs=0.03)
    writer, workers_cpu = map(float, re.match(r"(\d+\.\d) / (\d+\.\d) s$", by["import CPU: writer / workers"][0]).groups())
    assert seconds("import CPU beyond its phases") == pytest.approx(writer + workers_cpu - one, abs=0.11)
    assert by["text MeCab is given (passages, NFKC)"][1] == f"{SMALL} articles"
    for query in ("one-char (米)", "two-char (停戦)", "many-char (ウクライナ 安全保障)"):
        for label in (f"search {query}", f"search {query.replace(' (', ' +actor (', 1)}"):
            p50, p95 = (float(x.split()[1]) for x in by[label])
            assert 0 < p50 <= p95 + 0.05
    assert "x --version" in by["`newsreader search 停戦` process"][1]
    if paint.available():
        bare = seconds("first paint, bare Textual app (median of 1)")
        big = seconds(f"reader first paint, {SMALL} articles (median of 1)")
        small = seconds("reader first paint, 5 articles (median of 1)")
        versus = by[f"reader first paint, {SMALL} articles (median of 1)"][1]
        x_bare, x_small = map(float, re.match(r"(\d+\.\d+)x bare; (\d+\.\d+)x 5 articles", versus).groups())
        assert x_bare == pytest.approx(big / bare, abs=0.01 + 0.002 * x_bare)
        assert x_small == pytest.approx(big / small, abs=0.01 + 0.002 * x_small)
    assert "reader article switch, key to painted" in by
    files_s, feeds_s = seconds("`newsreader add` of the files"), seconds("`newsreader add` of 1 feeds, same articles")
    x_feeds = float(re.match(r"(\d+\.\d+)x the files", by["`newsreader add` of 1 feeds, same articles"][1]).group(1))
    assert (feeds_s - 0.005) / (files_s + 0.005) - 0.005 <= x_feeds <= (feeds_s + 0.005) / (files_s - 0.005) + 0.005
    # The feed phase imported the same articles as the files: every one, as its file gives its title and date.
    lib = Library(tmp_path / "feeds.db")
    got = sorted((r.title, r.published) for r in lib.articles().all() if r.source.startswith("http://127.0.0.1"))
    lib.close()
    want = []
    for path in sorted((tmp_path / "corpus").rglob("*.txt")):
        title, day = path.read_text(encoding="utf-8").splitlines()[:2]
        want.append((title, day.removeprefix("公開日:").replace("/", "-")))
    assert len(want) == int(SMALL) and got == sorted(want)
    # Again on the indexes the run left (its pilot opened other articles since): the reader still
    # opens on the newest, where first paint looks for it.
    again = subprocess.run([sys.executable, "-m", "tui.bench", "--articles", SMALL, "--reps", "2", "--no-import",
                            "--no-feeds", "--reader-runs", "1", "--dir", str(tmp_path)],
                           capture_output=True, text=True, env=env, timeout=600, cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    rows = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))
    assert rows[1] == ["import", "not measured", "(the index of a previous run)"]
    assert any(what.startswith(f"reader first paint, {SMALL} articles") for what, _, _ in rows) == paint.available()


def test_a_bench_feed_item_holds_its_article_as_paragraphs(tmp_path: Path) -> None:
    from tui.bench import feeds as bench_feeds
    from tui.news import feeds

    bench_corpus.synth_corpus(tmp_path / "c", 3)
    folder = tmp_path / "c" / "000"
    paths = sorted(folder.glob("*.txt"))
    feed = feeds.parse(bench_feeds.feed_xml(folder, paths, "http://127.0.0.1:9"), "http://127.0.0.1:9/f.xml")
    lines = paths[1].read_text(encoding="utf-8").splitlines()
    item = feed.items[1]
    assert item.title == lines[0] and item.published == "2025-02-02" and feed.title == "ベンチ 000"
    assert [x for x in item.text.split("\n") if x] == ["# " + lines[0], *[x for x in lines[2:] if x.strip()]]
