"""The synthetic corpus: N seed-shaped articles, the same bytes for the same N and seed."""

from __future__ import annotations

import random
from pathlib import Path

from ..news.paths import seeds_dir

PER_FOLDER = 1000  # articles a sub-folder: 000/, 001/, ...


def synth_corpus(folder: Path, n: int, seed: int = 7) -> int:
    """Write n seed-shaped articles into folder; returns the bytes written.

    Article i takes the first three lines of seed i mod 5, then as many lines as that seed
    has left drawn from all the seeds' non-blank lines; its title is `記事i: ` and the seed's
    title, its date 2025/(1 + i mod 12)/(1 + i mod 28).
    """
    seeds = [p.read_text(encoding="utf-8").splitlines() for p in sorted(seeds_dir().glob("*.txt"))]
    pool = [line for lines in seeds for line in lines if line.strip()]
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        base = seeds[i % len(seeds)]
        body = base[:3] + rng.sample(pool, min(len(pool), len(base) - 3))
        day = 1 + i % 28
        text = f"記事{i}: {base[0] if base[0].strip() else base[1]}\n公開日:2025/{1 + i % 12:02d}/{day:02d}\n" + "\n".join(body)
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
