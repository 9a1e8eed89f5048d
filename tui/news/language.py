"""Japanese language helpers over fugashi + unidic-lite: tokens, search terms, sentences.

fugashi Taggers cannot be pickled or shared across processes, so each process
makes its own, lazily, on first use (`tagger()`); the CLI's `--version` never
loads the dictionary.
"""

from __future__ import annotations

import re
import unicodedata
from array import array, typecodes
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import fugashi  # loaded by `tagger()` on first use: `--version` never loads the dictionary

_TAGGER: "fugashi.Tagger | None" = None
_SPACE = re.compile(r"\s")


def tagger() -> "fugashi.Tagger":
    """This process's fugashi Tagger (unidic-lite), made on first use."""
    global _TAGGER
    if _TAGGER is None:
        import fugashi

        _TAGGER = fugashi.Tagger()
    return _TAGGER


# MeCab formats each token itself (in C), one string per text, so no Python object is made
# per token: the full form (POS, subclasses, lemma, surface) for summaries, surfaces alone for
# actor checks, and surfaces one space apart for the index
# (MeCab's own `wakati` output: a tenth faster than the same through a format string). The
# surface comes last so no token ends in an empty field.
_FORMATS = {
    "full": (r"%f[0]\t%f[1]\t%f[2]\t%f[7]\t%m\n", r"%f[0]\t%f[1]\t%f[2]\t\t%m\n"),
    "surfaces": (r"%m\n", r"%m\n"),
    # surface and left context id (the id tells the word's class), every field ended by a tab: the
    # output is the flat list once split, with no line breaks to replace first
    "words": (r"%m\t%phl\t", r"%m\t%phl\t"),
    "index": None,  # -Owakati
}
FIELDS = 5  # full: pos, pos2, pos3, lemma, surface
_TAGGERS: dict[str, "fugashi.GenericTagger"] = {}


def _formatted(kind: str) -> "fugashi.GenericTagger":
    """A Tagger on the same dictionary as `tagger()` that returns its tokens as one string."""
    if kind not in _TAGGERS:
        import os

        import fugashi
        import unidic_lite

        rc = os.path.join(unidic_lite.DICDIR, "mecabrc")
        formats = _FORMATS[kind]
        if formats is None:
            output = "-Owakati"
        else:
            node, unk = formats
            output = f'--output-format-type= -F"{node}" -U"{unk}" -E"\\n"'
        _TAGGERS[kind] = fugashi.GenericTagger(f'-d "{unidic_lite.DICDIR}" -r "{rc}" {output}')
    return _TAGGERS[kind]


def _flat(kind: str, norm: str) -> list[str]:
    out = _formatted(kind).parse(_no_nul(norm))
    if not out:
        return []
    return out.split("\t") if kind == "words" else out.replace("\n", "\t").split("\t")


def _no_nul(text: str) -> str:
    """MeCab reads C strings: a NUL would end the text early (sources drop them; this is a guard)."""
    return text.replace("\x00", " ") if "\x00" in text else text


def parse(norm: str) -> list[str]:
    """The tokens of normalised text as one flat list, FIELDS strings per token.

    `flat[0::FIELDS]` are the parts of speech, `flat[4::FIELDS]` the surfaces: slicing
    is done in C.
    """
    return _flat("full", norm)


def words(text: str) -> list[str]:
    """The tokens of text as a flat list of (surface, UniDic context id) pairs; `word_class` reads an id.

    An id costs MeCab next to nothing to print (a feature field costs it half again its time)."""
    return _flat("words", text)


_CLASSES: dict[str, tuple[str, str, str, str]] = {}


def word_class(context_id: str) -> tuple[str, str, str, str]:
    """The part of speech and its three subclasses of a `words` id: ("名詞", "固有名詞", "人名", "姓")."""
    if not _CLASSES:
        import os

        import unidic_lite

        with open(os.path.join(unidic_lite.DICDIR, "left-id.def"), encoding="utf-8") as fh:
            for row in fh:
                key, _, feature = row.rstrip("\n").partition(" ")
                parts = (feature.split(",") + ["*"] * 4)[:4]
                _CLASSES[key] = tuple("" if x == "*" else x for x in parts)  # type: ignore[assignment]
    return _CLASSES.get(context_id, ("", "", "", ""))


def word_classes() -> dict[str, tuple[str, str, str, str]]:
    """Every context id's class (`word_class`), as one table."""
    word_class("0")
    return _CLASSES


def surfaces(norm: str) -> list[str]:
    """The surfaces of the tokens of normalised text."""
    out = _formatted("surfaces").parse(_no_nul(norm))
    return out.split("\n") if out else []


def normalize(text: str) -> str:
    """The form text is indexed and searched in: NFKC, lower case."""
    return unicodedata.normalize("NFKC", text).lower()


def starts(norm: str, surfaces: list[str]) -> list[int]:
    """Where each of the token surfaces of `norm` starts (MeCab drops white space between tokens)."""
    if not _SPACE.search(norm):
        return [0, *accumulate(map(len, surfaces))][:-1]
    out, pos = [], 0
    for surface in surfaces:
        found = norm.find(surface, pos)
        pos = found if found >= 0 else pos
        out.append(pos)
        pos += len(surface)
    return out


def fts_text(text: str) -> str:
    """A passage as the space-separated token string stored in FTS5."""
    return index_tokens(unicodedata.normalize("NFKC", text))


def index_tokens(nfkc: str) -> str:
    """`fts_text` of text already in NFKC: the fugashi surfaces, lower case, one space apart.

    Punctuation and symbols are left in: the index's tokenizer (FTS5 `unicode61`, see
    `index.FTS_TOKENIZER`) keeps letters and numbers only, so 「停戦」、 gives the one
    term 停戦. Documents and queries (`fts_query`) go through this same function, so the
    two always agree; leaving the filtering to SQLite's C code saves the import a pass
    in Python over every token.
    """
    out = _formatted("index").parse(_no_nul(nfkc.lower()))
    return out.rstrip() if out else ""


def index_and_words(nfkc: str) -> tuple[str, list[str]]:
    """`index_tokens` of text in NFKC, and its `words` read from the same run of MeCab (over the
    lower-cased text, as the index reads it: the words' surfaces are then in lower case)."""
    low = nfkc.lower()
    if len(low) != len(nfkc) or "\x00" in nfkc:  # lower-casing moved the offsets: two runs
        return index_tokens(nfkc), words(nfkc)
    out = _formatted("words").parse(low)  # `words`, inline: the import calls this once a passage
    flat = out.split("\t") if out else []
    return " ".join(flat[0::2]), flat


@lru_cache(maxsize=512)
def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression for a user's query: each word a quoted phrase, all required."""
    parts = []
    for word in query.split():
        phrase = index_tokens(unicodedata.normalize("NFKC", word))
        if any(ch.isalnum() for ch in phrase):  # a word of punctuation alone matches nothing
            parts.append('"' + phrase.replace('"', '""') + '"')
    return " AND ".join(parts) if parts else None


# One code point an item ('u' is wchar_t, two bytes on some systems; 'w' from Python 3.13 on).
_CODE_POINTS = "w" if "w" in typecodes else "u"
_GAP = array(_CODE_POINTS, " ")


def char_text(text: str) -> str:
    """A passage as the character index holds it: its normalised characters one space apart.

    Every character is a term of its own, so any substring of the text, of any length, is a
    phrase of the index (`char_match`). White space, which a query term never holds, becomes
    U+E000, so a phrase cannot match across it.
    """
    chars = _SPACE.sub("\ue000", normalize(text))
    if not chars or _GAP.itemsize < 4:  # (two-byte items would split a character beyond U+FFFF)
        return " ".join(chars)
    # The writer does this for every passage: the characters copied into every other slot of a row of
    # spaces, in C, instead of a string made per character for " ".join (in less than half the time).
    out = _GAP * (2 * len(chars) - 1)
    out[::2] = array(_CODE_POINTS, chars)
    return out.tounicode()


def char_match(terms: list[str]) -> str | None:
    """An FTS5 MATCH expression over the character index: each normalised term a phrase, all required."""
    phrases = ['"' + " ".join(_SPACE.sub("\ue000", t)).replace('"', '""') + '"' for t in terms if t]
    return " AND ".join(phrases) if phrases else None


def query_terms(query: str) -> list[str]:
    """The normalised words of a query, for marking hits in the original text."""
    return [normalize(w) for w in query.split() if w.strip()]


# Marks that NFKC joins to the character before (ｳ + ﾞ is ヴ): a text holding one may keep its length and still
# not keep its places (ｳﾞ… is ヴ..., one character fewer, then two more).
_JOINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u3099\u309a\uff9e\uff9f]")


def find_spans(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Where the terms occur in `text` (offsets into the original, not the normalised, text)."""
    flat = normalize(text)
    if len(flat) == len(text) and not _JOINING.search(text):  # the usual case: every character kept its place
        origin: "list[int] | range" = range(len(text))
    else:  # normalise char by char so offsets map back to the original exactly
        norm_chars: list[str] = []
        origin = []
        for i, ch in enumerate(text):
            n = normalize(ch)
            norm_chars.append(n)
            origin.extend([i] * len(n))
        flat = "".join(norm_chars)
    spans: list[tuple[int, int]] = []
    for term in terms:
        if not term:
            continue
        start = 0
        while (pos := flat.find(term, start)) >= 0:
            end = pos + len(term)
            spans.append((origin[pos], origin[end - 1] + 1))
            start = end
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def snippet(text: str, terms: list[str], width: int = 80) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The original text around the first hit, with hit offsets relative to the snippet."""
    spans = find_spans(text, terms)
    if not spans:
        cut = text[:width]
        return (cut + ("…" if len(text) > width else "")), ()
    first = spans[0][0]
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = start - len(prefix)
    inside = tuple((s - shift, e - shift) for s, e in spans if s >= start and e <= end)
    return prefix + text[start:end] + suffix, inside


_OPEN, _CLOSE, _ENDS = "「『（(【〈《", "」』）)】〉》", "。！？!?"


def sentences(text: str) -> list[str]:
    """Split text into sentences on 。！？, keeping closing brackets with their sentence.

    An end mark inside brackets (「行く。」と言った) does not end the sentence; one right
    before a closing bracket that closes the sentence (…だ。」 次の文) ends it after the bracket.
    """
    out, start, depth = [], 0, 0
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
            if depth == 0 and ch in "」』" and text[i - 1] in _ENDS and (i + 1 == len(text) or text[i + 1] not in "とっ"):
                out.append(text[start : i + 1])
                start = i + 1
        elif ch in _ENDS and depth == 0 and (i + 1 == len(text) or text[i + 1] not in _ENDS + _CLOSE):
            out.append(text[start : i + 1])
            start = i + 1
    out.append(text[start:])
    return [s.strip() for s in out if s.strip()]
