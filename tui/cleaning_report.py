"""The cleaning report: line-level figures per site style on the labelled dev set, next to a plain baseline.

Each page of `tests/data/cleaning_dev/<style>/` comes with a gold file, a label a line (`K` keep, `D` drop,
`-` blank). A line counts as dropped by the cleaner when the cleaner's removed lines hold its text; the
baseline drops every line that is short and has no sentence end, as a naive boilerplate filter would.

Four methods, measured in one run: `rules` (the named rules without the line classifier), `cleaner` (the
full rule table), `unseen` (the full table, with the classifier's weights learnt without the page's style:
leave-one-style-out; a style not learnt from at all is unseen by the shipped weights already) and
`baseline`. Styles outside `cleaning_train.TRAIN_STYLES` are marked `*`: held out, never learnt from.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .cleaning_train import TRAIN_STYLES, learn, pages
from .news import sources
from .news.cleaning import RULES, Rule, clean
from .news.cleaning.classifier import Weights, classify
from .news.models import Cleaned

METHODS = ("rules", "cleaner", "unseen", "baseline")

DEV_SET = Path(__file__).resolve().parent.parent / "tests" / "data" / "cleaning_dev"
SITE_SET = DEV_SET.parent / "cleaning_sites"  # pages grouped by site, for the site-template section
BASELINE_SHORT = 30  # characters: the baseline drops a shorter line without 。！？


@dataclass
class Tally:
    """Line counts for one style and one method: gold label against what the method did."""

    drop_hit: int = 0  # gold D, dropped
    drop_miss: int = 0  # gold D, kept
    keep_hit: int = 0  # gold K, kept
    keep_miss: int = 0  # gold K, dropped
    pages: set[str] = field(default_factory=set)

    def add(self, gold: str, dropped: bool) -> None:
        """Count one labelled line."""
        if gold == "D":
            self.drop_hit += dropped
            self.drop_miss += not dropped
        elif gold == "K":
            self.keep_hit += not dropped
            self.keep_miss += dropped

    def drop_recall(self) -> float:
        """Of the boilerplate lines, the share dropped."""
        return self.drop_hit / max(1, self.drop_hit + self.drop_miss)

    def content_kept(self) -> float:
        """Of the content lines, the share kept."""
        return self.keep_hit / max(1, self.keep_hit + self.keep_miss)

    def keep_precision(self) -> float:
        """Of the lines kept, the share that is content."""
        return self.keep_hit / max(1, self.keep_hit + self.drop_miss)


def _key(text: str) -> str:
    return " ".join(text.split())


def with_weights(weights: Weights) -> tuple[Rule, ...]:
    """The rule table with the classifier running on other weights."""
    return tuple(Rule(r.name, r.description, find=lambda p: classify(p, weights)) if r.name == "classifier" else r
                 for r in RULES)


RULES_ONLY = tuple(r for r in RULES if r.name != "classifier")


def cleaner_drops(page: Path, rules: tuple[Rule, ...] = RULES) -> list[bool]:
    """For each line of the page, whether the cleaner (running `rules`) removed it. A line whose text occurs
    more than once on the page (a headline cited twice) takes the fate of its copy in the same place of the
    cleaned article: the removed lines and the blocks stand in the page's order."""
    lines = page.read_text(encoding="utf-8").split("\n")
    docs = [d for d in sources.iter_inputs([page]) if not isinstance(d, sources.Skip)]
    cleaned = [clean(d, rules) for d in docs]
    removed = Counter(_key(r.text) for c in cleaned for r in c.removed)
    twice = {k: n for k, n in Counter(map(_key, lines)).items() if k and n > 1}
    # (Only when every copy is found, removed or in a block, in the cleaned article.)
    fates = {k: fate for k, n in twice.items() if len(fate := _fates(cleaned, k)) == n}
    out = []
    for line in lines:
        key = _key(line)
        if fates.get(key):
            out.append(fates[key].pop(0))
            continue
        hit = bool(key) and removed[key] > 0
        if hit:
            removed[key] -= 1
        out.append(hit)
    return out


def _fates(cleaned: list[Cleaned], key: str) -> list[bool]:
    """Whether each copy of a line's text, in the page's order, was removed (True) or kept in a block (False)."""
    found: list[tuple[int, int, int, bool]] = []
    for n, c in enumerate(cleaned):
        found += [(n, r.before, 0, True) for r in c.removed if _key(r.text) == key]
        found += [(n, j, 1, False) for j, b in enumerate(c.blocks) for line in b.text.split("\n") if _key(line) == key]
    return [dropped for *_, dropped in sorted(found)]


def baseline_drops(page: Path) -> list[bool]:
    """For each line, whether the plain baseline drops it: short and with no sentence end."""
    return [len(line.strip()) < BASELINE_SHORT and not any(c in line for c in "。！？")
            for line in page.read_text(encoding="utf-8").split("\n")]


def score(folder: Path = DEV_SET) -> dict[str, dict[str, Tally]]:
    """{style: {method: Tally}} over every labelled page under `folder`, for each of `METHODS`."""
    result: dict[str, dict[str, Tally]] = {}
    paths = sorted(folder.glob("*/*.txt"))
    trained = [s for s in TRAIN_STYLES if any(p.parent.name == s for p in paths)]
    data = {s: pages(folder, [s]) for s in trained}
    unseen = {s: with_weights(learn([x for o in trained if o != s for x in data[o]])) for s in trained}
    for page in paths:
        style = page.parent.name
        gold = [g.split("\t", 1)[0] for g in page.with_suffix(".gold").read_text(encoding="utf-8").split("\n")]
        per = result.setdefault(style, {m: Tally() for m in METHODS})
        runs = {"rules": cleaner_drops(page, RULES_ONLY), "cleaner": cleaner_drops(page),
                "unseen": cleaner_drops(page, unseen.get(style, RULES)), "baseline": baseline_drops(page)}
        for method, drops in runs.items():
            per[method].pages.add(page.name)
            for label, dropped in zip(gold, drops):
                per[method].add(label, dropped)
    return result


def _cell(t: Tally) -> str:
    return f"{t.drop_recall():.3f} / {t.content_kept():.3f} / {t.keep_precision():.3f}"


def _sum(tallies: list[Tally]) -> Tally:
    total = Tally()
    for t in tallies:
        for name in ("drop_hit", "drop_miss", "keep_hit", "keep_miss"):
            setattr(total, name, getattr(total, name) + getattr(t, name))
        total.pages |= t.pages
    return total


def table(result: dict[str, dict[str, Tally]], sites: Path | None = SITE_SET) -> list[str]:
    """The report's lines: per style and in all, drop recall / content kept / keep precision per method;
    then the site-template section over the pages of `sites` (`template_report`)."""
    width = 24
    lines = [f"{'style':<18}{'pages':>5}  " + "".join(f"{m:<{width}}" for m in METHODS).rstrip(),
             f"{'':<25}" + "".join(f"{'recall / kept / prec.':<{width}}" for _ in METHODS).rstrip()]
    for style, per in sorted(result.items()):
        name = style if style in TRAIN_STYLES else style + " *"
        lines.append(f"{name:<18}{len(per['cleaner'].pages):>5}  " + "".join(f"{_cell(per[m]):<{width}}" for m in METHODS).rstrip())
    groups = [("all", list(result))]
    held = [s for s in result if s not in TRAIN_STYLES]
    if held:
        groups += [("all learnt from", [s for s in result if s in TRAIN_STYLES]), ("all held out *", held)]
    for label, styles in groups:
        n = sum(len(result[s]["cleaner"].pages) for s in styles)
        lines.append(f"{label:<18}{n:>5}  " + "".join(
            f"{_cell(_sum([result[s][m] for s in styles])):<{width}}" for m in METHODS).rstrip())
    if sites is not None and sites.is_dir():
        from .template_report import score_sites, site_table

        lines += site_table(score_sites(sites))
    return lines
