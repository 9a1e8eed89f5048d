"""Faults of the reader (issue 16, point 18): the real app through the pilot, a real index in tmp_path."""

from __future__ import annotations

import sys
import time
import webbrowser
from pathlib import Path

import pytest

from test_app import SIZE, body, notes, settle
from tui.app import NewsReaderApp
from tui.news.library import Library
from tui.screens import BookmarksScreen, MainScreen
from tui.widgets import ArticleList

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    """Textual runs on asyncio."""
    return "asyncio"


@pytest.fixture
def browsers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Python's webbrowser made to look again at this test's environment (it remembers what it found)."""
    monkeypatch.setattr(webbrowser, "_tryorder", None)
    monkeypatch.setattr(webbrowser, "_browsers", {})
    for name in ("BROWSER", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    monkeypatch.setenv("PATH", str(bin_dir))  # no www-browser, lynx, xdg-open… to be found
    return bin_dir


async def test_a_seeded_index_with_no_articles_opens_empty(db_path: Path) -> None:
    lib = Library(db_path)
    lib.set_state("seeded", "2026-01-01T00:00:00+00:00")  # the seeds were imported once, then removed
    lib.close()
    app = NewsReaderApp(db=str(db_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert app.screen.query_one(ArticleList).count == 0
        assert body(app).article is None
        assert "0 articles" in app.screen.sub_title
    assert app.return_code in (None, 0)


def _bookmark_one(db: Path) -> None:
    lib = Library(db)
    try:
        row = lib.articles().page(0, 1)[0]
        lib.toggle_bookmark(row.id, lib.article(row.id).passages[1].anchor)
    finally:
        lib.close()


async def test_export_asks_before_replacing_a_file_and_no_keeps_it(seeded_db: Path) -> None:
    from tui.screens.dialog import ConfirmDialog

    _bookmark_one(seeded_db)
    target = seeded_db.parent / "bookmarks.md"
    target.write_text("my own notes\n", encoding="utf-8")
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("B")
        assert isinstance(app.screen, BookmarksScreen)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
        assert target.read_text(encoding="utf-8") == "my own notes\n"
        assert any("left as it was" in n for n in notes(app))
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("escape")  # escape is a no too
        await pilot.pause()
        assert target.read_text(encoding="utf-8") == "my own notes\n"
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
        assert target.read_text(encoding="utf-8").startswith("# Bookmarks")
        assert any(str(target) in n for n in notes(app))


async def test_export_to_a_new_file_does_not_ask(seeded_db: Path) -> None:
    _bookmark_one(seeded_db)
    target = seeded_db.parent / "bookmarks.md"
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("B", "x")
        await pilot.pause()
        assert isinstance(app.screen, BookmarksScreen)
        assert target.read_text(encoding="utf-8").startswith("# Bookmarks")


def _cited(db: Path) -> tuple[str, str]:
    lib = Library(db)
    try:
        article = lib.article(lib.articles().page(0, 1)[0].id)
        passage = next(p for p in article.passages if p.citation is not None)
        return passage.anchor, article.citations[passage.citation].url
    finally:
        lib.close()


async def test_o_without_a_browser_says_so_and_gives_the_url(seeded_db: Path, browsers: Path) -> None:
    anchor, url = _cited(seeded_db)
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        body(app).jump_to(anchor)
        await pilot.press("o")
        await pilot.pause()
        shown = [(n.title, n.message) for n in app._notifications]
        assert not any(title == "Opening" for title, _ in shown)
        assert any(title == "No web browser found" and url in message for title, message in shown)
        assert app.clipboard == url


async def test_o_hands_the_url_to_the_browser_there_is(seeded_db: Path, browsers: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    anchor, url = _cited(seeded_db)
    opened = tmp_path / "opened.txt"
    browser = browsers / "browser"
    browser.write_text(f"#!{sys.executable}\nimport os, sys\nopen({str(opened)!r} + '.part', 'w').write(sys.argv[1])\n"
                       f"os.replace({str(opened)!r} + '.part', {str(opened)!r})\n", encoding="utf-8")
    browser.chmod(0o755)
    monkeypatch.setenv("BROWSER", str(browser))
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        body(app).jump_to(anchor)
        await pilot.press("o")
        await pilot.pause()
        assert any(n.title == "Opening" and n.message == url for n in app._notifications)
    deadline = time.monotonic() + 30  # the browser runs as its own process
    while not opened.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert opened.read_text(encoding="utf-8") == url


def test_the_confirm_dialog_keys_have_ids_and_tooltips() -> None:
    from tui.screens.dialog import ConfirmDialog

    assert all(binding.id and binding.tooltip for binding in ConfirmDialog.BINDINGS)
