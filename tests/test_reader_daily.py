"""The reader's daily use, driven as a user drives it: the feeds pane and unread counts, read marks with
undo, unread only, the next article from the body, paging the body, the automatic refresh against feeds
served on 127.0.0.1, and the 80×24 layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import Footer

from conftest import settle
from test_daily import serve_feed
from test_web import Server
from tui.app import NewsReaderApp
from tui.news.library import Library
from tui.render.text import cut
from tui.screens import HelpScreen, MainScreen
from tui.widgets import ActorFilters, ArticleBody, ArticleList, FeedList, SummaryPane

pytestmark = pytest.mark.anyio

SIZE = (140, 40)


@pytest.fixture
def anyio_backend() -> str:
    """Textual runs on asyncio."""
    return "asyncio"


@pytest.fixture
def server():
    s = Server()
    s.thread.start()
    yield s
    s.httpd.shutdown()


@pytest.fixture
def fed_db(seeded_db: Path, server: Server) -> tuple[Path, str, str]:
    """The seeds plus two subscriptions: 3 articles from /asahi.rss and 2 from /nikkei.rss."""
    first, second = serve_feed(server, "asahi", 3), serve_feed(server, "nikkei", 2)
    lib = Library(seeded_db)
    try:
        report = lib.add([first, second])
        assert report.added == 5, report
    finally:
        lib.close()
    return seeded_db, first, second


def unread(db: Path, feed: str | None = None) -> int:
    lib = Library(db)
    try:
        query = lib.articles(muted=None).unread()
        return (query.from_feed(feed) if feed else query).count()
    finally:
        lib.close()


def notes(app: NewsReaderApp) -> list[str]:
    return [n.message for n in app._notifications]


async def test_feeds_pane_shows_unread_counts_and_narrows_the_list(fed_db) -> None:
    db, first, second = fed_db
    app = NewsReaderApp(db=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        feeds = app.screen.query_one(FeedList)
        assert feeds.option_count == 3  # All articles, then each subscription
        total_unread = unread(db)
        assert f"{total_unread} unread" in app.screen.sub_title
        assert str(feeds.get_option_at_index(0).prompt).endswith(f" {total_unread}")
        assert str(feeds.get_option_at_index(1).prompt).endswith(f" {unread(db, first)}")
        assert str(feeds.get_option_at_index(2).prompt).endswith(f" {unread(db, second)}")
        await pilot.press("f")
        assert app.focused is feeds
        await pilot.press("j", "j", "enter")
        await settle(pilot)
        assert app.screen.feed == second
        assert app.screen.query_one(ArticleList).count == 2
        assert "nikkei新聞" in app.screen.sub_title
        assert str(feeds.get_option_at_index(2).prompt).startswith("▸")
        await pilot.press("k", "k", "enter")
        await settle(pilot)
        assert app.screen.feed is None
        assert app.screen.query_one(ArticleList).count == 10


async def test_feed_view_combines_with_actor_filters(fed_db) -> None:
    db, first, _second = fed_db
    lib = Library(db)
    try:
        actor = next(a for a, n, _ in lib.actors() if 0 < lib.articles().from_feed(first).mentioning(a.id).count() < n)
        expected = lib.articles().from_feed(first).mentioning(actor.id).count()
    finally:
        lib.close()
    app = NewsReaderApp(db=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.feed = first
        app.screen.toggle_actor(actor.id)
        await settle(pilot)
        assert app.screen.query_one(ArticleList).count == expected
        assert "feed: asahi新聞" in app.screen.sub_title and "actors: " in app.screen.sub_title


async def test_m_toggles_read_and_M_marks_the_view_read_with_undo(fed_db) -> None:
    db, first, _second = fed_db
    app = NewsReaderApp(db=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article_list = app.screen.query_one(ArticleList)
        await pilot.press("j")
        await settle(pilot)
        row = article_list.highlighted
        assert row is not None and not row.read
        before = unread(db)
        await pilot.press("m")
        await settle(pilot)
        assert unread(db) == before - 1
        assert article_list.highlighted.id == row.id and article_list.highlighted.read
        await pilot.press("m")
        await settle(pilot)
        assert unread(db) == before
        # M marks only the view: the first feed's articles
        app.screen.feed = first
        await settle(pilot)
        await pilot.press("M")
        await settle(pilot)
        assert unread(db, first) == 0
        assert unread(db) == before - 3
        assert any("3 articles marked read" in n for n in notes(app))
        await pilot.press("u")
        await settle(pilot)
        assert unread(db, first) == 3
        assert unread(db) == before


async def test_unread_only_toggle(fed_db) -> None:
    db, _first, _second = fed_db
    app = NewsReaderApp(db=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("U")
        await settle(pilot)
        article_list = app.screen.query_one(ArticleList)
        assert article_list.count == unread(db)
        assert all(not article_list.row(i).read for i in range(article_list.count))
        assert "unread only" in app.screen.sub_title
        await pilot.press("U")
        await settle(pilot)
        assert article_list.count == 10


async def test_next_and_previous_article_from_the_body_unread_first(fed_db) -> None:
    db, _first, _second = fed_db
    lib = Library(db)
    try:
        rows = lib.articles().page(0, 10)
        lib.mark([rows[1].id])  # the second is read: next from the first skips it
    finally:
        lib.close()
    app = NewsReaderApp(db=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        body = app.screen.query_one(ArticleBody)
        assert body.article.id == rows[0].id
        await pilot.press("tab")
        assert app.focused is body
        await pilot.press("J")
        await settle(pilot)
        assert body.article.id == rows[2].id
        assert app.focused is body  # the body keeps focus
        await pilot.press("J")
        await settle(pilot)
        assert body.article.id == rows[3].id
        await pilot.press("K")  # back: every earlier one is read now, so the one just before
        await settle(pilot)
        assert body.article.id == rows[2].id


async def test_space_and_pages_move_the_passage_cursor_with_the_page(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        body = app.screen.query_one(ArticleBody)
        await pilot.press("tab")
        assert body.cursor == 0
        await pilot.press("space")
        await pilot.pause()
        top = round(body.scroll_offset.y)
        assert top > 0 and body.cursor > 0
        start, _end = body._ranges[body.cursor]
        assert top <= start < top + body.scrollable_content_region.height  # the cursor is on the new page
        paged = body.cursor
        await pilot.press("j")  # the next passage after the page's, not after the first
        assert body.cursor == paged + 1
        await pilot.press("pagedown", "pageup")
        await pilot.pause()
        assert body.cursor <= paged + 1 and round(body.scroll_offset.y) <= top + body.scrollable_content_region.height


async def test_every_reading_key_is_in_help_and_the_palette(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        commands = {c.title for c in app.screen.palette_commands()}
        for title in ("Feeds", "Read/unread", "All read", "Undo mark", "Unread only", "Next article",
                      "Previous article"):
            assert title in commands
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        for key_id in ("main.feeds", "main.toggle_read", "main.mark_view_read", "main.undo_mark",
                       "main.unread_only", "main.next_article", "main.previous_article", "feeds.choose",
                       "body.page_down", "body.page_up"):
            assert key_id in _ids(app.screen.sections)


def _ids(sections) -> set[str]:
    return {b.id for _title, bindings in sections for b in bindings if getattr(b, "id", None)}


async def test_80x24_every_pane_has_room_and_the_footer_shows_help(fed_db) -> None:
    db, _first, _second = fed_db
    app = NewsReaderApp(db=str(db))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for pane in (ArticleList, ArticleBody, SummaryPane, FeedList, ActorFilters):
            region = app.screen.query_one(pane).content_region
            assert region.height >= 3 and region.width >= 20, (pane, region)
            assert region.right <= 80 and region.bottom <= 23
        for focus in ("f", "a", "tab"):
            await pilot.press(focus)
            await pilot.pause()
            footer = app.screen.query_one(Footer)
            keys = [k for k in footer.query("FooterKey") if k.action in ("help", "app.help")]
            assert keys, focus
            region = keys[0].region
            assert region.width > 0 and region.right <= 80 and region.y == 23


def test_a_title_cut_after_a_double_width_character_has_no_gap() -> None:
    for width in range(2, 12):
        line = cut("日本語のニュースの見出しです", width).plain
        assert line.endswith("…") and " " not in line
        assert width - 1 <= cell_len(line) <= width


async def test_auto_refresh_fetches_and_says_quietly_what_arrived(seeded_db: Path, server: Server,
                                                                  tmp_path: Path) -> None:
    url = serve_feed(server, "mainichi", 2)
    lib = Library(seeded_db)
    try:
        lib.add([url])
    finally:
        lib.close()
    serve_feed(server, "mainichi", 4)  # two more items by the next fetch
    (tmp_path / "config").mkdir(exist_ok=True)
    (tmp_path / "config" / "config.toml").write_text("refresh_minutes = 0.002\n", encoding="utf-8")
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.refresh_timer is not None
        for _ in range(600):  # each round waits for the workers: a refresh's, then the view's
            await settle(pilot)
            if any("2 new articles" in n for n in notes(app)):
                break
            await pilot.pause(0.05)
        assert any("2 new articles" in n for n in notes(app)), (notes(app), server.hits, [(w.name, w.state) for w in app.workers])
        await settle(pilot)
        assert app.screen.query_one(ArticleList).count == 9
        assert not any(n.startswith("0 added") or "Fetching" in n for n in notes(app))  # quiet


async def test_auto_refresh_is_off_without_refresh_minutes(seeded_db: Path, tmp_path: Path) -> None:
    (tmp_path / "config").mkdir(exist_ok=True)
    (tmp_path / "config" / "config.toml").write_text("refresh_minutes = 0\n", encoding="utf-8")
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, MainScreen) and app.screen.refresh_timer is None
