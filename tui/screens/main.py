"""The main screen: article list, body, summaries and actor filters; it owns the reader's state."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from functools import partial
from pathlib import Path

from textual import work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Container
from textual.events import Resize
from textual.reactive import var
from textual.screen import Screen

from .. import startup
from ..messages import ArticleLoaded, ImportFinished, ImportProgressed, LoadFailed, Seeded, SummaryDrawn
from ..news.library import Library, NewsError
from ..news.models import Actor, Article
from ..news.sanitize import clean_line
from ..widgets import ActorFilters, ArticleBody, ArticleList, FeedList, SummaryPane
from ..widgets.article_body import LayoutPlan
from ..widgets.footer import HelpFirstFooter
from ..widgets.header import ReaderHeader
from .bookmark_writer import BookmarkWriter
from .importing import run_import
from .loader import ArticleLoader, LoadRequest, draw_bullets, load_article
from .passage_keys import PassageKeys
from .story_keys import STORY_BINDINGS, StoryKeys, story_help
from .library_view import (CountsRead, LibraryView, ReadNoted, ViewRead, ViewRequest, mark_opened, post_counts,
                           post_view, read_page)
from .reading import READING_BINDINGS, Reading

__all__ = ["MainScreen", "NARROW_WIDTH"]

NARROW_WIDTH = 110  # below this the side panes stack under the list
WATCH_SECONDS = 2.0  # how often the reader looks for articles another process imported


class MainScreen(StoryKeys, Reading, PassageKeys, Screen):
    """The reader: every pane of the open library."""

    BINDINGS = [
        Binding("tab", "app.focus_next", "Next pane", show=False, id="main.next_pane",
                tooltip="Focus the next pane"),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False, id="main.previous_pane",
                tooltip="Focus the previous pane"),
        Binding("slash", "search", "Search", id="main.search", tooltip="Search every passage"),
        Binding("b", "bookmark", "Bookmark", id="main.bookmark",
                tooltip="Bookmark or un-bookmark the current passage"),
        Binding("B", "bookmarks", "Bookmarks", id="main.bookmarks", tooltip="Show every bookmark"),
        Binding("a", "focus_actors", "Actors", id="main.actors", tooltip="Focus the actor filters"),
        Binding("r", "toggle_removed", "Removed", id="main.removed",
                tooltip="Show or hide what cleaning removed"),
        Binding("o", "open_source", "Open source", id="main.open_source",
                tooltip="Open the current passage's source in the browser"),
        Binding("y", "copy_source", "Copy URL", show=False, id="main.copy_source",
                tooltip="Copy the current passage's source URL"),
        Binding("n", "next_hit", "Next hit", show=False, id="main.next_hit",
                tooltip="The next search hit in this article"),
        Binding("N", "previous_hit", "Previous hit", show=False, id="main.previous_hit",
                tooltip="The previous search hit in this article"),
        Binding("escape", "clear_filters", "Clear filters", show=False, id="main.clear_filters",
                tooltip="Stop filtering by actors"),
        Binding("i", "import", "Import…", show=False, id="main.import",
                tooltip="Import files, folders, pages or feeds into the library"),
        Binding("R", "refresh_feeds", "Refresh feeds", show=False, id="main.refresh",
                tooltip="Fetch every subscribed feed and import what is new"),
        *STORY_BINDINGS,
        *READING_BINDINGS,
    ]

    filters: var[tuple[str, ...]] = var((), init=False)
    terms: var[tuple[str, ...]] = var((), init=False)
    feed: var[str | None] = var(None, init=False)  # the subscription the list is narrowed to
    unread_only: var[bool] = var(False, init=False)

    def __init__(self, library: Library, start_actors: Iterable[str] = ()) -> None:
        super().__init__()
        self.library = library
        self.db_path: Path = library.path
        self.start_actors = list(start_actors)
        self.article: Article | None = None
        self.current_anchor: str | None = None  # the body's current passage
        self.actors: list[tuple[Actor, int, int]] = []  # every actor with its counts, as last read
        self._view_number = 0
        self._view: LibraryView | None = None  # the view last read
        self.loader = ArticleLoader(self._start_load, self._show, self._open_id)

    def compose(self) -> ComposeResult:
        """Header, the four panes, footer."""
        yield ReaderHeader()
        with Container(id="panes"):
            yield ArticleList(id="list")
            yield ArticleBody(id="body")
            yield SummaryPane(id="summary")
            yield FeedList(id="feeds")
            yield ActorFilters(id="actors")
        yield HelpFirstFooter()

    def on_mount(self) -> None:
        """Show the last or newest article, then, once that is painted, read the rest of the index in a worker:
        `--actor`, the list, the counts (or seed a new index)."""
        for pane, title in (("list", "Articles"), ("body", "Article"), ("summary", "Summary"), ("feeds", "Feeds"),
                            ("actors", "Actors")):
            self.query_one(f"#{pane}").border_title = title
        self.title = clean_line(f"newsreader · {self.db_path.name}")
        self.bookmark_writer = BookmarkWriter(self.app, self.db_path)
        self.bookmark_writer.watchers.append(self)  # the body's marks follow the bookmarks screen's changes too
        self._data_version = self.library.data_version()
        self.set_interval(WATCH_SECONDS, self._watch_index)
        self.start_auto_refresh()
        if not self.start_actors:  # else the article to open depends on the filters the view resolves
            self._open_start()
        self.query_one(ArticleList).focus()
        # The view's reading (a worker, and the panes it fills) would compete with the first frame for the
        # one interpreter lock: it starts once that frame is drawn.
        self.call_after_refresh(self._show_view, names=tuple(self.start_actors), start=True)
        self.call_after_refresh(startup.release)  # the process's start held the garbage collector until now

    def _open_start(self) -> None:
        """Show the article the reader last had open (else the newest) in the first frame.

        The body is what the first screen shows; reading it is a few indexed queries, so it is read
        here, and laid out when the body is first drawn. The counts, the list, the actors and feeds
        (the view's reading) and the generated bullets fill in after the first frame.
        """
        lib = self.library
        try:
            last = lib.get_state("last_article")
            anchor = lib.get_state("last_anchor") if last else None
            try:
                article = lib.article(last, summaries=False) if last else None
            except NewsError:  # gone since: open the newest
                article = None
            if article is None:
                rows = lib.articles().page(0, 1, with_actors=False)
                if not rows:
                    return  # an empty index: the view's reading seeds it
                article, anchor = lib.article(rows[0].id, summaries=False), None
        except NewsError:
            return  # the view's reading tells what is wrong
        self._show(ArticleLoaded(article, anchor, frozenset(), article.id), anchor)  # _show reads the bookmarks

    def on_resize(self, event: Resize) -> None:
        """Stack the panes when the terminal is narrow."""
        self.set_class(event.size.width < NARROW_WIDTH, "-narrow")

    def on_unmount(self) -> None:
        """Finish the bookmark writes asked for (nothing is lost on quit), remember where the reader was."""
        self.bookmark_writer.wait()
        self._remember()

    def _remember(self) -> None:
        if self.article is not None:
            try:
                self.library.mark_read(self.article.id)  # in case its worker had no time to
                self.library.set_state("last_article", self.article.id)
                self.library.set_state("last_anchor", self.current_anchor)
            except Exception:  # the index may already be closed on a hard exit
                pass

    def _watch_index(self) -> None:
        """Another process (say `newsreader add`) changed the index: show its articles."""
        version = self.library.data_version()
        if version != self._data_version:
            self._data_version = version
            self._after_import()

    # --- the view of the library -------------------------------------------------------------

    def _show_view(self, keep_place: bool = False, names: tuple[str, ...] = (), start: bool = False) -> None:
        """Read the list for the current filters (and everything that shows them) in a worker."""
        self._view_number += 1
        self._read_view(ViewRequest(self._view_number, self.filters, names, start, keep_place, self.feed,
                                    self.unread_only))

    @work(thread=True, group="view")
    def _read_view(self, request: ViewRequest) -> None:
        post_view(self.db_path, request, self.post_message)

    def on_view_read(self, message: ViewRead) -> None:
        """Point the list at the view read and update everything that shows it."""
        request, view = message.request, message.view
        if request.number != self._view_number:
            return  # the filters changed since: a newer reading is on its way
        for note in view.notes:
            self.notify(note, title="Actor filter", severity="warning", markup=False)
        if request.start:
            self.set_reactive(MainScreen.filters, view.filters)
        self.actors = view.actors
        self._view = view
        article_list = self.query_one(ArticleList)
        article_list.empty_text = ("No article mentions every selected actor." if self.filters
                                   else "No unread articles." if self.unread_only else "No articles.")
        highlighted = article_list.highlighted if request.keep_place else None
        keep = highlighted.id if highlighted is not None else self._open_id()
        article_list.open_id = self._open_id()
        article_list.show(partial(read_page, self.db_path, view.filters, feed=view.feed,
                                  unread_only=view.unread_only), view.shown, view.first_rows, keep, request.keep_place)
        if request.start and self.article is not None:
            article_list.mark_open(self.article.id)  # opened before the list was read: its row reads as read
        self.query_one(FeedList).show(view.feeds, view.unread, view.feed)
        self.query_one(ActorFilters).show(self.actors, frozenset(self.filters))
        known = {a.id: (a.name, *a.aliases) for a, _, _ in self.actors}
        self.query_one(ArticleBody).marks = {f: known.get(f, ()) for f in self.filters}
        self.set_class(bool(self.filters), "-filtered")
        self.sub_title = clean_line(view.summary())
        if request.start and view.total == 0:
            self._import([], first_run=True)
        elif self.article is None and not self.loader.waiting:
            last, anchor = view.last
            target = last or (view.first_rows[0].id if view.first_rows else None)
            if target:
                self.open_article(target, anchor if last else None, fallback=True)
        else:
            self.call_after_refresh(self.load_next_ahead)  # the list's rows say which article comes next

    def watch_filters(self) -> None:
        """Narrow the list to articles mentioning every selected actor."""
        self._show_view()

    def toggle_actor(self, actor_id: str) -> None:
        """Turn the filter on one actor on or off."""
        if actor_id in self.filters:
            self.filters = tuple(f for f in self.filters if f != actor_id)
        else:
            self.filters = (*self.filters, actor_id)

    def on_actor_filters_toggled(self, message: ActorFilters.Toggled) -> None:
        """An actor was toggled in the pane."""
        self.toggle_actor(message.actor_id)

    def on_actor_filters_cleared(self, message: ActorFilters.Cleared) -> None:
        """The pane asked to clear the filters."""
        self.filters = ()

    # --- opening articles ---------------------------------------------------------------------

    def open_article(self, article_id: str, anchor: str | None = None, fallback: bool = False) -> None:
        """Show an article: at once when it was loaded ahead, else when its worker brings it."""
        if self.article is not None and self.article.id == article_id:
            body = self.query_one(ArticleBody)
            body.terms = self.terms
            if anchor:
                body.jump_to(anchor)
            return
        self.loader.open(article_id, anchor, fallback)

    def _open_id(self) -> str | None:
        return self.article.id if self.article is not None else None

    def _start_load(self, request: LoadRequest) -> None:
        self._load(request, self.query_one(ArticleBody).layout_plan(self.terms))

    @work(thread=True, group="article")
    def _load(self, request: LoadRequest, plan: LayoutPlan | None) -> None:
        load_article(self.db_path, request, plan, self.post_message)

    def on_article_list_highlighted(self, message: ArticleList.Highlighted) -> None:
        """Load the highlighted article ahead, so that opening it is instant."""
        self.loader.highlighted(message.article_id)

    def on_article_loaded(self, message: ArticleLoaded) -> None:
        """A worker loaded an article: the loader shows it or keeps it ready."""
        self.loader.loaded(message)

    def on_summary_drawn(self, message: SummaryDrawn) -> None:
        """Generated bullets arrived: show them if their article is open, keep them if it is loaded ahead."""
        self.loader.summary_drawn(message)
        if self.article is not None and self.article.id == message.article_id:
            self.article = replace(self.article, summary_generated=message.bullets)
            self.query_one(SummaryPane).show(self.article.summary_article, message.bullets)

    def _show(self, message: ArticleLoaded, anchor: str | None) -> None:
        """Show an article in the body and its summaries beside it."""
        self.article = message.article
        body = self.query_one(ArticleBody)
        bookmarked = frozenset(self.library.bookmarked_anchors(message.article.id))  # may have changed since
        body.show_article(message.article, anchor, bookmarked, self.terms, prepared=message.prepared)
        self.query_one(SummaryPane).show(message.article.summary_article, message.article.summary_generated,
                                         pending=not message.article.summary_generated)
        article_list = self.query_one(ArticleList)
        article_list.mark_open(message.article.id)
        article_list.select(message.article.id)
        self._watch_index()  # another process's change is seen now, before the mark's own change
        self.call_after_refresh(self._note_opened, message.article.id)  # a worker, after the paint
        if not message.article.summary_generated:  # drawn once the body is painted, never delaying it
            self.call_after_refresh(self._draw_bullets, message.article)
        self.call_after_refresh(self.load_next_ahead)

    @work(thread=True, exclusive=True, group="summary")
    def _draw_bullets(self, article: Article) -> None:
        if self.article is not None and self.article.id == article.id:  # else another article is open already
            draw_bullets(article, self.post_message)

    @work(thread=True, group="read-state")
    def _note_opened(self, article_id: str) -> None:
        if mark_opened(self.db_path, article_id):
            self.post_message(ReadNoted(article_id))

    def on_read_noted(self, message: ReadNoted) -> None:
        """The mark changed the index: not another process's change, so the watch starts again from here.
        The counts it changes are read again; the whole view only when it lists unread articles alone (the
        article leaves it), or when another process added or removed articles at the same moment."""
        self._data_version = self.library.data_version()
        if self.unread_only or self._view is None:
            self._show_view(keep_place=True)
        else:
            self._read_counts(self._view_number)

    @work(thread=True, group="view")
    def _read_counts(self, number: int) -> None:
        post_counts(self.db_path, number, self.post_message)

    def on_counts_read(self, message: CountsRead) -> None:
        """Show the unread counts after a read mark (in the header and the feeds pane)."""
        if message.number != self._view_number or self._view is None:
            return  # the view changed since: its own reading brings the counts
        if message.total != self._view.total:
            self._show_view(keep_place=True)
            return
        self._view = view = replace(self._view, unread=message.unread, feeds=message.feeds)
        self.query_one(FeedList).show(view.feeds, view.unread, view.feed)
        self.sub_title = clean_line(view.summary())

    def on_article_list_read_failed(self, message: ArticleList.ReadFailed) -> None:
        """A page of the list could not be read: say so."""
        self.notify(message.text, severity="error", markup=False)

    def on_load_failed(self, message: LoadFailed) -> None:
        """A worker failed: say so (a load ahead that failed stays quiet: nobody asked for that article yet)."""
        if self.loader.failed(message):
            self.notify(message.text, severity="error", markup=False)

    def on_article_list_chosen(self, message: ArticleList.Chosen) -> None:
        """Open the article chosen in the list."""
        self.terms = ()
        self.open_article(message.article_id)

    def on_article_body_passage_changed(self, message: ArticleBody.PassageChanged) -> None:
        """Track the current passage (remembered on exit)."""
        self.current_anchor = message.anchor

    def on_summary_pane_bullet_chosen(self, message: SummaryPane.BulletChosen) -> None:
        """Scroll the body to the bullet's passage."""
        if not self.query_one(ArticleBody).jump_to(message.anchor):
            self.notify("That bullet's passage is not in the article.", severity="warning")

    # --- actions ---------------------------------------------------------------------------------

    def action_focus_actors(self) -> None:
        """Focus the actor filters."""
        self.query_one(ActorFilters).focus()

    def action_clear_filters(self) -> None:
        """Stop filtering by actors."""
        if self.filters:
            self.filters = ()

    def action_help(self) -> None:
        """Show every key."""
        from .bookmarks import BookmarksScreen
        from .help import HelpScreen
        from .search import SearchScreen

        sections = [
            ("Everywhere", [*self.app.BINDINGS, *self.BINDINGS]),
            ("Article list", ArticleList.BINDINGS), ("Article body", ArticleBody.BINDINGS),
            ("Summaries", SummaryPane.BINDINGS), ("Feeds", FeedList.BINDINGS),
            ("Actor filters", ActorFilters.BINDINGS),
            ("Search", SearchScreen.BINDINGS), ("Bookmarks", BookmarksScreen.BINDINGS), *story_help(),
        ]
        self.app.push_screen(HelpScreen(sections))

    def action_import(self) -> None:
        """Ask for a path, then import it in a worker."""
        from .dialog import InputDialog

        def chosen(path: str | None) -> None:
            if path and path.strip():
                self.notify(path.strip(), title="Importing", markup=False)
                text = path.strip()
                self._import([text if text.startswith(("http://", "https://")) else str(Path(text).expanduser())])

        self.app.push_screen(InputDialog("Import", "A file, a folder, or the URL of a page or feed"), chosen)

    def action_refresh_feeds(self) -> None:
        """Fetch every subscription in a worker, with progress in the header."""
        self.notify("Fetching every subscribed feed…", title="Refresh", markup=False)
        self._import([], refresh=True)

    # --- imports -------------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="import")
    def _import(self, inputs: list[str], first_run: bool = False, refresh: bool = False) -> None:
        run_import(self.db_path, inputs, self.post_message, first_run, refresh)

    def on_seeded(self, message: Seeded) -> None:
        """The first-run check imported nothing (the seeds were imported once, then removed): show the index."""
        self._after_import()

    def on_import_progressed(self, message: ImportProgressed) -> None:
        """Show import progress in the header (an automatic refresh stays quiet)."""
        if self._quiet_import:
            return
        self.sub_title = f"importing… {message.done} done ({message.outcome})"

    def on_import_finished(self, message: ImportFinished) -> None:
        """Refresh the view; on the first run, explain the sample articles."""
        if self.quiet_import_finished(message):
            return
        if message.first_run:
            self.notify(
                "These are sample articles. Add your own with `newsreader add PATH`, "
                "or “Import…” in the command palette (ctrl+p).",
                title="Welcome", timeout=12, markup=False,
            )
        else:
            self.notify(message.report.line(), title="Import finished", markup=False)
            for failure in message.report.failures[:5]:
                self.notify(failure, title="Could not import", severity="warning", markup=False)
            for note in message.report.notes[:5]:
                self.notify(note, title="Note", markup=False)
        self._after_import()

    def _after_import(self) -> None:
        self.loader.forget()  # articles loaded ahead may have changed
        self._show_view(keep_place=True)

    # --- the command palette --------------------------------------------------------------------------

    def palette_commands(self) -> Iterable[SystemCommand]:
        """Every action of the screen, for the command palette."""
        for binding in self.BINDINGS:
            if not isinstance(binding, Binding) or binding.action.startswith("app."):
                continue
            key = binding.key.replace("slash", "/")
            yield SystemCommand(binding.description, f"{binding.tooltip} ({key})",
                                partial(self.run_action, binding.action))
        yield SystemCommand("Help", "Show every key (?)", self.action_help)
