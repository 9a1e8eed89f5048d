"""The index (one SQLite file): the connection, the schema, and one module per kind of record.

`connection` opens and checks the file and runs write transactions; `schema` creates and
migrates the tables; `articles`, `actors`, `search`, `bookmarks`, `subscriptions`, `state` and `stories`
each own the SQL of their records. `Store` gathers them over one connection.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .actors import Actors
from .articles import ArticleQuery, Articles, StoredArticle, StoredPassage
from .connection import BUSY_TIMEOUT_S, Index, check_file, now
from .readstate import ReadState
from .state import State
from .subscriptions import Subscriptions

if TYPE_CHECKING:
    from .bookmarks import Bookmarks
    from .enclosures import Enclosures
    from .feeditems import FeedItems
    from .removal import Removal
    from .search import Search
    from .sources import Sources
    from .stories import Stories
    from .templates import Templates

__all__ = ["Store", "Index", "ArticleQuery", "StoredArticle", "StoredPassage", "BUSY_TIMEOUT_S", "check_file", "now"]


class Store:
    """Every kind of record of the index, over one connection (one per thread).

    The records the reader's first page needs are made at once; the others (and their modules) on first use.
    """

    def __init__(self, index: Index) -> None:
        """The records of the open `index`."""
        self.index = index
        self.actors = Actors(index)
        self.articles = Articles(index, self.actors)
        self.subscriptions = Subscriptions(index)
        self.state = State(index)
        self.read_state = ReadState(index)

    @cached_property
    def search(self) -> Search:
        from .search import Search
        return Search(self.index, self.actors)

    @cached_property
    def bookmarks(self) -> Bookmarks:
        from .bookmarks import Bookmarks
        return Bookmarks(self.index)

    @cached_property
    def feed_items(self) -> FeedItems:
        from .feeditems import FeedItems
        return FeedItems(self.index)

    @cached_property
    def removal(self) -> Removal:
        from .removal import Removal
        return Removal(self.index)

    @cached_property
    def stories(self) -> Stories:
        from .stories import Stories
        return Stories(self.index)

    @cached_property
    def sources(self) -> Sources:
        from .sources import Sources
        return Sources(self.index)

    @cached_property
    def templates(self) -> Templates:
        from .templates import Templates
        return Templates(self.index)

    @cached_property
    def enclosures(self) -> Enclosures:
        from .enclosures import Enclosures
        return Enclosures(self.index)
