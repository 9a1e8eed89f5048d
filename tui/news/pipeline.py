"""One document through the pipeline: clean, analyse, and shape it for the index.

`analyse` is a pure function of a Document, so it can run in worker processes
(each with its own fugashi Tagger); only the writer touches the index.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
import zlib
from collections import Counter
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from json.encoder import encode_basestring

from . import actors as actors_mod
from .cleaning import clean, norm, squeeze
from .index import StoredArticle
from .language import index_and_words
from .models import Cleaned, Document
from .sanitize import clean_date, clean_document, clean_line
from .quotes.sides import side_actors
from .storyline import storyline
from .similarity import fingerprint

CLEANER_VERSION = "14"  # bump when cleaning or analysis changes, so re-imports re-clean
SUMMARY_KINDS = ("summary", "keypoint")


def article_id(source: str, length: int = 10) -> str:
    """A short id that depends only on the source, so it is stable across re-imports."""
    return hashlib.blake2b(source.encode("utf-8"), digest_size=16).hexdigest()[:length]


def digest(doc: Document, gaz: actors_mod.Gazetteer | None = None) -> str:
    """What decides whether a document changed since its last import (`gaz`: the gazetteer in use,
    when the caller has it)."""
    h = hashlib.blake2b(digest_size=16)
    # The gazetteer (and the user's actors.toml) is part of the analysis: a change re-analyses.
    for part in (CLEANER_VERSION, gaz.signature if gaz is not None else actors_mod.default_signature(), doc.format, doc.title or "", doc.published or "", doc.site or "", doc.text):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def anchors(texts: list[str], nfkc: list[str] | None = None) -> list[str]:
    """Stable anchors: a hash of the passage's normalised text, plus its rank among equal texts.

    `nfkc`: the texts in NFKC, when the caller has them already.
    """
    seen: dict[str, int] = {}
    out = []
    for key in (map(norm, texts) if nfkc is None else map(squeeze, nfkc)):
        base = "p" + hashlib.blake2b(key.encode("utf-8"), digest_size=5).hexdigest()
        seen[base] = seen.get(base, 0) + 1
        out.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return out


_quoted = lru_cache(maxsize=4096)(encode_basestring)  # an actor id as a JSON string


def mentions_json(found: list) -> str:
    """A passage's mentions as compact JSON, [[actor id, start, end], ...] (what json.dumps gives, faster)."""
    return "[" + ",".join([f"[{_quoted(a)},{int(s)},{int(e)}]" for a, s, e in found]) + "]"


def has_content(cleaned: Cleaned) -> bool:
    """An article needs more than a headline."""
    return any(b.kind != "heading" or b.level != 1 for b in cleaned.blocks)


def analyse(doc: Document) -> StoredArticle | str:
    """Clean and analyse one document; a string is the reason it is not an article."""
    return analyse_each([doc], failures=False)[0]


class _Staged:
    """One document between the phases of `analyse_each`."""

    __slots__ = ("doc", "cleaned", "texts", "nfkc", "tokens", "classes")

    def __init__(self, doc: Document, cleaned: Cleaned) -> None:
        self.doc, self.cleaned = doc, cleaned
        self.texts = [b.text for b in cleaned.blocks]
        self.nfkc = [unicodedata.normalize("NFKC", t) for t in self.texts]  # once, for anchors, actors and tokens
        self.tokens: list[str] = []
        self.classes: list[list[str]] = []  # each passage's `language.words`, for the actors


def analyse_each(docs: list[Document], failures: bool = True) -> list[StoredArticle | str]:
    """`analyse` over several documents, phase by phase: clean them all, tokenize all their
    passages, then find actors and shape each for the index.

    The tokenizer runs over a chunk's passages back to back, not between the cleaning and the
    actor regexes of each article: its dictionary stays in the processor's caches, and a chunk
    of 16 articles is analysed in about a tenth less time (measured with `python -m tui.bench`).

    `failures`: an exception while analysing one document becomes that document's result,
    "analysis failed: …", and the others go on (else it is raised).
    """
    gaz = actors_mod.default()
    out: list = []
    for doc in docs:
        out.append(_guard(failures, _clean_stage, doc))
    for k, staged in enumerate(out):
        if isinstance(staged, _Staged):
            out[k] = _guard(failures, _tokenize_stage, staged)
    for k, staged in enumerate(out):
        if isinstance(staged, _Staged):
            out[k] = _guard(failures, _finish, staged, gaz)
    return out


def _guard(failures: bool, step, *args):
    if not failures:
        return step(*args)
    try:
        return step(*args)
    except Exception as exc:  # one odd document must not stop an import of thousands
        return f"analysis failed: {type(exc).__name__}: {exc}"


def _clean_stage(doc: Document) -> _Staged | str:
    doc = clean_document(doc)  # the way into the index: no field carries a control sequence
    cleaned = clean(doc)
    if not cleaned.blocks or not has_content(cleaned):
        return "nothing left after cleaning"
    return _Staged(doc, cleaned)


def _tokenize_stage(staged: _Staged) -> _Staged:
    both = [index_and_words(t) for t in staged.nfkc]  # one run of MeCab a passage for both
    staged.tokens = [t for t, _ in both]
    staged.classes = [c for _, c in both]
    return staged


def _finish(staged: _Staged, gaz: actors_mod.Gazetteer) -> StoredArticle:
    doc, cleaned, texts, nfkc, tokens = staged.doc, staged.cleaned, staged.texts, staged.nfkc, staged.tokens
    marks = anchors(texts, nfkc)
    mentions, discovered = actors_mod.find_all(texts, gaz, nfkc, tokens, staged.classes)
    counts = Counter(map(itemgetter(0), chain.from_iterable(mentions)))  # per actor, counted in C
    found_actors = {aid: discovered.get(aid) or gaz.entries[aid] for aid in counts}
    passages = tuple(  # StoredPassage fields, as plain tuples (see StoredArticle)
        (i, marks[i], b.kind, b.level, b.citation, b.text, tokens[i],
         mentions_json(mentions[i]) if mentions[i] else None)
        for i, b in enumerate(cleaned.blocks))
    summary_article = [[marks[i], b.text] for i, b in enumerate(cleaned.blocks) if b.kind in SUMMARY_KINDS]
    doc_json = {
        "citations": [{"name": c.name, "url": c.url, "published": c.published} for c in cleaned.citations],
        "removed": [{"rule": r.rule, "text": r.text, "before": r.before} for r in cleaned.removed],
        # The generated bullets are drawn when the article is shown (`summary.generated`):
        # import does only what the list, search and filters need.
        "summary": {"article": summary_article},
        "meta": {"title": doc.title, "published": doc.published, "site": doc.site, "url": doc.url},
    }
    title, published = clean_line(cleaned.title), clean_date(cleaned.published)
    story = storyline(title, published, [(b.kind, b.text) for b in cleaned.blocks], mentions,
                      {aid: a.kind for aid, a in found_actors.items()}, tokens)
    return StoredArticle(
        id=article_id(doc.source), source=doc.source, title=title, published=published,
        site=doc.site, format=doc.format, digest=digest(doc, gaz), raw=zlib.compress(doc.text.encode("utf-8"), 1),
        doc=json.dumps(doc_json, ensure_ascii=False), passages=passages,
        actors=tuple((a.id, a.name, a.kind, tuple(a.aliases), a.english) for a in found_actors.values())
        + side_actors(story, set(found_actors)),  # 検察側, 弁護側, 首相: speakers that are no actor found, given words
        actor_counts=tuple(counts.items()), story=story, fingerprint=fingerprint(nfkc, marks, nfkc=True),
    )
