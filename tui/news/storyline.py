"""What an article adds to the stories, the timeline and who said what, drawn at import.

`storyline` runs in the analysis workers (it needs the tokenizer for key terms) and gives a
compact JSON the writer stores (`store.stories`): the article's quotes, its dated events and the
lemmas of its headline and lead, the features that group it with other articles into a story.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Sequence

from .events import find_events
from .language import FIELDS, parse
from .quotes import find_quotes

EVENT_DATES = 6  # the first dated events of an article count as its terms too
LEAD_CHARS = 600  # the lead's length drawn for key terms: headline and first paragraphs tell the event
_SKIP_POS3 = {"副詞可能", "助数詞可能", "助数詞"}  # 今日, 前, 日: time words, not what happened


def key_terms(title: str, lead: str) -> dict[str, int]:
    """Counts of the nouns of the headline (counted twice) and the lead, for TF-IDF: lemmas (a proper
    noun as written), and each run of two or more nouns as one compound (政策金利, 北山町)."""
    counts: Counter[str] = Counter()
    for weight, text in (*((2, part) for part in title.split()), *((1, part) for part in lead.split())):
        flat = parse(unicodedata.normalize("NFKC", text))  # a space ends a compound: MeCab drops it
        run: list[str] = []
        for k in range(0, len(flat) - FIELDS + 1, FIELDS):
            pos, pos2, pos3, lemma, surface = flat[k:k + FIELDS]
            if pos != "名詞" or pos2 == "数詞" or pos3 in _SKIP_POS3:
                if len(run) > 1:
                    counts["".join(run)] += weight
                run = []
                continue
            run.append(surface)
            term = (surface if pos2 == "固有名詞" or not lemma else lemma.split("-")[0]).lower()
            if len(term) > 1:  # one character (県, 日, 感) says little of an event
                counts[term] += weight
        if len(run) > 1:
            counts["".join(run)] += weight
    return dict(counts)


def storyline(title: str, published: str | None, blocks: Sequence[tuple[str, str]],
              mentions: Sequence[Sequence[tuple[str, int, int]]], kinds: dict[str, str]) -> str:
    """The article's quotes, events and key terms as JSON.

    `blocks`: the passages' (kind, text); `mentions[i]`: passage i's (actor id, start, end);
    `kinds`: each actor's kind. Quotes: [passage, words, speaker id or null]; events: [passage,
    date, sentence, [actor ids]]; terms: {lemma: count}.
    """
    texts = [t for _, t in blocks]
    quotes = find_quotes(texts, mentions, kinds)
    events: list[tuple[int, str, str, list[str]]] = []
    for k, date, sentence in find_events(blocks, published):
        at = texts[k].find(sentence)
        hi = at + len(sentence)
        actors = sorted({a for a, s, e in mentions[k] if at >= 0 and at <= s and e <= hi})
        events.append((k, date, sentence, actors))
    lead, size = [], 0
    for kind, text in blocks:
        if kind in ("paragraph", "summary", "keypoint") and size < LEAD_CHARS:
            lead.append(text[:LEAD_CHARS - size])
            size += len(lead[-1])
    terms = key_terms(title, "\n".join(lead))
    for event in events[:EVENT_DATES]:  # the days it reports: articles on one event share them
        terms[f"@{event[1]}"] = terms.get(f"@{event[1]}", 0) + 1
    return json.dumps({"quotes": [list(q) for q in quotes], "events": [list(e) for e in events], "terms": terms},
                      ensure_ascii=False, separators=(",", ":"))

