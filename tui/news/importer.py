"""The import pipeline: read inputs (files, folders, URLs, feeds), clean, analyse in worker
processes, and write whole articles in batches; refresh fetches the subscriptions again."""

from __future__ import annotations

import gc
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from time import monotonic

from .analyser import Analysis
from .errors import NewsError
from .models import Document, Enclosure, ImportReport, Skip
from .pipeline import article_id, digest
from .sanitize import clean_document
from .site_templates import SiteTemplates
from .sources import iter_inputs, shown
from .store import Store, StoredArticle, now
from .web import FetchError, UrlResult, feed_files, is_url, read_url

Progress = Callable[[str, str], None]

WRITE_BATCH = 256  # articles per write transaction at most: whole articles, FTS5 segments 4x fewer to merge
WRITE_EVERY = 1.0  # seconds: a slower import still commits (and shows progress) this often
IMPORT_CACHE_KIB = 65536  # the writer's page cache during an import (SQLite's default is 2 MB)
IMPORT_WAL_PAGES = 10000  # pages the WAL may hold before a checkpoint, during an import (default 1000)
IMPORT_GC = (10_000, 20, 20)  # the collector's thresholds during an import, at least (Python's: 700, 10, 10)
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*)://")


class Importer:
    """Imports into one store; `workers` analysis processes for large imports (None: one per core)."""

    def __init__(self, store: Store, workers: int | None = None) -> None:
        """An importer writing into `store`."""
        self.store = store
        self.workers = workers
        self.templates = SiteTemplates(store)
        self.files: dict[str, tuple[Enclosure, ...]] = {}  # the enclosures of the documents analysed, by source
        self.had_files = False  # whether the index held enclosures when the import started
        self.recleaning: set[int] = set()  # earlier articles whose template changed, to be cleaned again
        self.analysis: Analysis | None = None  # the import's analysis, while it runs

    def add(self, inputs: Iterable[str | Path], progress: Progress | None = None,
            allow_private: bool = False) -> ImportReport:
        """Import files, folders and URLs; `progress(source, outcome)` is called per input.

        A feed added by URL becomes a subscription that `refresh()` fetches again. `allow_private`:
        feed items may fetch pages from private addresses too.
        """
        inputs = list(inputs)
        report = ImportReport()
        urls = [str(i) for i in inputs if is_url(str(i))]
        paths = []
        for i in (i for i in inputs if not is_url(str(i))):
            scheme = _SCHEME.match(str(i))
            if scheme and scheme.group(1).lower() in ("http", "https"):  # HTTP://… is a URL too
                urls.append(scheme.group(1).lower() + str(i)[scheme.end(1):])
            elif scheme and not os.path.lexists(i):
                self._failed(shown(str(i)), f"unsupported URL scheme '{scheme.group(1)}' (only http and https)",
                             report, progress)
            elif not os.path.lexists(i):
                self._failed(shown(str(i)), "no such file or directory", report, progress)
            elif str(i).lower().endswith(".opml"):
                self._subscribe_opml(str(i), report, progress)
            else:
                paths.append(i)
        if urls:
            self._add_urls([(url, None, None) for url in urls], report, progress, allow_private=allow_private)
        with feed_files(allow_private, report.failures, progress):
            index = self.store.index.path
            self.import_documents(iter_inputs(paths, avoid=[index, *(index + x for x in ("-wal", "-shm", "-journal"))]),
                                  report, progress)
        return merged_note(report)

    def refresh(self, progress: Progress | None = None, allow_private: bool = False) -> ImportReport:
        """Fetch every subscription (conditionally) and import new or changed items."""
        report = ImportReport()
        self._add_urls(self.store.subscriptions.to_fetch(), report, progress, feed_only=True,
                       allow_private=allow_private)
        return merged_note(report)

    def import_documents(self, items: Iterable[Document | Skip], report: ImportReport,
                         progress: Progress | None, workers: int | None = None) -> None:
        """Skip what is unchanged, analyse the rest (in parallel when it pays), write in batches."""
        con = self.store.index.con
        cache = con.execute("PRAGMA cache_size").fetchone()[0]
        wal_pages = con.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
        # A larger page cache for the writer while it imports: the B-trees and FTS5 segments
        # of a big index stay in it between batches.
        con.execute(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
        # Fewer, larger checkpoints: a page written by many batches (FTS5's structure, the upper
        # levels of each B-tree) is copied into the index file once per checkpoint.
        con.execute(f"PRAGMA wal_autocheckpoint={IMPORT_WAL_PAGES}")
        # Fewer collector passes: every article written makes and drops thousands of objects.
        thresholds = gc.get_threshold()
        if thresholds[0] < IMPORT_GC[0]:
            gc.set_threshold(*IMPORT_GC)
        self.templates.reset()
        self.recleaning = set()
        self.files = {}
        self.had_files = self.store.enclosures.any()
        try:
            with Analysis(self.workers if workers is None else workers) as self.analysis:
                self._analysed(self._changed(items, report, progress), report, progress)
        finally:
            self.analysis = None
            con.execute(f"PRAGMA cache_size={int(cache)}")
            con.execute(f"PRAGMA wal_autocheckpoint={int(wal_pages)}")
            if gc.get_threshold() == IMPORT_GC:  # unless someone set others meanwhile (the reader's start)
                gc.set_threshold(*thresholds)

    def _analysed(self, todo: Iterable[Document], report: ImportReport, progress: Progress | None) -> None:
        """Analyse the documents to import and write them in batches."""
        assert self.analysis is not None
        batch: list[StoredArticle] = []
        started = monotonic()
        for n, (doc, result) in enumerate(self.analysis.all(todo), 1):
            # Earlier articles whose template changed are cleaned again after every WRITE_BATCH documents
            # of the import, counted in input order, never at a commit that time brought: the result does
            # not depend on how fast the machine is (nor on how many workers analyse).
            due = n % WRITE_BATCH == 0
            if isinstance(result, str):
                self.templates.dropped(doc.source)
                report.skipped.append(Skip(doc.source, result))
                if progress:
                    progress(doc.source, "skipped")
            else:
                batch.append(result)
                self.files[result.source] = doc.enclosures  # written with the article (`write_many`)
            if (due and (batch or self.recleaning)) or (batch and monotonic() - started >= WRITE_EVERY):
                self.write_many(batch, report, progress, reclean=due)
                batch, started = [], monotonic()
        if batch or self.recleaning:
            self.write_many(batch, report, progress)

    def _changed(self, items: Iterable[Document | Skip], report: ImportReport,
                 progress: Progress | None) -> Iterator[Document]:
        """The documents that are new or changed; skipped and unchanged inputs are counted in `report`."""
        for item in items:
            item = clean_document(item) if not isinstance(item, Skip) else item  # as the index will hold it
            if isinstance(item, Skip):
                report.skipped.append(item)
                outcome = "skipped"
            else:
                stored = self.store.articles.digest_of(item.source)
                known = stored or self.store.sources.digest_of(item.source)
                if not (known and known[1] == digest(item)):
                    yield self.templates.plan(item)  # in the order of analysis and writing
                    continue
                if item.enclosures or self.had_files:  # they are not part of the digest
                    self.store.enclosures.keep(known[0], item.enclosures, copy=stored is None)
                report.unchanged += 1
                report.ids.append(known[0])
                outcome = "unchanged"
            if progress:
                progress(item.source, outcome)

    def write_many(self, arts: list[StoredArticle], report: ImportReport,
                   progress: Progress | None = None, reclean: bool = True) -> list[str]:
        """Write whole articles in one transaction: all of them, or (on failure) none. `reclean`: clean
        again, in it, the earlier articles whose template changed (since the last time), else later."""
        articles, places, outcomes, changed = self.store.articles, self.store.sources, [], set()
        with self.store.index.transaction():
            for art in arts:
                if not articles.digest_of(art.source):
                    # Another place of an article here, or a copy of one: a place more for it, text as it was.
                    if same := places.copy_of(art.passages, art.fingerprint):
                        places.attach(art.source, same, art.id, art.digest)
                        if files := self.files.pop(art.source, ()):
                            self.store.enclosures.add(self.store.enclosures.pk(same), files)
                        outcomes.append((art._replace(id=same), "merged"))
                        continue
                    places.detach(art.source)  # a place whose text no longer matches splits off
                    length = 10
                    while articles.id_taken(art.id, art.source):
                        length += 2
                        art = art._replace(id=article_id(art.source, length))
                art = self.templates.settle(art)
                outcome = articles.write(art, now())
                # Only a document of this import brings enclosures (not an article analysed again).
                if art.source in self.files and ((files := self.files.pop(art.source)) or outcome == "updated"):
                    self.store.enclosures.set(articles.pk_of(art.source), files)
                self.store.stories.write(articles.pk_of(art.source), art.published, art.title, art.story,
                                         art.actors, art.actor_counts, new=outcome == "added")
                places.remember(art.source, art.passages, art.fingerprint)
                self.store.bookmarks.reattach(art.id)
                changed |= self.templates.written(art)
                outcomes.append((art, outcome))
            if reclean:  # earlier articles of a site whose template grew or shrank
                self.templates.reclean(self.recleaning | changed, self.analysis.now if self.analysis else None)
            self.store.stories.flush()
        self.recleaning = set() if reclean else self.recleaning | changed
        for art, outcome in outcomes:
            if outcome == "merged":  # the closing line's words stay four: a copy changed no article
                report.merged += 1
                outcome = "unchanged"
            setattr(report, outcome, getattr(report, outcome) + 1)
            report.ids.append(art.id)
            if progress:
                progress(art.source, outcome)
        return [o for _, o in outcomes]

    def _failed(self, source: str, reason: str, report: ImportReport, progress: Progress | None) -> None:
        """An input that gave nothing: skipped, with its reason as a failure."""
        report.skipped.append(Skip(source, reason))
        report.failures.append(f"{source}: {reason}")
        report.failed.append(source)
        if progress:
            progress(source, "skipped")

    def _add_urls(self, urls: Iterable[tuple[str, str | None, str | None]], report: ImportReport,
                  progress: Progress | None, feed_only: bool = False, allow_private: bool = False) -> None:
        """Fetch URLs (each with the ETag and Last-Modified of its last fetch) and import what they gave, in
        one pass of the analysis: the next URL is fetched and read while the workers analyse the items of
        the one before. A feed is remembered as a subscription once its items are written."""
        fetched: list[UrlResult] = []

        def documents() -> Iterator[Document]:
            for url, etag, last_modified in urls:
                result = self._fetch(url, report, progress, etag, last_modified, feed_only, allow_private)
                if result is not None:
                    fetched.append(result)
                    yield from self._documents_of(result, report)

        # A feed's items are analysed in the worker pool, as files are (when there are enough to pay for it).
        self.import_documents(documents(), report, progress)
        for result in fetched:
            if result.kind == "unchanged" and progress:
                progress(result.url, "unchanged")
            if result.kind in ("feed", "unchanged"):
                self.store.subscriptions.fetched(result)
                if result.pages is not None:
                    self.store.feed_items.record(result.url, result.entries, result.pages.states)

    def _fetch(self, url: str, report: ImportReport, progress: Progress | None, etag: str | None = None,
               last_modified: str | None = None, feed_only: bool = False,
               allow_private: bool = False) -> UrlResult | None:
        """Fetch one URL and read it (None: it failed, and the failure is in `report`)."""
        try:
            result = read_url(url, etag, last_modified, allow_private, progress, self.store.feed_items.known(url))
            if feed_only and result.kind not in ("feed", "unchanged"):
                raise FetchError(f"{url}: not a feed any more (a {result.kind})")
        except FetchError as exc:
            reason = str(exc).removeprefix(f"{url}: ")
            self._failed(url, reason, report, progress)
            self.store.subscriptions.failed(url, str(exc))  # not "fetched": the last fetch that worked stays
            return None
        report.failures.extend(result.failures)
        report.notes.extend(result.notes)
        return result

    def _documents_of(self, result: UrlResult, report: ImportReport) -> list[Document]:
        """What a URL gave to import: for a feed, its items less those the user removed."""
        documents = result.documents
        if result.pages is not None:  # a feed: items whose page is as stored, pages that failed
            report.unchanged += result.pages.kept
            report.page_failures += result.pages.failed
            gone = self.store.removal.removed(d.source for d in documents)  # removed by the user: stay so
            documents = [d for d in documents if d.source not in gone]
        return documents

    def _subscribe_opml(self, path: str, report: ImportReport, progress: Progress | None) -> None:
        """Subscribe to every feed an OPML file lists, its folders as tags; `refresh` fetches them."""
        from .opml import read_file

        index = self.store.index.path
        if _same_file(path, [index, *(index + x for x in ("-wal", "-shm", "-journal"))]):
            # opened and closed, it would drop this process's locks on the index
            self._failed(shown(path), "the index itself", report, progress)
            return
        try:
            listed = read_file(path)
        except NewsError as exc:
            self._failed(shown(path), str(exc).removeprefix(f"{path}: "), report, progress)
            return
        for what, why in listed.skipped:
            report.skipped.append(Skip(f"{shown(path)}: {what}", why))
        with self.store.index.transaction():
            for feed in listed.feeds:
                if self.store.subscriptions.subscribe(feed.url, feed.title, feed.tags):
                    report.subscribed.append(feed.url)
        if progress:
            progress(shown(path), "subscribed")


def _same_file(path: str, others: list[str]) -> bool:
    """True when `path` is one of `others` (compared by device and inode)."""
    for other in others:
        try:
            if os.path.samefile(path, other):
                return True
        except OSError:
            continue
    return False


def merged_note(report: ImportReport) -> ImportReport:
    """Say how many inputs were copies of articles here: counted unchanged, their places added."""
    if report.merged:
        report.notes.append(f"{report.merged} {'copy' if report.merged == 1 else 'copies'} of articles already"
                            " here (the same text from another path or URL): added to those articles' sources")
    return report
