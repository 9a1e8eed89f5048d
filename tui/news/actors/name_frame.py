"""Whether a word can be a person's name, as UniDic itself tells when the word stands where only a name does.

In running text UniDic reads many surnames and given names as the common words or places they also are:
平野 (a plain), 小川 (a stream), 北見 (a city), 光 (light). Between a title and an honorific, 社長の平野さん,
it reads them as names (人名), and it never does so for a common word (社長の采配さん: 采配 stays a common
noun), a pronoun, a kinship word or a country. The rules that know a person's context is around a word
(a verb of speech after it, a title before it, a person before it in a list) ask here; one short parse a
word, remembered.
"""

from __future__ import annotations

from functools import lru_cache

from ..language import word_class, words

_BEFORE, _AFTER = "社長の", "さん"


@lru_cache(maxsize=4096)
def read_as_name(text: str) -> tuple[str, ...]:
    """The name classes (姓, 名, 一般) of the words of `text` read between a title and an honorific, or ()
    when one of them is no name there or UniDic cuts the frame across the text's edges."""
    flat = words(f"{_BEFORE}{text}{_AFTER}")
    surfaces, classes = flat[0::2], [word_class(i) for i in flat[1::2]]
    if len(surfaces) < 4 or "".join(surfaces[:2]) != _BEFORE or surfaces[-1] != _AFTER:
        return ()
    inner = classes[2:-1]
    if "".join(surfaces[2:-1]) != text or any(c[2] != "人名" for c in inner):
        return ()
    return tuple(c[3] for c in inner)
