"""Learn the line classifier's weights from the labelled dev set: `python -m tui.cleaning_train`.

Each live line the classifier sees (after the named rules ran) is one example, labelled by its page's
gold file; a plain L2-regularised logistic regression is fitted by Newton's method, content lines weighing
more than boilerplate (keeping content matters more than the last point of recall). The weights are
written to `tui/news/cleaning/weights.py`. Only the styles in `TRAIN_STYLES` are learnt from; the others
in the dev set are held out, a check of how the classifier does on styles it never saw.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .news import sources
from .news.cleaning.cleaner import _remove
from .news.cleaning.classifier import STAGES, kept, scores, stages
from .news.cleaning.features import CONTEXT_FEATURES, SHAPE_FEATURES, shape, shapes_of
from .news.cleaning.page import Page
from .news.cleaning.rules import RULES

DEV_SET = Path(__file__).resolve().parent.parent / "tests" / "data" / "cleaning_dev"
WEIGHTS_FILE = Path(__file__).resolve().parent / "news" / "cleaning" / "weights.py"
TRAIN_STYLES = ("broadcaster", "entertainment", "government", "matome", "national_daily", "portal", "press_release", "seo_digest",
                "wire_service")
KEEP_WEIGHT = 3.0  # in the context model, a content line counts this many times a boilerplate one
L2 = 1.0
Example = tuple[dict[str, float], int]  # (features, 1 content / 0 boilerplate)


def before_classifier(doc: sources.Document) -> Page:
    """The page as the classifier finds it: the named rules ahead of it in the table have run."""
    page = Page.read(doc)
    ahead = []
    for rule in RULES:
        if rule.name == "classifier":
            break
        if not rule.after_typing:
            ahead.append(rule)
    _remove(page, ahead)
    return page


@dataclass
class Labelled:
    """One dev page as the classifier sees it, with the gold label of each line (None: removed or unknown)."""

    texts: list[str]
    names: list[str | None]  # the rule that removed each line, if one did
    removed: list[bool]
    title: str | None
    shapes: list[dict[str, float]]
    labels: list[int | None]


def labelled_page(path: Path) -> list[Labelled]:
    """The dev page (its documents) with each live line labelled from its gold file."""
    gold = [g.split("\t", 1)[0] for g in path.with_suffix(".gold").read_text(encoding="utf-8").split("\n")]
    raw = path.read_text(encoding="utf-8").split("\n")
    marks = [(" ".join(t.split()), g) for t, g in zip(raw, gold) if t.strip()]
    out = []
    for doc in sources.iter_inputs([path]):
        if isinstance(doc, sources.Skip):
            continue
        page = before_classifier(doc)
        labels: list[int | None] = []
        at = 0
        for line in page.lines:
            key = " ".join(line.text.split())
            k = at
            while k < len(marks) and key not in marks[k][0]:
                k += 1
            if k == len(marks):
                labels.append(None)  # not found (the text was rewritten): no label
                continue
            at = k if key != marks[k][0] else k + 1
            labels.append(None if line.removed or marks[k][1] not in "KD" else int(marks[k][1] == "K"))
        texts = [x.text for x in page.lines]
        names = [x.removed for x in page.lines]
        removed = [bool(x) for x in names]
        shapes = shapes_of(texts, removed)
        out.append(Labelled(texts, names, removed, doc.title, shapes, labels))
    return out


def pages(folder: Path = DEV_SET, styles: Iterable[str] = TRAIN_STYLES) -> list[Labelled]:
    """Every labelled page of `styles`."""
    wanted = set(styles)
    return [x for p in sorted(folder.glob("*/*.txt")) if p.parent.name in wanted for x in labelled_page(p)]


def learn(data: Sequence[Labelled]) -> dict[str, dict[str, float]]:
    """Every stage's weights: the shape model on the lines alone, then each context model on the scores of the
    stage before. Lines that stay by their structure (`classifier.kept`: headline, table rows…) are left out:
    the model need not learn them."""
    # The shape model learns from every line, running text too, though the classifier scores that by its form alone.
    weights = {"shape": fit([(shape(t), y) for p in data for t, y in zip(p.texts, p.labels) if y is not None],
                            SHAPE_FEATURES, 1.0)}
    for n, stage in enumerate(STAGES, 1):
        examples: list[Example] = []
        for p in data:
            staged = stages(p.texts, p.removed, p.shapes, p.title, weights, n)
            fixed = kept(p.texts, p.names, p.shapes, scores(p.texts, p.removed, p.shapes, p.title, weights)[0])
            examples += [(v, y) for i, (v, y) in enumerate(zip(staged[-1], p.labels))
                         if y is not None and i not in fixed and "prose" not in v]
        weights[stage] = fit(examples, CONTEXT_FEATURES)
    return weights


def fit(data: Sequence[Example], features: Sequence[str], keep_weight: float = KEEP_WEIGHT,
        iterations: int = 12) -> dict[str, float]:
    """Weights of an L2-regularised, class-weighted logistic regression, by Newton's method."""
    names = list(features)
    xs = [[v.get(n, 0.0) for n in names] for v, _ in data]
    ys = [y for _, y in data]
    cs = [keep_weight if y else 1.0 for y in ys]
    d = len(names)
    w = [0.0] * d
    for _ in range(iterations):
        grad = [L2 * w[j] if names[j] != "bias" else 0.0 for j in range(d)]
        hess = [[(L2 if i == j and names[j] != "bias" else 0.0) for j in range(d)] for i in range(d)]
        for x, y, c in zip(xs, ys, cs):
            z = sum(wj * xj for wj, xj in zip(w, x))
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            g, h = c * (p - y), c * p * (1 - p)
            nz = [(j, xj) for j, xj in enumerate(x) if xj]
            for j, xj in nz:
                grad[j] += g * xj
                row = hess[j]
                for k, xk in nz:
                    row[k] += h * xj * xk
        step = _solve(hess, grad)
        w = [wj - sj for wj, sj in zip(w, step)]
    return {n: round(wj, 4) for n, wj in zip(names, w) if abs(wj) >= 1e-4}


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Solve a·x = b by Gaussian elimination with partial pivoting (a small dense system)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        if abs(m[piv][col]) < 1e-12:
            continue
        m[col], m[piv] = m[piv], m[col]
        for r in range(n):
            if r != col and m[r][col]:
                f = m[r][col] / m[col][col]
                m[r] = [a - f * b for a, b in zip(m[r], m[col])]
    return [m[i][n] / m[i][i] if abs(m[i][i]) >= 1e-12 else 0.0 for i in range(n)]


def write(weights: dict[str, dict[str, float]], path: Path = WEIGHTS_FILE) -> None:
    """Write the weights module."""
    body = "".join(f"    {stage!r}: {{\n" + "".join(f"        {n!r}: {x!r},\n" for n, x in w.items()) + "    },\n"
                   for stage, w in weights.items())
    path.write_text(
        '"""Learnt weights of the line classifier. Generated by `python -m tui.cleaning_train`: do not edit by hand."""\n\n'
        f"WEIGHTS: dict[str, dict[str, float]] = {{\n{body}}}\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Fit on the training styles of the dev set and write the weights."""
    args = sys.argv[1:] if argv is None else argv
    data = pages(Path(args[0]) if args else DEV_SET)
    weights = learn(data)
    write(weights)
    n = sum(y is not None for p in data for y in p.labels)
    print(f"{n} lines of {len(data)} pages in {len(TRAIN_STYLES)} styles; weights written to {WEIGHTS_FILE}")
    for stage, w in weights.items():
        print(stage + ": " + ", ".join(f"{k} {x:+.2f}" for k, x in sorted(w.items(), key=lambda kv: kv[1])))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
