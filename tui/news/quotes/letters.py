"""Readers' letters and signed columns: the writer's byline (会社員　霜田純一（57）　秋田県横手市) stands above the text,
which speaks of the writer as 私; words the writer quotes as said by 私 (私は「ありがとう」と返すのがやっとだった) are
the writer's, the one person the byline names."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .passage import Mentions

_BYLINE_AGE = re.compile(r"[（(][0-9０-９]{1,3}[）)]")
_I_SAID = re.compile(r"(?:^|[。、」\s])(?:私|わたし|僕|ぼく)(?:は|が|も)[、，]?\s*$")  # 私は「…」: the writer speaks


def writers(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str],
            out: list[tuple[int, str, str | None]]) -> list[tuple[int, str, str | None]]:
    """`out` with each quote its passage gives to 私 filed under the writer of the letter it is in (the nearest byline
    above it), when one is."""
    if not any(speaker is None for _, _, speaker in out) or not any("私" in t or "僕" in t for t in texts):
        return out
    bylines = {j: person for j, text in enumerate(texts) if (person := _byline(text, mentions[j], kinds)) is not None}
    if not bylines:
        return out
    done: list[tuple[int, str, str | None]] = []
    for k, words, speaker in out:
        if speaker is None and (at := texts[k].find("「" + words + "」")) >= 0 and _I_SAID.search(texts[k], 0, at):
            writer = max((j for j in bylines if j < k), default=None)
            if writer is not None:
                speaker = bylines[writer]
        done.append((k, words, speaker))
    return done


def _byline(text: str, found: Mentions, kinds: dict[str, str]) -> str | None:
    """The one person a passage that is a byline names: short, no sentence, the person's name then an age in brackets
    (会社員　霜田純一（57）　秋田県横手市)."""
    if len(text) > 40 or "。" in text or "「" in text:
        return None
    people = [(a, e) for a, s, e in found if kinds.get(a) == "person"]
    if len(people) != 1 or not _BYLINE_AGE.match(text, people[0][1]):
        return None
    return people[0][0]
