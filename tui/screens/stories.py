"""The stories view: articles on one event across sources, newest story first; `enter` opens one."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from ..news.sanitize import clean_line
from ..news.store.stories import StoryRow
from ..render.text import cut
from .passages import LIMIT, Jump, read_index
from .story import StoryScreen

__all__ = ["StoriesScreen", "story_dates"]


def story_dates(story: StoryRow) -> str:
    """`first – last`, one date when they are the same day, `undated` when there is none."""
    if story.first == story.last:
        return story.first or "undated"
    return f"{story.first or '?'} – {story.last or '?'}"


class StoriesScreen(Screen[Jump | None]):
    """Every story of two articles or more; dismisses with where to jump when one of its articles or
    events is chosen."""

    BINDINGS = [
        Binding("enter", "open", "Open", id="stories.open", tooltip="Open this story: its articles, actors, timeline"),
        Binding("escape", "close", "Back", id="stories.close", tooltip="Back to the reader"),
        Binding("j", "cursor_down", "Down", show=False, id="stories.down", tooltip="The next story"),
        Binding("k", "cursor_up", "Up", show=False, id="stories.up", tooltip="The previous story"),
    ]

    @dataclass
    class Read(Message):
        """A worker read the stories (or could not: `error`)."""

        stories: list[StoryRow]
        error: str | None = None

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = db_path
        self.stories: list[StoryRow] = []
        self._read_message: StoriesScreen.Read | None = None
        self._built_width = -1

    def compose(self) -> ComposeResult:
        """Header, the list and its status, footer."""
        yield Header()
        yield OptionList(id="story-list", classes="story-pane", markup=False)
        yield Static(Text("Reading…", style="dim"), id="story-status")
        yield Footer()

    def on_mount(self) -> None:
        """Read the stories in a worker."""
        self.title = clean_line(f"newsreader · {self.db_path.name}")
        self.query_one(OptionList).border_title = "Stories"
        self.query_one(OptionList).focus()
        self._read()

    @work(thread=True, exclusive=True, group="stories")
    def _read(self) -> None:
        stories, error = read_index(self.db_path, lambda lib: lib.stories(LIMIT + 1))
        self.post_message(self.Read(stories or [], error))

    def on_resize(self) -> None:
        """Lines are cut to the width, so lay the list out again when it changes (no reading)."""
        if self._read_message is not None and self._built_width != self._width():
            self.on_stories_screen_read(self._read_message, again=True)

    def _width(self) -> int:
        return max(10, self.query_one(OptionList).scrollable_content_region.width - 2)

    def on_stories_screen_read(self, message: Read, again: bool = False) -> None:
        """Show the stories: title, then articles, dates and actors (`again`: laid out anew)."""
        self._read_message = message
        self.stories = message.stories[:LIMIT]
        view = self.query_one(OptionList)
        width = self._built_width = self._width()
        highlighted = view.highlighted
        options: list[Option | None] = []
        for n, story in enumerate(self.stories):
            title = cut(story.title, width)
            title.stylize("bold")
            count = len(story.articles)
            meta = cut(f"{count} article{'' if count == 1 else 's'} · {story_dates(story)}", width)
            meta.stylize("dim")
            actors = cut("  " + "、".join(story.actors), width)
            actors.stylize("italic")
            options.append(Option(Text("\n").join([title, meta, actors]), id=str(n)))
            options.append(None)
        view.set_options(options[:-1])
        if self.stories:
            view.highlighted = min(highlighted or 0, len(self.stories) - 1)
        status = message.error or (
            f"{len(self.stories)} stor{'y' if len(self.stories) == 1 else 'ies'}" + (f" (the newest {LIMIT})" if len(message.stories) > LIMIT else "")
            if self.stories else "No stories yet: a story is two or more articles on one event.")
        self.query_one("#story-status", Static).update(Text(status, style="dim"))
        if message.error and not again:
            self.notify(message.error, severity="error", markup=False)

    def action_cursor_down(self) -> None:
        """Highlight the next story."""
        self.query_one(OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        """Highlight the previous story."""
        self.query_one(OptionList).action_cursor_up()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter or a click on a story opens it."""
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        """Open the highlighted story; what is chosen in it is where the reader goes."""
        option = self.query_one(OptionList).highlighted_option
        if option is not None and option.id is not None:
            self.app.push_screen(StoryScreen(self.db_path, self.stories[int(option.id)]), self._chosen)

    def _chosen(self, target: Jump | None) -> None:
        if target is not None:
            self.dismiss(target)

    def action_close(self) -> None:
        """Back to the reader."""
        self.dismiss(None)
