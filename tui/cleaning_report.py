"""The cleaning report: line-level figures per site style on the labelled dev set, next to a plain baseline.

Each page of `tests/data/cleaning_dev/<style>/` comes with a gold file, a label a line (`K` keep, `D` drop,
`-` blank). A line counts as dropped by the cleaner when the cleaner's removed lines hold its text; the
baseline drops every line that is short and has no sentence end, as a naive boilerplate filter would.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .news import sources
from .news.cleaning import clean

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


def cleaner_drops(page: Path) -> list[bool]:
    """For each line of the page, whether the cleaner removed it."""
    lines = page.read_text(encoding="utf-8").split("\n")
    docs = [d for d in sources.iter_inputs([page]) if not isinstance(d, sources.Skip)]
    removed = Counter(_key(r.text) for d in docs for r in clean(d).removed)
    out = []
    for line in lines:
        key = _key(line)
        hit = bool(key) and removed[key] > 0
        if hit:
            removed[key] -= 1
        out.append(hit)
    return out


def baseline_drops(page: Path) -> list[bool]:
    """For each line, whether the plain baseline drops it: short and with no sentence end."""
    return [len(line.strip()) < BASELINE_SHORT and not any(c in line for c in "。！？")
            for line in page.read_text(encoding="utf-8").split("\n")]


def score(folder: Path = DEV_SET) -> dict[str, dict[str, Tally]]:
    """{style: {"cleaner": Tally, "baseline": Tally}} over every labelled page under `folder`."""
    result: dict[str, dict[str, Tally]] = {}
    for page in sorted(folder.glob("*/*.txt")):
        gold = [g.split("\t", 1)[0] for g in page.with_suffix(".gold").read_text(encoding="utf-8").split("\n")]
        per = result.setdefault(page.parent.name, {"cleaner": Tally(), "baseline": Tally()})
        for method, drops in (("cleaner", cleaner_drops(page)), ("baseline", baseline_drops(page))):
            per[method].pages.add(page.name)
            for label, dropped in zip(gold, drops):
                per[method].add(label, dropped)
    return result


def table(result: dict[str, dict[str, Tally]], sites: Path | None = SITE_SET) -> list[str]:
    """The report's lines: per style and in all, drop recall, content kept and keep precision per method;
    then the site-template section over the pages of `sites` (`template_report`)."""
    lines = [f"{'style':<16}{'pages':>6}   {'cleaner: drop recall / kept / keep precision':<46}"
             f"{'baseline: drop recall / kept / keep precision'}"]
    total = {"cleaner": Tally(), "baseline": Tally()}
    for style, per in sorted(result.items()):
        cells = []
        for method in ("cleaner", "baseline"):
            t = per[method]
            cells.append(f"{t.drop_recall():.3f} / {t.content_kept():.3f} / {t.keep_precision():.3f}")
            for name in ("drop_hit", "drop_miss", "keep_hit", "keep_miss"):
                setattr(total[method], name, getattr(total[method], name) + getattr(t, name))
            total[method].pages |= {f"{style}/{p}" for p in t.pages}
        lines.append(f"{style:<16}{len(per['cleaner'].pages):>6}   {cells[0]:<46}{cells[1]}")
    cells = [f"{t.drop_recall():.3f} / {t.content_kept():.3f} / {t.keep_precision():.3f}" for t in total.values()]
    lines.append(f"{'all':<16}{len(total['cleaner'].pages):>6}   {cells[0]:<46}{cells[1]}")
    if sites is not None and sites.is_dir():
        from .template_report import score_sites, site_table

        lines += site_table(score_sites(sites))
    return lines
