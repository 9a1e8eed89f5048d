"""Regenerate the README's screenshots: `python tools/screenshots.py` (from the repository root).

Each SVG is taken by driving the real app with the pilot over a fresh temporary index
of the bundled seeds, so the pictures never show the user's own library.
Writes screenshots/{main,narrow,feeds,search,bookmarks,help,stories,story,timeline,quotes}.svg. The SVG snapshot tests play the
same scenes (`SHOTS`), so the README's pictures are what the tests check.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from textual.pilot import Pilot  # noqa: E402
from textual.widgets import Input  # noqa: E402

from conftest import searched, settle  # noqa: E402  (the tests' own wait for workers)
from tui.app import NewsReaderApp  # noqa: E402
from tui.news.library import Library  # noqa: E402
from tui.news.models import Bookmark  # noqa: E402
from tui.widgets import ActorFilters  # noqa: E402

OUT = ROOT / "screenshots"
WIDE, NARROW = (140, 40), (80, 24)


async def main_screen(pilot: Pilot) -> None:
    """The reader with the body focused, a few passages down."""
    await pilot.press("tab", "j", "j")


async def narrow(pilot: Pilot) -> None:
    """The stacked layout at 80x24, as it opens."""


async def feeds(pilot: Pilot) -> None:
    """The feeds pane focused, one feed shown: its articles only, with the unread counts."""
    await pilot.press("f", "j", "j", "enter")
    await settle(pilot)


async def search(pilot: Pilot) -> None:
    """Live results for 鉱物 (minerals)."""
    await pilot.press("slash")
    pilot.app.screen.query_one(Input).cursor_blink = False
    await pilot.press(*"鉱物")
    await searched(pilot, "鉱物")


async def bookmarks(pilot: Pilot) -> None:
    """The bookmarks screen."""
    await pilot.press("B")


async def help_screen(pilot: Pilot) -> None:
    """Every key."""
    await pilot.press("question_mark")


async def stories(pilot: Pilot) -> None:
    """The stories: the seeds' one story of three articles."""
    await pilot.press("s")


async def story(pilot: Pilot) -> None:
    """One story: its articles, its actors and its timeline, the timeline focused a few events down."""
    await pilot.press("s")
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("tab", "tab", "j", "j")


async def timeline(pilot: Pilot) -> None:
    """The timeline of the open article's story: the story's first article opened from the stories."""
    await pilot.press("s")
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    await pilot.press("t")


async def quotes(pilot: Pilot) -> None:
    """Who said what: the words of トランプ, highlighted in the actor pane."""
    await pilot.press("a")
    pane = pilot.app.screen.query_one(ActorFilters)
    while pane.highlighted_option is not None and str(pane.highlighted_option.prompt)[2:6] != "トランプ":
        await pilot.press("j")
    await pilot.press("Q")


SHOTS: list[tuple[str, tuple[int, int], Callable[[Pilot], Awaitable[None]]]] = [
    ("main", WIDE, main_screen),
    ("narrow", NARROW, narrow),
    ("feeds", WIDE, feeds),
    ("search", WIDE, search),
    ("bookmarks", WIDE, bookmarks),
    ("help", WIDE, help_screen),
    ("stories", WIDE, stories),
    ("story", WIDE, story),
    ("timeline", WIDE, timeline),
    ("quotes", WIDE, quotes),
]


def fixed_bookmarks(db: Path) -> None:
    """Two bookmarks with fixed dates, one with a note (the index must hold the seeds)."""
    lib = Library(db)
    try:
        for n, row in enumerate(lib.articles().page(0, 2)):
            passage = lib.article(row.id).passages[4 + n]
            lib.restore_bookmark(Bookmark(f"bm{n}", row.id, passage.anchor, row.title, passage.text,
                                          "交渉の要点" if n == 0 else "", f"2025-08-0{n + 1}T09:00:00+00:00",
                                          False, row.source))
    finally:
        lib.close()


def fixed_feeds(db: Path) -> None:
    """Two subscriptions, never fetched, that brought the seeds (three and two of them)."""
    feeds = [("https://news.example.jp/world.rss", "東西ニュース 国際"),
             ("https://news.example.jp/economy.rss", "東西ニュース 経済")]
    lib = Library(db)
    try:
        sources = [row.source for row in lib.articles().page(0, 5)]
        with lib.index.transaction() as con:
            for n, (url, title) in enumerate(feeds):
                lib.store.subscriptions.subscribe(url, title, ["news"])
                con.executemany("INSERT OR IGNORE INTO feed_items(feed, source) VALUES(?, ?)",
                                [(url, source) for source in (sources[:3] if n == 0 else sources[3:])])
    finally:
        lib.close()


async def shoot(db: Path, name: str, size: tuple[int, int], steps: Callable[[Pilot], Awaitable[None]]) -> Path:
    """Run the app at `size`, play `steps`, and save the screen as screenshots/NAME.svg."""
    app = NewsReaderApp(db=str(db))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await steps(pilot)
        await settle(pilot)
        path = app.save_screenshot(f"{name}.svg", str(OUT))
    return Path(path)


def main() -> int:
    """Write every screenshot; prints the paths."""
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "index.db"
        lib = Library(db)
        lib.ensure_seeded()
        lib.close()
        fixed_bookmarks(db)
        fixed_feeds(db)
        for name, size, steps in SHOTS:
            print(asyncio.run(shoot(db, name, size, steps)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
