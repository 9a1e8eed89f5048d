"""The importer's side of site templates (`cleaning.templates`, `store.templates`): what each document's
template is before it is analysed, the check of it when the article is written, and the cleaning again of
a site's earlier articles when its template grows or shrinks.

Before a document goes to the analysis workers, `plan` reads the counts of its lines from the index,
adds those of the documents still on their way (submitted, not yet written), and hands the document the
keys that are template. When the article is written, `settle` checks that against the index as it now
is (an article of the same import may have been skipped; another process may have written): an article
cleaned with another template is analysed again, here. `written` records the article's keys; a key that
reaches the threshold with it names the other articles holding it (two at that moment), and those are
cleaned again by `reclean` (the importer does it after every `WRITE_BATCH` documents of an import, counted
in input order, and at its end: never where time alone brought a commit, so that the result does not
depend on the machine's speed): the work is bounded by the threshold, not by the size of the site. Bookmarks follow their passage text (`Bookmarks.reattach`), and a bookmarked line is
never template in its article.
"""

from __future__ import annotations

import json
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from .cleaning import clean
from .cleaning.templates import line_keys, positions, site_key, text_keys
from .models import Cleaned, Document
from .store import Store, StoredArticle, now
from .store.templates import THRESHOLD


Analyse = Callable[[list[Document]], list[StoredArticle | str]]  # documents analysed, in order

LANDED_MAX = 50_000  # keys of written documents kept apart before they are taken off the planned counts


class SiteTemplates:
    """Site templates during imports into one store."""

    def __init__(self, store: Store) -> None:
        """Templates for imports into `store`."""
        self.store = store
        # Keys of the documents planned, and of those written or dropped since: the difference is on its way.
        self.in_flight: Counter[int] = Counter()
        self.landed: Counter[int] = Counter()
        # source: (site, keys, template keys, what the plan was sure of: (drops, the index's data_version),
        # the keys this document brings to the threshold)
        self.planned: dict[str, tuple[str, list[int], frozenset[int], tuple[int, int], set[int]]] = {}
        self.drops = 0  # planned documents that were not written: a later plan may have counted them

    def reset(self) -> None:
        """Forget the documents on their way (a new import starts)."""
        self.in_flight.clear()
        self.landed.clear()
        self.planned.clear()

    def plan(self, doc: Document) -> Document:
        """The document with its template, as far as the index and the documents before it tell."""
        if doc.source in self.planned:  # the same source twice on its way: count it once
            self.dropped(doc.source)
        site = site_key(doc)
        every = line_keys(doc, site)
        keys = list(dict.fromkeys(every))
        reaching: set[int] = set()
        template = self.template(doc.source, site, keys, (self.in_flight, self.landed), reaching)
        self.in_flight.update(keys)
        self.planned[doc.source] = (site, keys, frozenset(template), (self.drops, self._version()), reaching)
        return replace(doc, template=positions(every, template))

    def dropped(self, source: str) -> None:
        """A planned document will not be written (it was skipped)."""
        planned = self.planned.pop(source, None)
        if planned:
            self._landed(planned[1])
            self.drops += 1

    def template(self, source: str, site: str, keys: list[int],
                 extra: tuple[Counter[int], Counter[int]] | None = None,
                 reaching: set[int] | None = None) -> dict[int, int]:
        """{key: articles} of the lines of `source` that are template: held by at least THRESHOLD - 1 other
        articles of the site (the index's, and those on their way: `extra`, planned less landed), not a
        line of a passage bookmarked in it.

        The count shown is that of the articles the template was learnt from: at least THRESHOLD.
        `reaching` gets the keys that this article brings to the threshold.
        """
        con = self.store.index.con
        row = con.execute("SELECT pk, id FROM articles WHERE source=?", (source,)).fetchone()
        own = set(stored[1]) if row and (stored := self.store.templates.of(row[0])) else set()
        marked = [r[0] for r in con.execute("SELECT text FROM bookmarks WHERE source=? OR article_id=?",
                                            (source, row[1] if row else None))]
        exempt = text_keys(site, marked) if marked else set()
        held = self.store.templates.counts(keys)
        planned, landed = extra if extra else ({}, {})
        out = {}
        for k in keys:  # (`get`: a Counter's missing key would cost a call in Python)
            others = held.get(k, 0) - (k in own) + planned.get(k, 0) - landed.get(k, 0)
            if others >= THRESHOLD - 1:
                if reaching is not None and others == THRESHOLD - 1:
                    reaching.add(k)
                if k not in exempt:
                    out[k] = max(THRESHOLD, others)
        return out

    def settle(self, art: StoredArticle) -> StoredArticle:
        """The article as it must be written: analysed again with its template when it was analysed with
        another one (in the open transaction, before it is written)."""
        planned = self.planned.get(art.source)
        if planned and planned[3] == (self.drops, self._version()):
            return art  # nothing was skipped, nobody else wrote: the plan counted what the index holds
        site, keys, applied = planned[:3] if planned else (*self._keys(art), frozenset())
        template = self.template(art.source, site, keys)
        if set(template) == applied:
            return art
        again = _analyse(_with(_document(art), site, template))
        return art if isinstance(again, str) else again._replace(id=art.id)

    def written(self, art: StoredArticle) -> set[int]:
        """Record a written article's keys; returns the other articles to clean again (their template changed)."""
        planned = self.planned.pop(art.source, None)
        site, keys = (planned[0], planned[1]) if planned else self._keys(art)
        sure = planned is not None and planned[3] == (self.drops, self._version())
        if planned:
            self._landed(keys)
        pk = self.store.index.con.execute("SELECT pk FROM articles WHERE source=?", (art.source,)).fetchone()[0]
        crossed = self.store.templates.record(pk, site, keys, planned[4] if planned and sure else None)
        return {h for k in crossed for h in self.store.templates.holders(k)} - {pk}

    def forget(self, article: int) -> set[int]:
        """Before an article is deleted (by its primary key, in the open transaction): its keys go; returns
        the other articles to clean again (`reclean`, once it is deleted), whose lines it held in a template."""
        return self.store.templates.forget(article)

    def reclean(self, articles: set[int], analyse: Analyse | None = None) -> list[str]:
        """Clean these articles again with their site's template as the index now holds it; returns their ids.

        The cleaner alone first: most often an article comes out as it is stored. Those that change are
        analysed again all at once, by `analyse` when given (the import's worker processes), else here,
        and written in the order of their keys.
        """
        con, todo = self.store.index.con, []
        for pk in sorted(articles):
            row = con.execute("SELECT id, source, format, raw, doc FROM articles WHERE pk=?", (pk,)).fetchone()
            stored = self.store.templates.of(pk)
            if row is None or stored is None:
                continue
            aid, source, fmt, raw, doc_json = row
            doc = _with(_stored(source, fmt, raw, doc_json), stored[0], self.template(source, stored[0], stored[1]))
            texts = [r[0] for r in con.execute("SELECT text FROM passages WHERE article=? ORDER BY seq", (pk,))]
            cleaned = clean(doc)
            removed = [{"rule": r.rule, "text": r.text} for r in cleaned.removed]
            if texts == [b.text for b in cleaned.blocks] and removed == [
                    {"rule": r["rule"], "text": r["text"]} for r in json.loads(doc_json)["removed"]]:
                continue
            todo.append((pk, aid, doc, cleaned))
        if analyse is not None:
            again = analyse([doc for _, _, doc, _ in todo])
        else:
            again = [_analyse(doc, cleaned) for _, _, doc, cleaned in todo]
        done = []
        for (pk, aid, doc, _), art in zip(todo, again):
            if isinstance(art, str):
                continue  # nothing would be left (or the analysis failed): it stays as it was
            self.store.articles.write(art._replace(id=aid), now())
            # what hangs off the text follows it: quotes, events and story; the fingerprint for copies
            self.store.stories.write(pk, art.published, art.title, art.story, art.actors, art.actor_counts)
            self.store.sources.remember(doc.source, art.passages, art.fingerprint)
            self.store.bookmarks.reattach(aid)
            done.append(aid)
        return done

    def _landed(self, keys: list[int]) -> None:
        self.landed.update(keys)
        if len(self.landed) > LANDED_MAX:  # now and then, the planned counts lose what landed
            self.in_flight -= self.landed
            self.landed.clear()

    def _keys(self, art: StoredArticle) -> tuple[str, list[int]]:
        doc = _document(art)
        site = site_key(doc)
        return site, list(dict.fromkeys(line_keys(doc, site)))

    def _version(self) -> int:
        """The index's data_version: it changes when another connection commits."""
        return self.store.index.con.execute("PRAGMA data_version").fetchone()[0]


def _with(doc: Document, site: str, template: dict[int, int]) -> Document:
    """The document with its template."""
    return replace(doc, template=positions(line_keys(doc, site), template))


def _document(art: StoredArticle) -> Document:
    """The document an analysed article came from."""
    return _stored(art.source, art.format, art.raw, art.doc)


def _stored(source: str, fmt: str, raw: bytes, doc_json: str) -> Document:
    meta = json.loads(doc_json).get("meta") or {}
    return Document(source=source, text=zlib.decompress(raw).decode("utf-8"), format=fmt, title=meta.get("title"),
                    published=meta.get("published"), site=meta.get("site"), url=meta.get("url"))


def _analyse(doc: Document, cleaned: Cleaned | None = None):
    """`pipeline.analyse` of the document; `cleaned`: what `clean` gave for it, not cleaned twice (when the
    document is as the index holds it, its fields clean already)."""
    from .pipeline import _finish, _Staged, _tokenize_stage, actors_mod, analyse, has_content
    from .sanitize import clean_document  # the tokenizer: loaded in this process only when an article needs it

    if cleaned is None or clean_document(doc) != doc:
        return analyse(doc)
    if not cleaned.blocks or not has_content(cleaned):
        return "nothing left after cleaning"
    return _finish(_tokenize_stage(_Staged(doc, cleaned)), actors_mod.default())
