"""The reader driven as a user drives it: a real index in tmp_path, the real app, the pilot."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import Input, OptionList

from conftest import searched, settle
from tui.app import NewsReaderApp
from tui.news.library import Library
from tui.screens import BookmarksScreen, HelpScreen, InputDialog, MainScreen, SearchScreen
from tui.widgets import ActorFilters, ArticleBody, ArticleList, SummaryPane

pytestmark = pytest.mark.anyio

SIZE = (140, 40)


@pytest.fixture
def anyio_backend() -> str:
    """Textual runs on asyncio."""
    return "asyncio"


def notes(app: NewsReaderApp) -> list[str]:
    """The text of every notification shown so far."""
    return [n.message for n in app._notifications]


def body(app: NewsReaderApp) -> ArticleBody:
    """The main screen's article body."""
    return app.screen.query_one(ArticleBody)


def newest(db: Path) -> list:
    """The article list as a fresh connection sees it."""
    lib = Library(db)
    try:
        return lib.articles().page(0, 10)
    finally:
        lib.close()


async def test_opens_newest_article_with_first_passage_current(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        rows = newest(seeded_db)
        assert body(app).article.id == rows[0].id
        assert body(app).cursor == 0
        assert app.screen.query_one(ArticleList).count == 5
        assert "5 articles" in app.screen.sub_title
        assert app.screen.title.endswith("index.db")
        assert app.screen.query_one(SummaryPane).option_count > 0
    assert Library(seeded_db).articles().page(0, 1)[0].read


async def test_empty_index_is_seeded_with_a_welcome(db_path: Path) -> None:
    app = NewsReaderApp(db=str(db_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await settle(pilot)
        assert app.screen.query_one(ArticleList).count == 5
        assert body(app).article is not None
        assert any("sample articles" in n and "newsreader add" in n for n in notes(app))


async def test_list_moves_and_enter_opens(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article_list = app.screen.query_one(ArticleList)
        assert app.focused is article_list
        await pilot.press("j", "j", "k", "down")
        assert article_list.cursor == 2
        await pilot.press("enter")
        await settle(pilot)
        rows = newest(seeded_db)
        assert body(app).article.id == rows[2].id
        assert rows[2].read
        await pilot.press("end")
        assert article_list.cursor == 4
        await pilot.press("home")
        assert article_list.cursor == 0


async def test_body_moves_passage_by_passage(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        assert app.focused is body(app)
        await pilot.press("j", "j", "j", "k")
        assert body(app).cursor == 2
        assert app.screen.current_anchor == body(app).current.anchor
        await pilot.press("end")
        assert body(app).cursor == len(body(app).article.passages) - 1


async def test_b_bookmarks_the_current_passage_from_any_pane(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "j", "j", "b")
        await settle(pilot)
        anchor = body(app).current.anchor
        fresh = Library(seeded_db)
        assert [(b.article_id, b.anchor) for b in fresh.bookmarks()] == [(body(app).article.id, anchor)]
        assert anchor in body(app).bookmarked
        await pilot.press("shift+tab")  # focus back on the list: b still acts on the open passage
        await pilot.press("b")
        await settle(pilot)
        assert fresh.bookmarks() == []
        fresh.close()


async def test_bookmarks_wait_for_a_busy_index_without_freezing_the_reader(seeded_db: Path) -> None:
    """With another process writing, `b` is saved once the index is free; the reader stays usable."""
    import sqlite3

    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        holder = sqlite3.connect(seeded_db, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")  # an import's transaction, say
        try:
            await pilot.press("b", "j", "b", "b")  # add, move on, add and remove again: in that order
            await pilot.pause(0.2)
            assert body(app).cursor == 1  # the keys were handled while the writes waited
            assert Library(seeded_db).bookmarks() == []
        finally:
            holder.execute("COMMIT")
            holder.close()
        await settle(pilot)
        first = body(app).article.passages[0].anchor
        assert [b.anchor for b in Library(seeded_db).bookmarks()] == [first]
        assert body(app).bookmarked == frozenset({first})


async def test_unknown_actor_is_a_notification_not_a_crash(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db), actors=["NoSuchActor"])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert any("NoSuchActor" in n for n in notes(app))
        assert app.screen.filters == ()
        assert app.screen.query_one(ArticleList).count == 5


async def test_actor_filter_narrows_the_list(seeded_lib: Library, seeded_db: Path) -> None:
    actors = seeded_lib.actors()
    assert actors, "the samples name actors: none found is a failure, not a skip"
    actor = actors[0][0]
    expected = seeded_lib.articles().mentioning(actor.id).count()
    app = NewsReaderApp(db=str(seeded_db), actors=[actor.name])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.filters == (actor.id,)
        assert app.screen.query_one(ArticleList).count == expected
        assert actor.name in app.screen.sub_title
        await pilot.press("a")
        assert app.focused is app.screen.query_one(ActorFilters)
        await pilot.press("escape")
        await settle(pilot)  # the list is read again in a worker
        assert app.screen.filters == ()
        assert app.screen.query_one(ArticleList).count == 5
        pane = app.screen.query_one(ActorFilters)
        pane.highlighted = next(i for i, o in enumerate(pane.options) if o.id)
        await pilot.press("space")
        assert len(app.screen.filters) == 1


async def test_search_live_then_enter_opens_at_the_passage(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"鉱物")
        await searched(pilot, "鉱物")
        search = app.screen
        assert search.hits, "typing alone shows results"
        assert search.query_one(OptionList).option_count == len(search.hits)
        first = search.hits[0]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert body(app).article.id == first.article_id
        assert body(app).current.anchor == first.anchor
        hits = body(app).hits()
        assert body(app).cursor in hits
        assert len(hits) > 1, "the article opened holds the word more than once: n and N have somewhere to go"
        before = body(app).cursor
        await pilot.press("n")
        assert body(app).cursor != before and body(app).cursor in hits
        await pilot.press("N")
        assert body(app).cursor == before


async def test_search_escape_closes(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        opened = body(app).article.id
        await pilot.press("slash", "escape")
        assert isinstance(app.screen, MainScreen)
        assert body(app).article.id == opened


async def test_bookmarks_screen_edit_delete_undo_export_jump(seeded_lib: Library, seeded_db: Path) -> None:
    row = seeded_lib.articles().page(1, 1)[0]
    passage = seeded_lib.article(row.id).passages[3]
    seeded_lib.toggle_bookmark(row.id, passage.anchor)
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("B")
        await settle(pilot)  # the bookmarks are read in a worker
        assert isinstance(app.screen, BookmarksScreen)
        await pilot.press("e")
        assert isinstance(app.screen, InputDialog)
        await pilot.press(*"quick note", "enter")
        await settle(pilot)
        assert seeded_lib.bookmarks()[0].note == "quick note"
        await pilot.press("d")
        await settle(pilot)
        assert seeded_lib.bookmarks() == []
        await pilot.press("u")
        await settle(pilot)
        assert [b.note for b in seeded_lib.bookmarks()] == ["quick note"]
        await pilot.press("x")
        exported = seeded_db.parent / "bookmarks.md"
        assert "quick note" in exported.read_text(encoding="utf-8")
        assert any(str(exported) in n for n in notes(app))
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert body(app).article.id == row.id
        assert body(app).current.anchor == passage.anchor
        assert passage.anchor in body(app).bookmarked


async def test_r_shows_and_hides_what_cleaning_removed(seeded_lib: Library, seeded_db: Path) -> None:
    article = seeded_lib.article(seeded_lib.articles().page(0, 1)[0].id)
    assert article.removed, "the newest seed has removed lines"
    removed = article.removed[0]
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        flat = lambda: body(app).rendered_text().replace("\n", "")  # noqa: E731
        assert removed.text[:12] not in flat()
        await pilot.press("r")
        assert removed.text[:12] in flat()
        assert f"{removed.rule}:" in flat()
        await pilot.press("r")
        assert removed.text[:12] not in flat()


async def test_y_copies_and_o_opens_the_cited_url(seeded_lib: Library, seeded_db: Path, monkeypatch) -> None:
    article = seeded_lib.article(seeded_lib.articles().page(0, 1)[0].id)
    cited = next(p for p in article.passages if p.citation is not None)
    app = NewsReaderApp(db=str(seeded_db))
    opened: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, **kw: opened.append(url))
    import webbrowser  # a browser to be found (webbrowser remembers what it found: it looks again)

    monkeypatch.setenv("BROWSER", "true")
    monkeypatch.setattr(webbrowser, "_tryorder", None)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("y")  # the title: the article is a local file, so no http(s) URL
        assert any("no http(s) source" in n for n in notes(app))
        body(app).jump_to(cited.anchor)
        await pilot.press("y", "o")
        assert app.clipboard == article.citations[cited.citation].url
        assert opened == [article.citations[cited.citation].url]


async def test_enter_on_a_summary_bullet_scrolls_the_body(seeded_lib: Library, seeded_db: Path) -> None:
    article = seeded_lib.article(seeded_lib.articles().page(0, 1)[0].id)
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab")
        assert app.focused is app.screen.query_one(SummaryPane)
        await pilot.press("j", "enter")
        assert body(app).current.anchor == article.summary_article[1][0]


async def test_narrow_layout_stacks_without_overlap(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.screen.has_class("-narrow")
        panes = [app.screen.query_one(f"#{name}") for name in ("list", "body", "summary", "actors")]
        for i, a in enumerate(panes):
            assert a.region.area > 0
            assert a.region.right <= 80 and a.region.bottom <= 23
            for b in panes[i + 1:]:
                assert not a.region.overlaps(b.region), (a.id, b.id)
        text = body(app).rendered_text()
        assert not any(line.lstrip().startswith(("、", "。")) for line in text.splitlines())
    wide = NewsReaderApp(db=str(seeded_db))
    async with wide.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert not wide.screen.has_class("-narrow")


async def test_help_lists_every_key(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = [b.key for _, bindings in app.screen.sections for b in bindings]
        for key in ("q", "question_mark", "tab", "slash", "b", "B", "a", "r", "o", "y", "j,down", "enter"):
            assert any(key == k or key in k.split(",") for k in shown), key
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_every_binding_has_an_id_and_a_tooltip() -> None:
    from tui.screens.dialog import InputDialog as Dialog

    for owner in (NewsReaderApp, MainScreen, ArticleList, ArticleBody, SummaryPane, ActorFilters,
                  SearchScreen, BookmarksScreen, HelpScreen, Dialog):
        for binding in owner.BINDINGS:
            assert binding.id and binding.tooltip, (owner.__name__, binding.key)


async def test_last_article_and_passage_are_remembered(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "enter")
        await settle(pilot)
        await pilot.press("tab", "j", "j", "j")
        opened, anchor = body(app).article.id, body(app).current.anchor
        await pilot.press("q")
    again = NewsReaderApp(db=str(seeded_db))
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert body(again).article.id == opened
        assert body(again).current.anchor == anchor
        assert again.screen.filters == ()


async def test_theme_is_remembered(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.theme = "nord"
        await pilot.pause()
    again = NewsReaderApp(db=str(seeded_db))
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.theme == "nord"


async def test_article_text_is_shown_literally_never_as_markup(seeded_lib: Library, seeded_db: Path,
                                                               tmp_path: Path) -> None:
    source = tmp_path / "markup.txt"
    source.write_text(
        "マークアップの記事 [bold red]x[/]\n\n本文には [bold red]x[/] という文字列がある。\n\n"
        "リンク [link=file:///etc/passwd]ここ[/link] も文字のまま。\n",
        encoding="utf-8",
    )
    report = seeded_lib.add([source])
    seeded_lib.set_state("last_article", report.ids[0])
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = body(app).rendered_text()
        assert "[bold red]x[/]" in text
        assert "[link=file:///etc/passwd]ここ[/link]" in text
        await pilot.press("slash")
        await pilot.press(*"文字列", "enter")
        await settle(pilot)
        assert body(app).article.id == report.ids[0]


async def test_import_from_the_palette_action(seeded_db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "one.txt").write_text("自分の記事\n\n自分で加えた記事の本文。\n", encoding="utf-8")
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("i")
        assert isinstance(app.screen, InputDialog)
        app.screen.query_one(Input).value = str(folder)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one(ArticleList).count == 6
        assert any("1 added" in n for n in notes(app))


@pytest.mark.slow
async def test_a_hundred_thousand_article_list_pages_to_its_end_and_back(big_db: Path, tmp_path: Path) -> None:
    # The list at 100,005 rows (titles and dates are all it reads; the synthetic rows have no
    # passages). How fast the reader is at that size is measured on a real import, passages and
    # all, by `python -m tui.bench --articles 100000`, not timed here.
    import shutil

    db = tmp_path / "big.db"
    shutil.copyfile(big_db, db)
    app = NewsReaderApp(db=str(db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        article_list = app.screen.query_one(ArticleList)
        assert article_list.count == 100_005
        await pilot.press("end")
        await settle(pilot)  # the last page is read in a worker
        assert article_list.cursor == 100_004
        assert article_list.highlighted is not None  # the undated seed sorts last
        assert article_list.row(100_003).id.startswith("s")
        await pilot.press("k", "pageup", "home", "j")
        await pilot.press("enter")
        await settle(pilot)
        assert body(app).article.id == article_list.highlighted.id
        assert body(app).article.passages  # the second newest: a seed, passages and all


async def test_palette_holds_every_action_and_filters_by_actor(seeded_lib: Library, seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = {c.title for c in app.get_system_commands(app.screen)}
        for binding in MainScreen.BINDINGS:
            if not binding.action.startswith("app."):
                assert binding.description in titles
        assert {"Help", "Theme", "Quit"} <= titles
        actors = seeded_lib.actors()
        assert actors, "the samples name actors: none found is a failure, not a skip"
        actor = actors[0][0]
        await pilot.press("ctrl+p")
        await pilot.press(*f"Filter by actor: {actor.name}")
        # The palette searches its providers in the background: wait for a hit, not a fixed pause.
        from textual.command import CommandList
        for _ in range(200):
            await pilot.pause(0.05)
            if app.screen.query_one(CommandList).option_count:
                break
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.filters == (actor.id,)


async def test_no_body_line_starts_with_closing_punctuation(seeded_db: Path) -> None:
    no_start = tuple("、。，．」』）！？")
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for index in range(5):
            app.screen.query_one(ArticleList).cursor = index
            await pilot.press("enter")
            await settle(pilot)
            for line in body(app).rendered_text().splitlines():
                assert not line.lstrip(" ✅💡•↳✂│").startswith(no_start), line


async def test_layout_draws_tables_and_lists_and_keeps_markup_literal() -> None:
    from rich.console import Console
    from rich.style import Style

    from tui.news.models import Article, Passage
    from tui.render.body import lay_out

    article = Article(
        "x", "t", None, "/tmp/a.txt", None,
        (Passage("h", "heading", "見出し", 0, None, 1),
         Passage("t", "table", "国 | 首都\n日本 | 東京\n[bold]米国[/] | ワシントン", 1),
         Passage("l", "list", "一つ目の項目\n二つ目", 2)),
        (), (),
    )
    lines, ranges = lay_out(article, 40, Console(width=80), lambda name: Style())
    text = "\n".join(line.text.plain for line in lines)
    assert "[bold]米国[/]" in text and "ワシントン" in text and "─" in text
    assert "• 一つ目の項目" in text and "• 二つ目" in text
    assert set(ranges) == {0, 1, 2}


async def test_resizing_rewraps_the_body_and_toggles_narrow(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        wide_lines = len(body(app).rendered_text().splitlines())
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        assert app.screen.has_class("-narrow")
        narrow_text = body(app).rendered_text()
        assert len(narrow_text.splitlines()) > wide_lines
        width = body(app).scrollable_content_region.width
        assert all(cell_len(line) <= width for line in narrow_text.splitlines())


async def test_filtered_actor_mentions_are_highlighted(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db), actors=["エルドアン"])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        body = app.screen.query_one(ArticleBody)
        mention = body._style("mention")
        marked = "".join(seg.text for line in body._lines for seg in line.strip(app.console)
                         if seg.style is not None and seg.style + mention == seg.style)
        assert marked == "エルドアン"  # his one mention, from the index, and nothing else


async def test_refresh_feeds_runs_in_a_worker(seeded_db: Path) -> None:
    from test_web import DAY_TWO_BODY, Server, page, rss

    server = Server()
    server.add("/feed.xml", rss(server.base), "application/rss+xml")
    server.add("/items/full", page("全文のある記事"))
    server.add("/items/summary-only.html", page("要約だけの記事の本文", body=DAY_TWO_BODY))
    server.thread.start()
    try:
        lib = Library(seeded_db)
        lib.add([f"{server.base}/feed.xml"])
        lib.close()
        server.routes.pop("/feed.xml")  # the next refresh fails: a warning, nothing lost
        app = NewsReaderApp(db=str(seeded_db))
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert app.screen.query_one(ArticleList).count == 7
            await pilot.press("R")
            await app.workers.wait_for_complete()
            await settle(pilot)
            assert any("HTTP 404" in n for n in notes(app))
            assert app.screen.query_one(ArticleList).count == 7
    finally:
        server.httpd.shutdown()


async def test_articles_imported_by_another_process_appear_live(seeded_db: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    folder = tmp_path / "new"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(f"別の工程の記事{i}\n本文の一文である。\n", encoding="utf-8")
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.screen.query_one(ArticleList).count == 5
        root = Path(__file__).parent.parent
        subprocess.run([sys.executable, "-m", "tui", "add", str(folder)], check=True, capture_output=True,
                       env={**os.environ, "NEWSREADER_DB": str(seeded_db), "PYTHONPATH": str(root)})
        app.screen._watch_index()  # what the screen's timer does every WATCH_SECONDS
        await settle(pilot)
        assert app.screen.query_one(ArticleList).count == 8
        assert "8 articles" in app.screen.sub_title


async def test_highlighted_article_is_loaded_ahead_and_shown_as_it_is_now(seeded_db: Path) -> None:
    """Moving onto an article loads it ahead; opening it shows at once, with today's bookmarks."""
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j")
        await settle(pilot)
        rows = newest(seeded_db)
        target = rows[2]
        screen = app.screen
        assert screen.loader.is_ready(target.id)  # loaded ahead, not shown
        assert body(app).article.id != target.id
        other = Library(seeded_db)  # another process bookmarks a passage meanwhile
        first = other.article(target.id).passages[0].anchor
        other.toggle_bookmark(target.id, first)
        other.close()
        await pilot.press("enter")
        assert body(app).article.id == target.id  # shown without waiting for a worker
        assert first in body(app).bookmarked
        await settle(pilot)
        assert newest(seeded_db)[2].read
        # The bullets drawn while it waited ahead came with it.
        lib = Library(seeded_db)
        assert app.screen.article.summary_generated == lib.article(target.id).summary_generated != ()
        lib.close()
        pane = app.screen.query_one(SummaryPane)
        assert pane._anchors and set(pane._anchors.values()) <= {p.anchor for p in app.screen.article.passages}


async def test_quick_moves_show_only_the_article_asked_for(seeded_db: Path) -> None:
    """Loads ahead that land late never replace the article the reader asked for."""
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "j", "enter", "k", "k")
        await settle(pilot)
        rows = newest(seeded_db)
        assert body(app).article.id == rows[3].id
        assert app.screen.query_one(ArticleList).cursor == 1


def test_opening_marks_read_without_waiting_for_a_busy_index(seeded_db: Path) -> None:
    """With another process holding the write lock, the reader's mark is skipped, not waited for."""
    import sqlite3

    lib = Library(seeded_db)
    article = lib.articles().page(0, 1)[0]
    holder = sqlite3.connect(seeded_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert lib.note_opened(article.id) is False
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert lib.note_opened(article.id) is True
    assert lib.articles().page(0, 1)[0].read
    lib.close()


async def test_bookmarks_screen_changes_wait_for_a_busy_index(seeded_lib: Library, seeded_db: Path) -> None:
    """A note and a delete asked for while another process writes land, in order, once it is done."""
    import sqlite3

    row = seeded_lib.articles().page(0, 1)[0]
    seeded_lib.toggle_bookmark(row.id, seeded_lib.article(row.id).passages[1].anchor)
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("B")
        await settle(pilot)  # the bookmarks are read in a worker
        holder = sqlite3.connect(seeded_db, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            await pilot.press("e", *"later", "enter", "d")
            await pilot.pause(0.2)
            assert isinstance(app.screen, BookmarksScreen)  # still answering keys
            assert [b.note for b in seeded_lib.bookmarks()] == [""]
        finally:
            holder.execute("COMMIT")
            holder.close()
        await settle(pilot)
        assert seeded_lib.bookmarks() == []  # the note was written, then the delete
        await pilot.press("u")
        await settle(pilot)
        assert [b.note for b in seeded_lib.bookmarks()] == ["later"]


async def test_the_ui_thread_leaves_the_index_to_workers(seeded_lib: Library, seeded_db: Path) -> None:
    """Moving, paging, opening, filtering, bookmarking and the bookmarks screen (resized too) run no
    statement on the reader's own connection but the index watch's data_version and the open
    article's bookmark marks (read when it is shown, so a loaded-ahead article shows today's)."""
    actor = seeded_lib.actors()[0][0]
    app = NewsReaderApp(db=str(seeded_db))
    statements: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.library.index.con.set_trace_callback(statements.append)
        try:
            await pilot.press("j", "j", "enter", "end", "home", "pagedown")
            await settle(pilot)
            app.screen.toggle_actor(actor.id)
            await settle(pilot)
            await pilot.press("escape", "tab", "b")
            await settle(pilot)
            await pilot.press("B")
            await settle(pilot)
            await pilot.resize_terminal(100, 30)
            await settle(pilot)
            await pilot.press("escape")
            await settle(pilot)
        finally:
            app.library.index.con.set_trace_callback(None)
        assert body(app).bookmarked  # the b landed
    others = [s for s in statements if "data_version" not in s and "FROM bookmarks WHERE article_id" not in s]
    assert others == [], others
    assert any("FROM bookmarks WHERE article_id" in s for s in statements)  # the open article's marks, read once
