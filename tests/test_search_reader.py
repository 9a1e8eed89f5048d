"""The reader's search as a user types it: hits from the first character, the matched text
highlighted in the results and in the body, `n` / `N` walking the hits. Real app, real index."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from conftest import searched, settle
from tui.app import NewsReaderApp
from tui.news.language import normalize
from tui.screens import HelpScreen, MainScreen, SearchScreen
from tui.widgets import ArticleBody

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> str:
    """Textual runs on asyncio."""
    return "asyncio"


def marked(text, style) -> list[str]:
    """The pieces of a rich Text drawn in `style`."""
    return [text.plain[s.start:s.end] for s in text.spans if s.style == style]


async def test_one_character_shows_hits_highlighted_and_n_walks_them(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", "停")  # one character, part of 停戦, 停止...
        await searched(pilot, "停")
        search = app.screen
        assert isinstance(search, SearchScreen)
        assert search.hits, "one character typed shows hits"
        results = search.query_one(OptionList)
        assert results.option_count == len(search.hits)
        for n, hit in enumerate(search.hits):
            prompt = results.get_option_at_index(n).prompt
            pieces = [prompt.plain[s.start:s.end] for s in prompt.spans if "reverse" in str(s.style)]
            assert pieces and all(p == "停" for p in pieces), (hit.snippet, pieces)
        first = search.hits[0]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        body = app.screen.query_one(ArticleBody)
        assert body.article.id == first.article_id and body.current.anchor == first.anchor
        hits = body.hits()
        assert hits == [i for i, p in enumerate(body.article.passages) if "停" in normalize(p.text)]
        assert len(hits) > 1
        hit_style = body._style("hit")
        shown = [piece for line in body._lines if line.passage == body.cursor for piece in marked(line.text, hit_style)]
        assert shown and set(shown) == {"停"}, "the body marks the matched character"
        start = body.cursor
        walked = [start]
        for _ in range(len(hits)):
            await pilot.press("n")
            walked.append(body.cursor)
        assert sorted(set(walked)) == hits and walked[-1] == start, "n visits every hit, then wraps round"
        await pilot.press("N")
        assert body.cursor == walked[-2], "N goes back"


async def test_a_word_being_typed_shows_hits_at_every_key(seeded_db: Path) -> None:
    """ゼレンスキー typed key by key: every prefix finds it, no "No passage matches." on the way."""
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        for n, key in enumerate("ゼレンスキ"):
            await pilot.press(key)
            await searched(pilot, "ゼレンスキ"[: n + 1])
            search = app.screen
            assert isinstance(search, SearchScreen) and search.hits, search.query_one("#search-input").value


async def test_help_lists_n_and_N(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        ids = {b.id for b in MainScreen.BINDINGS}
        assert {"main.next_hit", "main.previous_hit"} <= ids
        assert all(b.tooltip for b in MainScreen.BINDINGS if b.id in ("main.next_hit", "main.previous_hit"))
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        shown = {b.key: b.description for _, bindings in app.screen.sections for b in bindings}
        assert shown.get("n") == "Next hit" and shown.get("N") == "Previous hit"
