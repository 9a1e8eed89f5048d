"""The library's errors: a user's error is a NewsError, told in one line; the index's own troubles
(locked, read-only, a full disk, damage) are subclasses, told apart by SQLite's error code.

The storage errors are also `sqlite3.DatabaseError`s, so code that handled SQLite's errors
before still does; the CLI and the reader need only catch NewsError.
"""

from __future__ import annotations

import os
import sqlite3

__all__ = ["IndexFileError", "NotAnIndex", "IndexFileDamaged", "NewsError", "StorageError", "IndexLocked", "IndexReadOnly", "DiskFull", "IndexCorrupt",
           "storage_error"]


class IndexFileError(Exception):
    """The index file cannot be used: not ours, corrupt, or too new (the façade says it as a NewsError)."""


class NotAnIndex(IndexFileError):
    """The file is not newsreader's: not SQLite at all, or another program's database (by its header)."""


class IndexFileDamaged(IndexFileError):
    """SQLite cannot read the index file: it is corrupt, or cannot be opened as one."""


class NewsError(Exception):
    """A user's error: told in one line, never a traceback."""


class StorageError(NewsError, sqlite3.DatabaseError):
    """The index cannot be used as asked; `path` is the index file."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path


class IndexLocked(StorageError):
    """Another process held the index's write lock for longer than the busy timeout."""


class IndexReadOnly(StorageError):
    """The index file, or the folder that holds it (where SQLite keeps its -wal and -shm files), is read-only."""


class DiskFull(StorageError):
    """The disk (or the file size limit) left no room to write the index."""


class IndexCorrupt(StorageError):
    """SQLite found the index file damaged."""


def storage_error(exc: sqlite3.Error, path: str, busy_timeout: float | None = None) -> StorageError | None:
    """The library's own error for an SQLite error on the index at `path`, or None when it is none of
    locked, read-only, full or damaged. Decided by SQLite's error code, never by its message."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None or isinstance(exc, StorageError):
        return None
    typed = _typed(exc, code, path, busy_timeout)
    if typed is not None:
        typed.sqlite_errorcode, typed.sqlite_errorname = code, getattr(exc, "sqlite_errorname", "")
    return typed


def _typed(exc: sqlite3.Error, code: int, path: str, busy_timeout: float | None) -> StorageError | None:
    primary = code & 0xFF  # extended codes (SQLITE_READONLY_DIRECTORY, …) carry the primary one in their low byte
    if primary in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        waited = f" (waited {busy_timeout:g} s)" if busy_timeout else ""
        return IndexLocked(f"{path} is locked by another process{waited}; try again when it has finished", path)
    folder = os.path.dirname(os.path.abspath(path))
    # A new index cannot be created in a read-only folder: SQLite says only "unable to open".
    unwritable_folder = primary == sqlite3.SQLITE_CANTOPEN and not os.access(folder, os.W_OK)
    if primary == sqlite3.SQLITE_READONLY or unwritable_folder:
        if code == sqlite3.SQLITE_READONLY_DIRECTORY or unwritable_folder:
            return IndexReadOnly(f"{path} cannot be used: its folder {folder} is read-only"
                                 " (SQLite writes the index's -wal and -shm files beside it)", path)
        return IndexReadOnly(f"{path} cannot be written: the file is read-only", path)
    if primary == sqlite3.SQLITE_FULL:
        return DiskFull(f"the disk is full: {path} cannot grow; free some space and try again"
                        " (what was being written was not saved)", path)
    if primary in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return IndexCorrupt(f"{path} is damaged ({exc}); `newsreader doctor` checks it and can rebuild it", path)
    return None
