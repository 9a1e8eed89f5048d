"""What an article adds to the stories, the timeline and who said what, drawn at import.

`storyline` runs in the analysis workers (it needs the tokenizer for key terms) and gives a
compact JSON the writer stores (`store.stories`): the article's quotes, its dated events and the
lemmas of its headline and lead, the features that group it with other articles into a story.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from .events import find_events
from .language import FIELDS, index_tokens, parse
from .quotes import find_quotes

EVENT_DATES = 6  # the first dated events of an article count as its terms too
TERMS_KEPT = 40  # an article's most frequent terms, the ones its TF-IDF vector can hold
LEAD_CHARS = 600  # the lead's length drawn for key terms: headline and first paragraphs tell the event
_SPACES = re.compile(r"\s+")
_NOUNISH = r"[\u4e00-\u9fff々\u30a1-\u30fa\u30fca-z]+"  # kanji, katakana, Latin: a noun's letters
_RUN = re.compile(rf"(?<![^ ]){_NOUNISH}(?: {_NOUNISH})*(?![^ ])")  # such tokens, one space apart
_STOP = frozenset({"今日", "昨日", "明日", "今回", "今後", "現在", "同日", "一方", "以上", "以下", "記事", "時点", "場合"})
_SKIP_POS3 = {"副詞可能", "助数詞可能", "助数詞"}  # 今日, 前, 日: time words, not what happened


def key_terms(title: str, lead_tokens: Sequence[str] = ()) -> dict[str, int]:
    """Counts of the nouns of the headline (counted twice) and of the lead, for TF-IDF, each run of two
    or more nouns also as one compound (政策金利, 北山町).

    The headline's nouns are fugashi's lemmas (a proper noun as written), from a full parse of its few
    words; the lead's are taken from the tokens the import has already made for search (surfaces of
    kanji, katakana or Latin letters: nouns, nearly all), so the lead costs no second parse.
    """
    counts: Counter[str] = Counter()
    flat = parse(_SPACES.sub("、", unicodedata.normalize("NFKC", title)))  # a space ends a compound
    run: list[str] = []
    for k in range(0, len(flat) - FIELDS + 1, FIELDS):
        pos, pos2, pos3, lemma, surface = flat[k:k + FIELDS]
        if pos != "名詞" or pos2 == "数詞" or pos3 in _SKIP_POS3:
            _compound(run, counts, 2)
            continue
        run.append(surface.lower())
        term = (surface if pos2 == "固有名詞" or not lemma else lemma.split("-")[0]).lower()
        if len(term) > 1:  # one character (県, 日, 感) says little of an event
            counts[term] += 2
    _compound(run, counts, 2)
    found: list[str] = []
    # Runs of noun-like tokens, found in C over the whole lead at once: " \n " between passages ends a run.
    for nouns in _RUN.findall(" \n ".join(lead_tokens)):
        if " " in nouns:
            words = nouns.split(" ")
            found += words
            if sum(len(w) > 1 for w in words) > 1:  # (県北部: 北部 again, no term of its own)
                found.append("".join(words))
        else:
            found.append(nouns)
    counts.update(w for w in found if len(w) > 1 and w not in _STOP)
    return dict(counts.most_common(TERMS_KEPT))


def _compound(run: list[str], counts: Counter[str], weight: int) -> None:
    """Count a run of two or more nouns as one term, and start a new run."""
    if sum(len(w) > 1 for w in run) > 1:  # (県北部, 北山町: the longer word again, no term of its own)
        counts["".join(run)] += weight
    run.clear()


def storyline(title: str, published: str | None, blocks: Sequence[tuple[str, str]],
              mentions: Sequence[Sequence[tuple[str, int, int]]], kinds: dict[str, str],
              tokens: Sequence[str] | None = None) -> str:
    """The article's quotes, events and key terms as JSON.

    `blocks`: the passages' (kind, text); `mentions[i]`: passage i's (actor id, start, end);
    `kinds`: each actor's kind; `tokens`: the passages' index tokens (`language.index_tokens`), when
    the caller has them. Quotes: [passage, words, speaker id or null]; events: [passage,
    date, sentence, [actor ids]]; terms: {lemma: count}.
    """
    texts = [t for _, t in blocks]
    quotes = find_quotes(texts, mentions, kinds, {k for k, (kind, _) in enumerate(blocks) if kind == "heading"})
    events: list[tuple[int, str, str, list[str]]] = []
    for k, date, sentence in find_events(blocks, published):
        at = texts[k].find(sentence)
        hi = at + len(sentence)
        actors = sorted({a for a, s, e in mentions[k] if at >= 0 and at <= s and e <= hi})
        events.append((k, date, sentence, actors))
    lead, size = [], 0
    for k, (kind, text) in enumerate(blocks):
        if kind in ("paragraph", "summary", "keypoint") and size < LEAD_CHARS:
            lead.append(tokens[k] if tokens is not None else index_tokens(unicodedata.normalize("NFKC", text)))
            size += len(text)
    terms = key_terms(title, lead)
    for event in events[:EVENT_DATES]:  # the days it reports: articles on one event share them
        terms[f"@{event[1]}"] = terms.get(f"@{event[1]}", 0) + 1
    return json.dumps({"quotes": [list(q) for q in quotes], "events": [list(e) for e in events], "terms": terms},
                      ensure_ascii=False, separators=(",", ":"))

