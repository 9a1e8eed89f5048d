"""The synthetic corpus: N articles from five sites, the same bytes for the same N and seed.

Each seed (`seeds/*.txt`) stands for one site. What the cleaner removes from a seed (its menu line, datelines,
credit lines, arrows and table rules, an ad) is that site's chrome: every article of the site keeps those lines,
verbatim and in their places, as a site's template does. Every other line is made anew for each article
(`splice`): the head of one of the seeds' sentences joined to the tail of another, names, places and numbers
drawn again, headings, 「」 quotes, table rows and marks (✅, 1.) kept in shape. No line of an article's body is
the same as another's in its folder (the importer's site), digits aside as the site templates compare lines.

Why: a corpus whose lines repeat across articles flatters every cache keyed on a line's text (the line
classifier's, the actor recognisers') and makes the site templates take body lines for chrome, and clean earlier
articles again when one crosses the threshold; real news repeats its chrome, not its sentences.
"""

from __future__ import annotations

import random
from pathlib import Path

from ..news.cleaning.templates import line_text
from ..news.paths import seeds_dir
from .splice import Splicer, mark_and_text

PER_FOLDER = 1000  # articles a sub-folder: 000/, 001/, ...
CONTENT_RULES = ("repeated", "broken-headline")  # removals that depend on the article's own lines, not its site's
TRIES = 50  # draws for a body line no earlier article of its folder holds


class Site:
    """A seed as a site's layout: each of its lines chrome (kept verbatim), a credit glued to a sentence (the
    credit kept, the sentence made anew), a repeat of an earlier line (made as that line was), blank, or body
    (made anew). The chrome is what the cleaner removes from the seed, decided once a build."""

    def __init__(self, path: Path) -> None:
        from ..news.cleaning import clean
        from ..news.models import Document

        text = path.read_text(encoding="utf-8")
        removed = clean(Document(source=str(path), text=text)).removed
        chrome = sorted({r.text for r in removed if r.rule not in CONTENT_RULES})
        repeated = {r.text for r in removed if r.rule == "repeated"}
        self.lines: list[tuple[str, str, str]] = []  # (what the line is, its chrome part, the rest)
        for line in text.splitlines():
            t = line.strip()
            glued = next((c for c in chrome if t.startswith(c) and t != c), "")
            kind = ("blank" if not t else "chrome" if t in chrome else "repeat" if t in repeated
                    else "glued" if glued else "body")
            self.lines.append((kind, line if kind == "chrome" else glued, t[len(glued):]))
        self.texts = [rest for kind, _, rest in self.lines if kind in ("body", "glued")]

    def article(self, splicer: Splicer, seen: set[str]) -> tuple[list[str], list[str]]:
        """One article's lines, and the new ones in order: the chrome as it is, every other line new (none that
        `seen` holds; what is made is added to it)."""
        out: list[str] = []
        made: dict[str, str] = {}  # a seed line's text -> what this article made of it (for its repeats)
        for kind, chrome, rest in self.lines:
            if kind in ("blank", "chrome"):
                out.append(chrome)
            elif kind == "repeat" and rest in made:
                out.append(made[rest])
            else:
                made[rest] = new = _fresh(splicer, rest, seen)
                out.append(chrome + new)
        return out, list(made.values())


def _fresh(splicer: Splicer, like: str, seen: set[str]) -> str:
    for _ in range(TRIES):
        new = splicer.line(like)
        if (key := line_text(new)) not in seen:
            break
    seen.add(key)
    return new


def sites() -> list[Site]:
    """The five sites, one a seed, in the seeds' order."""
    return [Site(p) for p in sorted(seeds_dir().glob("*.txt"))]


def synth_corpus(folder: Path, n: int, seed: int = 7) -> int:
    """Write n articles into folder; returns the bytes written.

    Article i is of site i mod 5: its title `記事i: ` and its first new line (without its mark), its date
    2025/(1 + i mod 12)/(1 + i mod 28), then the site's lines (see the module's docstring).
    """
    layouts = sites()
    rng = random.Random(seed)
    splicer = Splicer([t for site in layouts for t in site.texts], rng)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    seen: set[str] = set()
    for i in range(n):
        if i % PER_FOLDER == 0:
            seen = set()  # a folder is a site to the importer: its lines are told apart within it
        lines, made = layouts[i % len(layouts)].article(splicer, seen)
        first = mark_and_text(made[0])[1]
        day = 1 + i % 28
        text = f"記事{i}: {first}\n公開日:2025/{1 + i % 12:02d}/{day:02d}\n" + "\n".join(lines)
        data = text.encode("utf-8")
        path = article_path(folder, i)
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        total += len(data)
    return total


def article_path(folder: Path, i: int) -> Path:
    """Where `synth_corpus` writes article i."""
    return folder / f"{i // PER_FOLDER:03d}" / f"a{i:06d}.txt"


def listed_first(db: str, count: int = 5) -> list[str]:
    """The sources of the `count` articles the reader lists first in an index (newest first).

    Imported into a fresh index, they make the reader's small reference: it opens on the same
    article, listed in the same order (an equal date falls back to the order of import, and
    these are imported in path order as the corpus was)."""
    from ..news.library import Library

    lib = Library(db)
    try:
        return sorted(r.source for r in lib.articles().page(0, count, with_actors=False))
    finally:
        lib.close()


def parts(folder: Path, count: int) -> list[list[str]]:
    """The corpus's sub-folders in path order, cut into at most `count` consecutive parts."""
    folders = sorted(str(p) for p in folder.iterdir() if p.is_dir()) or [str(folder)]
    size = max(1, -(-len(folders) // max(1, count)))
    return [folders[i:i + size] for i in range(0, len(folders), size)]


def pick_needle(texts: list[str], elsewhere: list[str], length: int = 8) -> str:
    """What to look for on screen to know an article is shown: the start of its first passage
    that starts with `length` characters other than spaces, and that none of `elsewhere` (the
    titles the list shows beside it) contains."""
    for text in texts:
        start = text.strip()[:length]
        if len(start) == length and not any(c.isspace() for c in start) and not any(start in o for o in elsewhere):
            return start
    raise ValueError("no passage tells this article apart from the list's titles")
