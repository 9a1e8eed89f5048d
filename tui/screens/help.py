"""The help screen: every key, grouped by where it works."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

__all__ = ["HelpScreen", "key_label"]

_NAMES = {
    "slash": "/", "question_mark": "?", "down": "↓", "up": "↑", "pagedown": "PgDn", "pageup": "PgUp",
    "escape": "esc", "space": "space", "enter": "enter", "home": "Home", "end": "End",
    "tab": "tab", "shift+tab": "shift+tab",
}


def key_label(key: str) -> str:
    """How a binding's keys read to a person: `j,down` -> `j ↓`."""
    return " ".join(_NAMES.get(k.strip(), k.strip()) for k in key.split(","))


class HelpScreen(ModalScreen[None]):
    """Every key of the reader; `escape`, `q` or `?` closes."""

    BINDINGS = [
        Binding("escape,q,question_mark", "close", "Close", id="help.close", tooltip="Close the help"),
    ]

    def __init__(self, sections: list[tuple[str, list[BindingType]]]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        """One table of keys, section by section."""
        table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=True)
        table.add_column(style="bold", no_wrap=True, min_width=12)
        table.add_column(no_wrap=True)
        table.add_column(style="dim", ratio=1)
        for title, bindings in self.sections:
            table.add_row(Text(title, style="bold underline"), Text(""), Text(""))
            seen = set()
            for binding in bindings:
                if not isinstance(binding, Binding) or (binding.key, binding.action) in seen:
                    continue
                seen.add((binding.key, binding.action))
                table.add_row(Text(key_label(binding.key)), Text(binding.description), Text(binding.tooltip))
            table.add_row(Text(""), Text(""), Text(""))
        table.add_row(Text("ctrl+p", style="bold"), Text("Command palette"),
                      Text("Every action, the themes, and “Filter by actor: NAME”"))
        with VerticalScroll(id="help-dialog"):
            yield Static(table)

    def on_mount(self) -> None:
        """Title the box."""
        box = self.query_one("#help-dialog")
        box.border_title = "Keys"
        box.border_subtitle = "escape closes"

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
