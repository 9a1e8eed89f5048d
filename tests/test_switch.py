"""Switching articles: the next one is ready before it is asked for, and showing it leaves the slow parts
(generated bullets) for after the paint."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import settle
from tui.app import NewsReaderApp
from tui.screens import MainScreen
from tui.widgets import ArticleBody, ArticleList, SummaryPane

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    """Textual runs on asyncio."""
    return "asyncio"


async def test_the_article_J_opens_is_loaded_ahead_with_its_bullets(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        articles, body = screen.query_one(ArticleList), screen.query_one(ArticleBody)
        opened = body.article.id
        following = articles.row(articles.cursor + 1)
        assert following is not None and following.id != opened
        assert screen.loader.is_ready(following.id)  # loaded while the reader read the first one
        body.focus()
        await pilot.press("J")
        assert body.article.id == following.id  # shown from what was loaded ahead, no worker waited for
        bullets = screen.query_one(SummaryPane)._bullets[1]
        assert bullets, "an article loaded ahead comes with its generated bullets"
        await settle(pilot)
        after = articles.row(articles.cursor + 1)
        assert after is not None and screen.loader.is_ready(after.id)  # and the next one is loaded again


async def test_J_lays_out_nothing_the_unread_count_in_the_header_repaints_its_line(
        seeded_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from textual.screen import Screen
    from textual.widget import Widget

    counting = False
    asked: list[str] = []  # widgets asking for a layout during the switch
    layouts: list[str] = []  # the screen's layout passes during the switch
    refresh, refresh_layout = Widget.refresh, Screen._refresh_layout

    def counted_refresh(self, *regions, layout: bool = False, **kwargs):
        if counting and layout:
            asked.append(type(self).__name__)
        return refresh(self, *regions, layout=layout, **kwargs)

    def counted_layout(self, *args, **kwargs):
        if counting:
            layouts.append(type(self).__name__)
        return refresh_layout(self, *args, **kwargs)

    monkeypatch.setattr(Widget, "refresh", counted_refresh)
    monkeypatch.setattr(Screen, "_refresh_layout", counted_layout)
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        body = screen.query_one(ArticleBody)
        body.focus()
        await settle(pilot)
        opened, before = body.article.id, screen.sub_title
        counting = True
        await pilot.press("J")
        await settle(pilot)
        await settle(pilot)
        counting = False
        assert body.article.id != opened
        assert screen.sub_title != before  # the read mark changed the unread count in the header
        header = " ".join(w.render_line(0).text for w in screen.query("HeaderTitle"))
        assert screen.sub_title in header
    assert asked == [] and layouts == []  # the header's new count repainted its line, nothing was laid out
