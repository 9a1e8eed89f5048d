"""Remembered values in the index (the last article opened, the theme, whether the samples were added)."""

from __future__ import annotations

from .connection import Index


class State:
    """The state table: a key and a text value."""

    def __init__(self, index: Index) -> None:
        """State over `index`."""
        self.index = index

    def get(self, key: str, default: str | None = None) -> str | None:
        """A remembered value, else `default`."""
        row = self.index.con.execute("SELECT value FROM state WHERE key=?", (key,)).fetchone()
        return row[0] if row else default

    def set(self, key: str, value: str | None) -> None:
        """Remember a value."""
        self.index.con.execute(
            "INSERT INTO state(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
            (key, value))
