"""A feed item's enclosures (audio, video, images): read from RSS `<enclosure>`, Atom `rel="enclosure"`
links, Media RSS `media:content` and JSON Feed attachments, every field checked, and shown with a size
a reader takes in at a glance.

A feed is written by anyone: only http(s) URLs are kept, a type is a MIME type (or a Media RSS medium)
or nothing, a length a plausible count of bytes or nothing; no field carries a control character.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .models import Enclosure
from .sanitize import clean_line

MAX_ENCLOSURES = 20  # an item's, at most: the rest of a feed that lists hundreds is noise
MAX_URL = 2000
MAX_LENGTH = 2**53  # bytes; past this (8 PB) a length is a mistake, not a size
_MIME = re.compile(r"[a-z0-9][a-z0-9_.+-]{0,63}/[a-z0-9][a-z0-9_.+-]{0,63}")  # what real types use
_MEDIA = frozenset({"image", "audio", "video", "document", "executable"})
_URL = re.compile(r"https?://[^\s\"<>\\^`{|}]+", re.I)


def clean_url(value: object) -> str | None:
    """An http(s) URL without spaces or control characters, else None."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    if clean_line(url) != url:  # a control or invisible character: not a URL to hand a browser
        return None
    return url if len(url) <= MAX_URL and _URL.fullmatch(url) else None


def clean_type(value: object, medium: object = None) -> str | None:
    """A MIME type in lower case without its parameters; else a Media RSS medium; else None."""
    if isinstance(value, str):
        mime = clean_line(value).split(";")[0].strip().lower()
        if _MIME.fullmatch(mime):
            return mime
    if isinstance(medium, str) and medium.strip().lower() in _MEDIA:
        return medium.strip().lower()
    return None


def clean_length(value: object) -> int | None:
    """A length in bytes: a positive whole number below MAX_LENGTH, else None (0 often means unknown)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        n = value
    elif isinstance(value, str) and value.strip().isascii() and value.strip().isdigit() and len(value.strip()) < 20:
        n = int(value.strip())
    else:
        return None
    return n if 0 < n < MAX_LENGTH else None


def gathered(found: Iterable[tuple[object, object, object, object]]) -> tuple[Enclosure, ...]:
    """Enclosures from (url, type, length, medium) as a feed gave them: checked, one per URL (the first,
    its missing type or length taken from a later one), at most MAX_ENCLOSURES."""
    out: dict[str, Enclosure] = {}
    for url, kind, length, medium in found:
        clean = clean_url(url)
        if clean is None:
            continue
        item = Enclosure(clean, clean_type(kind, medium), clean_length(length))
        seen = out.get(clean)
        if seen is None:
            if len(out) < MAX_ENCLOSURES:
                out[clean] = item
        else:
            out[clean] = Enclosure(clean, seen.type or item.type, seen.length or item.length)
    return tuple(out.values())


def of_entry(entry: dict) -> tuple[Enclosure, ...]:
    """A feedparser entry's enclosures: RSS `<enclosure>` and Atom `rel="enclosure"` links (feedparser's
    `enclosures`), then Media RSS `media:content`."""
    found: list[tuple[object, object, object, object]] = []
    for e in entry.get("enclosures") or ():
        if isinstance(e, dict):
            found.append((e.get("href") or e.get("url"), e.get("type"), e.get("length"), None))
    for m in entry.get("media_content") or ():
        if isinstance(m, dict):
            found.append((m.get("url"), m.get("type"), m.get("fileSize") or m.get("filesize"), m.get("medium")))
    return gathered(found)


def of_json_item(item: dict) -> tuple[Enclosure, ...]:
    """A JSON Feed item's attachments."""
    attachments = item.get("attachments")
    if not isinstance(attachments, list):
        return ()
    return gathered((a.get("url"), a.get("mime_type"), a.get("size_in_bytes"), None)
                    for a in attachments if isinstance(a, dict))


def human_size(length: int | None) -> str:
    """A length in bytes as a reader reads it: `812 B`, `4.0 KB`, `12.3 MB`, `1.5 GB` (powers of 1024)."""
    if length is None:
        return "size unknown"
    size = float(length)
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if size < 1024 or unit == "TB":
            return f"{int(size)} B" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    raise AssertionError("unreachable")


def label(enclosure: Enclosure) -> str:
    """`audio/mpeg · 12.3 MB`: what an enclosure is, in one short line (its URL apart)."""
    return f"{enclosure.type or 'unknown type'} · {human_size(enclosure.length)}"
