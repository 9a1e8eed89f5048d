"""The reader's header: Textual's, whose title is one line of fixed size, so a new title or sub-title (the
unread count after each switch) repaints that line alone instead of laying out the whole screen again."""

from __future__ import annotations

from textual.events import Mount
from textual.widgets import Header, Static

__all__ = ["ReaderHeader"]


class ReaderHeader(Header):
    """Textual's header (icon, title and sub-title, clock space); a new title repaints its line, no layout."""

    DEFAULT_CSS = """
    ReaderHeader > HeaderTitle {
        height: 1;
    }
    """

    def _on_mount(self, event: Mount) -> None:
        """Follow the screen's (else the app's) title and sub-title, in place of Textual's header, which
        lays out the screen again at each change."""
        event.prevent_default()
        for obj in (self.app, self.screen):
            self.watch(obj, "title", self._set_title)
            self.watch(obj, "sub_title", self._set_title)

    def _set_title(self) -> None:
        # the title is the header's one Static: nowrap text in a line of fixed size, so a repaint suffices
        self.query_one(Static).update(self.format_title(), layout=False)
