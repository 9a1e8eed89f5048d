"""One story: its articles, its actors and its timeline side by side. `enter` on an article opens
it, on an event jumps to its passage, on an actor shows that actor's timeline (`Q`: its quotes)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList
from textual.widgets.option_list import Option

from ..news.library import Library
from ..news.models import ArticleRow
from ..news.sanitize import clean_line
from ..news.store.stories import StoryRow
from ..render.text import cut
from .passages import Jump, Passage, passage_option, read_index
from .quotes import QuotesScreen
from .timeline import TimelineScreen

__all__ = ["StoryScreen"]


class StoryScreen(Screen[Jump | None]):
    """A story's articles (oldest first), actors (most named first) and dated events (oldest first)."""

    BINDINGS = [
        Binding("enter", "choose", "Open", id="story.choose",
                tooltip="Open the article, jump to the event's passage, or show the actor's timeline"),
        Binding("Q", "quotes", "Quotes", id="story.quotes", tooltip="Who said what: the highlighted actor's quotes"),
        Binding("escape", "close", "Back", id="story.close", tooltip="Back to the stories"),
        Binding("tab", "app.focus_next", "Next pane", show=False, id="story.next_pane",
                tooltip="Articles, actors, timeline"),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False, id="story.previous_pane",
                tooltip="Timeline, actors, articles"),
        Binding("j", "cursor_down", "Down", show=False, id="story.down", tooltip="The next row of the pane"),
        Binding("k", "cursor_up", "Up", show=False, id="story.up", tooltip="The previous row of the pane"),
    ]

    @dataclass
    class Read(Message):
        """A worker read the story's articles and events (or could not: `error`)."""

        articles: list[ArticleRow]
        events: list[Passage]
        error: str | None = None

    def __init__(self, db_path: Path, story: StoryRow) -> None:
        super().__init__()
        self.db_path = db_path
        self.story = story
        self.articles: list[ArticleRow] = []
        self.events: list[Passage] = []
        self._read_message: StoryScreen.Read | None = None
        self._built_width = (-1, -1)

    def compose(self) -> ComposeResult:
        """Header; the articles over the actors, the timeline beside them; footer."""
        yield Header()
        with Horizontal(id="story-panes"):
            with Vertical(id="story-side"):
                yield OptionList(id="story-articles", classes="story-pane", markup=False)
                yield OptionList(id="story-actors", classes="story-pane", markup=False)
            yield OptionList(id="story-timeline", classes="story-pane", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        """Show the actors at once, read the articles and the timeline in a worker."""
        from .stories import story_dates

        self.title = clean_line(f"newsreader · {self.db_path.name}")
        self.sub_title = clean_line(f"{self.story.title} · {story_dates(self.story)}")
        self.query_one("#story-articles").border_title = f"Articles ({len(self.story.articles)})"
        self.query_one("#story-actors").border_title = "Actors"
        self.query_one("#story-timeline").border_title = "Timeline"
        actors = self.query_one("#story-actors", OptionList)
        actors.set_options([Option(Text(clean_line(name)), id=str(n)) for n, name in enumerate(self.story.actors)]
                           or [Option(Text("No actors named.", style="dim"), disabled=True)])
        if self.story.actors:
            actors.highlighted = 0
        self.query_one("#story-articles").focus()
        self._read()

    @work(thread=True, exclusive=True, group="story")
    def _read(self) -> None:
        story = self.story

        def read(lib: Library) -> tuple[list[ArticleRow], list[Passage]]:
            ids = list(story.articles)
            rows = lib.articles(muted=None).where(f"a.id IN ({','.join('?' * len(ids))})", *ids).page(
                0, len(ids), with_actors=False) if ids else []
            order = {aid: n for n, aid in enumerate(ids)}
            rows.sort(key=lambda r: order.get(r.id, 0))  # oldest first, as the story lists them
            return rows, TimelineScreen(self.db_path, story=story.id).read(lib, -1)

        result, error = read_index(self.db_path, read)
        articles, events = result or ([], [])
        self.post_message(self.Read(articles, events, error))

    def on_resize(self) -> None:
        """Lines are cut and broken at the panes' widths, so lay them out again when the widths change."""
        if self._read_message is not None and self._built_width != self._widths():
            self.on_story_screen_read(self._read_message, again=True)

    def _widths(self) -> tuple[int, int]:
        return (self.query_one("#story-articles").scrollable_content_region.width,
                self.query_one("#story-timeline").scrollable_content_region.width)

    def on_story_screen_read(self, message: Read, again: bool = False) -> None:
        """Show the articles and the timeline (`again`: laid out anew, keeping the highlights)."""
        self._read_message, self._built_width = message, self._widths()
        self.articles, self.events = message.articles, message.events
        pane = self.query_one("#story-articles", OptionList)
        kept = pane.highlighted, self.query_one("#story-timeline", OptionList).highlighted
        width = max(10, pane.scrollable_content_region.width - 2)
        options = []
        for n, row in enumerate(self.articles):
            title = cut(row.title, width)
            title.stylize("bold")
            options.append(Option(Text("\n").join([title, cut(f"  {row.published or 'undated'}", width)]), id=str(n)))
        pane.set_options(options)
        if options:
            pane.highlighted = kept[0] if again and kept[0] is not None else 0
        timeline = self.query_one("#story-timeline", OptionList)
        width = max(10, timeline.scrollable_content_region.width - 2)
        events: list[Option | None] = []
        for n, event in enumerate(self.events):
            events.extend((passage_option(event, width, n), None))
        timeline.set_options(events[:-1] or [Option(Text("No dated events in this story.", style="dim"),
                                                    disabled=True)])
        if self.events:
            timeline.highlighted = kept[1] if again and kept[1] is not None else 0
        if message.error and not again:
            self.notify(message.error, severity="error", markup=False)

    def _pane(self) -> OptionList:
        focused = self.focused
        return focused if isinstance(focused, OptionList) else self.query_one("#story-articles", OptionList)

    def action_cursor_down(self) -> None:
        """Highlight the next row of the focused pane."""
        self._pane().action_cursor_down()

    def action_cursor_up(self) -> None:
        """Highlight the previous row of the focused pane."""
        self._pane().action_cursor_up()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter or a click chooses the row."""
        event.stop()
        self.action_choose()

    def action_choose(self) -> None:
        """Open the article, jump to the event's passage, or show the actor's timeline."""
        pane = self._pane()
        option = pane.highlighted_option
        if option is None or option.id is None:
            return
        n = int(option.id)
        if pane.id == "story-articles":
            self.dismiss((self.articles[n].id, None))
        elif pane.id == "story-timeline":
            self.dismiss((self.events[n].article_id, self.events[n].anchor))
        else:
            self.app.push_screen(TimelineScreen(self.db_path, actor=self.story.actors[n]), self._chosen)

    def _actor(self) -> str | None:
        option = self.query_one("#story-actors", OptionList).highlighted_option
        return self.story.actors[int(option.id)] if option is not None and option.id is not None else None

    def action_quotes(self) -> None:
        """Who said what: the highlighted actor's quotes."""
        if (actor := self._actor()) is None:
            self.notify("This story names no actor.", severity="warning")
            return
        self.app.push_screen(QuotesScreen(self.db_path, actor=actor), self._chosen)

    def _chosen(self, target: Jump | None) -> None:
        if target is not None:
            self.dismiss(target)

    def action_close(self) -> None:
        """Back to the stories."""
        self.dismiss(None)
