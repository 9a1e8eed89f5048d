"""Extractive summaries: TextRank over the body's sentences, with a lead-3 baseline to compare.

Sentences come from paragraph blocks only (never from headings, the page's own ✅/💡
bullets, or removed boilerplate). Similarity between two sentences is the overlap of
their content-word lemmas (fugashi), normalised by length as in TextRank.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from .language import Token, normalize, sentences, tokens

_CONTENT = ("名詞", "動詞", "形容詞", "形状詞")
_SKIP_SUB = ("数詞", "非自立可能", "代名詞")
_STOP = {
    "する", "ある", "いる", "なる", "れる", "られる", "こと", "もの", "よう", "ため", "これ", "それ", "今回",
    "今後", "可能", "性", "的", "思う", "言う", "見る", "考える", "示す", "注目", "ところ", "とき", "場合",
}
MIN_CHARS = 12
MAX_CANDIDATES = 80  # TextRank is quadratic: long articles rank their first 80 sentences
DAMPING = 0.85
MAX_ITERATIONS = 30


@dataclass(frozen=True)
class Sentence:
    """A candidate sentence, the passage it came from, and where in that passage it starts."""

    text: str
    block: int
    start: int = 0


def candidates(blocks: list[tuple[str, str]]) -> list[Sentence]:
    """Sentences of the paragraph blocks, given (kind, text) pairs, in document order."""
    out = []
    for i, (kind, text) in enumerate(blocks):
        if kind != "paragraph":
            continue
        pos = 0
        for s in sentences(text):
            start = text.find(s, pos)
            pos = start + len(s)
            if len(s) >= MIN_CHARS and not s.endswith(("?", "？")):
                out.append(Sentence(s, i, start))
    return out


def _lemma(surface: str, raw: str) -> str | None:
    if not raw.startswith(_CONTENT):
        return None
    fields = raw.split(",")
    if fields[1] in _SKIP_SUB or fields[2] in _SKIP_SUB:
        return None
    # UniDic's lemma is field 7 (absent for unknown words); loanwords carry "-english".
    lemma = (fields[7] if len(fields) > 7 and fields[7] != "*" else surface).split("-")[0]
    if lemma in _STOP or (len(lemma) == 1 and not "\u4e00" <= lemma <= "\u9fff"):
        return None
    return lemma


def lemmas(text: str, toks: list[Token] | None = None) -> list[str]:
    """Content-word lemmas of a text (or of its given tokens), stop words removed."""
    toks = tokens(text) if toks is None else toks
    return [lemma for surface, _, raw in toks if (lemma := _lemma(surface, raw))]


def textrank(items: list[Sentence], k: int, position_bias: bool = True,
             bags_of: list[list[str]] | None = None) -> list[Sentence]:
    """The k most central sentences, returned in document order.

    Similarity is TextRank's: the words two sentences share, over the sum of the logs
    of their lengths. With `position_bias` the random jump favours early sentences
    (news puts the gist first), a personalised PageRank rather than a uniform one.
    """
    if len(items) <= k:
        return list(items)
    words = bags_of if bags_of is not None else [lemmas(s.text) for s in items]
    sets = [frozenset(w) for w in words]
    logs = [math.log(len(w)) if len(w) >= 2 else 0.0 for w in words]
    n = len(items)
    links: list[list[tuple[int, float]]] = [[] for _ in range(n)]  # in-links: (from, weight)
    out_sum = [0.0] * n
    for i in range(n):
        if not logs[i]:
            continue
        for j in range(i + 1, n):
            if logs[j] and (shared := len(sets[i] & sets[j])):
                w = shared / (logs[i] + logs[j])
                links[i].append((j, w))
                links[j].append((i, w))
                out_sum[i] += w
                out_sum[j] += w
    links = [[(j, w / out_sum[j]) for j, w in row] for row in links]
    jump = [1.0 / (i + 2) if position_bias else 1.0 for i in range(n)]
    total = sum(jump)
    jump = [j / total for j in jump]
    score = [1.0 / n] * n
    for _ in range(MAX_ITERATIONS):
        new = [(1 - DAMPING) * jump[i] + DAMPING * sum(w * score[j] for j, w in links[i]) for i in range(n)]
        done = sum(abs(x - y) for x, y in zip(new, score)) < 1e-5
        score = new
        if done:
            break
    best = sorted(range(n), key=lambda i: (-score[i], i))[:k]
    return [items[i] for i in sorted(best)]


def lead(items: list[Sentence], k: int = 3) -> list[Sentence]:
    """The baseline: the first k sentences."""
    return list(items[:k])


def bullet_count(n_sentences: int) -> int:
    """How many bullets to draw: 3 to 5, more for longer articles."""
    return max(1, min(5, max(3, round(n_sentences / 20)), n_sentences))


def summarize(blocks: list[tuple[str, str]], block_tokens: list[list[Token]] | None = None) -> list[Sentence]:
    """Generated bullets for an article given its (kind, text) blocks: 1 to 5, in document order.

    `block_tokens`, the blocks' tokens from `language.tokens`, spares tokenizing again.
    """
    items = candidates(blocks)[:MAX_CANDIDATES]
    if not items:
        return []
    bags = None
    if block_tokens is not None:
        bags = []
        for s in items:
            text = blocks[s.block][1]
            if len(normalize(text)) != len(text):  # offsets would not line up: tokenize the sentence
                bags.append(lemmas(s.text))
                continue
            end = s.start + len(s.text)
            bags.append(lemmas("", [t for t in block_tokens[s.block] if s.start <= t[1] < end]))
    return textrank(items, bullet_count(len(items)), bags_of=bags)


# --- evaluation ------------------------------------------------------------------------------


def _ngrams(text: str, n: int) -> Counter:
    chars = [c for c in text if not c.isspace() and c not in "、。,.「」『』()（）!?！？・:："]
    return Counter(tuple(chars[i : i + n]) for i in range(len(chars) - n + 1))


def rouge(candidate: str, reference: str, n: int) -> float:
    """ROUGE-N F1 on character n-grams (word tokenizers drop Japanese)."""
    c, r = _ngrams(candidate, n), _ngrams(reference, n)
    overlap = sum((c & r).values())
    if not overlap:
        return 0.0
    p, rec = overlap / sum(c.values()), overlap / sum(r.values())
    return 2 * p * rec / (p + rec)
