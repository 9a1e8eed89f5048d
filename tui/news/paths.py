"""Where things live: the index, the configuration, and the files shipped in the package."""

from __future__ import annotations

import os
from pathlib import Path

APP = "newsreader"
_PACKAGE = Path(__file__).resolve().parent.parent


def index_path(override: str | os.PathLike[str] | None = None) -> Path:
    """The index file: `--db`, else $NEWSREADER_DB, else the platform's user data folder."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get("NEWSREADER_DB")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_data_path(APP) / "index.db"


def config_dir() -> Path:
    """The configuration folder: $NEWSREADER_CONFIG, else the platform's user config folder."""
    env = os.environ.get("NEWSREADER_CONFIG")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_config_path(APP)


def _shipped(name: str) -> Path:
    # In the wheel the folder sits inside the package; in a source checkout, beside it.
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def seeds_dir() -> Path:
    """The bundled sample articles."""
    return _shipped("seeds")


def styles_dir() -> Path:
    """The Textual stylesheets."""
    return _shipped("styles")
