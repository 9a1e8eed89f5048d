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
