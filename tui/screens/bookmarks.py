"""The bookmarks screen: every bookmarked passage; jump to it, edit its note, delete, export."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList
from textual.widgets.option_list import Option

from ..news.library import Library, NewsError
from ..news.models import Bookmark
from ..news.sanitize import clean_line, clean_text
from ..render.text import cut, wrap_lines
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

    def __init__(self, library: Library, writes: ThreadPoolExecutor | None = None) -> None:
        """`writes`: the reader's writer thread, so that changes keep their order with its bookmark toggles."""
        super().__init__()
        self.library = library
        self.bookmarks: list[Bookmark] = []
        self.deleted: list[Bookmark] = []
        self._own_writes = writes is None
        self._writes = writes or ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsreader-writes")

    def on_unmount(self) -> None:
        """Changes asked for are written before the screen goes."""
        if self._own_writes:
            self._writes.shutdown(wait=True)

    @work(thread=True, group="bookmark-writes")
    def _write(self, change: Callable[[Library], object], then: Callable[[object], None]) -> None:
        """Run `change` on the writer thread with its own connection, then `then(result)` on the UI thread.

        Another process (an import) may hold the index for a while: the screen stays usable meanwhile.
        """
        path = self.library.path

        def job() -> object:
            lib = Library(path)
            try:
                return change(lib)
            finally:
                lib.close()

        try:
            result = self._writes.submit(job).result()
        except (NewsError, sqlite3.Error) as exc:
            self.app.call_from_thread(self.notify, f"The change was not saved: {exc}", severity="error", markup=False)
            return
        self.app.call_from_thread(then, result)

    def compose(self) -> ComposeResult:
        """Header, the list, footer."""
        yield Header()
        yield OptionList(id="bookmark-list", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        """Fill the list."""
        self.title = clean_line(f"newsreader · {self.library.path.name}")
        self.query_one(OptionList).border_title = "Bookmarks"
        self.refresh_list()
        self.query_one(OptionList).focus()

    def on_resize(self) -> None:
        """Passages are broken at the width, so rebuild when it changes."""
        self.refresh_list()

    def refresh_list(self) -> None:
        """Read the bookmarks again and show them."""
        self.bookmarks = self.library.bookmarks()
        self.sub_title = f"{len(self.bookmarks)} bookmark" + ("" if len(self.bookmarks) == 1 else "s")
        view = self.query_one(OptionList)
        width = max(10, view.scrollable_content_region.width - 4)
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
                self._write(lambda lib: lib.set_note(bm.id, note), lambda _: self.refresh_list())

        self.app.push_screen(InputDialog("Note", "A note for this passage", clean_line(bm.note)), done)

    def action_delete(self) -> None:
        """Delete the highlighted bookmark; `u` brings it back."""
        bm = self.current
        if bm is None:
            return
        def after_delete(gone: object) -> None:
            if gone is not None:
                self.deleted.append(gone)
            self.refresh_list()
            self.notify("Bookmark deleted. Press u to undo.")

        self._write(lambda lib: lib.delete_bookmark(bm.id), after_delete)

    def action_undo(self) -> None:
        """Bring back the last deleted bookmark."""
        if not self.deleted:
            self.notify("Nothing to undo.", severity="warning")
            return
        gone = self.deleted.pop()

        def restored(_: object) -> None:
            self.refresh_list()
            self.notify("Bookmark restored.")

        self._write(lambda lib: lib.restore_bookmark(gone), restored)

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
