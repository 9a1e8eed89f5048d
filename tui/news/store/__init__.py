"""The index (one SQLite file): the connection, the schema, and one module per kind of record.

`connection` opens and checks the file and runs write transactions; `schema` creates and
migrates the tables; `articles`, `actors`, `search`, `bookmarks`, `subscriptions`, `state` and `stories`
each own the SQL of their records. `Store` gathers them over one connection.
"""

from __future__ import annotations

from .actors import Actors
from .articles import ArticleQuery, Articles, StoredArticle, StoredPassage
from .bookmarks import Bookmarks
from .connection import BUSY_TIMEOUT_S, Index, check_file, now
from .enclosures import Enclosures
from .feeditems import FeedItems
from .readstate import ReadState
from .removal import Removal
from .search import Search
from .sources import Sources
from .state import State
from .stories import Stories
from .subscriptions import Subscriptions
from .templates import Templates

__all__ = ["Store", "Index", "ArticleQuery", "StoredArticle", "StoredPassage", "BUSY_TIMEOUT_S", "check_file", "now"]


class Store:
    """Every kind of record of the index, over one connection (one per thread)."""

    def __init__(self, index: Index) -> None:
        """The records of the open `index`."""
        self.index = index
        self.actors = Actors(index)
        self.articles = Articles(index, self.actors)
        self.search = Search(index, self.actors)
        self.bookmarks = Bookmarks(index)
        self.subscriptions = Subscriptions(index)
        self.state = State(index)
        self.feed_items = FeedItems(index)
        self.read_state = ReadState(index)
        self.removal = Removal(index)
        self.stories = Stories(index)
        self.sources = Sources(index)
        self.templates = Templates(index)
        self.enclosures = Enclosures(index)
