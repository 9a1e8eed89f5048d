"""Words that run over paragraphs: a paragraph that leaves its 「 open, the next opening with 「 again,
as papers print one speaker's words over several paragraphs (…は話す。「…あふれている。 / 「今回は…」と).
The open part is the same speaker's words as the part that closes them.
"""

from __future__ import annotations

from collections.abc import Sequence


def open_start(text: str) -> int | None:
    """Where the outermost 「 left open at the end of `text` starts, if one is."""
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch == "「":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "」" and depth:
            depth -= 1
    return start if depth else None


def continued(texts: Sequence[str]) -> dict[int, int]:
    """{passage index: where its open 「 starts} for each passage whose words the next passage continues."""
    out = {}
    for k in range(len(texts) - 1):
        if "「" in texts[k] and texts[k + 1].lstrip(" 　").startswith("「"):
            at = open_start(texts[k])
            if at is not None:
                out[k] = at
    return out


def open_parts(texts: Sequence[str], opened: dict[int, int],
               found: list[tuple[int, str, str | None]]) -> list[tuple[int, str, str | None]]:
    """The quotes `found` with each open part given before the words that continue it, with their speaker."""
    first: dict[int, tuple[str, str | None, bool]] = {}
    for k, words, speaker in found:
        first.setdefault(k, (words, speaker, True))
    added = []
    for k, at in sorted(opened.items(), reverse=True):  # (the last first: a part left open itself continues one)
        nxt = first.get(k + 1)
        if nxt is not None and texts[k + 1].lstrip(" 　").startswith("「" + nxt[0] + ("」" if nxt[2] else "")):
            words = texts[k][at + 1:].rstrip(" 　")
            added.append((k, words, nxt[1]))
            if k not in first or at == 0:
                first[k] = (words, nxt[1], False)
    return sorted([*found, *added], key=lambda q: q[0]) if added else found
