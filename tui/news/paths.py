"""Where things live: the index, the configuration, and the files shipped in the package."""

from __future__ import annotations

import functools
import os
from pathlib import Path

APP = "newsreader"


def index_file(override: str | os.PathLike[str] | None = None) -> str:
    """The index file: `--db`, else $NEWSREADER_DB, else the platform's user data folder."""
    if override:
        return os.path.expanduser(os.fspath(override))
    env = os.environ.get("NEWSREADER_DB")
    if env:
        return os.path.expanduser(env)
    return default_index_file()


def default_index_file() -> str:
    """Where the index lives when neither `--db` nor $NEWSREADER_DB says: the platform's user data folder."""
    import platformdirs

    return os.path.join(platformdirs.user_data_dir(APP), "index.db")


def index_path(override: str | os.PathLike[str] | None = None) -> Path:
    """`index_file` as a Path."""
    return Path(index_file(override))


def config_dir() -> Path:
    """The configuration folder: $NEWSREADER_CONFIG, else the platform's user config folder."""
    return _config_dir(os.environ.get("NEWSREADER_CONFIG"), os.environ.get("XDG_CONFIG_HOME"), os.environ.get("HOME"))


@functools.lru_cache(maxsize=8)
def _config_dir(env: str | None, *_: str | None) -> Path:
    # Asked once per analysed document (for the user's actors.toml): the platform lookup is
    # made once per environment, not each time.
    if env:
        return Path(env).expanduser()
    import platformdirs

    return platformdirs.user_config_path(APP)


def _shipped(name: str) -> Path:
    # In the wheel the folder sits inside the package; in a source checkout, beside it.
    package = Path(__file__).resolve().parent.parent
    inside = package / name
    return inside if inside.is_dir() else package.parent / name


def seeds_dir() -> Path:
    """The bundled sample articles."""
    return _shipped("seeds")


def styles_dir() -> Path:
    """The Textual stylesheets."""
    return _shipped("styles")
