"""The main screen's keys on the open article's passages: search and its hits, bookmarks, removed lines, sources."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..messages import BookmarkFailed, BookmarkWritten
from ..news.language import query_terms
from ..widgets import ArticleBody
from ..widgets.article_body import cited_url

if TYPE_CHECKING:
    from pathlib import Path

    from textual.screen import Screen as _Screen

    from ..news.library import Library
    from ..news.models import Article
    from .bookmark_writer import BookmarkWriter
    from .search import SearchResult
else:
    _Screen = object

__all__ = ["PassageKeys"]


class PassageKeys(_Screen):
    """What MainScreen does with the open article's passages (a mixin: every method runs on the screen)."""

    if TYPE_CHECKING:
        def __getattr__(self, name: str) -> Any: ...  # the main screen's own attributes

        library: Library
        db_path: Path
        bookmark_writer: BookmarkWriter
        article: Article | None
        filters: tuple[str, ...]
        terms: tuple[str, ...]

    # --- search and its hits --------------------------------------------------------------------------

    def action_search(self) -> None:
        """Open the search screen."""
        from .search import SearchScreen  # screens other than this one load when first opened

        self.app.push_screen(SearchScreen(self.db_path, self.filters), self._search_done)

    def _search_done(self, result: SearchResult | None) -> None:
        if result is None:
            return
        self.terms = tuple(query_terms(result.query))
        self.open_article(result.article_id, result.anchor)

    def action_next_hit(self) -> None:
        """Move to the next search hit in the open article."""
        if not self.query_one(ArticleBody).step_hit(1):
            self.notify("No search hits in this article.", severity="warning")

    def action_previous_hit(self) -> None:
        """Move to the previous search hit in the open article."""
        if not self.query_one(ArticleBody).step_hit(-1):
            self.notify("No search hits in this article.", severity="warning")

    # --- bookmarks ------------------------------------------------------------------------------------

    def action_bookmark(self) -> None:
        """Bookmark (or un-bookmark) the open article's current passage."""
        body = self.query_one(ArticleBody)
        passage = body.current
        if self.article is None or passage is None:
            self.notify("No passage to bookmark.", severity="warning")
            return
        self.bookmark_writer.toggle(self.article.id, passage.anchor, self)

    def on_bookmark_written(self, message: BookmarkWritten) -> None:
        """A bookmark change (this screen's or the bookmarks screen's) reached the index: show it."""
        if self.article is not None and self.article.id == message.article_id:
            self.query_one(ArticleBody).bookmarked = message.anchors
        if message.change in ("added", "removed"):
            self.notify("Bookmarked." if message.change == "added" else "Bookmark removed.")

    def on_bookmark_failed(self, message: BookmarkFailed) -> None:
        """A bookmark toggle could not be written: say so."""
        self.notify(message.text, severity="error", markup=False)

    def action_bookmarks(self) -> None:
        """Open the bookmarks screen."""
        from .bookmarks import BookmarksScreen

        self.app.push_screen(BookmarksScreen(self.library, self.bookmark_writer), self._bookmark_chosen)

    def _bookmark_chosen(self, target: tuple[str, str] | None) -> None:
        if target is not None:
            self.terms = ()
            self.open_article(*target)

    # --- what cleaning removed, and the passage's source ----------------------------------------------

    def action_toggle_removed(self) -> None:
        """Show or hide, inline, what cleaning removed."""
        body = self.query_one(ArticleBody)
        body.show_removed = not body.show_removed
        if body.show_removed and self.article is not None and not self.article.removed:
            self.notify("Cleaning removed nothing from this article.")

    def _source_url(self, quiet: bool = False) -> str | None:
        if self.article is None:
            return None
        url = cited_url(self.article, self.query_one(ArticleBody).current)
        if url is None and not quiet:
            self.notify("This passage has no http(s) source.", severity="warning")
        return url

    def action_open_source(self) -> None:
        """Open the current passage's cited source (else the article's) in the browser; an article with
        enclosures offers them too, in a picker."""
        from .link_picker import LinkPicker, choices  # screens other than this one load when first opened
        from .links import open_in_browser

        if self.article is not None and self.article.enclosures:
            def chosen(url: str | None) -> None:
                if url:
                    open_in_browser(self.app, url)

            self.app.push_screen(LinkPicker(choices(self._source_url(quiet=True), self.article.enclosures)), chosen)
        elif url := self._source_url():
            open_in_browser(self.app, url)

    def action_copy_source(self) -> None:
        """Copy the current passage's source URL to the clipboard."""
        if url := self._source_url():
            self.app.copy_to_clipboard(url)
            self.notify(url, title="Copied", markup=False)
