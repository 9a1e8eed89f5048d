"""What the story views share: a list of passages read from the index in a worker, where `enter`
jumps to the passage (the article opens in the body with it current) and `escape` goes back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from ..news.library import Library, NewsError
from ..news.sanitize import clean_line, clean_text
from ..render.text import wrap_lines

__all__ = ["Jump", "Passage", "PassagesScreen", "heading", "passage_bindings", "read_index"]

Jump = tuple[str, str | None]  # (article id, passage anchor or None for the article's start)
LIMIT = 200  # rows a view shows (a screenful many times over); the status line says when there were more
TEXT_LINES = 4


class Passage(NamedTuple):
    """One row of a passage list: a heading line, the passage's words, and where they are."""

    heading: Text
    text: str
    article_id: str
    anchor: str | None


def read_index(db_path: Path, read: Callable[[Library], Any]) -> tuple[Any, str | None]:
    """`read(library)` over a connection of the calling thread's own: (result, None) or (None, error)."""
    try:
        lib = Library(db_path)
        try:
            return read(lib), None
        finally:
            lib.close()
    except NewsError as exc:
        return None, str(exc)
    except Exception as exc:  # never a traceback on screen
        return None, f"Could not read the index: {exc}"


def passage_option(row: Passage, width: int, index: int) -> Option:
    """A passage as an option: its heading, then its words broken by the typesetter under an indent."""
    lines = wrap_lines(Text(clean_text(row.text).replace("\n", " / ")), width - 2)
    shown = [Text("  ") + line for line in lines[:TEXT_LINES]]
    if len(lines) > TEXT_LINES:
        shown[-1].append("…")
    head = row.heading.copy()
    if head.cell_len > width:
        head.truncate(width, overflow="ellipsis")
    return Option(Text("\n").join([head, *shown]), id=str(index))


def passage_bindings(name: str, what: str) -> list[BindingType]:
    """The keys of a passage list, with ids under `name`."""
    return [
        Binding("enter", "jump", "Go to", id=f"{name}.jump", tooltip=f"Open the article at this {what}'s passage"),
        Binding("escape", "close", "Back", id=f"{name}.close", tooltip="Back to where you were"),
        Binding("j", "cursor_down", "Down", show=False, id=f"{name}.down", tooltip=f"The next {what}"),
        Binding("k", "cursor_up", "Up", show=False, id=f"{name}.up", tooltip=f"The previous {what}"),
    ]


class PassagesScreen(Screen[Jump | None]):
    """A titled list of passages; subclasses say what to read (`read`) and how to head each row."""

    BINDINGS = passage_bindings("passages", "row")
    LIST_TITLE = "Passages"
    EMPTY = "Nothing here."

    @dataclass
    class Read(Message):
        """A worker read the rows (or could not: `error`)."""

        rows: list[Passage]
        more: bool
        error: str | None = None

    def __init__(self, db_path: Path, subject: str = "") -> None:
        super().__init__()
        self.db_path = db_path
        self.subject = subject  # whose or which passages, for the title
        self.rows: list[Passage] = []
        self._built_width = -1

    def compose(self) -> ComposeResult:
        """Header, the list and its status, footer."""
        yield Header()
        yield OptionList(id="passage-list", classes="story-pane", markup=False)
        yield Static(Text("Reading…", style="dim"), id="passage-status")
        yield Footer()

    def on_mount(self) -> None:
        """Read the rows in a worker."""
        self.title = clean_line(f"newsreader · {self.db_path.name}")
        self.query_one(OptionList).border_title = clean_line(
            f"{self.LIST_TITLE} · {self.subject}" if self.subject else self.LIST_TITLE)
        self.query_one(OptionList).focus()
        self._read()

    def read(self, lib: Library, limit: int) -> list[Passage]:
        """The rows, at most `limit` (in the worker's thread)."""
        raise NotImplementedError

    @work(thread=True, exclusive=True, group="passages")
    def _read(self) -> None:
        rows, error = read_index(self.db_path, lambda lib: self.read(lib, LIMIT + 1))
        rows = rows or []
        self.post_message(self.Read(rows[:LIMIT], len(rows) > LIMIT, error))

    def on_passages_screen_read(self, message: Read) -> None:
        """Show the rows read."""
        self.rows = message.rows
        self._show()
        if self.rows:
            self.query_one(OptionList).highlighted = 0
        status = message.error or (f"{len(self.rows)} shown" + (f" (the first {LIMIT})" if message.more else "")
                                   if self.rows else self.EMPTY)
        self.query_one("#passage-status", Static).update(Text(status, style="dim"))
        if message.error:
            self.notify(message.error, severity="error", markup=False)

    def _width(self) -> int:
        return max(10, self.query_one(OptionList).scrollable_content_region.width - 2)

    def _show(self) -> None:
        view = self.query_one(OptionList)
        width = self._built_width = self._width()
        highlighted = view.highlighted
        options: list[Option | None] = []
        for n, row in enumerate(self.rows):
            options.append(passage_option(row, width, n))
            options.append(None)
        view.set_options(options[:-1])
        if highlighted is not None and self.rows:
            view.highlighted = min(highlighted, len(self.rows) - 1)

    def on_resize(self) -> None:
        """Passages are broken at the width, so lay the rows out again when it changes (no reading)."""
        if self.rows and self._built_width != self._width():
            self._show()

    def action_cursor_down(self) -> None:
        """Highlight the next row."""
        self.query_one(OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        """Highlight the previous row."""
        self.query_one(OptionList).action_cursor_up()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter or a click on a row jumps to its passage."""
        event.stop()
        self.action_jump()

    def action_jump(self) -> None:
        """Open the article at the highlighted row's passage."""
        option = self.query_one(OptionList).highlighted_option
        if option is not None and option.id is not None:
            row = self.rows[int(option.id)]
            self.dismiss((row.article_id, row.anchor))

    def action_close(self) -> None:
        """Back to where the view was opened from."""
        self.dismiss(None)


def heading(*parts: tuple[str, str]) -> Text:
    """A row's heading line from (text, style) parts, each cleaned (it is cut to the width when shown)."""
    return Text.assemble(*((clean_line(text), style) for text, style in parts), no_wrap=True)
