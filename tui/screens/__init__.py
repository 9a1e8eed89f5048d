"""The reader's screens, one a module, and what they hand work to: the article loader, the bookmark
writer, the reading of the index for the main screen, imports, links and the link picker; and the story views (stories,
one story, the timeline, who said what).

Only the main screen is shown at start: every other screen's module is imported when it is first
asked for (`from tui.screens import SearchScreen` still works), so the reader paints sooner.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .main import MainScreen

if TYPE_CHECKING:
    from .bookmarks import BookmarksScreen
    from .dialog import ConfirmDialog, InputDialog
    from .help import HelpScreen
    from .link_picker import LinkPicker
    from .quotes import QuotesScreen
    from .search import SearchResult, SearchScreen
    from .stories import StoriesScreen
    from .story import StoryScreen
    from .timeline import TimelineScreen

__all__ = ["BookmarksScreen", "ConfirmDialog", "HelpScreen", "InputDialog", "LinkPicker", "MainScreen", "SearchResult", "SearchScreen",
           "QuotesScreen", "StoriesScreen", "StoryScreen", "TimelineScreen"]

_MODULES = {"BookmarksScreen": "bookmarks", "ConfirmDialog": "dialog", "InputDialog": "dialog", "HelpScreen": "help",
            "LinkPicker": "link_picker",
            "QuotesScreen": "quotes", "SearchResult": "search", "SearchScreen": "search", "StoriesScreen": "stories",
            "StoryScreen": "story", "TimelineScreen": "timeline"}


def __getattr__(name: str) -> Any:
    """A screen other than the main one, imported on first use."""
    if name in _MODULES:
        return getattr(importlib.import_module(f".{_MODULES[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
