"""The fifteenth quotes dev set's figures after the rules its misses led to (as written, scored once before any of its
errors were read: 0.969 · 0.877, 93 of 96 given right, 126 of 135 quotes found): each is pinned 0.01 under what was
measured, so a rule that loses a speaker or a quote of the set fails here."""

from __future__ import annotations

import json
from pathlib import Path

from tui.stories_report import score_quotes

_SET = Path(__file__).parent / "data" / "stories_dev15" / "quotes_gold.json"


def test_the_fifteenth_dev_sets_figures() -> None:
    articles = json.loads(_SET.read_text(encoding="utf-8"))["articles"]
    q = score_quotes(articles)
    assert q["ours"].precision() >= 0.99  # 1.000 after the rules (103 given; 0.969 as written, 96 given)
    assert q["ours"].recall() >= 0.962  # 0.972 after the rules (103 of 106; 0.877 as written, 93 of 106)
    assert q["found"].recall() >= 0.938  # 0.948 after the rules (128 of 135; 0.933 as written, 126 of 135)
