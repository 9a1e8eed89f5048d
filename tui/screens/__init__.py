"""The reader's screens, one a module, and what they hand work to: the article loader, the bookmark
writer, the reading of the index for the main screen, imports, links."""

from .bookmarks import BookmarksScreen
from .dialog import ConfirmDialog, InputDialog
from .help import HelpScreen
from .main import MainScreen
from .search import SearchResult, SearchScreen

__all__ = ["BookmarksScreen", "ConfirmDialog", "HelpScreen", "InputDialog", "MainScreen", "SearchResult", "SearchScreen"]
