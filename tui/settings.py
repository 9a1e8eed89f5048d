"""The reader's side of `config.toml`: the keymap and the theme, checked against what the app has."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding

from . import screens, widgets

if TYPE_CHECKING:
    from .news.config import Config

__all__ = ["binding_ids", "problems", "apply"]


def binding_ids(app: App) -> set[str]:
    """Every binding id of the app, its screens and its widgets (what `[keys]` may remap)."""
    classes = [type(app), *(getattr(screens, n) for n in screens.__all__), *(getattr(widgets, n) for n in widgets.__all__)]
    return {b.id for cls in classes for b in getattr(cls, "BINDINGS", ()) if isinstance(b, Binding) and b.id}


def problems(app: App, config: Config) -> list[str]:
    """One line per bad setting: the file's own (syntax, types), then unknown binding ids and themes."""
    found = list(config.errors)
    known = binding_ids(app) if config.keys else set()  # the screens' modules load only for a keymap
    for binding in config.keys:
        if binding not in known:
            found.append(_at(config, f"keys.{binding}", f"keys: no binding with the id {binding!r}"
                                                        " (the ids are listed in the README)"))
    if config.theme and config.theme not in app.available_themes:
        found.append(_at(config, "theme", f"unknown theme {config.theme!r}"
                                          f" (one of: {', '.join(sorted(app.available_themes))})"))
    return found


def _at(config: Config, key: str, message: str) -> str:
    line = config.lines.get(key)
    return f"{config.path}, line {line}: {message}" if line else f"{config.path}: {message}"


def apply(app: App, config: Config) -> bool:
    """Set the keymap and, if the file names a known one, the theme; True when it set the theme."""
    known = binding_ids(app) if config.keys else set()
    keymap = {binding: keys for binding, keys in config.keys.items() if binding in known}
    if keymap:
        app.set_keymap(keymap)
    if config.theme and config.theme in app.available_themes:
        app.theme = config.theme
        return True
    return False
