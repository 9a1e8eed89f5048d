"""The fourteenth quotes dev set's figures after the rules its misses led to (as written, scored once before any of
its errors were read: 1.000 · 0.804, 123 of 133 found): each is pinned 0.01 under what was measured, so a rule that
loses a speaker or a quote of the set fails here."""

from __future__ import annotations

import json
from pathlib import Path

from tui.stories_report import score_quotes

_SET = Path(__file__).parent / "data" / "stories_dev14" / "quotes_gold.json"


def test_the_fourteenth_dev_sets_figures() -> None:
    articles = json.loads(_SET.read_text(encoding="utf-8"))["articles"]
    q = score_quotes(articles)
    assert q["ours"].precision() >= 0.99  # 1.000 after the rules (102 given; 1.000 as written, 86 given)
    assert q["ours"].recall() >= 0.943  # 0.953 after the rules (102 of 107; 0.804 as written, 86 of 107)
    assert q["found"].recall() >= 0.945  # 0.955 after the rules (127 of 133; 0.925 as written, 123 of 133)
