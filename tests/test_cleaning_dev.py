"""Integrity of the cleaning dev set: every page has a gold file that labels each of its lines."""

from __future__ import annotations

from pathlib import Path

import pytest

DEV = Path(__file__).parent / "data" / "cleaning_dev"
PAGES = sorted(DEV.glob("*/*.txt"))


def test_the_set_is_there() -> None:
    assert len(PAGES) >= 16
    assert len({p.parent.name for p in PAGES}) >= 4


@pytest.mark.parametrize("page", PAGES, ids=[f"{p.parent.name}/{p.stem}" for p in PAGES])
def test_page_has_a_matching_gold(page: Path) -> None:
    gold = page.with_suffix(".gold")
    assert gold.exists(), f"{gold} is missing"
    lines = page.read_text(encoding="utf-8").split("\n")
    labels = gold.read_text(encoding="utf-8").split("\n")
    # A final newline is allowed on either file, not counted as a line.
    if lines and lines[-1] == "":
        lines.pop()
    if labels and labels[-1] == "":
        labels.pop()
    assert len(lines) == len(labels), f"{page.name}: {len(lines)} lines, {len(labels)} labels"
    counts = {"K": 0, "D": 0, "-": 0}
    for n, (line, label) in enumerate(zip(lines, labels), 1):
        tag, _, reason = label.partition("\t")
        assert tag in counts, f"{gold.name}:{n}: label {label!r}"
        assert not reason or tag != "-", f"{gold.name}:{n}: a blank line takes no reason"
        if not line.strip():
            assert tag == "-", f"{page.name}:{n}: a blank line is labelled '-'"
        else:
            assert tag != "-", f"{page.name}:{n}: '-' on a line with text"
        counts[tag] += 1
    assert counts["K"] >= 5, f"{page.name}: {counts['K']} K lines"
    assert counts["D"] >= 3, f"{page.name}: {counts['D']} D lines"
