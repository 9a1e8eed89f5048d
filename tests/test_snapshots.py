"""SVG snapshots of each screen at a fixed terminal size, over a fresh index of the five seeds.

Deterministic: the seeds are imported into a tmp index, bookmarks carry fixed dates,
the Input cursor does not blink, and the UI shows no clock.
Regenerate after a deliberate change: `pytest tests/test_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from conftest import settle
from tui.app import NewsReaderApp

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import screenshots as scenes  # noqa: E402  (the README's scenes)

WIDE = scenes.WIDE


def play(steps: Callable[[Pilot], Awaitable[None]]) -> Callable[[Pilot], Awaitable[None]]:
    """A scene of tools/screenshots.py, with the app settled before and after it."""

    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)
        await steps(pilot)
        await settle(pilot)

    return run_before


@pytest.mark.parametrize("name,size,steps", scenes.SHOTS, ids=[shot[0] for shot in scenes.SHOTS])
def test_screen(snap_compare, seeded_db: Path, name: str, size: tuple[int, int], steps) -> None:
    """Each screen of the README, as the screenshot command takes it."""
    scenes.fixed_bookmarks(seeded_db)
    scenes.fixed_feeds(seeded_db)
    assert snap_compare(NewsReaderApp(db=str(seeded_db)), terminal_size=size, run_before=play(steps))


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


TABLE_ARTICLE = """# 停戦交渉の論点

公開日:2025/03/10

主要な論点を表にまとめた。

| 論点 | ロシアの立場 | ウクライナの立場 |
|---|---|---|
| 停戦 | 三十日間の停戦には、欧州の部隊派遣をしないことが条件だと主張している。 | 全面的な停戦を即時に受け入れる用意があると表明した。 |
| 領土 | 併合した四州の承認を求める。 | 領土の割譲には応じない。 |

交渉は来週、サウジアラビアで再開される見通しだ。
"""


def test_table_in_the_body(snap_compare, db_path: Path, tmp_path: Path) -> None:
    """A table with long Japanese cells: columns shared out, each cell broken by the typesetter."""
    from tui.news.library import Library

    source = tmp_path / "table.md"
    source.write_text(TABLE_ARTICLE, encoding="utf-8")
    library = Library(db_path)
    library.add([source])
    library.close()

    async def run_before(pilot: Pilot) -> None:
        await settle(pilot)

    assert snap_compare(NewsReaderApp(db=str(db_path)), terminal_size=(100, 30), run_before=run_before)
