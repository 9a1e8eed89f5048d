"""A feed item's HTML content as Markdown, directly: headings, paragraphs, lists, tables and quotes.

A feed item's content is the article already, so it needs no page extraction (trafilatura looks
for the main text among a page's chrome, some 50 ms an item); walking its elements with lxml takes
a millisecond and gives the Markdown the cleaning rules read.
"""

from __future__ import annotations

import re

_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_DROP = frozenset({"script", "style", "noscript", "iframe", "object", "embed", "template", "svg", "math",
                   "form", "button", "input", "select", "textarea", "nav", "img", "video", "audio", "picture",
                   "source", "head", "title", "meta", "link"})
_BLOCKS = frozenset({"p", "div", "section", "article", "main", "header", "footer", "aside", "figure",
                     "figcaption", "address", "details", "summary", "dl", "dt", "dd", "center", "body", "html",
                     "pre", "hr"})
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


def _inline(el) -> str:
    """The text of an element and its inline children, spaces collapsed; <br> is a line break."""
    parts: list[str] = [el.text or ""] if el.tag not in _DROP else []
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "br":
            parts.append("\n")
        elif tag and tag not in _DROP:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _line(text: str) -> str:
    return "\n".join(_SPACE.sub(" ", part).strip() for part in text.split("\n") if part.strip())


def _has_blocks(el) -> bool:
    return any(isinstance(c.tag, str) and (c.tag in _BLOCKS or c.tag in _HEADINGS or c.tag in
                                           ("ul", "ol", "table", "blockquote")) for c in el.iter() if c is not el)


def _table(el) -> list[str]:
    rows = []
    for tr in el.iter("tr"):
        cells = [_line(_inline(c)).replace("\n", " ").replace("|", "｜") for c in tr if c.tag in ("td", "th")]
        if any(cells):
            rows.append((cells, all(c.tag == "th" for c in tr if c.tag in ("td", "th"))))
    if not rows:
        return []
    out = ["| " + " | ".join(rows[0][0]) + " |", "|" + "---|" * len(rows[0][0])]
    out += ["| " + " | ".join(cells) + " |" for cells, _ in rows[1:]]
    return ["\n".join(out)]


def _blocks(el, out: list[str]) -> None:
    """Markdown blocks of `el`'s children (and of its own text), in order."""
    pending: list[str] = [el.text or ""]

    def flush() -> None:
        text = _line("".join(pending))
        if text:
            out.append(text)
        pending.clear()

    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if not tag or tag in _DROP:
            pending.append(child.tail or "")
            continue
        if tag in _HEADINGS:
            flush()
            text = _line(_inline(child)).replace("\n", " ")
            if text:
                out.append("#" * _HEADINGS[tag] + " " + text)
        elif tag in ("ul", "ol"):
            flush()
            items = [_line(_inline(li)).replace("\n", " ") for li in child if li.tag == "li"]
            out.extend(["\n".join((f"{n}. " if tag == "ol" else "- ") + t for n, t in enumerate(items, 1) if t)]
                       if any(items) else [])
        elif tag == "table":
            flush()
            out.extend(_table(child))
        elif tag == "blockquote":
            flush()
            inner: list[str] = []
            _blocks(child, inner)
            out.extend("\n".join("> " + line for line in block.split("\n")) for block in inner)
        elif tag == "br":
            pending.append("\n")
        elif tag in _BLOCKS or _has_blocks(child):
            flush()
            if _has_blocks(child):
                _blocks(child, out)
            else:
                text = _line(_inline(child))
                if text:
                    out.append(text)
        else:
            pending.append(_inline(child))
        pending.append(child.tail or "")
    flush()


def to_markdown(html: str, title: str | None = None) -> str:
    """The Markdown of an HTML fragment (a feed item's content), headed by `title`; "" when it holds no text."""
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    out: list[str] = []
    _blocks(root, out)
    if not out:
        return ""
    if title and title.strip():
        out.insert(0, "# " + _SPACE.sub(" ", title).strip())
    return "\n\n".join(out) + "\n"
