"""SVG snapshots of each screen at a fixed terminal size, over a fresh index of the five seeds.

Deterministic: the seeds are imported into a tmp index, bookmarks carry fixed dates,
the Input cursor does not blink, and the UI shows no clock.
Regenerate after a deliberate change: `pytest tests/test_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tui.app import NewsReaderApp
from tui.news.library import Library
from tui.news.models import Bookmark

WIDE = (140, 40)
NARROW = (80, 24)


async def settle(pilot: Pilot) -> None:
    """Wait for every worker and the messages it posted."""
    for _ in range(2):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def fixed_bookmarks(db: Path) -> None:
    """Two bookmarks with fixed dates, one with a note."""
    lib = Library(db)
    try:
        rows = lib.articles().page(0, 2)
        for n, row in enumerate(rows):
            passage = lib.article(row.id).passages[4 + n]
            lib.restore_bookmark(Bookmark(f"bm{n}", row.id, passage.anchor, row.title, passage.text,
                                          "交渉の要点" if n == 0 else "", f"2025-08-0{n + 1}T09:00:00+00:00",
                                          False, row.source))
    finally:
        lib.close()


def test_main_screen(snap_compare, seeded_db: Path) -> None:
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("tab", "j", "j")

    assert snap_compare(NewsReaderApp(db=str(seeded_db)), terminal_size=WIDE, run_before=run_before)


def test_narrow_layout(snap_compare, seeded_db: Path) -> None:
    assert snap_compare(NewsReaderApp(db=str(seeded_db)), terminal_size=NARROW, run_before=settle)


def test_search_with_results(snap_compare, seeded_db: Path) -> None:
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("slash")
        pilot.app.screen.query_one(Input).cursor_blink = False
        await pilot.press(*"鉱物")
        await pilot.pause(0.3)  # the debounce
        await settle(pilot)

    assert snap_compare(NewsReaderApp(db=str(seeded_db)), terminal_size=WIDE, run_before=run_before)


def test_bookmarks_screen(snap_compare, seeded_db: Path) -> None:
    fixed_bookmarks(seeded_db)

    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("B")
        await pilot.pause()

    assert snap_compare(NewsReaderApp(db=str(seeded_db)), terminal_size=WIDE, run_before=run_before)


def test_help_screen(snap_compare, seeded_db: Path) -> None:
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(NewsReaderApp(db=str(seeded_db)), terminal_size=WIDE, run_before=run_before)


def test_removed_view(snap_compare, seeded_db: Path) -> None:
    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await pilot.press("tab", "r")
        for _ in range(12):
            await pilot.press("j")

    assert snap_compare(NewsReaderApp(db=str(seeded_db)), terminal_size=WIDE, run_before=run_before)


@pytest.fixture(autouse=True)
def _no_user_theme(monkeypatch: pytest.MonkeyPatch) -> None:
    """Snapshots use Textual's default theme whatever the environment says."""
    monkeypatch.delenv("TEXTUAL_THEME", raising=False)
