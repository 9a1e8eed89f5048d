"""The user's settings: `config.toml` in the configuration folder.

```toml
theme = "nord"            # a Textual theme
refresh_minutes = 30      # the reader fetches the subscriptions this often (0: never)

[keys]                    # Textual's keymap: binding id = keys
"app.quit" = "q,ctrl+q"

[mute]                    # hidden from `list` and the reader (`list --muted` shows them)
title = ["占い", "PR"]    # words in the title
site = ["example.com"]    # a source site: its host (and subdomains) or its site name
actor = ["トランプ"]      # an actor, by any of its names
```

A bad line is told in one line naming the file and the line, and the rest of the file still
applies: a settings file never stops the reader from starting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import paths
from .sanitize import clean_line

FILE = "config.toml"
_AT = re.compile(r"\s*\(at (?:line (\d+), column \d+|end of document)\)\s*$")
_SECTION = re.compile(r"\s*\[\s*([A-Za-z0-9_.\"-]+)\s*\]")
_KEY = re.compile(r"""\s*(?:"([^"]*)"|'([^']*)'|([A-Za-z0-9_.-]+))\s*=""")
MUTE_KINDS = ("title", "site", "actor")


@dataclass(frozen=True)
class MuteRules:
    """What mutes an article: words in its title, its source site, an actor it mentions."""

    title: tuple[str, ...] = ()
    site: tuple[str, ...] = ()
    actor: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.title or self.site or self.actor)


@dataclass
class Config:
    """The settings read from `path`, and one line per problem found in it."""

    path: Path
    keys: dict[str, str] = field(default_factory=dict)
    theme: str | None = None
    refresh_minutes: float | None = None
    mute: MuteRules = MuteRules()
    errors: list[str] = field(default_factory=list)
    lines: dict[str, int] = field(default_factory=dict)  # "theme", "keys.ID": the line each was set on

    def error(self, line: int | None, message: str) -> None:
        """Note a problem, naming the file and the line."""
        where = f"{self.path}, line {line}" if line else str(self.path)
        self.errors.append(clean_line(f"{where}: {message}"))


def config_file() -> Path:
    """Where `config.toml` is: the configuration folder ($NEWSREADER_CONFIG overrides it)."""
    return paths.config_dir() / FILE


def load(path: Path | None = None) -> Config:
    """The settings in `path` (default: `config_file()`); a missing file gives the defaults."""
    path = path or config_file()
    config = Config(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return config
    except OSError as exc:
        config.error(None, f"cannot be read ({(exc.strerror or str(exc)).lower()})")
        return config
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        config.error(None, f"is not UTF-8 text (byte {exc.start}); its settings are not used")
        return config
    import tomllib  # only when there is a file: its import compiles regular expressions

    lines = text.splitlines()
    data: dict = {}
    for _ in range(len(lines) + 1):  # each round drops one bad line
        try:
            data = tomllib.loads("\n".join(lines))
            break
        except tomllib.TOMLDecodeError as exc:
            found = _AT.search(str(exc))
            n = int(found.group(1)) if found and found.group(1) else 0
            message = _AT.sub("", str(exc)) or "not TOML"
            if not 1 <= n <= len(lines) or not lines[n - 1].strip():
                n = _last_filled(lines, n)
            if n == 0:
                config.error(None, f"{message}; its settings are not used")
                return config
            config.error(n, f"{message.lower()}: {lines[n - 1].strip()[:60]}")
            lines[n - 1] = ""
    _read(config, data, lines)
    return config


def _last_filled(lines: list[str], upto: int) -> int:
    """The last line with something on it, at or before `upto` (0: none)."""
    n = min(upto or len(lines), len(lines))
    while n > 0 and not lines[n - 1].strip():
        n -= 1
    return n


def _line_of(lines: list[str], section: str, key: str) -> int | None:
    """The line (1-based) where `key` is set in `[section]` ("" for the top)."""
    current = ""
    for n, line in enumerate(lines, 1):
        head = _SECTION.match(line)
        if head:
            current = head.group(1).strip('"')
            continue
        found = _KEY.match(line)
        if found and current == section and next(g for g in found.groups() if g is not None) == key:
            return n
    return None


def _read(config: Config, data: dict, lines: list[str]) -> None:
    """Take the settings that are right; note the rest."""
    for key, value in data.items():
        line = _line_of(lines, "", key) if not isinstance(value, dict) else _section_line(lines, key)
        if key == "theme":
            if isinstance(value, str) and value.strip():
                config.theme = value.strip()
                config.lines["theme"] = line or 0
            else:
                config.error(line, "theme must be the name of a theme (a string)")
        elif key == "refresh_minutes":
            if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 7 * 24 * 60:
                config.refresh_minutes = float(value)
            else:
                config.error(line, "refresh_minutes must be a number of minutes, 0 (never) to 10080 (a week)")
        elif key == "keys" and isinstance(value, dict):
            for binding, keys in value.items():
                at = _line_of(lines, "keys", binding)
                if isinstance(keys, str) and keys.strip():
                    config.keys[binding] = keys.replace(" ", "")
                    config.lines[f"keys.{binding}"] = at or 0
                else:
                    config.error(at, f"keys: {binding!r} must be keys as text, e.g. \"n\" or \"ctrl+n,n\"")
        elif key == "mute" and isinstance(value, dict):
            config.mute = _mute(config, value, lines)
        else:
            config.error(line, f"unknown setting {key!r} (theme, refresh_minutes, [keys] and [mute] are known)")


def _section_line(lines: list[str], name: str) -> int | None:
    for n, line in enumerate(lines, 1):
        head = _SECTION.match(line)
        if head and head.group(1).strip('"') == name:
            return n
    return None


def _mute(config: Config, table: dict, lines: list[str]) -> MuteRules:
    rules: dict[str, tuple[str, ...]] = {}
    for kind, value in table.items():
        at = _line_of(lines, "mute", kind)
        values = [value] if isinstance(value, str) else value
        if kind not in MUTE_KINDS:
            config.error(at, f"mute: unknown rule {kind!r} (title, site and actor are known)")
        elif not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
            config.error(at, f"mute: {kind} must be a list of words, e.g. [\"占い\", \"PR\"]")
        else:
            rules[kind] = tuple(clean_line(v).strip() for v in values)
    return MuteRules(**rules)
