"""The story views driven as a user drives them: the stories, one story, the timeline and who said
what, over a real index of the bundled seeds (which hold one story of three articles)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import OptionList

from conftest import settle
from tui.app import NewsReaderApp
from tui.news.library import Library
from tui.screens import HelpScreen, MainScreen
from tui.screens.passages import Passage, heading, passage_option
from tui.screens.quotes import QuotesScreen
from tui.screens.stories import StoriesScreen
from tui.screens.story import StoryScreen
from tui.screens.timeline import TimelineScreen
from tui.widgets import ActorFilters, ArticleBody

pytestmark = pytest.mark.anyio

SIZE = (140, 40)


@pytest.fixture
def anyio_backend() -> str:
    """Textual runs on asyncio."""
    return "asyncio"


def read(db: Path, what):
    lib = Library(db)
    try:
        return what(lib)
    finally:
        lib.close()


def body(app: NewsReaderApp) -> ArticleBody:
    return app.screen.query_one(ArticleBody)


def options(screen, selector: str = "OptionList") -> list[str]:
    view = screen.query_one(selector, OptionList)
    return [str(view.get_option_at_index(i).prompt) for i in range(view.option_count)]


async def test_s_lists_the_stories_and_enter_opens_one(seeded_db: Path) -> None:
    [story] = read(seeded_db, lambda lib: lib.stories())
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(app.screen, StoriesScreen)
        [shown] = options(app.screen)
        assert story.title[:20] in shown and "3 articles" in shown
        assert f"{story.first} – {story.last}" in shown and "トランプ" in shown
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, StoryScreen)
        screen = app.screen
        assert [a.id for a in screen.articles] == list(story.articles)
        titles = read(seeded_db, lambda lib: {a: lib.article(a, summaries=False).title for a in story.articles})
        assert all(titles[a][:10] in options(screen, "#story-articles")[n] for n, a in enumerate(story.articles))
        assert options(screen, "#story-actors") == list(story.actors)
        events = read(seeded_db, lambda lib: lib.timeline(story=story.id))
        assert len(screen.events) == len(events) > 3
        assert [e.anchor for e in screen.events] == [e.anchor for e in events]  # oldest first
        assert events[0].date in options(screen, "#story-timeline")[0]
        await pilot.press("escape")
        assert isinstance(app.screen, StoriesScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_enter_on_a_story_article_opens_it_in_the_body(seeded_db: Path) -> None:
    [story] = read(seeded_db, lambda lib: lib.stories())
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("j", "enter")  # the story's second article
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert body(app).article.id == story.articles[1]
        assert body(app).cursor == 0


async def test_enter_on_a_story_event_jumps_to_its_passage(seeded_db: Path) -> None:
    [story] = read(seeded_db, lambda lib: lib.stories())
    events = read(seeded_db, lambda lib: lib.timeline(story=story.id))
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("tab", "tab")  # articles, actors, timeline
        assert app.focused.id == "story-timeline"
        await pilot.press("j", "j", "enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert body(app).article.id == events[2].article_id
        assert body(app).current.anchor == events[2].anchor


async def test_t_shows_the_open_articles_story_and_enter_jumps(seeded_db: Path) -> None:
    [story] = read(seeded_db, lambda lib: lib.stories())
    events = read(seeded_db, lambda lib: lib.timeline(story=story.id))
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.open_article(story.articles[0])
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        assert [r.anchor for r in app.screen.rows] == [e.anchor for e in events]
        assert "this article's story" in app.screen.query_one(OptionList).border_title
        last = events[-1]
        for _ in events[:-1]:
            await pilot.press("j")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert (body(app).article.id, body(app).current.anchor) == (last.article_id, last.anchor)
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        assert body(app).current.anchor == last.anchor  # escape goes back, nothing moved


async def test_t_in_the_actor_pane_shows_the_actors_timeline(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a")
        pane = app.screen.query_one(ActorFilters)
        actor = pane.highlighted_option.id
        name = next(a.name for a, _, _ in app.screen.actors if a.id == actor)
        expected = read(seeded_db, lambda lib: lib.timeline(actor=actor))
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        assert name in app.screen.query_one(OptionList).border_title
        assert [r.anchor for r in app.screen.rows] == [e.anchor for e in expected] and expected


async def test_Q_lists_the_highlighted_actors_quotes_and_enter_opens_the_passage(seeded_db: Path) -> None:
    trump = read(seeded_db, lambda lib: lib.resolve_actor("トランプ"))
    quotes = read(seeded_db, lambda lib: lib.quotes("トランプ"))
    assert len(quotes) >= 3 and {q.speaker for q in quotes} == {"トランプ"}
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a")
        pane = app.screen.query_one(ActorFilters)
        while pane.highlighted_option.id != trump:
            await pilot.press("j")
        await pilot.press("Q")
        await settle(pilot)
        assert isinstance(app.screen, QuotesScreen)
        assert "トランプ" in app.screen.query_one(OptionList).border_title
        shown = options(app.screen)
        assert len(shown) == len(quotes)
        assert all(s.startswith("トランプ") and f"「{q.text[:8]}" in s for s, q in zip(shown, quotes))
        await pilot.press("j", "enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert (body(app).article.id, body(app).current.anchor) == (quotes[1].article_id, quotes[1].anchor)


async def test_Q_in_a_story_lists_its_actors_quotes_and_enter_on_an_actor_its_timeline(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("tab")
        actor = app.screen.story.actors[0]
        await pilot.press("Q")
        await settle(pilot)
        assert isinstance(app.screen, QuotesScreen)
        assert [r.anchor for r in app.screen.rows] == [q.anchor for q in read(seeded_db, lambda lib: lib.quotes(actor))]
        await pilot.press("escape")
        assert isinstance(app.screen, StoryScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TimelineScreen)
        assert [r.anchor for r in app.screen.rows] == [e.anchor for e in read(seeded_db, lambda lib: lib.timeline(actor))]
        await pilot.press("escape", "escape", "escape")
        assert isinstance(app.screen, MainScreen)


async def test_the_keys_are_in_help_and_the_command_palette(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = [c.title for c in app.screen.palette_commands()]
        assert {"Stories", "Timeline", "Quotes"} <= set(titles)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        names = [title for title, _ in app.screen.sections]
        assert {"Stories", "A story", "Timeline", "Who said what"} <= set(names)


async def test_an_index_without_stories_says_so(db_path: Path, tmp_path: Path) -> None:
    lib = Library(db_path)
    lib.store.state.set("seeded", "no")
    page = tmp_path / "one.txt"
    page.write_text("停戦交渉\n2025年3月11日 10:00 配信\nルビオ国務長官は11日、ジッダで協議した。\n", encoding="utf-8")
    lib.add([page])
    lib.close()
    app = NewsReaderApp(db=str(db_path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert "No stories yet" in str(app.screen.query_one("#story-status").render())
        await pilot.press("enter", "escape")
        assert isinstance(app.screen, MainScreen)


def test_hostile_text_is_cleaned_in_every_row() -> None:
    row = Passage(heading(("\x1b]0;pwned\x07トランプ", "bold"), ("\x1b[2J2025-03-11", "")),
                  "「\x1b[31m停戦\x9b」と\u202e述べた", "a", "p")
    text = passage_option(row, 60, 0).prompt
    assert not any(c in str(text) for c in "\x1b\x07\x9b\u202e") and "トランプ" in str(text)


async def test_the_story_keys_can_be_remapped_by_id(seeded_db: Path, db_path: Path) -> None:
    config = db_path.parent / "config"
    config.mkdir()
    (config / "config.toml").write_text('[keys]\n"main.stories" = "S"\n"timeline.jump" = "o"\n', encoding="utf-8")
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.config_problems == []
        await pilot.press("S")
        await settle(pilot)
        assert isinstance(app.screen, StoriesScreen)


async def test_a_narrower_terminal_breaks_the_passages_again(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("a")
        pane = app.screen.query_one(ActorFilters)
        while str(pane.highlighted_option.prompt)[2:6] != "トランプ":
            await pilot.press("j")
        await pilot.press("Q")
        await settle(pilot)
        await pilot.press("j", "j")
        wide = options(app.screen)
        await pilot.resize_terminal(60, 30)
        await settle(pilot)
        narrow = options(app.screen)
        assert len(narrow) == len(wide) and app.screen.query_one(OptionList).highlighted == 2
        assert max(cell_len(line) for o in narrow for line in o.splitlines()) <= 60 - 4
        assert sum(o.count("\n") for o in narrow) > sum(o.count("\n") for o in wide)


async def test_the_story_panes_are_laid_out_again_at_a_new_width(seeded_db: Path) -> None:
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        wide_list = options(app.screen)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("tab", "tab", "j")
        wide = options(app.screen, "#story-timeline")
        await pilot.resize_terminal(80, 30)
        await settle(pilot)
        narrow = options(app.screen, "#story-timeline")
        assert len(narrow) == len(wide) and app.screen.query_one("#story-timeline", OptionList).highlighted == 1
        assert sum(o.count("\n") for o in narrow) > sum(o.count("\n") for o in wide)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, StoriesScreen)
        assert cell_len(options(app.screen)[0].splitlines()[0]) < cell_len(wide_list[0].splitlines()[0])
