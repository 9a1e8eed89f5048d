"""Whether UniDic reads a word as a surname when one is expected: before さん (山川さん, 川原さん), where a
word it also knows as a place or a common word (山川 the place, 川原 the riverbank) gets its surname's
reading if it has one; 横浜さん stays the city, 次期さん the common word, 初代さん a given name."""

from __future__ import annotations

from functools import lru_cache

from .tokens import chars, tokenize


@lru_cache(maxsize=4096)
def reads_as_surname(word: str) -> bool:
    """UniDic reads `word` + さん as one surname token and さん."""
    toks = tokenize(word + "さん")
    return len(toks) > 0 and toks.ends[0] == len(word) and toks.classes[0] in chars("pos3", "姓")
