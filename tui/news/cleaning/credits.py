"""Source credits: where a credit line names its source and URL, and where glued text begins."""

from __future__ import annotations

import re

from ..models import Citation
from .text import HEADING_MAX

_URL = re.compile(r"https?://[!-~]+")
# A path that ends in a file extension cannot go on: what follows is glued text.
_URL_END = re.compile(r"\.(?>shtml|html|htm|php|aspx|asp|jsp|cgi)(?=[A-Za-z])", re.I)
_URL_TRAIL = ".,;:!?)]}'\"、。"

_LEAD = r"(?:さらに読む|続きを読む|もっと読む|元記事を読む|記事を読む|Read more)\s*[⇒→＞>»≫]*\s*"
_LABEL = r"(?:出典\s*[/／]\s*画像元|画像元\s*[/／]\s*出典|出典元|出典|画像元|引用元|引用|参照元|ソース|Source|Via)\s*[:：]\s*"
_CREDIT_LEAD = re.compile(rf"^{_LEAD}", re.I)
_CREDIT_LABEL = re.compile(_LABEL, re.I)
# What a lead or a label opens with (in any case: ſ is an s): a line without them is looked at no further.
_LEAD_FIRST = "さ続も元記Rr"
_LABEL_FIRST = re.compile("[出画引参ソSV]", re.I)


def extract_url(text: str) -> tuple[str | None, str]:
    """Split `text` at its leading URL: (url, what follows). URLs are ASCII only."""
    m = _URL.match(text)
    if not m:
        return None, text
    url = m.group(0)
    end = _URL_END.search(url)
    if end:
        url = url[: end.end()]
    url = url.rstrip(_URL_TRAIL)
    return url, text[len(url):]


def split_credit(line: str) -> tuple[str, Citation, str] | None:
    """If `line` holds a credit, return (credit text, citation, glued text after it)."""
    lead = _CREDIT_LEAD.match(line) if line[:1] in _LEAD_FIRST else None
    start = lead.end() if lead else 0
    # A label ends in a colon, and opens with one of a few characters.
    label = (_CREDIT_LABEL.search(line, start) if (":" in line or "：" in line) and _LABEL_FIRST.search(line, start)
             else None)
    if label is None:
        if not lead:
            return None
        rest = line[start:].strip()
        url, after = extract_url(rest)
        if url:
            return line[: len(line) - len(after)], Citation(None, url, None), after.strip()
        return line, Citation(rest or None, None, None), ""
    name = line[start : label.start()].strip()
    rest = line[label.end() :]
    if not lead and label.start() > 0 and (len(name) > HEADING_MAX or "。" in name or not _URL.match(rest.lstrip())):
        return None  # a label mid-sentence: not a credit line
    url, after = extract_url(rest.lstrip())
    if url:
        credit = line[: len(line) - len(after)]
        return credit, Citation(name or None, url, None), after.strip()
    # No URL: the label names the source ("出典: ロイター").
    tail = rest.strip()
    if not name and len(tail) <= HEADING_MAX:
        return line, Citation(tail or None, None, None), ""
    return line, Citation(name or None, None, None), "" if len(tail) <= HEADING_MAX else tail
