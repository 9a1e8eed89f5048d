"""The reader's footer: Textual's, with `? Help` first, so a narrow terminal never cuts it off."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

__all__ = ["HelpFirstFooter"]


class HelpFirstFooter(Footer):
    """The footer keys with the help key moved to the front (Textual lists the app's keys last)."""

    def compose(self) -> ComposeResult:
        """Textual's keys, help first."""
        keys = list(super().compose())
        first = [key for key in keys if isinstance(key, FooterKey) and key.action in ("help", "app.help")]
        yield from first
        yield from (key for key in keys if key not in first)
