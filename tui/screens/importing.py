"""The reader's imports, for a worker thread: files, folders, pages and feeds, a refresh, the first-run seeds."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.message import Message

from ..messages import ImportFinished, ImportProgressed, LoadFailed, Seeded
from ..news.library import Library, NewsError

__all__ = ["run_import"]


def run_import(db_path: Path, inputs: list[str], post: Callable[[Message], object], first_run: bool = False,
               refresh: bool = False) -> None:
    """Import `inputs` (or seed a new index, or fetch every feed) on a connection of this thread's own.

    Touches no widget: progress, the report and failures go out through `post` (ImportProgressed,
    ImportFinished, LoadFailed; Seeded when the first-run check imported nothing).
    """
    try:
        lib = Library(db_path)
    except NewsError as exc:
        post(LoadFailed(str(exc)))
        return
    done = 0

    def progress(source: str, outcome: str) -> None:
        nonlocal done
        done += 1
        post(ImportProgressed(done, source, outcome))

    try:
        if first_run:
            report = lib.ensure_seeded()
        elif refresh:
            report = lib.refresh(progress=progress)
        else:
            report = lib.add(inputs, progress=progress)
    except NewsError as exc:
        post(LoadFailed(str(exc)))
        return
    except Exception as exc:  # never a traceback on screen
        post(LoadFailed(f"Import failed: {exc}"))
        return
    finally:
        lib.close()
    post(ImportFinished(report, first_run) if report is not None else Seeded(None))
