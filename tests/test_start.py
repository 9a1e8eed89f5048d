"""The reader's start: what it imports and does before its first frame, and what it leaves for after."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console
from rich.style import Style
from textual.app import App, ComposeResult

from conftest import settle
from tui import startup
from tui.app import NewsReaderApp
from tui.bench import paint
from tui.screens import MainScreen
from tui.news.library import Library
from tui.render.body import lay_out
from tui.widgets import ActorFilters, ArticleBody, ArticleList, SummaryPane

pytestmark = pytest.mark.anyio

ROOT = Path(__file__).resolve().parent.parent

# Not needed to paint the main screen: the tokenizer and its dictionary, the page extractor, the feed
# parser, the import pipeline, every screen but the main one, and the index's records the first page does not read.
NOT_AT_START = ("fugashi", "unidic_lite", "trafilatura", "feedparser", "lxml", "tui.news.importer",
                "tui.screens.search", "tui.screens.bookmarks", "tui.screens.help", "tui.screens.dialog",
                "tui.screens.stories", "tui.screens.story", "tui.screens.timeline", "tui.screens.quotes",
                "tui.screens.passages", "tui.screens.link_picker", "tui.screens.links",
                # the index's records the first page does not read, made on first use
                "tui.news.store.bookmarks", "tui.news.store.stories", "tui.news.stories", "tui.news.similarity",
                "tui.news.store.search", "tui.news.store.feeditems", "tui.news.store.removal",
                "tui.news.store.templates")


@pytest.fixture
def anyio_backend() -> str:
    """Textual runs on asyncio."""
    return "asyncio"


def modules_after(code: str, tmp_path: Path) -> set[str]:
    """The modules a fresh interpreter holds after running `code`."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NEWSREADER_CONFIG": str(tmp_path / "config")}
    out = subprocess.run([sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"],
                         capture_output=True, text=True, env=env, timeout=120, check=True)
    return set(out.stdout.split())


def test_the_reader_imports_only_what_its_first_screen_needs(tmp_path: Path) -> None:
    loaded = modules_after("import tui.app", tmp_path)
    assert "tui.screens.main" in loaded  # the check sees the reader's modules at all
    assert sorted(m for m in NOT_AT_START if m in loaded) == []


def test_the_other_screens_still_import_from_the_package(tmp_path: Path) -> None:
    loaded = modules_after("from tui.screens import SearchScreen, StoriesScreen", tmp_path)
    assert {"tui.screens.search", "tui.screens.stories"} <= loaded
    assert "tui.screens.bookmarks" not in loaded


def test_a_keymap_in_config_still_checks_every_screens_binding_ids(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.toml").write_text('[keys]\n"search.close" = "ctrl+g"\n"nope.nothing" = "x"\n', encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NEWSREADER_CONFIG": str(config),
           "NEWSREADER_DB": str(tmp_path / "index.db")}
    code = ("from tui.app import NewsReaderApp\n"
            "print('\\n'.join(NewsReaderApp().config_problems))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120,
                         check=True).stdout
    assert "nope.nothing" in out and "search.close" not in out


async def test_the_first_frame_shows_the_article_without_waiting_for_a_worker(seeded_db: Path) -> None:
    lib = Library(seeded_db)
    newest = lib.articles().page(0, 1, with_actors=False)[0]
    first = next(p.text for p in lib.article(newest.id, summaries=False).passages if p.kind == "paragraph")
    lib.close()
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=(140, 40)):
        body = app.screen.query_one(ArticleBody)
        # No pause: nothing a worker read has been handled yet, and the article is on screen.
        assert body.article is not None and body.article.id == newest.id
        assert first[:12] in body.rendered_text().replace("\n", "")


async def test_generated_bullets_arrive_after_the_body(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        await settle(pilot)
        pane = app.screen.query_one(SummaryPane)
        assert pane._bullets[1], "the generated bullets were drawn once the body was shown"
        assert "drawing" not in str([o.prompt for o in pane._options])


async def test_a_long_article_is_laid_out_a_screenful_first_then_whole(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=(140, 24)) as pilot:
        body = app.screen.query_one(ArticleBody)
        await pilot.pause()
        await pilot.pause()
        assert body.article is not None and len(body._ranges) == len(body.article.passages)
        body.action_last_passage()  # moving through it finds every passage laid out
        await pilot.pause()
        assert body.cursor == len(body.article.passages) - 1


def test_lay_out_stops_after_the_lines_wanted_with_the_same_first_lines(seeded_lib: Library) -> None:
    article = seeded_lib.article(seeded_lib.articles().page(0, 1, with_actors=False)[0].id, summaries=False)
    console = Console(width=60)
    whole, whole_ranges = lay_out(article, 60, console, lambda name: Style())
    first, first_ranges = lay_out(article, 60, console, lambda name: Style(), lines_wanted=10)
    assert 10 <= len(first) < len(whole)
    assert [line.text.plain for line in first] == [line.text.plain for line in whole[:len(first)]]
    assert len(first_ranges) < len(whole_ranges)
    assert all(whole_ranges[i] == span for i, span in first_ranges.items())


async def test_the_main_screen_is_the_apps_first_screen_painted_in_its_first_frame(seeded_db: Path) -> None:
    # Pushed from the app's mount instead, it was laid out and drawn while the app's start still held
    # back every frame: that first frame was dropped and the reader painted a whole frame later.
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=(140, 40)):
        assert [type(screen) for screen in app.screen_stack] == [MainScreen]


def test_the_remembered_theme_is_set_before_any_widget_is_styled(seeded_db: Path) -> None:
    lib = Library(seeded_db)
    lib.set_state("theme", "nord")
    lib.close()
    app = NewsReaderApp(db=str(seeded_db))
    try:
        assert app.theme == "nord"  # already on the app made, not only once it is mounted
    finally:
        app.library.close()


def _paint_reader(db: Path, args: list[str], env: dict[str, str], needle: str) -> None:
    """Start `newsreader ARGS` in a real terminal (the index from NEWSREADER_DB when no --db is given) and
    wait until `needle` is on screen."""
    if not args:
        env["NEWSREADER_DB"] = str(db)
    term = paint.Terminal(140, 40)
    try:
        term.first_paint([sys.executable, "-m", "tui", *(a.format(db=db) for a in args)], env, needle)
    finally:
        term.close()


@pytest.mark.skipif(not paint.available(), reason="tmux is not installed")
@pytest.mark.parametrize("args", [[], ["--db", "{db}"]], ids=["plain", "with --db"])
def test_the_reader_started_as_a_process_paints_the_newest_article(seeded_db: Path, tmp_path: Path,
                                                                   args: list[str]) -> None:
    # Plain `newsreader` opens the reader without building the command line's parser; with options,
    # the parser reads them: both paint the same article.
    lib = Library(seeded_db)
    newest = lib.articles().page(0, 1, with_actors=False)[0]
    first = next(p.text for p in lib.article(newest.id, summaries=False).passages if p.kind == "paragraph")
    lib.close()
    env = {"PYTHONPATH": str(ROOT), "NEWSREADER_CONFIG": str(tmp_path / "config")}
    _paint_reader(seeded_db, args, env, first[:8])


class _Panes(App[None]):
    """The list and the actor filters alone, as the main screen composes them."""

    def compose(self) -> ComposeResult:
        yield ArticleList(id="list")
        yield ActorFilters(id="actors")


async def test_the_list_and_actors_say_nothing_before_the_view_is_read() -> None:
    # The first frame comes before the view's reading: "No articles." or "No actors yet" there would be
    # untrue for the moment it takes.
    app = _Panes()
    async with app.run_test(size=(80, 20)) as pilot:
        articles, actors = app.query_one(ArticleList), app.query_one(ActorFilters)
        await pilot.pause()
        assert articles.render_line(0).text.strip() == ""
        assert actors.option_count == 0
        articles.show(lambda offset, limit: [], 0, [])
        actors.show([], frozenset())
        await pilot.pause()
        assert "No articles." in articles.render_line(0).text
        assert "No actors yet" in str(actors.get_option_at_index(0).prompt)


def test_the_collector_is_held_until_released_and_then_keeps_the_start_out_of_collections() -> None:
    assert gc.isenabled() and not startup.held()
    startup.release()  # never held: nothing happens
    assert gc.isenabled() and gc.get_freeze_count() == 0
    thresholds = gc.get_threshold()
    assert thresholds != startup.THRESHOLDS
    startup.hold()
    try:
        assert not gc.isenabled() and startup.held()
        kept = object(), []  # made during the start
        startup.release()
        assert gc.isenabled() and not startup.held()
        assert gc.get_freeze_count() > 0  # the start's objects went to the permanent generation
        assert gc.get_threshold() == startup.THRESHOLDS  # a larger young generation from now on
        assert kept
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
        gc.enable()


async def test_the_main_screen_releases_a_held_collector_after_its_first_frame(seeded_db: Path) -> None:
    thresholds = gc.get_threshold()
    startup.hold()
    try:
        app = NewsReaderApp(db=str(seeded_db))
        async with app.run_test(size=(140, 40)) as pilot:
            await settle(pilot)
            assert gc.isenabled() and not startup.held()
            assert gc.get_freeze_count() > 0
            assert gc.get_threshold() == startup.THRESHOLDS
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)
        gc.enable()


SEE_COLLECTOR = """import atexit, gc, json, os
def _tell():
    with open(os.environ["GC_REPORT"], "w") as out:
        json.dump({"enabled": gc.isenabled(), "frozen": gc.get_freeze_count(), "threshold": gc.get_threshold()}, out)
atexit.register(_tell)
"""


@pytest.mark.skipif(not paint.available(), reason="tmux is not installed")
@pytest.mark.parametrize("args", [[], ["--db", "{db}"]], ids=["plain", "with --db"])
def test_the_reader_process_collects_garbage_again_after_its_first_frame(seeded_db: Path, tmp_path: Path,
                                                                        args: list[str]) -> None:
    # The process's start holds the collector off; once painted, the reader runs with it on again. The
    # second article's title is in the list once the view is read, after the first frame.
    lib = Library(seeded_db)
    second = lib.articles().page(0, 2, with_actors=False)[1].title
    lib.close()
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SEE_COLLECTOR)
    report = tmp_path / "gc.json"
    env = {"PYTHONPATH": f"{site}{os.pathsep}{ROOT}", "NEWSREADER_CONFIG": str(tmp_path / "config"),
           "GC_REPORT": str(report)}
    _paint_reader(seeded_db, args, env, second[:8])
    seen = json.loads(report.read_text())
    assert seen["enabled"] is True, seen
    assert seen["frozen"] > 10_000  # the start's objects, kept out of later collections
    assert seen["threshold"] == list(startup.THRESHOLDS), seen  # and a larger young generation
