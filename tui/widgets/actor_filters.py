"""The actor filters: actors grouped by kind with their article counts; `space` toggles one."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..news.models import ACTOR_KINDS, Actor
from ..render.text import cut, wrap_text

__all__ = ["ActorFilters"]

KIND_TITLES = {"person": "People", "country": "Countries", "place": "Places", "organization": "Organisations"}
EMPTY = "No actors yet: people, countries and organisations appear here once articles are analysed for them."


class ActorFilters(OptionList):
    """Every actor, grouped by kind; the selected ones narrow the article list."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="actors.down", tooltip="Highlight the next actor"),
        Binding("k", "cursor_up", "Up", show=False, id="actors.up", tooltip="Highlight the previous actor"),
        Binding("space,enter", "toggle_actor", "Toggle", id="actors.toggle",
                tooltip="Filter by this actor, or stop filtering by it"),
        Binding("escape", "clear", "Clear filters", id="actors.clear", tooltip="Stop filtering by actors"),
    ]

    @dataclass
    class Toggled(Message):
        """The user toggled the filter on one actor."""

        actor_id: str

    @dataclass
    class Cleared(Message):
        """The user cleared every actor filter."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False)
        self._actors: list[tuple[Actor, int, int]] = []
        self._selected: frozenset[str] = frozenset()
        self._built_width = -1
        self._read = False  # no "no actors yet" before the actors are read

    def show(self, actors: list[tuple[Actor, int, int]], selected: frozenset[str]) -> None:
        """Show the actors, with a check on the selected ones."""
        if self._read and (list(actors), frozenset(selected)) == (self._actors, self._selected) \
                and self._built_width == self._width():
            return  # the same view read again: nothing to redraw
        self._actors, self._selected, self._read = list(actors), frozenset(selected), True
        self._rebuild()

    def on_resize(self, event: events.Resize) -> None:
        """Names are cut to the width, so rebuild when it changes (not when only the height does)."""
        if self._width() != self._built_width:
            self._rebuild()

    def _width(self) -> int:
        return max(8, self.scrollable_content_region.width - 2)

    def _rebuild(self) -> None:
        if self.scrollable_content_region.width <= 0:
            return  # not laid out yet: on_resize builds at the real width
        width = self._built_width = self._width()
        options: list[Option] = []
        if not self._actors and self._read:
            options.append(Option(wrap_text(Text(EMPTY, style="dim"), width), disabled=True))
        for kind in (*ACTOR_KINDS, *sorted({a.kind for a, _, _ in self._actors} - set(ACTOR_KINDS))):
            group = [item for item in self._actors if item[0].kind == kind]
            if not group:
                continue
            options.append(Option(Text(KIND_TITLES.get(kind, kind.title()), style="bold"), disabled=True))
            for actor, articles, _mentions in group:
                check = "☑ " if actor.id in self._selected else "☐ "
                count = f" {articles}"
                name = cut(actor.name, width - len(check) - len(count))
                prompt = Text.assemble(check, name, (count, "dim"))
                options.append(Option(prompt, id=actor.id))
        highlighted = self.highlighted
        self.set_options(options)
        first = next((i for i, o in enumerate(options) if not o.disabled), None)
        keep = highlighted is not None and highlighted < len(options) and not options[highlighted].disabled
        self.highlighted = highlighted if keep else first

    def action_toggle_actor(self) -> None:
        """Toggle the filter on the highlighted actor."""
        option = self.highlighted_option
        if option is not None and option.id and not option.disabled:
            self.post_message(self.Toggled(option.id))

    def action_clear(self) -> None:
        """Clear every actor filter."""
        self.post_message(self.Cleared())
