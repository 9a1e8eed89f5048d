"""Actors in the index: their definitions, names looked up by any spelling, and their counts."""

from __future__ import annotations

import json
from collections.abc import Iterable

from ..errors import NewsError
from ..language import normalize
from ..models import Actor
from .connection import Index
from .same_person import same_person


class Actors:
    """The actors table, and the per-actor totals every article write keeps up to date."""

    def __init__(self, index: Index) -> None:
        """Actors over `index`."""
        self.index = index

    def store(self, actors: Iterable[tuple]) -> None:
        """Store actor definitions (id, name, kind, aliases, english) in the open transaction; a
        discovered actor's spellings accumulate across articles."""
        con, known_here = self.index.con, self.index.stored_actors
        for aid, name, kind, aliases, english in actors:
            aliases = tuple(aliases)
            known = known_here.get(aid)
            if known is not None and known[0] == (name, kind, english) and set(aliases) <= known[1]:
                continue  # written by this connection already, nothing new
            row = con.execute("SELECT aliases FROM actors WHERE id=?", (aid,)).fetchone()
            merged = list(aliases)
            if row and aid.startswith("p:"):
                merged = sorted(set(json.loads(row[0])) | set(aliases))
            con.execute(
                "INSERT INTO actors(id, name, kind, aliases, english) VALUES(?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
                " name=excluded.name, kind=excluded.kind, aliases=excluded.aliases, english=excluded.english",
                (aid, name, kind, json.dumps(merged, ensure_ascii=False), english),
            )
            known_here[aid] = ((name, kind, english), frozenset(merged))

    def resolve(self, name: str) -> str:
        """The actor id for a name or any alias; unknown names raise NewsError."""
        con = self.index.con
        exact = con.execute("SELECT id FROM actors WHERE id=?1 OR name=?1 LIMIT 1", (name.strip(),)).fetchone()
        if exact:  # the usual case (a name as listed), without reading every actor's spellings
            return exact[0]
        key = normalize(name.strip())
        hits: list[tuple[str, str]] = []
        for aid, aname, aliases in con.execute("SELECT id, name, aliases FROM actors"):
            if key in (normalize(aid), normalize(aname)):
                return aid
            if key in (normalize(a) for a in json.loads(aliases)):
                hits.append((aid, aname))
        if len(hits) == 1:
            return hits[0][0]
        if hits:  # 田中: 田中一郎 and 田中花子 both go by it
            names = ", ".join(sorted(n for _, n in hits)[:5]) + (", …" if len(hits) > 5 else "")
            raise NewsError(f"actor {name!r} is more than one: {names} (give the full name)")
        raise NewsError(f"unknown actor {name!r} (see `newsreader actors`)")

    def same(self, aid: str) -> tuple[str, ...]:
        """The actor `aid` and those that are the same person (a surname alone and its full name, `same_person`):
        what a filter by `aid` reads, `aid` first."""
        return same_person(self.index.con, aid)

    def counted(self) -> list[tuple[Actor, int, int]]:
        """Every actor with (articles, mentions) counts, most-mentioned first."""
        rows = self.index.con.execute(
            "SELECT ac.id, ac.name, ac.kind, ac.aliases, ac.english, c.articles, c.mentions"
            " FROM actor_counts c JOIN actors ac ON ac.id=c.actor"
            " ORDER BY c.articles DESC, c.mentions DESC, ac.name"
        ).fetchall()
        return [(Actor(r[0], r[1], r[2], tuple(json.loads(r[3])), r[4]), r[5], r[6]) for r in rows]

    def names_for(self, pks: list[int]) -> dict[int, list[str]]:
        """The names of the actors each of these articles (by row key) mentions, most-mentioned first."""
        if not pks:
            return {}
        marks = ",".join("?" * len(pks))
        out: dict[int, list[str]] = {}
        for pk, name in self.index.con.execute(
            f"SELECT aa.article, ac.name FROM article_actors aa JOIN actors ac ON ac.id=aa.actor"
            f" WHERE aa.article IN ({marks}) ORDER BY aa.mentions DESC, ac.name", pks
        ):
            out.setdefault(pk, []).append(name)
        return out
