"""An article's own rows going, in the caller's transaction: one place for removal and for a copy folded away."""

from __future__ import annotations

import sqlite3

from ..language import char_text, fts_text


def drop_article(con: sqlite3.Connection, pk: int) -> None:
    """Delete article `pk`, its passages with their rows in the search indexes, its actor counts and its
    enclosures.

    What else hangs off it (bookmarks, stories, templates, places) is the caller's to decide."""
    # An index being upgraded may not have these tables yet.
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE name IN ('passages_chars', 'enclosures')")}
    chars = "passages_chars" in tables
    for ppk, text in con.execute("SELECT pk, text FROM passages WHERE article=?", (pk,)).fetchall():
        con.execute("INSERT INTO passages_fts(passages_fts, rowid, tokens) VALUES('delete', ?, ?)",
                    (ppk, fts_text(text)))
        if chars:
            con.execute("INSERT INTO passages_chars(passages_chars, rowid, chars) VALUES('delete', ?, ?)",
                        (ppk, char_text(text)))
    con.execute("DELETE FROM passages WHERE article=?", (pk,))
    drop_actor_rows(con, pk)
    if "enclosures" in tables:
        con.execute("DELETE FROM enclosures WHERE article=?", (pk,))
    con.execute("DELETE FROM articles WHERE pk=?", (pk,))


def drop_actor_rows(con: sqlite3.Connection, pk: int) -> None:
    """Take article `pk` out of the actor counts and delete its actor rows (for its removal, or before its new
    version's rows go in)."""
    con.execute(
        "UPDATE actor_counts SET articles = articles - 1, mentions = mentions -"
        " (SELECT mentions FROM article_actors WHERE article=? AND actor=actor_counts.actor)"
        " WHERE actor IN (SELECT actor FROM article_actors WHERE article=?)", (pk, pk))
    # Only this article's actors can have come down to no article: their rows are looked up by key, not every
    # actor's row read (an import that updates many articles of a large index would read them all each time).
    con.execute("DELETE FROM actor_counts WHERE actor IN (SELECT actor FROM article_actors WHERE article=?)"
                " AND articles <= 0", (pk,))
    con.execute("DELETE FROM article_actors WHERE article=?", (pk,))
