"""The reader's screens, one a module."""

from .bookmarks import BookmarksScreen
from .dialog import InputDialog
from .help import HelpScreen
from .main import MainScreen
from .search import SearchResult, SearchScreen

__all__ = ["BookmarksScreen", "HelpScreen", "InputDialog", "MainScreen", "SearchResult", "SearchScreen"]
