"""The bookmarks screen: every bookmarked passage; jump to it, edit its note, delete, export."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList
from textual.widgets.option_list import Option

from ..messages import BookmarkFailed, BookmarkWritten
from ..news.library import Library, NewsError
from ..news.models import Bookmark
from ..news.sanitize import clean_line, clean_text
from ..render.text import cut, wrap_lines
from .bookmark_writer import BookmarkWriter
from .dialog import ConfirmDialog, InputDialog

__all__ = ["BookmarksScreen", "EXPORT_NAME"]

EXPORT_NAME = "bookmarks.md"
PASSAGE_LINES = 3


class BookmarksScreen(Screen[tuple[str, str] | None]):
    """Every bookmark, newest first; dismisses with (article id, anchor) to jump there."""

    BINDINGS = [
        Binding("enter", "jump", "Go to", id="bookmarks.jump", tooltip="Open the article at this passage"),
        Binding("e", "edit", "Edit note", id="bookmarks.edit", tooltip="Edit this bookmark's note"),
        Binding("d", "delete", "Delete", id="bookmarks.delete", tooltip="Delete this bookmark (u undoes)"),
        Binding("u", "undo", "Undo", id="bookmarks.undo", tooltip="Bring back the last deleted bookmark"),
        Binding("x", "export", "Export", id="bookmarks.export", tooltip="Write every bookmark to a Markdown file"),
        Binding("escape", "close", "Back", id="bookmarks.close", tooltip="Back to the reader"),
        Binding("j", "cursor_down", "Down", show=False, id="bookmarks.down", tooltip="The next bookmark"),
        Binding("k", "cursor_up", "Up", show=False, id="bookmarks.up", tooltip="The previous bookmark"),
    ]

    def __init__(self, library: Library, writer: BookmarkWriter | None = None) -> None:
        """`writer`: the reader's bookmark writer, so that changes keep their order with its bookmark toggles."""
        super().__init__()
        self.library = library
        self.bookmarks: list[Bookmark] = []
        self.deleted: list[Bookmark] = []
        self._writer = writer
        self._own_writer = writer is None
        self._built_width = -1

    @property
    def writer(self) -> BookmarkWriter:
        """The bookmark writer: the reader's, else one of this screen's own."""
        if self._writer is None:
            self._writer = BookmarkWriter(self.app, self.library.path)
        return self._writer

    def on_unmount(self) -> None:
        """Changes asked for of a writer of this screen's own are written before the screen goes."""
        if self._own_writer and self._writer is not None:
            self._writer.wait()

    def compose(self) -> ComposeResult:
        """Header, the list, footer."""
        yield Header()
        yield OptionList(id="bookmark-list", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        """Read the bookmarks in a worker."""
        self.title = clean_line(f"newsreader · {self.library.path.name}")
        self.query_one(OptionList).border_title = "Bookmarks"
        self.refresh_list()
        self.query_one(OptionList).focus()

    def on_resize(self) -> None:
        """Passages are broken at the width, so lay the list out again when it changes (no reading)."""
        if 0 <= self._built_width != self._width():  # once read: before, the reading shows them
            self._show_bookmarks()

    def refresh_list(self) -> None:
        """Read the bookmarks again, in a worker, and show them."""
        self._read_bookmarks()

    @dataclass
    class BookmarksRead(Message):
        """A worker read every bookmark (or could not: `error`)."""

        bookmarks: list[Bookmark]
        error: str | None = None

    @work(thread=True, exclusive=True, group="bookmarks-read")
    def _read_bookmarks(self) -> None:
        try:
            lib = Library(self.library.path)
            try:
                self.post_message(self.BookmarksRead(lib.bookmarks()))
            finally:
                lib.close()
        except NewsError as exc:
            self.post_message(self.BookmarksRead([], str(exc)))

    def on_bookmarks_screen_bookmarks_read(self, message: BookmarksRead) -> None:
        """Show the bookmarks read."""
        if message.error:
            self.notify(message.error, severity="error", markup=False)
        self.bookmarks = message.bookmarks
        self._show_bookmarks()

    def _width(self) -> int:
        return max(10, self.query_one(OptionList).scrollable_content_region.width - 4)

    def _show_bookmarks(self) -> None:
        self.sub_title = f"{len(self.bookmarks)} bookmark" + ("" if len(self.bookmarks) == 1 else "s")
        view = self.query_one(OptionList)
        width = self._built_width = self._width()
        highlighted = view.highlighted
        options: list[Option | None] = []
        if not self.bookmarks:
            options.append(Option(Text("No bookmarks yet: press b on a passage to add one.", style="dim"),
                                  disabled=True))
        for bm in self.bookmarks:
            title = cut(bm.title, width)
            title.stylize("bold")
            meta = f"bookmarked {bm.created[:10]}"
            if bm.detached:
                meta += " · detached: the passage left the article"
            lines = wrap_lines(Text(clean_text(bm.text)), width - 2)
            passage = [Text("  ") + line for line in lines[:PASSAGE_LINES]]
            if len(lines) > PASSAGE_LINES:
                passage[-1].append("…")
            parts = [title, cut(meta, width), *passage]
            if bm.note:
                parts.append(Text("  ✎ ", style="italic") + cut(bm.note, width - 4))
            parts[1].stylize("dim")
            options.append(Option(Text("\n").join(parts), id=bm.id))
            options.append(None)
        view.set_options(options[:-1] if self.bookmarks else options)
        if self.bookmarks:
            view.highlighted = min(highlighted or 0, len(self.bookmarks) - 1)

    @property
    def current(self) -> Bookmark | None:
        """The highlighted bookmark."""
        option = self.query_one(OptionList).highlighted_option
        return next((b for b in self.bookmarks if option is not None and b.id == option.id), None)

    def action_cursor_down(self) -> None:
        """Highlight the next bookmark."""
        self.query_one(OptionList).action_cursor_down()

    def action_cursor_up(self) -> None:
        """Highlight the previous bookmark."""
        self.query_one(OptionList).action_cursor_up()

    def action_jump(self) -> None:
        """Open the article at the bookmarked passage."""
        if (bm := self.current) is not None:
            self.dismiss((bm.article_id, bm.anchor))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter or a click on a bookmark jumps there."""
        event.stop()
        self.action_jump()

    def action_edit(self) -> None:
        """Edit the highlighted bookmark's note."""
        bm = self.current
        if bm is None:
            return

        def done(note: str | None) -> None:
            if note is not None:
                self.writer.set_note(bm, note, self)

        self.app.push_screen(InputDialog("Note", "A note for this passage", clean_line(bm.note)), done)

    def action_delete(self) -> None:
        """Delete the highlighted bookmark; `u` brings it back."""
        if (bm := self.current) is not None:
            self.writer.delete(bm, self)

    def action_undo(self) -> None:
        """Bring back the last deleted bookmark."""
        if not self.deleted:
            self.notify("Nothing to undo.", severity="warning")
            return
        self.writer.restore(self.deleted.pop(), self)

    def on_bookmark_written(self, message: BookmarkWritten) -> None:
        """A change of this screen's reached the index: show the list as it is now."""
        if message.change == "deleted" and message.bookmark is not None:
            self.deleted.append(message.bookmark)
        self.refresh_list()
        if message.change == "deleted":
            self.notify("Bookmark deleted. Press u to undo.")
        elif message.change == "restored":
            self.notify("Bookmark restored.")

    def on_bookmark_failed(self, message: BookmarkFailed) -> None:
        """A change could not be written: say so."""
        self.notify(message.text, severity="error", markup=False)

    def action_export(self) -> None:
        """Write every bookmark as Markdown next to the index, and say where; ask before replacing a file."""
        path = Path(self.library.path).parent / EXPORT_NAME
        if path.exists():
            self._ask_to_replace(path)
        else:
            self._export(path, replace=False)

    def _ask_to_replace(self, path: Path) -> None:
        def answered(yes: bool | None) -> None:
            if yes:
                self._export(path, replace=True)
            else:
                self.notify(f"{path} was left as it was.", title="Not exported", markup=False)

        self.app.push_screen(ConfirmDialog("Export", f"{path} exists. Replace it?"), answered)

    def _export(self, path: Path, replace: bool) -> None:
        try:
            # "x" refuses a file made since the look above: that one is asked about too.
            with open(path, "w" if replace else "x", encoding="utf-8") as fh:
                fh.write(self.library.bookmarks_markdown())
        except FileExistsError:
            self._ask_to_replace(path)
            return
        except OSError as exc:
            self.notify(f"Could not write {path}: {exc.strerror}", severity="error", markup=False)
            return
        self.notify(str(path), title=f"Exported {len(self.bookmarks)} bookmarks", markup=False, timeout=10)

    def action_close(self) -> None:
        """Back to the reader."""
        self.dismiss(None)
