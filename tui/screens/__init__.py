"""The reader's screens, one a module."""

from .bookmarks import BookmarksScreen
from .dialog import ConfirmDialog, InputDialog
from .help import HelpScreen
from .main import MainScreen
from .search import SearchResult, SearchScreen

__all__ = ["BookmarksScreen", "ConfirmDialog", "HelpScreen", "InputDialog", "MainScreen", "SearchResult", "SearchScreen"]
