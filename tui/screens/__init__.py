"""The reader's screens, one a module, and what they hand work to: the article loader, the bookmark
writer, the reading of the index for the main screen, imports, links and the link picker; and the story views (stories,
one story, the timeline, who said what)."""

from .bookmarks import BookmarksScreen
from .dialog import ConfirmDialog, InputDialog
from .help import HelpScreen
from .link_picker import LinkPicker
from .main import MainScreen
from .quotes import QuotesScreen
from .search import SearchResult, SearchScreen
from .stories import StoriesScreen
from .story import StoryScreen
from .timeline import TimelineScreen

__all__ = ["BookmarksScreen", "ConfirmDialog", "HelpScreen", "InputDialog", "LinkPicker", "MainScreen", "SearchResult", "SearchScreen",
           "QuotesScreen", "StoriesScreen", "StoryScreen", "TimelineScreen"]
