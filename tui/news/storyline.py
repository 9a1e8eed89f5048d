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
from .quotes import find_quotes, sentence_spans

LEAD_CHARS = 600  # the lead's length drawn for key terms: headline and first paragraphs tell the event
_CONTENT = ("名詞", "固有名詞")
_SKIP_POS2 = {"数詞", "非自立可能", "助動詞語幹", "代名詞"}


def key_terms(title: str, lead: str) -> dict[str, int]:
    """Lemma counts of the nouns of the headline (counted twice) and the lead, for TF-IDF."""
    counts: Counter[str] = Counter()
    for weight, text in ((2, title), (1, lead)):
        flat = parse(unicodedata.normalize("NFKC", text))
        pos, pos2, lemmas, surfaces = flat[0::FIELDS], flat[1::FIELDS], flat[3::FIELDS], flat[4::FIELDS]
        for p, p2, lemma, surface in zip(pos, pos2, lemmas, surfaces):
            if p != "名詞" or p2 in _SKIP_POS2:
                continue
            term = (lemma or surface).split("-")[0].lower()
            if len(term) < 2 and not ("\u4e00" <= term[:1] <= "\u9fff"):
                continue  # one kana or symbol says nothing of an event
            counts[term] += weight
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
    events = []
    for k, date, sentence in find_events(blocks, published):
        at = texts[k].find(sentence)
        hi = at + len(sentence)
        actors = sorted({a for a, s, e in mentions[k] if at >= 0 and at <= s and e <= hi})
        events.append([k, date, sentence, actors])
    lead, size = [], 0
    for kind, text in blocks:
        if kind in ("paragraph", "summary", "keypoint") and size < LEAD_CHARS:
            lead.append(text[:LEAD_CHARS - size])
            size += len(lead[-1])
    return json.dumps({"quotes": [list(q) for q in quotes], "events": events,
                       "terms": key_terms(title, "\n".join(lead))}, ensure_ascii=False, separators=(",", ":"))


__all__ = ["storyline", "key_terms", "sentence_spans"]
