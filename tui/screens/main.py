"""The main screen: article list, body, summaries and actor filters; it owns the reader's state."""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from collections.abc import Iterable
from functools import partial
from pathlib import Path

from textual import work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Container
from textual.events import Resize
from textual.reactive import var
from textual.screen import Screen
from textual.widgets import Footer, Header

from ..messages import ArticleLoaded, BookmarkWritten, ImportFinished, ImportProgressed, LoadFailed, SummaryDrawn
from ..news.language import query_terms
from ..news.summary import generated
from ..news.typeset import prepare
from ..news.library import Library, NewsError
from ..news.models import Actor, Article
from ..news.sanitize import clean_line
from ..widgets import ActorFilters, ArticleBody, ArticleList, SummaryPane
from ..widgets.article_body import LayoutPlan, cited_url
from .bookmarks import BookmarksScreen
from .dialog import InputDialog
from .help import HelpScreen
from .search import SearchResult, SearchScreen

__all__ = ["MainScreen", "NARROW_WIDTH"]

NARROW_WIDTH = 110  # below this the side panes stack under the list
READY_ARTICLES = 8  # articles kept loaded ahead
WATCH_SECONDS = 2.0  # how often the reader looks for articles another process imported


def _browser_found() -> bool:
    """Whether Python's webbrowser has a browser to hand a URL to (it silently does nothing otherwise)."""
    import webbrowser

    try:
        webbrowser.get()
    except webbrowser.Error:
        return False
    return True


class MainScreen(Screen):
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
    ]

    filters: var[tuple[str, ...]] = var((), init=False)
    terms: var[tuple[str, ...]] = var((), init=False)

    def __init__(self, library: Library, start_actors: Iterable[str] = ()) -> None:
        super().__init__()
        self.library = library
        self.db_path: Path = library.path
        self.start_actors = list(start_actors)
        self.article: Article | None = None
        self.anchor: str | None = None
        self._actors: list[tuple[Actor, int, int]] = []
        self._wanted: tuple[str, str | None] | None = None  # the article asked for and not shown yet
        self._loading: set[str] = set()  # article ids with a load under way
        self._ready: OrderedDict[str, ArticleLoaded] = OrderedDict()  # loaded ahead, not shown yet
        self._ahead: str | None = None  # the next article to load ahead
        self._writes = ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsreader-writes")

    def compose(self) -> ComposeResult:
        """Header, the four panes, footer."""
        yield Header()
        with Container(id="panes"):
            yield ArticleList(id="list")
            yield ArticleBody(id="body")
            yield SummaryPane(id="summary")
            yield ActorFilters(id="actors")
        yield Footer()

    def on_mount(self) -> None:
        """Apply `--actor`, fill the list, open the last or newest article (or seed a new index)."""
        self.query_one("#list").border_title = "Articles"
        self.query_one("#body").border_title = "Article"
        self.query_one("#summary").border_title = "Summary"
        self.query_one("#actors").border_title = "Actors"
        self._actors = self.library.actors()
        wanted: list[str] = []
        for name in self.start_actors:
            try:
                wanted.append(self.library.resolve_actor(name))
            except NewsError as exc:
                self.notify(str(exc), title="Actor filter", severity="warning", markup=False)
        self.set_reactive(MainScreen.filters, tuple(dict.fromkeys(wanted)))
        self._show_view()
        self._data_version = self.library.data_version()
        self.set_interval(WATCH_SECONDS, self._watch_index)
        if self.library.count() == 0:
            self._import([], first_run=True)
        else:
            self._open_start()
        self.query_one(ArticleList).focus()

    def on_resize(self, event: Resize) -> None:
        """Stack the panes when the terminal is narrow."""
        self.set_class(event.size.width < NARROW_WIDTH, "-narrow")

    def on_unmount(self) -> None:
        """Finish the bookmark writes asked for (nothing is lost on quit), remember where the reader was."""
        self._writes.shutdown(wait=True)
        self._remember()

    def _remember(self) -> None:
        if self.article is not None:
            try:
                self.library.set_state("last_article", self.article.id)
                self.library.set_state("last_anchor", self.anchor)
            except Exception:  # the index may already be closed on a hard exit
                pass

    def _watch_index(self) -> None:
        """Another process (say `newsreader add`) changed the index: show its articles."""
        version = self.library.data_version()
        if version != self._data_version:
            self._data_version = version
            self._after_import()

    # --- the view of the library -------------------------------------------------------------

    def _show_view(self) -> None:
        """Point the list at the current filters and update everything that shows them."""
        query = self.library.articles()
        if self.filters:
            query = query.mentioning(*self.filters)
        shown = query.count()
        article_list = self.query_one(ArticleList)
        article_list.empty_text = "No article mentions every selected actor." if self.filters else "No articles."
        article_list.show(query, shown)
        if self.article is not None:
            article_list.open_id = self.article.id
            found = article_list.find(self.article.id)
            if found is not None:
                article_list.cursor = found
        self.query_one(ActorFilters).show(self._actors, frozenset(self.filters))
        known = {a.id: (a.name, *a.aliases) for a, _, _ in self._actors}
        self.query_one(ArticleBody).marks = {f: known.get(f, ()) for f in self.filters}
        self.set_class(bool(self.filters), "-filtered")
        self._update_header(shown)

    def _update_header(self, shown: int | None = None) -> None:
        total = self.library.count()
        shown = total if shown is None else shown
        self.title = clean_line(f"newsreader · {self.db_path.name}")
        parts = [f"{shown} of {total} articles" if self.filters else f"{total} articles"]
        if self.filters:
            names = {a.id: a.name for a, _, _ in self._actors}
            parts.append("actors: " + ", ".join(names.get(f, f) for f in self.filters))
        self.sub_title = clean_line(" · ".join(parts))

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

    def _open_start(self) -> None:
        last = self.library.get_state("last_article")
        anchor = self.library.get_state("last_anchor") if last else None
        first = self.query_one(ArticleList).row(0)
        target = last or (first.id if first else None)
        if target:
            self.open_article(target, anchor, fallback=True)

    def open_article(self, article_id: str, anchor: str | None = None, fallback: bool = False) -> None:
        """Show an article: at once when it was loaded ahead, else when its worker brings it."""
        if self.article is not None and self.article.id == article_id:
            body = self.query_one(ArticleBody)
            body.terms = self.terms
            if anchor:
                body.jump_to(anchor)
            return
        self._wanted = (article_id, anchor)
        ready = self._ready.pop(article_id, None)
        if ready is not None:
            self._show(ready, anchor)
            return
        if article_id not in self._loading:  # else the load already under way is shown when it lands
            self._start_load(article_id, anchor, fallback)

    def _start_load(self, article_id: str, anchor: str | None = None, fallback: bool = False) -> None:
        self._loading.add(article_id)
        self._load(article_id, anchor, fallback, self.query_one(ArticleBody).layout_plan(self.terms))

    def on_article_list_highlighted(self, message: ArticleList.Highlighted) -> None:
        """Load the highlighted article ahead, so that opening it is instant."""
        article_id = message.article_id
        if (self.article is not None and self.article.id == article_id) or article_id in self._ready:
            return
        if self._loading:
            self._ahead = article_id  # one load at a time: this one comes next
        else:
            self._start_load(article_id)

    @work(thread=True, group="article")
    def _load(self, article_id: str, anchor: str | None, fallback: bool, plan: LayoutPlan | None) -> None:
        # A worker has its own connection: SQLite connections stay on their thread.
        try:
            lib = Library(self.db_path)
        except NewsError as exc:
            self.post_message(LoadFailed(str(exc), article_id))
            return
        try:
            try:
                article = lib.article(article_id, summaries=False)
            except NewsError:
                rows = lib.articles().page(0, 1) if fallback else []
                if not rows:
                    raise
                article, anchor = lib.article(rows[0].id, summaries=False), None
            bookmarked = frozenset(lib.bookmarked_anchors(article.id))
            # Phrase analysis and line breaking are the slow part of showing Japanese:
            # both happen here, off the UI thread.
            for text in [p.text for p in article.passages] + [t for _, t in article.summary_generated]:
                prepare(text)
            prepared = plan.lay_out(article) if plan is not None else None
            self.post_message(ArticleLoaded(article, anchor, bookmarked, article_id, prepared))
            if not article.summary_generated:  # the body first, then the bullets drawn from it
                try:
                    bullets = generated(article.passages)
                    for _, text in bullets:
                        prepare(text)
                except Exception:  # the article is shown: without generated bullets, not with an error
                    bullets = ()
                self.post_message(SummaryDrawn(article.id, bullets))
        except NewsError as exc:
            self.post_message(LoadFailed(str(exc), article_id))
        except Exception as exc:  # never a traceback on screen
            self.post_message(LoadFailed(f"Could not open the article: {exc}", article_id))
        finally:
            lib.close()

    def _load_next_ahead(self) -> None:
        ahead, self._ahead = self._ahead, None
        if ahead and not self._loading and ahead not in self._ready and (self.article is None or self.article.id != ahead):
            self._start_load(ahead)

    def on_article_loaded(self, message: ArticleLoaded) -> None:
        """Show a loaded article if it is the one asked for; else keep it for when it is."""
        self._loading.discard(message.requested)
        wanted = self._wanted
        if wanted is not None and wanted[0] == message.requested:
            self._wanted = None
            self._show(message, wanted[1] or message.anchor)
        else:
            self._ready[message.requested] = message
            while len(self._ready) > READY_ARTICLES:
                self._ready.popitem(last=False)
        self._load_next_ahead()

    def on_summary_drawn(self, message: SummaryDrawn) -> None:
        """Generated bullets arrived: show them if their article is open, keep them if it is loaded ahead."""
        for loaded in self._ready.values():
            if loaded.article.id == message.article_id:
                loaded.article = replace(loaded.article, summary_generated=message.bullets)
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
        found = article_list.find(message.article.id)
        if found is not None:
            article_list.cursor = found
        # The connection that reads writes too, so the index watch does not take it for another
        # process's change; if an import holds the lock, the mark waits for the next article.
        self.library.note_opened(message.article.id)

    def on_load_failed(self, message: LoadFailed) -> None:
        """A worker failed: say so."""
        self._loading.discard(message.requested)
        asked = not message.requested or (self._wanted is not None and self._wanted[0] == message.requested)
        if asked:  # a load ahead that failed stays quiet: nobody asked for that article yet
            if message.requested:
                self._wanted = None
            self.notify(message.text, severity="error", markup=False)
        self._load_next_ahead()

    def on_article_list_chosen(self, message: ArticleList.Chosen) -> None:
        """Open the article chosen in the list."""
        self.terms = ()
        self.open_article(message.article_id)

    def on_article_body_passage_changed(self, message: ArticleBody.PassageChanged) -> None:
        """Track the current passage (remembered on exit)."""
        self.anchor = message.anchor

    def on_summary_pane_bullet_chosen(self, message: SummaryPane.BulletChosen) -> None:
        """Scroll the body to the bullet's passage."""
        if not self.query_one(ArticleBody).jump_to(message.anchor):
            self.notify("That bullet's passage is not in the article.", severity="warning")

    # --- actions ---------------------------------------------------------------------------------

    def action_search(self) -> None:
        """Open the search screen."""
        self.app.push_screen(SearchScreen(self.db_path, self.filters), self._search_done)

    def _search_done(self, result: SearchResult | None) -> None:
        if result is None:
            return
        self.terms = tuple(query_terms(result.query))
        self.open_article(result.article_id, result.anchor)

    def action_bookmark(self) -> None:
        """Bookmark (or un-bookmark) the open article's current passage."""
        body = self.query_one(ArticleBody)
        passage = body.current
        if self.article is None or passage is None:
            self.notify("No passage to bookmark.", severity="warning")
            return
        self._toggle_bookmark(self.article.id, passage.anchor)

    @work(thread=True, group="bookmark")
    def _toggle_bookmark(self, article_id: str, anchor: str) -> None:
        """Write a bookmark toggle off the UI thread: an import in another process may hold the index.

        Toggles go through one writer thread, in the order they were asked for (two quick `b`s
        on a passage add and then remove); the worker waits for its turn and reports back.
        """
        def write() -> tuple[bool, frozenset[str]]:
            lib = Library(self.db_path)
            try:
                added = lib.toggle_bookmark(article_id, anchor)
                return added is not None, frozenset(lib.bookmarked_anchors(article_id))
            finally:
                lib.close()

        try:
            added, anchors = self._writes.submit(write).result()
        except (NewsError, sqlite3.Error) as exc:
            self.post_message(LoadFailed(f"The bookmark was not saved: {exc}"))
            return
        self.post_message(BookmarkWritten(article_id, added, anchors))

    def on_bookmark_written(self, message: BookmarkWritten) -> None:
        """A toggle reached the index: show it."""
        if self.article is not None and self.article.id == message.article_id:
            # Read now, not the message's set: the workers of quick toggles may report out of order.
            self.query_one(ArticleBody).bookmarked = frozenset(self.library.bookmarked_anchors(message.article_id))
        self.notify("Bookmarked." if message.added else "Bookmark removed.")

    def action_bookmarks(self) -> None:
        """Open the bookmarks screen."""
        self.app.push_screen(BookmarksScreen(self.library, self._writes), self._bookmark_chosen)

    def _bookmark_chosen(self, target: tuple[str, str] | None) -> None:
        if self.article is not None:
            self.query_one(ArticleBody).bookmarked = frozenset(self.library.bookmarked_anchors(self.article.id))
        if target is not None:
            self.terms = ()
            self.open_article(*target)

    def action_focus_actors(self) -> None:
        """Focus the actor filters."""
        self.query_one(ActorFilters).focus()

    def action_clear_filters(self) -> None:
        """Stop filtering by actors."""
        if self.filters:
            self.filters = ()

    def action_toggle_removed(self) -> None:
        """Show or hide, inline, what cleaning removed."""
        body = self.query_one(ArticleBody)
        body.show_removed = not body.show_removed
        if body.show_removed and self.article is not None and not self.article.removed:
            self.notify("Cleaning removed nothing from this article.")

    def _source_url(self) -> str | None:
        if self.article is None:
            return None
        url = cited_url(self.article, self.query_one(ArticleBody).current)
        if url is None:
            self.notify("This passage has no http(s) source.", severity="warning")
        return url

    def action_open_source(self) -> None:
        """Open the current passage's cited source (else the article's) in the browser."""
        if url := self._source_url():
            if not self.app.is_web and not _browser_found():
                # Nothing would open: say so, and leave the URL where the user can take it.
                self.app.copy_to_clipboard(url)
                self.notify(f"The URL is {url} (copied to the clipboard)", title="No web browser found",
                            severity="warning", markup=False, timeout=15)
                return
            self.app.open_url(url)
            self.notify(url, title="Opening", markup=False)

    def action_copy_source(self) -> None:
        """Copy the current passage's source URL to the clipboard."""
        if url := self._source_url():
            self.app.copy_to_clipboard(url)
            self.notify(url, title="Copied", markup=False)

    def action_next_hit(self) -> None:
        """Move to the next search hit in the open article."""
        if not self.query_one(ArticleBody).step_hit(1):
            self.notify("No search hits in this article.", severity="warning")

    def action_previous_hit(self) -> None:
        """Move to the previous search hit in the open article."""
        if not self.query_one(ArticleBody).step_hit(-1):
            self.notify("No search hits in this article.", severity="warning")

    def action_help(self) -> None:
        """Show every key."""
        sections = [
            ("Everywhere", [*self.app.BINDINGS, *self.BINDINGS]),
            ("Article list", ArticleList.BINDINGS), ("Article body", ArticleBody.BINDINGS),
            ("Summaries", SummaryPane.BINDINGS), ("Actor filters", ActorFilters.BINDINGS),
            ("Search", SearchScreen.BINDINGS), ("Bookmarks", BookmarksScreen.BINDINGS),
        ]
        self.app.push_screen(HelpScreen(sections))

    def action_import(self) -> None:
        """Ask for a path, then import it in a worker."""

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
        try:
            lib = Library(self.db_path)
        except NewsError as exc:
            self.post_message(LoadFailed(str(exc)))
            return
        done = 0

        def progress(source: str, outcome: str) -> None:
            nonlocal done
            done += 1
            self.post_message(ImportProgressed(done, source, outcome))

        try:
            if first_run:
                report = lib.ensure_seeded()
            elif refresh:
                report = lib.refresh(progress=progress)
            else:
                report = lib.add(inputs, progress=progress)
        except NewsError as exc:
            self.post_message(LoadFailed(str(exc)))
            return
        except Exception as exc:  # never a traceback on screen
            self.post_message(LoadFailed(f"Import failed: {exc}"))
            return
        finally:
            lib.close()
        if report is not None:
            self.post_message(ImportFinished(report, first_run))
        elif first_run:
            self.app.call_from_thread(self._after_import)  # a Screen has no call_from_thread of its own

    def on_import_progressed(self, message: ImportProgressed) -> None:
        """Show import progress in the header."""
        self.sub_title = f"importing… {message.done} done ({message.outcome})"

    def on_import_finished(self, message: ImportFinished) -> None:
        """Refresh the view; on the first run, explain the sample articles."""
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
        self._ready.clear()  # articles loaded ahead may have changed
        self._actors = self.library.actors()
        self._show_view()
        if self.article is None:
            self._open_start()

    # --- the command palette --------------------------------------------------------------------------

    def palette_commands(self) -> Iterable[SystemCommand]:
        """Every action of the screen, for the command palette."""
        for binding in self.BINDINGS:
            if binding.action.startswith("app."):
                continue
            key = binding.key.replace("slash", "/")
            yield SystemCommand(binding.description, f"{binding.tooltip} ({key})",
                                partial(self.run_action, binding.action))
        yield SystemCommand("Help", "Show every key (?)", self.action_help)
