"""The one sanitizer for text from outside: nothing a page, feed, file name or import file holds
reaches a terminal as a control sequence.

Used at the way into the index (every field of every input) and again at every output (the
CLI's text, Markdown and JSON, the reader's widgets), so an index written by an older version
cannot inject either. Pure functions of strings; no Textual, no rich.
"""

from __future__ import annotations

import re

__all__ = ["clean_text", "clean_line", "clean_date", "clean_data", "clean_document", "clean_bookmark"]

# Whole escape sequences go, so a colour code does not leave "[31m" behind; a string sequence
# (OSC, DCS, SOS, PM, APC) goes with its payload up to its terminator (ST or BEL), else to the
# end of the line. The 8-bit CSI (U+009B) goes with its parameters; the other C1 controls go alone
# (mis-decoded text is full of them, and their "payload" is then the rest of a real line).
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor movement, ESC[2J
    r"|\x9b[0-?]*[ -/]*[@-~]"  # the same, 8-bit
    r"|[\x1b][\]PX^_][^\x07\x1b\x9c\r\n]*(?:\x07|\x1b\\|\x9c)?"  # OSC/DCS/SOS/PM/APC: titles, OSC 8 links, OSC 52
    r"|\x1b[ -/]*[0-~]"  # other escapes: charset switches, ESC 7, ESC c
)
# Characters that are invisible yet change what a line shows or how it is read: bidi embeddings,
# overrides, isolates and marks, zero-width spaces and joiners of words, soft hyphens, the BOM,
# interlinear annotations and tag characters. (ZWJ U+200D and variation selectors stay: emoji
# and kanji variants need them.)
_INVISIBLE = ("\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
              "\ufeff\ufff9-\ufffb\U000e0001\U000e0020-\U000e007f")
# C0 but tab and newline, DEL, C1, and the invisible ones.
_CONTROLS = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_INVISIBLE}]")
# Anything that makes a text need work (carriage returns and line separators included).
_SUSPECT = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029{_INVISIBLE}]")
_LINE_BREAKS = str.maketrans({"\n": " ", "\t": " "})
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def clean_text(text: str) -> str:
    """Text of many lines (a body, a passage, a note): escape sequences, control characters (but
    tab and newline) and invisible format characters removed; CR, CRLF and line separators become LF."""
    if _SUSPECT.search(text) is None:  # the usual case: one scan, nothing to do
        return text
    text = _ESCAPES.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROLS.sub("", text)


def clean_line(text: str) -> str:
    """A single-line field (a title, site, id, date, path or URL): `clean_text`, and newlines and
    tabs become spaces."""
    text = clean_text(text)
    return text.translate(_LINE_BREAKS) if "\n" in text or "\t" in text else text


def clean_date(text: str | None) -> str | None:
    """A date as `YYYY-MM-DD`, or None when the text is not exactly a real one."""
    if not text or not _DATE.fullmatch(text):
        return None
    from datetime import date  # here: `newsreader search` starts without it

    try:
        date.fromisoformat(text)
    except ValueError:
        return None
    return text


def clean_data(value):
    """Every string in a JSON-like value (dicts, lists, tuples, strings; keys too) through `clean_text`."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(k) if isinstance(k, str) else k: clean_data(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean_data(v) for v in value]
    return value


def _optional_line(text: str | None) -> str | None:
    return None if text is None else clean_line(str(text))


def clean_document(doc):
    """A Document with every field clean: the text as text, the rest as single lines, the date
    as `YYYY-MM-DD` or None."""
    from dataclasses import replace

    return replace(doc, source=clean_line(doc.source), text=clean_text(doc.text), format=clean_line(doc.format),
                   title=_optional_line(doc.title), published=clean_date(doc.published),
                   site=_optional_line(doc.site), url=_optional_line(doc.url))


def clean_bookmark(bm):
    """A Bookmark with every string field clean (its passage and note may hold several lines)."""
    from dataclasses import replace

    return replace(bm, id=clean_line(bm.id), article_id=clean_line(bm.article_id), anchor=clean_line(bm.anchor),
                   title=clean_line(bm.title), text=clean_text(bm.text), note=clean_text(bm.note),
                   created=clean_line(bm.created), source=_optional_line(bm.source))
