"""NewsReaderApp: the stylesheets, the themes, the command palette; it opens the main screen."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from functools import partial

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.theme import Theme

from .news.library import Library, NewsError, upgrade_notice, upgrade_progress
from .news.paths import styles_dir
from .news.sanitize import clean_line, clean_text
from . import settings
from .screens import MainScreen

__all__ = ["NewsReaderApp", "ActorCommands", "run_app"]

STYLESHEETS = ("app.tcss", "widgets.tcss", "screens.tcss")


class ActorCommands(Provider):
    """Palette commands "Filter by actor: NAME", one per actor."""

    def _commands(self) -> list[tuple[str, str, partial]]:
        screen = self.screen
        if not isinstance(screen, MainScreen):
            return []
        return [
            (clean_line(f"Filter by actor: {actor.name}"),
             clean_line(f"{actor.kind}, {articles} article" + ("" if articles == 1 else "s")),
             partial(screen.toggle_actor, actor.id))
            for actor, articles, _mentions in screen.actors  # as the screen last read them, off the UI thread
        ]

    async def discover(self) -> Hits:
        """Every actor, before anything is typed."""
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        """Actors whose command matches what was typed."""
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            if (score := matcher.match(title)) > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)


class NewsReaderApp(App[int]):
    """The reader over one library."""

    CSS_PATH = [styles_dir() / name for name in STYLESHEETS]
    TITLE = "newsreader"
    COMMANDS = App.COMMANDS | {ActorCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Quit the reader"),
        Binding("question_mark", "help", "Help", id="app.help", tooltip="Every key"),
    ]

    def __init__(self, db: str | None = None, actors: Iterable[str] = (), library: Library | None = None) -> None:
        super().__init__()
        self.library = library or Library(db, on_upgrade=upgrade_notice, upgrade_progress=upgrade_progress)
        self.start_actors = list(actors)
        self.config_problems = settings.problems(self, self.library.config)  # told on stderr and in the app
        # config.toml's keys and theme (else the remembered theme), set before any widget is styled
        if not settings.apply(self, self.library.config):
            theme = self.library.get_state("theme")
            if theme and theme in self.available_themes:
                self.theme = theme

    def on_mount(self) -> None:
        """Remember the theme the user picks from here on, and tell config.toml's problems."""
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        for problem in self.config_problems:
            self.notify(problem, title="config.toml", severity="warning", timeout=15, markup=False)

    def get_default_screen(self) -> Screen:
        """The main screen, the first on the stack: composed with the app, painted in its first frame."""
        return MainScreen(self.library, self.start_actors)

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """A notification; what it quotes (a title, a path, a URL, a server's error) is data, so no
        control sequence in it reaches the terminal."""
        if timeout is None:
            super().notify(clean_text(message), title=clean_line(title), severity=severity, markup=markup)
        else:
            super().notify(clean_text(message), title=clean_line(title), severity=severity, timeout=timeout,
                           markup=markup)

    def _remember_theme(self, theme: Theme) -> None:
        self.library.set_state("theme", theme.name)

    def on_unmount(self) -> None:
        """Close the index after the screens have saved their state."""
        self.library.close()

    def action_help(self) -> None:
        """Show every key (from wherever the reader is)."""
        if isinstance(self.screen, MainScreen):
            self.screen.action_help()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's own commands plus every action of the reader."""
        yield from super().get_system_commands(screen)
        if isinstance(screen, MainScreen):
            yield from screen.palette_commands()


def run_app(db: str | None, actors: list[str]) -> int:
    """Open the reader on the index at `db` (or the default); returns the exit status."""
    try:
        app = NewsReaderApp(db=db, actors=actors)
    except NewsError as exc:
        print(clean_line(f"newsreader: {exc}"), file=sys.stderr)
        return 1
    for problem in app.config_problems:  # a bad setting is told, and the reader still starts
        print(clean_line(f"newsreader: {problem}"), file=sys.stderr)
    app.run()
    return app.return_code or 0
