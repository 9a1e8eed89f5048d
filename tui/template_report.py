"""The site-template section of the cleaning report: pages of one site imported in order into a fresh index.

Each folder of `tests/data/cleaning_sites/<site>/` holds pages of one invented site with their gold files
(the format of the cleaning dev set). The pages are imported one by one, in name order, into a temporary
index, as a reader adds a site's articles over time; once all are in, each article's removed lines are
scored, so the earlier pages count as cleaned again when the template grew. Beside it: the cleaner on
each page alone (no templates) and the plain baseline, measured in the same run.
"""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

from .cleaning_report import SITE_SET, Tally, _key, baseline_drops, cleaner_drops

METHODS = ("cleaner", "templates", "baseline")


def imported_drops(folder: Path) -> dict[Path, list[bool]]:
    """For each page of one site's folder, whether each of its lines is among the removed lines of its
    article, once every page of the folder is imported in order."""
    from .news.library import Library

    pages = sorted(folder.glob("*.txt"))
    with tempfile.TemporaryDirectory(prefix="newsreader-sites-") as tmp:
        lib = Library(Path(tmp) / "index.db", workers=1)
        try:
            ids = {page: lib.add([page]).ids for page in pages}
            out = {}
            for page, found in ids.items():
                removed = Counter(_key(r.text) for r in lib.article(found[0]).removed) if found else Counter()
                out[page] = _marked(page.read_text(encoding="utf-8").split("\n"), removed)
            return out
        finally:
            lib.close()


def _marked(lines: list[str], removed: Counter) -> list[bool]:
    out = []
    for line in lines:
        key = _key(line)
        hit = bool(key) and removed[key] > 0
        if hit:
            removed[key] -= 1
        out.append(hit)
    return out


def score_sites(folder: Path = SITE_SET) -> dict[str, dict[str, Tally]]:
    """{site: {"cleaner", "templates", "baseline": Tally}} over every site folder under `folder`."""
    result: dict[str, dict[str, Tally]] = {}
    for site in sorted(p for p in folder.iterdir() if p.is_dir()):
        per = result.setdefault(site.name, {m: Tally() for m in METHODS})
        imported = imported_drops(site)
        for page in sorted(site.glob("*.txt")):
            gold = [g.split("\t", 1)[0] for g in page.with_suffix(".gold").read_text(encoding="utf-8").split("\n")]
            drops = {"cleaner": cleaner_drops(page), "templates": imported[page], "baseline": baseline_drops(page)}
            for method in METHODS:
                per[method].pages.add(page.name)
                for label, dropped in zip(gold, drops[method]):
                    per[method].add(label, dropped)
    return result


def site_table(result: dict[str, dict[str, Tally]]) -> list[str]:
    """The section's lines: per site and in all, drop recall and content kept, without and with templates."""
    lines = ["site templates: each site's pages imported in order into a fresh index (drop recall / content kept)",
             f"{'site':<16}{'pages':>6}   {'cleaner alone':<18}{'cleaner + site templates':<28}baseline"]
    total = {m: Tally() for m in METHODS}
    rows = [*sorted(result.items()), ("all", total)]
    for name, per in rows:
        if name != "all":
            for method in METHODS:
                for field in ("drop_hit", "drop_miss", "keep_hit", "keep_miss"):
                    setattr(total[method], field, getattr(total[method], field) + getattr(per[method], field))
                total[method].pages |= {f"{name}/{p}" for p in per[method].pages}
        cells = [f"{per[m].drop_recall():.3f} / {per[m].content_kept():.3f}" for m in METHODS]
        lines.append(f"{name:<16}{len(per['cleaner'].pages):>6}   {cells[0]:<18}{cells[1]:<28}{cells[2]}")
    return lines
