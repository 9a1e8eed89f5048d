"""`python -m tui.report duplicates`: how well copies merge and different articles stay apart.

The pairs: every article of `tests/data/duplicates` (five events, each reported by two outlets in
their own words, sharing quotes and names) and the five bundled samples (one story, several
stages) against copies of itself with other chrome — a retitled syndication, a page around it,
share bars and footers, a text saved again with its lines wrapped — which must merge; and the
two reports of each event, and the samples with each other, which must not. Each pair is cleaned
as an import cleans it and measured (clause Jaccard), then imported into a fresh index to see
whether the importer merged it (LSH lookup included).
"""

from __future__ import annotations

import tempfile
import textwrap
from collections.abc import Callable
from itertools import combinations
from pathlib import Path

from .news import similarity, sources
from .news.models import Document, ImportReport
from .news.paths import seeds_dir
from .news.pipeline import analyse

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "duplicates"


def _retitled(text: str) -> str:
    head, _, body = text.partition("\n")
    return f"{head.split('　')[0]}（共同通信）\n配信日時：2025/12/20 09:00\n{body}"


def _chrome(text: str) -> str:
    head, _, body = text.partition("\n")
    return (f"ホーム > ニュース > 国内\n{head} | 東西ニュース\nこの記事をシェア　Xでポスト　LINEで送る\n文字サイズ 小 中 大\n"
            f"{body}\nこの記事を評価する　参考になった 12\n関連記事\n・首相、来週にも訪米へ\n・円相場、一時150円台に\n"
            "前の記事 | 次の記事\n© 2025 東西ニュース All Rights Reserved.\n")


def _wrapped(text: str) -> str:
    return "\n".join("\n".join(textwrap.wrap(line, 38)) if len(line) > 38 else line for line in text.splitlines())


def _page(text: str) -> str:
    head, _, body = text.partition("\n")
    paras = "".join(f"<p>{line}</p>" for line in body.splitlines() if line.strip())
    return (f"<!doctype html><html lang='ja'><head><meta charset='utf-8'><title>{head} | 東西ニュース</title></head>"
            "<body><header><nav><a href='/'>ホーム</a> <a href='/news'>ニュース</a> <a href='/login'>ログイン</a></nav>"
            f"</header><main><article><h1>{head}</h1>{paras}</article></main><aside><h3>人気記事</h3><ul>"
            "<li><a href='/a'>芸能ニュースの見出しその一</a></li><li><a href='/b'>スポーツの見出しその二</a></li></ul>"
            "</aside><footer><p>© 2025 東西ニュース</p><p>利用規約 | プライバシーポリシー</p></footer></body></html>")


COPIES: dict[str, tuple[str, Callable[[str], str]]] = {
    "retitled": ("text", _retitled), "chrome": ("text", _chrome), "wrapped": ("text", _wrapped),
    "page": ("html", _page)}


def pairs() -> list[tuple[str, Document, Document, bool]]:
    """(kind, first, second, the same article?) for every pair of the set."""
    bases = {p.stem: p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))}
    samples = {f"sample{k}": p.read_text(encoding="utf-8") for k, p in enumerate(sorted(seeds_dir().glob("*.txt")))}
    out = []
    for name, text in {**bases, **samples}.items():
        first = Document(source=f"/set/{name}.txt", text=text, format="text")
        for kind, (fmt, make) in COPIES.items():
            out.append((kind, first, Document(source=f"/copy/{kind}/{name}", text=make(text), format=fmt), True))
    for name in sorted({n.split("-")[0] for n in bases}):
        one, other = (Document(source=f"/set/{name}-{x}.txt", text=bases[f"{name}-{x}"], format="text") for x in "ab")
        out.append(("same event", one, other, False))
    for (x, one_text), (y, other_text) in combinations(samples.items(), 2):
        out.append(("same story", Document(source=f"/set/{x}.txt", text=one_text, format="text"),
                    Document(source=f"/set/{y}.txt", text=other_text, format="text"), False))
    return out


def measure() -> list[tuple[str, float, bool, bool]]:
    """(kind, clause Jaccard, merged by the importer, should merge) for every pair."""
    from .news.library import Library

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n, (kind, a, b, same) in enumerate(pairs()):
            found = [analyse(_read(d, Path(tmp) / f"{n}-{k}")) for k, d in enumerate((a, b))]
            texts = [[p[5] for p in f.passages] if not isinstance(f, str) else [] for f in found]
            score = similarity.jaccard(*(similarity.clauses(t) for t in texts))
            lib = Library(Path(tmp) / f"{n}.db")
            try:
                outcomes = lib.write_many([f for f in found if not isinstance(f, str)], ImportReport())
                merged = outcomes.count("merged") == 1
            finally:
                lib.close()
            rows.append((kind, score, merged, same))
    return rows


def _read(doc: Document, where: Path) -> Document:
    """The document as an import reads it from a file (a page through the page extractor)."""
    path = where.with_suffix(".html" if doc.format == "html" else ".txt")
    path.write_text(doc.text, encoding="utf-8")
    (read,) = sources.iter_inputs([path])
    assert isinstance(read, Document), read
    return read


def table(rows: list[tuple[str, float, bool, bool]]) -> list[str]:
    """The report: Jaccard per kind of pair, then precision and recall of merging."""
    out = [f"{'pairs':<12} {'n':>3} {'Jaccard min':>11} {'median':>6} {'max':>5}  merged"]
    for kind in dict.fromkeys(r[0] for r in rows):
        scores = sorted(r[1] for r in rows if r[0] == kind)
        merged = sum(r[2] for r in rows if r[0] == kind)
        out.append(f"{kind:<12} {len(scores):>3} {scores[0]:>11.2f} {scores[len(scores) // 2]:>6.2f}"
                   f" {scores[-1]:>5.2f}  {merged}/{len(scores)}")
    out.append("")
    out.append(f"threshold  precision  recall   (clause Jaccard; the importer uses {similarity.SAME})")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        out.append(_pr(f"{t:.1f}", [(r[1] >= t, r[3]) for r in rows]))
    out.append(_pr("importer", [(r[2], r[3]) for r in rows]))
    return out


def _pr(label: str, calls: list[tuple[bool, bool]]) -> str:
    tp = sum(1 for got, want in calls if got and want)
    fp = sum(1 for got, want in calls if got and not want)
    fn = sum(1 for got, want in calls if want and not got)
    precision = tp / (tp + fp) if tp + fp else 1.0
    return f"{label:<10} {precision:>9.3f} {tp / (tp + fn) if tp + fn else 1.0:>7.3f}"
