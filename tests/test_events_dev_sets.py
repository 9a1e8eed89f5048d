"""The event dates of the development sets that hold events, pinned 0.01 under what was measured after the rules
their misses led to, so a rule that loses a date of a set fails here. Dev 19 scored 0.818 as written (176 events), dev 20
0.934 (152), dev 16 0.900, dev 25 0.912 (171)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.stories_report import score_events

_DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("folder, accuracy", [
    ("stories", 0.99),  # 80 of 80
    ("stories_dev16", 0.99),  # 90 of 90
    ("stories_dev19", 0.979),  # 174 of 176
    ("stories_dev20", 0.97),  # 149 of 152 (0.934 as written)
    ("stories_dev21", 0.947),  # 157 of 164 (0.939 as written)
    ("stories_dev25", 0.984),  # 170 of 171 (0.912 as written)
    ("stories_dev29", 0.98),  # 191 of 193 (0.922 as written)
    ("stories_dev32", 0.995),  # 242 of 243 (0.893 as written)
    ("stories_dev33", 0.978),  # 233 of 238 (0.912 as written)
    ("stories_dev34", 0.979),  # 289 of 295 (0.939 as written)
    ("stories_dev35", 0.982),  # 273 of 277 (0.913 as written)
    ("stories_dev36", 0.952),  # 351 of 365 (0.814 as written)
    ("stories_dev37", 0.967),  # 214 of 219 (0.954 as written)
    ("stories_dev38", 0.949),  # 256 of 267 (0.869 as written)
    ("stories_dev39", 0.978),  # 408 of 413 (0.952 as written)
    ("stories_dev40", 0.974),  # 381 of 387 (0.917 as written)
    ("stories_dev41", 0.971),  # 316 of 322 (0.925 as written)
    ("stories_dev44", 0.96),  # 294 of 303 (0.941 as written)
    ("stories_dev45", 0.967),  # 433 of 443 (0.907 as written)
    ("stories_dev46", 0.955),  # 330 of 342 (0.886 as written)
    ("stories_dev47", 0.962),  # 350 of 360 (0.903 as written)
    ("stories_dev48", 0.968),  # 362 of 370 (0.935 as written)
    ("stories_dev49", 0.976),  # 417 of 423 (0.957 as written)
    ("stories_dev50", 0.936),  # 264 of 279 (0.946 as written)
    ("stories_dev51", 0.955),  # 279 of 291 (as written)
    ("stories_dev52", 0.98),  # 210 of 213 (as written)
    ("stories_dev53", 0.975),  # 295 of 301 (as written)
    ("stories_dev54", 0.955),  # 204 of 212 (as written)
    ("stories_dev55", 0.95),  # 320 of 335 (as written)
    ("stories_dev59", 0.97),  # 402 of 411 (401 as written)
    ("stories_dev60", 0.98),  # 0.986 of 296 as written
    ("stories_dev61", 0.987),  # 295 of 296 (0.993 as written)
    ("stories_dev62", 0.899),  # 0.846 of 298 as written; now 0.909
    ("stories_dev63", 0.916),  # 276 of 298 (0.896 as written)
    ("stories_dev64", 0.895),  # 248 of 274 (0.850 as written)
    ("stories_dev65", 0.931),  # 0.941 of 269 as written
    ("stories_dev66", 0.952),  # 0.958 of 288 as written; now 0.962
    ("stories_dev67", 0.948),  # 0.958 of 262 as written
])
def test_the_dev_sets_event_dates(folder: str, accuracy: float) -> None:
    articles = json.loads((_DATA / folder / "events_gold.json").read_text(encoding="utf-8"))
    articles = articles if isinstance(articles, list) else articles["articles"]
    ours = score_events(articles)["ours"]
    assert ours.hits / ours.gold >= accuracy
