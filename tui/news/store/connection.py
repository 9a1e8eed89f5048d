"""Opening the index file: checks before anything is written, PRAGMAs, write transactions.

One connection per thread (sqlite3 connections must not cross threads); WAL so readers
never block the writer; a busy timeout so a second writer waits.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from ..errors import IndexFileDamaged, IndexFileError, IndexLocked, NotAnIndex, storage_error
from .schema import check_schema, migrate


def _busy_timeout() -> float:
    """How long a write waits for another process's write lock: $NEWSREADER_BUSY_TIMEOUT seconds, else 30."""
    try:
        seconds = float(os.environ.get("NEWSREADER_BUSY_TIMEOUT", ""))
    except ValueError:
        return 30.0
    return seconds if 0 <= seconds <= 86400 else 30.0


BUSY_TIMEOUT_S = _busy_timeout()


def now() -> str:
    """The current UTC time as the index stores it: ISO 8601, to the second."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def check_file(path: str | Path) -> None:
    """Raise IndexFileError when `path` exists but is not a usable newsreader index. Never writes.

    What is not the file's fault (a read-only folder, a full disk) raises the library's StorageError.
    """
    path = os.fspath(path)
    if not _exists(path):
        return
    try:
        con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
        try:
            check_schema(con, path)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if _locked(exc, path):
            return  # another process is writing: the read-write open will wait for it
        raise _file_error(exc, path) from exc


def _exists(path: str) -> bool:
    """False when there is no index yet (no file, or an empty one); raise when the path is a folder.

    Only stat()s the path. Opening the file outside SQLite, even to read its header, is never safe
    in a process that may hold a connection to it: closing any descriptor of a file drops every
    POSIX lock the process holds on it, and another process, believing itself the last user, would
    checkpoint and delete the -wal and -shm files under this one's connections. Whether the file is
    SQLite at all is asked of SQLite (`_file_error`).
    """
    if not os.path.exists(path):
        return False
    if os.path.isdir(path):
        raise IndexFileError(f"{path} is a directory, not a newsreader index")
    return os.path.getsize(path) > 0


def _file_error(exc: sqlite3.DatabaseError, path: str) -> Exception:
    """What an SQLite error met while opening or checking the index means, by its error code."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code == sqlite3.SQLITE_NOTADB:
        return NotAnIndex(f"{path} is not a newsreader index (not an SQLite database)")
    if code == sqlite3.SQLITE_CORRUPT:
        return IndexFileDamaged(f"{path} is corrupt ({exc})")
    typed = storage_error(exc, path, BUSY_TIMEOUT_S)
    if typed is not None:
        return typed  # locked, read-only, full: the file itself is not at fault
    if isinstance(exc, sqlite3.OperationalError):
        return IndexFileDamaged(f"{path} cannot be opened ({exc})")
    return IndexFileDamaged(f"{path} is corrupt ({exc})")


def _locked(exc: sqlite3.Error, path: str) -> bool:
    """True for SQLite's "busy" and "locked" errors."""
    return isinstance(storage_error(exc, path), IndexLocked)


def _make_folder(path: str) -> None:
    """Create the default index's folder on first use; a folder the user named (--db, $NEWSREADER_DB) must exist.

    A mistyped path would otherwise make folders and a new, empty index that nobody asked for.
    """
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(folder):
        return
    from ..paths import default_index_file

    if os.path.abspath(path) != os.path.abspath(default_index_file()):
        what = "is not a folder" if os.path.exists(folder) else "does not exist"
        raise IndexFileError(f"cannot use the index {path}: its folder {folder} {what}")
    os.makedirs(folder, exist_ok=True)


class Index:
    """A connection to the index file, checked and brought up to date; one per thread."""

    def __init__(self, path: str | os.PathLike[str], on_upgrade: Callable[[int, int], None] | None = None,
                 upgrade_progress: Callable[[int, int], None] | None = None) -> None:
        """Open (creating or migrating) the index; `on_upgrade(old, new)` is told before an upgrade runs,
        `upgrade_progress(done, total)` while a long step of it runs."""
        self.path = os.fspath(path)
        # Actor definitions this connection wrote, so an import does not write them again;
        # a rollback empties it (what the transaction wrote is gone).
        self.stored_actors: dict[str, tuple] = {}
        existing = _exists(self.path)
        _make_folder(self.path)
        try:
            self.con = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                       check_same_thread=False)
        except sqlite3.DatabaseError as exc:
            raise _file_error(exc, self.path) from exc
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while True:
            try:
                if existing:
                    # Checked on this connection before anything is written (no second
                    # connection: this open is on the path of every command).
                    try:
                        check_schema(self.con, self.path)
                    except IndexFileError:
                        self.con.close()
                        raise
                # Switching to WAL takes an exclusive lock that SQLite does not wait for:
                # when two processes open a new index at once, the second retries.
                self.con.execute("PRAGMA journal_mode=WAL")
                self.con.execute("PRAGMA synchronous=NORMAL")
                self.con.execute("PRAGMA foreign_keys=ON")
                migrate(self.con, self.transaction, on_upgrade, upgrade_progress)
                break
            except sqlite3.DatabaseError as exc:
                if _locked(exc, self.path) and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                self.con.close()
                raise _file_error(exc, self.path) from exc

    def close(self) -> None:
        """Close the connection."""
        self.con.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """An immediate (write) transaction, all or nothing: `with index.transaction() as con: ...`.

        BEGIN IMMEDIATE on entry; COMMIT when the block ends, ROLLBACK when it raises. Locked,
        read-only, full or damaged, the index raises the library's own StorageError.
        """
        try:
            self.con.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            self._raise_typed(exc)
            raise
        try:
            yield self.con
            self.con.execute("COMMIT")
        except BaseException as exc:
            try:
                if self.con.in_transaction:  # SQLite has rolled back by itself after some errors (a full disk)
                    self.con.execute("ROLLBACK")
            finally:
                self.stored_actors.clear()  # what the transaction wrote is gone
            if isinstance(exc, sqlite3.Error):
                self._raise_typed(exc)
            raise

    @contextmanager
    def without_waiting(self) -> Iterator[None]:
        """Within the block, a write fails at once when another process holds the write lock."""
        self.con.execute("PRAGMA busy_timeout=0")
        try:
            yield
        finally:
            self.con.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")

    def data_version(self) -> int:
        """A number that changes when another connection commits to the index (cheap to poll)."""
        return self.con.execute("PRAGMA data_version").fetchone()[0]

    def _raise_typed(self, exc: sqlite3.Error) -> None:
        """Raise the library's own error for `exc` where it has one (locked, read-only, full, damaged)."""
        typed = storage_error(exc, self.path, BUSY_TIMEOUT_S)
        if typed is not None:
            raise typed from exc
