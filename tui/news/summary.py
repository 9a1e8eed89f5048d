"""Extractive summaries: TextRank over the body's sentences, with a lead-3 baseline to compare.

Sentences come from paragraph blocks only (never from headings, the page's own ✅/💡
bullets, or removed boilerplate). Similarity between two sentences is the overlap of
their content-word lemmas (fugashi), normalised by length as in TextRank.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .language import FIELDS, normalize, parse, sentences

_CONTENT = frozenset(("名詞", "動詞", "形容詞", "形状詞"))
_SKIP_SUB = frozenset(("数詞", "非自立可能", "代名詞"))
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


def lemmas(text: str) -> list[str]:
    """Content-word lemmas of a text, stop words removed."""
    flat = parse(normalize(text))
    out = []
    for pos, pos2, pos3, lemma, surface in zip(*(flat[k::FIELDS] for k in range(FIELDS))):
        if pos not in _CONTENT or pos2 in _SKIP_SUB or pos3 in _SKIP_SUB:
            continue
        # UniDic's lemma (absent for unknown words); loanwords carry "-english".
        lemma = (lemma if lemma and lemma != "*" else surface).split("-")[0]
        if lemma in _STOP or (len(lemma) == 1 and not "\u4e00" <= lemma <= "\u9fff"):
            continue
        out.append(lemma)
    return out


def _numpy():
    """numpy, loaded on first use (search and the reader never need it), on one thread.

    The matrices here are small: BLAS threads would only spin against the import's
    worker processes for the same cores.
    """
    import os

    for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")
    import numpy

    return numpy


def textrank(items: list[Sentence], k: int, position_bias: bool = True,
             bags_of: list[list[str]] | None = None) -> list[Sentence]:
    """The k most central sentences, returned in document order.

    Similarity is TextRank's: the words two sentences share, over the sum of the logs
    of their lengths. With `position_bias` the random jump favours early sentences
    (news puts the gist first), a personalised PageRank rather than a uniform one.
    """
    if len(items) <= k:
        return list(items)
    np = _numpy()

    words = bags_of if bags_of is not None else [lemmas(s.text) for s in items]
    n = len(items)
    # Sentences x words incidence; its product with itself counts the words two sentences share.
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, bag in enumerate(words):
        for w in set(bag):
            rows.append(i)
            cols.append(vocab.setdefault(w, len(vocab)))
    incidence = np.zeros((n, max(1, len(vocab))))
    incidence[rows, cols] = 1.0
    shared = incidence @ incidence.T
    sizes = np.array([len(w) for w in words], dtype=float)
    logs = np.where(sizes >= 2, np.log(np.maximum(sizes, 1.0)), 0.0)
    linked = (logs > 0)[:, None] & (logs > 0)[None, :]
    np.fill_diagonal(linked, False)
    denom = logs[:, None] + logs[None, :]
    weight = np.where(linked & (shared > 0), shared / np.where(denom > 0, denom, 1.0), 0.0)
    out_sum = weight.sum(axis=0)
    # Column j spreads sentence j's score over its links (a random walk's transition matrix).
    move = weight / np.where(out_sum > 0, out_sum, 1.0)[None, :]
    jump = np.array([1.0 / (i + 2) if position_bias else 1.0 for i in range(n)])
    jump /= jump.sum()
    score = np.full(n, 1.0 / n)
    for _ in range(MAX_ITERATIONS):
        new = (1 - DAMPING) * jump + DAMPING * (move @ score)
        done = float(np.abs(new - score).sum()) < 1e-5
        score = new
        if done:
            break
    score = score.tolist()
    best = sorted(range(n), key=lambda i: (-score[i], i))[:k]
    return [items[i] for i in sorted(best)]


def lead(items: list[Sentence], k: int = 3) -> list[Sentence]:
    """The baseline: the first k sentences."""
    return list(items[:k])


def bullet_count(n_sentences: int) -> int:
    """How many bullets to draw: 3 to 5, more for longer articles."""
    return max(1, min(5, max(3, round(n_sentences / 20)), n_sentences))


def summarize(blocks: list[tuple[str, str]]) -> list[Sentence]:
    """Generated bullets for an article given its (kind, text) blocks: 1 to 5, in document order."""
    items = candidates(blocks)[:MAX_CANDIDATES]
    if not items:
        return []
    return textrank(items, bullet_count(len(items)))


def generated(passages) -> tuple[tuple[str, str], ...]:
    """(anchor, text) bullets drawn from an article's passages (anything with .anchor, .kind, .text).

    Drawn when an article is shown rather than at import: a few milliseconds for the
    article being read, instead of a share of every import.
    """
    passages = list(passages)
    return tuple((passages[s.block].anchor, s.text) for s in summarize([(p.kind, p.text) for p in passages]))


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
