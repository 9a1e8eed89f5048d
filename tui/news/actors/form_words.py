"""The words a one-character country form stands in, to tell 米 of 日米 (a form) from 米 of 米価: from the
index's tokens of the whole passage when the caller has them, else from a window tokenized where needed.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ..language import starts as token_starts
from ..language import word_class, words
from ..language import surfaces as token_surfaces
from .gazetteer import MARK, SHORT_BEFORE

_KANJI = re.compile(r"[\u4e00-\u9fff々]")


class Words:
    """The tokens around a one-character form, made only where one needs checking.

    Only a window around the form is tokenized (WINDOW characters each way, within its
    line), not the whole line: MeCab's choice of a word depends on its near context.
    """

    WINDOW = 16

    def __init__(self, text: str) -> None:
        self.text = text

    def span_at(self, i: int) -> tuple[int, int]:
        text = self.text
        start = max(text.rfind("\n", 0, i) + 1, i - self.WINDOW)
        end = text.find("\n", i)
        end = min(len(text) if end < 0 else end, i + self.WINDOW + 1)
        segment = text[start:end]
        surfaces = token_surfaces(segment)
        at = start
        for surface, offset in zip(surfaces, token_starts(segment, surfaces)):
            at = start + offset
            if at <= i < at + len(surface):
                return at, at + len(surface)
            if at > i:
                break
        return i, i + 1

    def stands_alone(self, i: int, short: dict[str, str]) -> bool:
        """A form counts when its word is the form itself, forms only (米ロ), or 対ロ/訪米-like; not a word of
        one character UniDic reads as a suffix after another word."""
        start, end = self.span_at(i)
        word = self.text[start:end]
        if len(word) == 1 and start and _KANJI.match(self.text[start - 1]) and self._suffix(start, short):
            return False  # a suffix after another word (一両 + 日, 今月 + 中, 訪日 + 中): no country
        if all(c in short or c in "・" + MARK for c in word):
            return True
        return len(word) == 2 and word[0] in SHORT_BEFORE and word[1] in short


    def _suffix(self, i: int, short: dict[str, str]) -> bool:
        """The one-character word at `i` is a suffix (接尾辞, as UniDic reads it in the window around it) of a
        word of no country forms: 一両 + 日 + 中, 今月 + 中 (not 日米 + 中, 米英 + 仏: a list of forms)."""
        text = self.text
        start = max(text.rfind("\n", 0, i) + 1, i - self.WINDOW)
        end = text.find("\n", i)
        end = min(len(text) if end < 0 else end, i + self.WINDOW + 1)
        flat = words(text[start:end])
        spans: list[tuple[int, int, bool]] = []  # (start, end, a suffix) of each word up to `i`
        at = start
        for surface, key in zip(flat[0::2], flat[1::2]):
            found = text.find(surface, at, end)
            at = found if found >= 0 else at
            if at > i:
                break
            spans.append((at, at + len(surface), word_class(key)[0] == "接尾辞"))
            at += len(surface)
        k = len(spans) - 1
        if k < 0 or spans[k][0] != i or not spans[k][2]:
            return False
        while k > 0 and spans[k][2]:  # back over the suffixes to the word they follow
            k -= 1
            s, e, _ = spans[k]
            if not all(c in short for c in text[s:e]):
                return True  # a word of no forms before: the suffix is its own
        return False


class PassageWords(Words):
    """`Words` from the tokens each passage was indexed with: the words of the whole passage.

    A passage whose lower-casing changed its length (or that holds a NUL) falls back to a window.
    """

    def __init__(self, text: str, at: list[int], nfkc: list[str], tokens: list[str]) -> None:
        super().__init__(text)
        self.at, self.nfkc, self.tokens = at, nfkc, tokens
        self._spans: dict[int, tuple[list[int], list[str]] | None] = {}

    def span_at(self, i: int) -> tuple[int, int]:
        k = bisect_right(self.at, i) - 1
        if k not in self._spans:
            low = self.nfkc[k].lower()
            if len(low) != len(self.nfkc[k]) or "\x00" in low:
                self._spans[k] = None
            else:
                surfaces = self.tokens[k].split(" ") if self.tokens[k] else []
                self._spans[k] = (token_starts(low, surfaces), surfaces)
        spans = self._spans[k]
        if spans is None:
            return super().span_at(i)
        offsets, surfaces = spans
        j = i - self.at[k]
        p = bisect_right(offsets, j) - 1
        if p >= 0 and j < offsets[p] + len(surfaces[p]):
            return self.at[k] + offsets[p], self.at[k] + offsets[p] + len(surfaces[p])
        return i, i + 1
