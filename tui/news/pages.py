"""HTML pages -> Documents: main text and metadata extracted with trafilatura, as Markdown.

trafilatura keeps the page's structure (headings, lists, tables) as Markdown, which
our cleaning rules then read like any other Markdown page. It is imported lazily: a
user who only reads text files never pays for it.
"""

from __future__ import annotations

import re
from pathlib import Path

from . import sources
from .models import Document

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
# A character reference to a control character (&#27; is ESC): the HTML parser gives up on the
# whole page for one, so it goes before parsing; tab, newline and carriage return stay.
_CONTROL_REF = re.compile(r"&#(?:[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|12[7-9]|1[3-5][0-9]));?")


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Decode a page: the charset it declares (HTTP header or <meta>) when the bytes bear it out, else detection."""
    charset = declared
    if not charset:
        m = _META_CHARSET.search(data[:4096])
        charset = m.group(1).decode("ascii") if m else None
    return _CONTROL_REF.sub("", sources.sanitize(sources.decode_declared(data, charset)))


def extract(html: str, source: str, url: str | None = None) -> Document | None:
    """The page's main text as a Markdown Document, or None when it has no main text."""
    import trafilatura

    text = trafilatura.extract(
        html, url=url, output_format="markdown", include_tables=True, include_formatting=True,
        include_links=False, include_images=False, include_comments=False, favor_recall=True,
        with_metadata=False,
    )
    if not text or not text.strip():
        return None
    meta = trafilatura.extract_metadata(html, default_url=url)
    title = published = site = canonical = None
    if meta is not None:
        title, published, site, canonical = meta.title, meta.date, meta.sitename, meta.url
    text = _FRONT_MATTER.sub("", text)
    return Document(
        source=source, text=sources.sanitize(text), format="markdown",
        title=sources.sanitize(title).strip() if title else None,
        published=(published or None) and published[:10], site=site or None, url=canonical or url,
    )


@sources.register(".html", ".htm", ".xhtml")
def read_html(path: Path, data: bytes) -> list[Document]:
    """A saved web page."""
    doc = extract(decode_html(data), str(path))
    if doc is None:
        raise sources.NotAnArticle("no main text in the page")
    return [doc]
