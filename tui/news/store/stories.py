"""Stories, dated events and quotes in the index: written with each article, read a page at a time.

An article's quotes and events are rows of their own (their passage by `seq`, its anchor read
through the passages' UNIQUE(article, seq)); its place in a story is decided when it is written,
against the few stories its keys find in `story_keys` within the date window (see `news.stories`).
"""

from __future__ import annotations

import json
import math
import sqlite3
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, NamedTuple

from .. import stories as clustering

SCHEMA = """
CREATE TABLE quotes(
  pk INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  day INTEGER NOT NULL,
  speaker TEXT,
  text TEXT NOT NULL
);
CREATE INDEX quotes_article ON quotes(article);
CREATE INDEX quotes_recent ON quotes(day DESC, pk DESC);
CREATE INDEX quotes_speaker ON quotes(speaker, day DESC, pk DESC) WHERE speaker IS NOT NULL;
CREATE TABLE events(
  pk INTEGER PRIMARY KEY,
  article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  date TEXT NOT NULL,
  text TEXT NOT NULL,
  actors TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX events_date ON events(date, pk);
CREATE INDEX events_article ON events(article);
CREATE TABLE event_actors(
  actor TEXT NOT NULL,
  day INTEGER NOT NULL,
  event INTEGER NOT NULL,
  PRIMARY KEY(actor, day, event)
) WITHOUT ROWID;
CREATE TABLE stories(
  pk INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  title_score REAL NOT NULL DEFAULT 0,
  first TEXT,
  last TEXT,
  size INTEGER NOT NULL,
  total TEXT NOT NULL,
  actors TEXT NOT NULL,
  keys TEXT NOT NULL
);
CREATE INDEX stories_recent ON stories(last DESC, pk DESC) WHERE size >= 2;
CREATE TABLE story_articles(
  article INTEGER PRIMARY KEY REFERENCES articles(pk) ON DELETE CASCADE,
  story INTEGER NOT NULL,
  day TEXT,
  vec TEXT NOT NULL,
  actors TEXT NOT NULL
);
CREATE INDEX story_articles_story ON story_articles(story);
CREATE TABLE story_keys(
  key TEXT NOT NULL,
  last INTEGER NOT NULL,
  story INTEGER NOT NULL,
  PRIMARY KEY(key, last, story)
) WITHOUT ROWID;
CREATE TABLE term_df(
  term TEXT PRIMARY KEY,
  n INTEGER NOT NULL
) WITHOUT ROWID;
"""

STORY_ACTORS = 8  # the actors a story lists: those most of its articles name
DF_CACHED = 200_000  # terms whose frequency a connection keeps in memory at most
CANDIDATES = 8  # stories compared with a new article at most: those sharing the most keys
UNDATED_PER_KEY = 50  # without a date, the most recent stories under each key


class StoryRow(NamedTuple):
    """One story of the list: its articles' ids (oldest first) and actors' names (most named first)."""

    id: str
    title: str
    articles: tuple[str, ...]
    actors: tuple[str, ...]
    first: str | None
    last: str | None


class EventRow(NamedTuple):
    """One dated event of the timeline."""

    date: str
    text: str
    article_id: str
    anchor: str
    actors: tuple[str, ...]
    title: str


class QuoteRow(NamedTuple):
    """Quoted words, their speaker's name (None when the text does not say), and their passage."""

    speaker: str | None
    text: str
    article_id: str
    anchor: str
    title: str
    published: str | None


class Stories:
    """The stories, events and quotes tables, kept by every article write."""

    def __init__(self, index: Any) -> None:
        """Over `index` (anything with a `con`: an open Index, or a connection's holder while migrating)."""
        self.index = index
        # Document frequencies of terms as this connection knows them (read once, then counted here),
        # and the counts not yet written: `flush` writes them once a batch, not once an article.
        self._df: dict[str, int] = {}
        self._pending: Counter[str] = Counter()

    # --- writes (in the caller's transaction) -------------------------------------------------

    def write(self, pk: int, day: str | None, title: str, story: str | None,
              actors: Iterable[tuple], counts: Iterable[tuple[str, int]], new: bool = False) -> None:
        """An article's quotes, events and place in a story, replacing what it had (`new`: it had none).

        `actors`: its actor definitions (id, name, kind, …), `counts`: (actor id, mentions). Call
        `flush` before the transaction ends.
        """
        con = self.index.con
        if not new:
            self.forget(pk)
        if story is None:
            return
        data = json.loads(story)
        con.executemany("INSERT INTO quotes(article, seq, day, speaker, text) VALUES(?,?,?,?,?)",
                        [(pk, k, _num(day), speaker, text) for k, text, speaker in data["quotes"]])
        if data["events"]:  # keys handed out here (the write lock is held): one statement per table
            base = con.execute("SELECT coalesce(max(pk), 0) FROM events").fetchone()[0]
            rows = [(base + 1 + n, pk, k, date, text, ids) for n, (k, date, text, ids) in enumerate(data["events"])]
            con.executemany("INSERT INTO events(pk, article, seq, date, text, actors) VALUES(?,?,?,?,?,?)",
                            [(*r[:5], _dump(r[5])) for r in rows])
            con.executemany("INSERT OR IGNORE INTO event_actors(actor, day, event) VALUES(?,?,?)",
                            [(a, _num(r[3]), r[0]) for r in rows for a in r[5]])
        kinds = {a[0]: a[2] for a in actors}
        counts = sorted(counts, key=lambda c: (-c[1], c[0]))  # the most named first
        named = [a for a, _ in counts if kinds.get(a) in clustering.KEY_KINDS]
        self._cluster(pk, day, title, data["terms"], named, [a for a, _ in counts])

    def forget(self, pk: int) -> None:
        """Take an article (by row key) out of the quotes, events and its story, before it is written again
        or deleted: its story shrinks, or goes with its last article."""
        con = self.index.con
        con.execute("DELETE FROM quotes WHERE article=?", (pk,))
        rows = con.execute("SELECT pk, date, actors FROM events WHERE article=?", (pk,)).fetchall()
        con.executemany("DELETE FROM event_actors WHERE actor=? AND day=? AND event=?",
                        [(a, _num(date), e) for e, date, ids in rows for a in json.loads(ids)])
        con.execute("DELETE FROM events WHERE article=?", (pk,))
        row = con.execute("SELECT story, vec, actors FROM story_articles WHERE article=?", (pk,)).fetchone()
        if row is None:
            return
        con.execute("DELETE FROM story_articles WHERE article=?", (pk,))
        story, vec, ids = row[0], json.loads(row[1]), json.loads(row[2])
        s = con.execute("SELECT size, total, actors, keys, last FROM stories WHERE pk=?", (story,)).fetchone()
        if s is None:
            return
        if s[0] <= 1:
            self._drop_keys(story, json.loads(s[3]), s[4])
            con.execute("DELETE FROM stories WHERE pk=?", (story,))
            return
        counts = json.loads(s[2])
        for a in ids:
            counts[a] = counts.get(a, 1) - 1
        first, last = con.execute("SELECT min(day), max(day) FROM story_articles WHERE story=?", (story,)).fetchone()
        con.execute("UPDATE stories SET size=size-1, total=?, actors=?, first=?, last=? WHERE pk=?",
                    (_dump(clustering.add(json.loads(s[1]), vec, -1)), _dump({a: n for a, n in counts.items() if n > 0}),
                     first, last, story))
        new_keys = [k for k in json.loads(s[3]) if not k.startswith("a:") or counts.get(k[2:], 0) > 0]
        con.execute("UPDATE stories SET keys=? WHERE pk=?", (_dump(new_keys), story))
        self._rekey(story, json.loads(s[3]), s[4], new_keys, last)

    def _cluster(self, pk: int, day: str | None, title: str, terms: dict[str, int], named: list[str],
                 actors: list[str]) -> None:
        """Join the article to the most similar story in reach, or start one.

        `named`: its people and organisations; `actors`: every actor it names.
        """
        con = self.index.con
        df, n = self._frequencies(terms)
        vec = clustering.weigh(terms, df, n)
        keys = clustering.keys(vec, named[:clustering.KEY_ACTORS])
        best, best_score = None, -math.inf  # the candidate whose similarity passes what its distance asks the most
        for row in self._candidates(keys, day):
            story, size, total, story_actors, first, last = row[:6]
            if not clustering.within(day, first, last):
                continue
            summed, norm = _vector(total)
            score = clustering.similarity(vec, named, summed, _read(story_actors), size, norm) - clustering.needed(day, first, last)
            if score > best_score:
                best, best_score = row, score
        vec_json = _dump(vec)
        if best is None or best_score < 0:
            story = con.execute(
                "INSERT INTO stories(title, title_score, first, last, size, total, actors, keys) VALUES(?,?,?,?,1,?,?,?)",
                (title, 1.0, day, day, vec_json, _dump({a: 1 for a in actors}), _dump(keys))).lastrowid
            con.executemany("INSERT OR IGNORE INTO story_keys(key, last, story) VALUES(?,?,?)",
                            [(k, _num(day), story) for k in keys])
        else:
            story, size, total, story_actors, first, last, title_score, old_json = best
            summed = clustering.add(json.loads(total), vec)
            counts = json.loads(story_actors)
            for a in actors:
                counts[a] = counts.get(a, 0) + 1
            days = [d for d in (first, last, day) if d]
            new_first, new_last = (min(days), max(days)) if days else (None, None)
            fit = clustering.cosine(vec, summed)  # the title of the article nearest the story's centre
            old_keys = json.loads(old_json)
            people = set(named) | {k[2:] for k in old_keys if k.startswith("a:")}  # people and organisations
            new_keys = clustering.story_keys(summed, {a: n for a, n in counts.items() if a in people}, size + 1)
            con.execute("UPDATE stories SET size=size+1, total=?, actors=?, first=?, last=?, keys=?,"
                        " title=CASE WHEN ? > title_score THEN ? ELSE title END, title_score=max(title_score, ?)"
                        " WHERE pk=?", (_dump(summed), _dump(counts), new_first, new_last, _dump(new_keys),
                                        fit, title, fit, story))
            self._rekey(story, old_keys, last, new_keys, new_last)
        con.execute("INSERT INTO story_articles(article, story, day, vec, actors) VALUES(?,?,?,?,?)",
                    (pk, story, day, vec_json, _dump(actors)))

    def _frequencies(self, terms: dict[str, int]) -> tuple[dict[str, int], int]:
        """The document frequency of each term and the articles counted so far, before this article;
        then this article counted."""
        known = self._df
        missing = [t for t in ("", *terms) if t not in known]
        for start in range(0, len(missing), 500):
            part = missing[start:start + 500]
            known.update(self.index.con.execute(
                f"SELECT term, n FROM term_df WHERE term IN ({','.join('?' * len(part))})", part).fetchall())
        df = {t: known.get(t, 0) for t in terms}
        n = known.get("", 0) + 1
        for t in ("", *terms):
            known[t] = known.get(t, 0) + 1
        self._pending.update(("", *terms))
        return df, n

    def flush(self) -> None:
        """Write the term counts of the articles written since the last flush (in their transaction)."""
        if self._pending:
            self.index.con.executemany(
                "INSERT INTO term_df(term, n) VALUES(?, ?) ON CONFLICT(term) DO UPDATE SET n = n + excluded.n",
                list(self._pending.items()))
            self._pending.clear()
        if len(self._df) > DF_CACHED:
            self._df.clear()  # read again as needed: memory stays bounded on a long import

    def _candidates(self, keys: list[str], day: str | None) -> list[tuple]:
        """The stories that share the most keys with an article, within its date window:
        (pk, size, total, actors, first, last, title_score, keys) rows."""
        con = self.index.con
        marks = ",".join("?" * len(keys))
        if day:  # one statement: the stories of the most keys, by row key (as a list of them gave them)
            return con.execute("SELECT pk, size, total, actors, first, last, title_score, keys FROM stories WHERE pk IN"
                               f" (SELECT story FROM story_keys WHERE key IN ({marks}) AND last BETWEEN ? AND ?"
                               " GROUP BY story ORDER BY count(*) DESC, story DESC LIMIT ?) ORDER BY pk",
                               (*keys, *map(_num, clustering.reach(day)), CANDIDATES)).fetchall()
        else:
            hits: dict[int, int] = {}
            for key in keys:
                for (story,) in con.execute("SELECT story FROM story_keys WHERE key=? ORDER BY last DESC LIMIT ?",
                                            (key, UNDATED_PER_KEY)):
                    hits[story] = hits.get(story, 0) + 1
            top = [(s,) for s in sorted(hits, key=lambda s: (-hits[s], -s))[:CANDIDATES]]
        if not top:
            return []
        return con.execute("SELECT pk, size, total, actors, first, last, title_score, keys FROM stories"
                           f" WHERE pk IN ({','.join('?' * len(top))})", [t[0] for t in top]).fetchall()

    def _rekey(self, story: int, old_keys: list[str], old_last: str | None, keys: list[str], last: str | None) -> None:
        """A story's rows in `story_keys` after its keys or last date changed."""
        if _num(old_last) != _num(last):
            self._drop_keys(story, old_keys, old_last)
            gone, new = [], keys
        else:
            gone, new = [k for k in old_keys if k not in keys], [k for k in keys if k not in old_keys]
        self._drop_keys(story, gone, old_last)
        self.index.con.executemany("INSERT OR IGNORE INTO story_keys(key, last, story) VALUES(?,?,?)",
                                   [(k, _num(last), story) for k in new])

    def _drop_keys(self, story: int, keys: list[str], last: str | None) -> None:
        self.index.con.executemany("DELETE FROM story_keys WHERE key=? AND last=? AND story=?",
                                   [(k, _num(last), story) for k in keys])

    # --- reads ----------------------------------------------------------------------------------

    def stories(self, limit: int = -1, offset: int = 0) -> list[StoryRow]:
        """Stories of two articles or more, the newest (by their last date) first; each with its
        articles (oldest first) and its `STORY_ACTORS` most named actors."""
        con = self.index.con
        rows = con.execute("SELECT pk, title, first, last, actors FROM stories WHERE size >= 2"
                           " ORDER BY last DESC, pk DESC LIMIT ? OFFSET ?", (limit, offset)).fetchall()
        ranked = {}
        for pk, _, _, _, actors in rows:
            counts = json.loads(actors)
            ranked[pk] = sorted(counts, key=lambda a: (-counts[a], a))[:STORY_ACTORS]
        names = self._names({a for r in ranked.values() for a in r})
        members: dict[int, list[str]] = {}
        for start in range(0, len(rows), 500):  # one query a few hundred stories, not one a story
            part = [r[0] for r in rows[start:start + 500]]
            for story, aid in con.execute(
                    "SELECT s.story, a.id FROM story_articles s JOIN articles a ON a.pk=s.article"
                    f" WHERE s.story IN ({','.join('?' * len(part))}) ORDER BY a.sort, a.pk", part):
                members.setdefault(story, []).append(aid)
        return [StoryRow(str(pk), title, tuple(members.get(pk, ())), tuple(names[a] for a in ranked[pk] if a in names),
                         first, last) for pk, title, first, last, _ in rows]

    def story_of(self, article_pk: int) -> str | None:
        """The id of the story an article (by row key) belongs to."""
        row = self.index.con.execute("SELECT story FROM story_articles WHERE article=?", (article_pk,)).fetchone()
        return str(row[0]) if row else None

    def story_of_article(self, article_id: str) -> str | None:
        """The id of the story an article (by its id) belongs to."""
        row = self.index.con.execute("SELECT s.story FROM articles a JOIN story_articles s ON s.article=a.pk"
                                     " WHERE a.id=?", (article_id,)).fetchone()
        return str(row[0]) if row else None

    def exists(self, story_id: str) -> bool:
        """Whether a story with this id is in the index."""
        return story_id.isdigit() and self.index.con.execute(
            "SELECT 1 FROM stories WHERE pk=?", (int(story_id),)).fetchone() is not None

    def timeline(self, actor: str | tuple[str, ...] | None = None, story: str | None = None,
                 limit: int = -1) -> list[EventRow]:
        """Dated events, oldest first: of one actor (named in the event's sentence; or any of several ids, one
        person's), of one story, or all.

        Each form is driven by its own index: events by date, an actor's events by (actor, date), a
        story's through its few articles.
        """
        ids = (actor,) if isinstance(actor, str) else actor
        among = "" if ids is None else "=?" if len(ids) == 1 else f" IN ({','.join('?' * len(ids))})"
        cols = "e.date, e.text, a.id, p.anchor, e.actors, a.title"
        rest = " JOIN articles a ON a.pk=e.article JOIN passages p ON p.article=e.article AND p.seq=e.seq"
        if story is not None:
            sql = (f"SELECT {cols} FROM story_articles s CROSS JOIN events e ON e.article=s.article{rest}"
                   " WHERE s.story=?" + (f" AND EXISTS (SELECT 1 FROM event_actors x WHERE x.actor{among} AND"
                                         " x.day=CAST(replace(e.date, '-', '') AS INTEGER) AND x.event=e.pk)" if ids else "")
                   + " ORDER BY e.date, e.pk LIMIT ?")
            args: list = [int(story), *(ids or ()), limit]
        elif ids:
            sql = (f"SELECT {'DISTINCT ' if len(ids) > 1 else ''}{cols}, x.day, x.event FROM event_actors x CROSS JOIN events e ON e.pk=x.event{rest}"
                   f" WHERE x.actor{among} ORDER BY x.day, x.event LIMIT ?")
            args = [*ids, limit]
        else:
            sql = f"SELECT {cols} FROM events e{rest} ORDER BY e.date, e.pk LIMIT ?"
            args = [limit]
        rows = [r[:6] for r in self.index.con.execute(sql, args).fetchall()]
        names = self._names({a for r in rows for a in json.loads(r[4])})
        return [EventRow(d, t, aid, anchor, tuple(names[a] for a in json.loads(named) if a in names), title)
                for d, t, aid, anchor, named, title in rows]

    def quotes(self, speaker: str | tuple[str, ...] | None = None, limit: int = -1) -> list[QuoteRow]:
        """Quotes, the newest articles' first (by their date, then as imported): of one speaker (an actor
        id, or any of several ids that are one person), or all; read in that order from an index."""
        ids = (speaker,) if isinstance(speaker, str) else speaker or ()
        where = "" if not ids else " WHERE q.speaker=?" if len(ids) == 1 else f" WHERE q.speaker IN ({','.join('?' * len(ids))})"
        rows = self.index.con.execute(
            "SELECT q.speaker, q.text, a.id, p.anchor, a.title, a.published FROM quotes q"
            " JOIN articles a ON a.pk=q.article JOIN passages p ON p.article=q.article AND p.seq=q.seq"
            f"{where} ORDER BY q.day DESC, q.pk DESC LIMIT ?", (*ids, limit)).fetchall()
        names = self._names({r[0] for r in rows if r[0]})
        if len(ids) > 1 and names:  # one person under several actors (石破, 石破茂): each quote under the full name
            full = max(names.values(), key=len)
            names = dict.fromkeys(names, full)
        return [QuoteRow(names.get(s, s) if s else None, t, aid, anchor, title, pub) for s, t, aid, anchor, title, pub in rows]

    def _names(self, ids: set[str]) -> dict[str, str]:
        if not ids:
            return {}
        ids_list = sorted(ids)
        return dict(self.index.con.execute(
            f"SELECT id, name FROM actors WHERE id IN ({','.join('?' * len(ids_list))})", ids_list).fetchall())


def _num(day: str | None) -> int:
    """A date as the keys and indexes hold it: 20250311 (0 for none).

    Rows of (text, text, integer) would look like bookmark index entries to the salvage of a file
    whose schema page is lost (`salvage`): the key tables hold their dates as integers.
    """
    return int(day.replace("-", "")) if day else 0


_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode  # made once, not once a call


def _dump(obj: object) -> str:
    return _encode(obj)


@lru_cache(maxsize=1024)
def _read(text: str) -> Any:
    """A story's stored vector or actor counts, parsed (a story is a candidate of many articles in a
    row, its row unchanged): the value is shared, to be read, never changed."""
    return json.loads(text)


@lru_cache(maxsize=1024)
def _vector(text: str) -> tuple[dict[str, float], float]:
    """A story's stored summed vector, parsed, and its norm (`_read`: shared, never changed)."""
    total = json.loads(text)
    return total, clustering.length(total)


class _Con:
    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con


def backfill(con: sqlite3.Connection) -> None:
    """Schema 8: the tables, and every stored article's quotes, events and story, oldest first,
    drawn from its stored passages (no source is cleaned again).

    It tells no progress: the upgrade's progress line counts passages tokenized for search.
    """
    from ..storyline import storyline

    for statement in SCHEMA.split(";"):
        if statement.strip():
            con.execute(statement)
    stories = Stories(_Con(con))
    kinds = {aid: kind for aid, kind in con.execute("SELECT id, kind FROM actors")}
    for pk, title, published in con.execute("SELECT pk, title, published FROM articles ORDER BY sort, pk").fetchall():
        rows = con.execute("SELECT kind, text, mentions FROM passages WHERE article=? ORDER BY seq", (pk,)).fetchall()
        mentions = [[tuple(m) for m in json.loads(r[2])] if r[2] else [] for r in rows]
        counts = con.execute("SELECT actor, mentions FROM article_actors WHERE article=?", (pk,)).fetchall()
        story = storyline(title, published, [(r[0], r[1]) for r in rows], mentions, kinds)
        stories.write(pk, published, title, story, [(a, "", kinds.get(a, "")) for a, _ in counts], counts, new=True)
    stories.flush()
