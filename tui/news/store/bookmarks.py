"""Bookmarks in the index: toggling, notes, undo, re-attaching after an article changes, and the
validated import of a `bookmarks --json` export."""

from __future__ import annotations

import secrets
import sqlite3
from datetime import datetime

from ..errors import NewsError
from ..models import Bookmark
from ..sanitize import clean_bookmark, clean_text
from .connection import Index, now


class Bookmarks:
    """The bookmarks table: each bookmark keeps its passage's text, so it outlives the article's changes."""

    def __init__(self, index: Index) -> None:
        """Bookmarks over `index`."""
        self.index = index

    def all(self) -> list[Bookmark]:
        """Every bookmark, newest first."""
        rows = self.index.con.execute(
            "SELECT id, article_id, anchor, title, text, note, created, detached, source FROM bookmarks"
            " ORDER BY created DESC, id"
        ).fetchall()
        return [Bookmark(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8]) for r in rows]

    def anchors(self, article_id: str) -> set[str]:
        """The anchors bookmarked in one article."""
        return {r[0] for r in self.index.con.execute(
            "SELECT anchor FROM bookmarks WHERE article_id=? AND detached=0", (article_id,))}

    def toggle(self, article_id: str, anchor: str, note: str = "") -> Bookmark | None:
        """Bookmark a passage, or remove the bookmark it has; returns the new bookmark or None."""
        with self.index.transaction() as con:
            row = con.execute("SELECT id FROM bookmarks WHERE article_id=? AND anchor=? AND detached=0",
                              (article_id, anchor)).fetchone()
            if row:
                con.execute("DELETE FROM bookmarks WHERE id=?", (row[0],))
                return None
            found = con.execute(
                "SELECT a.title, a.source, p.text FROM passages p JOIN articles a ON a.pk=p.article"
                " WHERE a.id=? AND p.anchor=?", (article_id, anchor)).fetchone()
            if not found:
                raise NewsError(f"no passage {anchor!r} in article {article_id!r}")
            bm = Bookmark(secrets.token_hex(6), article_id, anchor, found[0], found[2], note, now(), False, found[1])
            self._insert(bm)
            return bm

    def set_note(self, bookmark_id: str, note: str) -> None:
        """Change a bookmark's note."""
        self.index.con.execute("UPDATE bookmarks SET note=? WHERE id=?", (note, bookmark_id))

    def delete(self, bookmark_id: str) -> Bookmark | None:
        """Delete a bookmark; returns it so the caller can offer undo."""
        found = [b for b in self.all() if b.id == bookmark_id]
        self.index.con.execute("DELETE FROM bookmarks WHERE id=?", (bookmark_id,))
        return found[0] if found else None

    def restore(self, bm: Bookmark) -> None:
        """Put a deleted bookmark back exactly as it was."""
        with self.index.transaction():
            self._insert(bm)
            self.reattach(bm.article_id)

    def import_json(self, items: list, replace: bool = False) -> tuple[int, int, int, int]:
        """Merge bookmarks from a `bookmarks --json` export, all or nothing: (added, updated, unchanged, differed).

        Every entry is checked first: NewsError names the first bad one, and nothing is written.
        Under an id already here, a changed note is taken (the note is the user's own words, and an
        import is how they move it); another title, text, article or date is kept as it is here and
        counted in `differed`, unless `replace` takes the file's (then counted as updated).
        """
        marks = [bookmark_from_json(n, item) for n, item in enumerate(items)]
        added = updated = unchanged = differed = 0
        with self.index.transaction() as con:
            for bm in marks:
                here = con.execute("SELECT article_id, title, text, created, source, note FROM bookmarks WHERE id=?",
                                   (bm.id,)).fetchone()
                if here is None:
                    self._insert(bm)
                    added += 1
                    continue
                other = tuple(here[:5]) != (bm.article_id, bm.title, bm.text, bm.created, bm.source)
                if other and replace:
                    con.execute("UPDATE bookmarks SET article_id=?, anchor=?, title=?, text=?, note=?, created=?,"
                                " source=?, detached=? WHERE id=?",
                                (bm.article_id, bm.anchor, bm.title, bm.text, bm.note, bm.created, bm.source,
                                 int(bm.detached), bm.id))
                    updated += 1
                    continue
                differed += other
                if here[5] != bm.note:
                    self.set_note(bm.id, bm.note)
                    updated += 1
                else:
                    unchanged += 1
            for aid in {bm.article_id for bm in marks}:
                # A bookmark of an article this index lacks keeps its state as exported.
                if con.execute("SELECT 1 FROM articles WHERE id=?", (aid,)).fetchone():
                    self.reattach(aid)
        return added, updated, unchanged, differed

    def _insert(self, bm: Bookmark) -> None:
        self.index.con.execute(
            "INSERT INTO bookmarks(id, article_id, anchor, title, text, note, created, source, detached)"
            " VALUES(?,?,?,?,?,?,?,?,?)",
            (bm.id, bm.article_id, bm.anchor, bm.title, bm.text, bm.note, bm.created, bm.source, int(bm.detached)),
        )

    def reattach(self, article_id: str) -> None:
        """After an article changes, its bookmarks follow their passage text, or become detached."""
        reattach(self.index.con, article_id)

    def markdown(self) -> str:
        """Every bookmark as Markdown: title, source, passage and note."""
        out = ["# Bookmarks", ""]
        for bm in self.all():
            out.append(f"## {bm.title}")
            out.append("")
            if bm.source:
                out.append(f"Source: {bm.source}  ")
            out.append(f"Article: `{bm.article_id}` · bookmarked {bm.created[:10]}"
                       + (" · detached (the passage is no longer in the article)" if bm.detached else ""))
            out.append("")
            out.extend("> " + line for line in bm.text.splitlines() or [""])
            out.append("")
            if bm.note:
                out.append(bm.note)
                out.append("")
        return clean_text("\n".join(out))  # a file that is read with `cat` is output too


def reattach(con: sqlite3.Connection, article_id: str) -> None:
    """After an article changes, its bookmarks follow their passage text, or become detached."""
    for bid, anchor, text in con.execute(
        "SELECT id, anchor, text FROM bookmarks WHERE article_id=?", (article_id,)).fetchall():
        here = con.execute(
            "SELECT p.anchor FROM passages p JOIN articles a ON a.pk=p.article WHERE a.id=? AND p.anchor=?",
            (article_id, anchor)).fetchone()
        if here is None:
            here = con.execute(
                "SELECT p.anchor FROM passages p JOIN articles a ON a.pk=p.article WHERE a.id=? AND p.text=?"
                " ORDER BY p.seq LIMIT 1", (article_id, text)).fetchone()
        if here:
            con.execute("UPDATE bookmarks SET anchor=?, detached=0 WHERE id=?", (here[0], bid))
        else:
            con.execute("UPDATE bookmarks SET detached=1 WHERE id=?", (bid,))


_REQUIRED_TEXT = ("id", "article_id", "anchor", "title", "text")
_ISO = "an ISO date and time (2025-11-26T07:30:00+09:00)"


def bookmark_from_json(index: int, item: object) -> Bookmark:
    """Entry `index` of a `bookmarks --json` export as a Bookmark; else NewsError naming the entry and field.

    The export's shape, strictly: id, article_id, anchor, title, text non-empty strings; note a
    string; created an ISO date-time; detached true or false (0 or 1 as SQLite keeps it); source a
    string or null. `None`, lists or "no" are never turned into text or truth.
    """
    if not isinstance(item, dict):
        raise NewsError(f"entry {index + 1} is {_json_kind(item)}, not a bookmark (an object with id, title, text…)")
    ident = item.get("id")
    where = f"entry {index + 1}" + (f" (id {_shown(ident)})" if isinstance(ident, str) and ident.strip() else "")

    def wrong(field: str, expected: str) -> NewsError:
        got = "missing" if field not in item else _json_kind(item[field])
        return NewsError(f"{where}: {field!r} must be {expected}, not {got}")

    for field in _REQUIRED_TEXT:
        value = item.get(field)
        if not isinstance(value, str) or not value.strip():
            raise wrong(field, "a non-empty string")
    note = item.get("note", "")
    if not isinstance(note, str):
        raise wrong("note", "a string")
    created = item.get("created")
    if not isinstance(created, str):
        raise wrong("created", _ISO)
    detached = item.get("detached", False)
    if type(detached) not in (bool, int) or detached not in (0, 1):
        raise wrong("detached", "true or false")
    source = item.get("source")
    if source is not None and not isinstance(source, str):
        raise wrong("source", "a string or null")
    bm = clean_bookmark(Bookmark(item["id"], item["article_id"], item["anchor"], item["title"], item["text"], note,
                                 created, bool(detached), source))  # every string field, as the index will hold it
    for field in _REQUIRED_TEXT:
        if not getattr(bm, field).strip():
            raise NewsError(f"{where}: {field!r} holds nothing but control characters")
    try:
        datetime.fromisoformat(bm.created)
    except ValueError:
        raise wrong("created", _ISO) from None
    return bm


def _json_kind(value: object) -> str:
    """What a JSON value is, for an error message: `null`, `the string "no"`, `a list`…"""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"the string {_shown(value)}" if value else "an empty string"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return "a list" if isinstance(value, list) else "an object"


def _shown(text: str, limit: int = 40) -> str:
    """A string from a file, quoted for a message: cut short, every unprintable character escaped."""
    cut = text[:limit]
    escaped = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in cut)
    return f'"{escaped}"' + ("…" if len(text) > limit else "")
