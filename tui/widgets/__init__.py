"""The reader's widgets, one a module."""

from .actor_filters import ActorFilters
from .article_body import ArticleBody
from .article_list import ArticleList
from .feed_list import FeedList
from .summary_pane import SummaryPane

__all__ = ["ActorFilters", "ArticleBody", "ArticleList", "FeedList", "SummaryPane"]
