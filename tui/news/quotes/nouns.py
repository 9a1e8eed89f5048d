"""Words that name a noun which is itself a subject (社員の「…」という証言も盛り込まれた, 「…」との証言が相次いだ):
the noun's clause tells of the words, not of someone saying them, so no actor of the sentence spoke them. A noun
that is the object or the manner of the subject's act (「…」との見方を示した, 「…」との認識で一致した, 「…」との考え
も示した: an object with も) leaves them the subject's.
"""

from __future__ import annotations

import re
from functools import lru_cache

_NAMED = re.compile(r"[」』]\s*(?:という|との|といった)")
# the sentence's verb passive (盛り込まれた, 寄せられている): the noun before it undergoes the act, no one's saying
_PASSIVE_END = re.compile(r"(?:れ|られ)(?:た|る|ている|ていた|ています|ました)(?:という|ということです)?[。．]?\s*$")


def noun_subject(text: str, end: int, hi: int) -> bool:
    """Whether the words ending at `end` name a noun (という / との and a common noun) that is the subject of the
    rest of the sentence: が after it, or は / も with the sentence's verb passive."""
    m = _NAMED.match(text, end - 1, hi)
    if m is None:
        return False
    rest = text[m.end():hi]
    return _subject_noun(rest.split("。")[0][:12], bool(_PASSIVE_END.search(rest)))


@lru_cache(maxsize=1024)
def _subject_noun(head: str, passive: bool) -> bool:
    from ..language import tagger

    words = [w for w in tagger()(head)]
    k = 0
    while k < len(words) and words[k].feature.pos1 == "名詞" and words[k].feature.pos2 == "普通名詞":
        k += 1  # (証言, 住民 + 証言: a noun and the nouns it is made of)
    if k == 0 or k >= len(words) or words[k].feature.pos1 != "助詞":
        return False
    particle = words[k].surface
    return particle == "が" or (particle in ("は", "も") and passive)
