"""Loading articles off the UI thread: the one the reader asked for, and a few ahead of it."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from textual.message import Message

from ..messages import ArticleLoaded, LoadFailed, SummaryDrawn
from ..news.library import Library, NewsError
from ..news.models import Article
from ..news.summary import generated
from ..news.typeset import prepare
from ..widgets.article_body import LayoutPlan

__all__ = ["ArticleLoader", "LoadRequest", "load_article", "draw_bullets", "READY_ARTICLES"]

READY_ARTICLES = 8  # articles kept loaded ahead


@dataclass(frozen=True)
class LoadRequest:
    """One article to load, the passage to show, and whether the newest article may stand in for it."""

    article_id: str
    anchor: str | None = None
    fallback: bool = False
    ahead: bool = False  # loaded ahead of being asked for: its generated bullets are drawn before it is posted


def load_article(db_path: Path, request: LoadRequest, plan: LayoutPlan | None,
                 post: Callable[[Message], object]) -> None:
    """Read, prepare and lay out an article and post ArticleLoaded.

    An article loaded ahead comes with its generated bullets; one asked for comes without them, at
    once: the screen draws them (`draw_bullets`) once the body is painted, so that the tokenizer's
    work never delays that paint. For a worker thread: it opens its own connection (SQLite
    connections stay on their thread) and touches no widget; every outcome, failures included, goes
    out through `post`.
    """
    try:
        lib = Library(db_path)
    except NewsError as exc:
        post(LoadFailed(str(exc), request.article_id))
        return
    try:
        anchor = request.anchor
        try:
            article = lib.article(request.article_id, summaries=False)
        except NewsError:
            rows = lib.articles().page(0, 1) if request.fallback else []
            if not rows:
                raise
            article, anchor = lib.article(rows[0].id, summaries=False), None
        bookmarked = frozenset(lib.bookmarked_anchors(article.id))
        if request.ahead and not article.summary_generated:
            article = replace(article, summary_generated=_bullets(article))
        # Phrase analysis and line breaking are the slow part of showing Japanese: both happen here.
        for text in [p.text for p in article.passages] + [t for _, t in article.summary_generated]:
            prepare(text)
        prepared = plan.lay_out(article, rendered=plan.height) if plan is not None else None
        post(ArticleLoaded(article, anchor, bookmarked, request.article_id, prepared))
    except NewsError as exc:
        post(LoadFailed(str(exc), request.article_id))
    except Exception as exc:  # never a traceback on screen
        post(LoadFailed(f"Could not open the article: {exc}", request.article_id))
    finally:
        lib.close()


def _bullets(article: Article) -> tuple[tuple[str, str], ...]:
    try:
        bullets = generated(article.passages)
        for _, text in bullets:
            prepare(text)
        return bullets
    except Exception:  # the article is shown: without generated bullets, not with an error
        return ()


def draw_bullets(article: Article, post: Callable[[Message], object]) -> None:
    """Draw an open article's generated bullets and post them as SummaryDrawn (for a worker thread)."""
    post(SummaryDrawn(article.id, _bullets(article)))


class ArticleLoader:
    """Decides what to load and what to show: the article asked for, one load ahead at a time, a few kept ready.

    It holds no widget: `start` runs a load in a worker (whose messages the screen hands back to
    `loaded`, `failed` and `summary_drawn`), `show` puts an article on screen, and `open_id` says
    which article is on screen now.
    """

    def __init__(self, start: Callable[[LoadRequest], None], show: Callable[[ArticleLoaded, str | None], None],
                 open_id: Callable[[], str | None], keep: int = READY_ARTICLES) -> None:
        self._start, self._show, self._open_id, self._keep = start, show, open_id, keep
        self._wanted: LoadRequest | None = None  # the article asked for and not shown yet
        self._loading: set[str] = set()  # article ids with a load under way
        self._ready: OrderedDict[str, ArticleLoaded] = OrderedDict()  # loaded ahead, not shown yet
        self._ahead: str | None = None  # the next article to load ahead

    @property
    def waiting(self) -> bool:
        """Whether an article was asked for and is not shown yet."""
        return self._wanted is not None

    def is_ready(self, article_id: str) -> bool:
        """Whether an article is loaded ahead, waiting to be shown."""
        return article_id in self._ready

    def open(self, article_id: str, anchor: str | None = None, fallback: bool = False) -> None:
        """Show an article: at once when it was loaded ahead, else when its load lands."""
        ready = self._ready.pop(article_id, None)
        if ready is not None:
            self._wanted = None
            self._show(ready, anchor)
            return
        self._wanted = LoadRequest(article_id, anchor, fallback)
        if article_id not in self._loading:  # else the load already under way is shown when it lands
            self._begin(self._wanted)

    def highlighted(self, article_id: str) -> None:
        """The cursor moved onto an article: load it ahead, after the load under way if there is one."""
        if article_id == self._open_id() or article_id in self._ready:
            return
        if self._loading:
            self._ahead = article_id  # one load at a time: this one comes next
        else:
            self._begin(LoadRequest(article_id, ahead=True))

    def loaded(self, message: ArticleLoaded) -> None:
        """A load landed: show it if it is the article asked for, else keep it for when it is."""
        self._loading.discard(message.requested)
        wanted = self._wanted
        if wanted is not None and wanted.article_id == message.requested:
            self._wanted = None
            self._show(message, wanted.anchor or message.anchor)
        else:
            self._ready[message.requested] = message
            while len(self._ready) > self._keep:
                self._ready.popitem(last=False)
        self._next_ahead()

    def failed(self, message: LoadFailed) -> bool:
        """A load failed; True when the user asked for that article (a load ahead that failed stays quiet)."""
        self._loading.discard(message.requested)
        asked = not message.requested or (self._wanted is not None and self._wanted.article_id == message.requested)
        if asked and message.requested:
            self._wanted = None
        self._next_ahead()
        return asked

    def summary_drawn(self, message: SummaryDrawn) -> None:
        """Generated bullets arrived: keep them with the article if it waits loaded ahead."""
        for loaded in self._ready.values():
            if loaded.article.id == message.article_id:
                loaded.article = replace(loaded.article, summary_generated=message.bullets)

    def forget(self) -> None:
        """Drop the articles loaded ahead (the index changed under them)."""
        self._ready.clear()

    def _begin(self, request: LoadRequest) -> None:
        self._loading.add(request.article_id)
        self._start(request)

    def _next_ahead(self) -> None:
        ahead, self._ahead = self._ahead, None
        if ahead and not self._loading and ahead not in self._ready and ahead != self._open_id():
            self._begin(LoadRequest(ahead, ahead=True))
