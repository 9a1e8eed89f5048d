"""A source named with によると as the speaker: 共同通信によると、「…」と政府高官は語った names where the words come
from, not who spoke them; but when the source stands right before the words and the sentence names no one else
(JA西岡によると「…」という, 市によりますと「…」ということです), the words are the source's own, reported as its
hearsay; so are words the source calls out with, after what it tells (気象庁によりますと、…おそれがあり、「…」と呼びかけて
います). A paper, an agency or a broadcaster that relays others' words (…新聞によると) is never their speaker.
"""

from __future__ import annotations

import re

SOURCE = ("によると", "によれば", "によりますと", "の話では")  # (の話によると ends in によると)
# After the words: と, then hearsay or a verb of saying, and nothing that names a subject of its own (と政府高官は)
_HEARSAY = re.compile(r"[」』]\s*(?:と(?:いう|いいます|のこと|して|して[いおる]|話して|説明して|述べて)|という|ということ)")
_CALLS = re.compile(r"[」』]\s*と(?:[^。「」、]{0,6}を)?呼びかけ")  # 「…」と呼びかけている, と注意を呼びかけた
_MEDIA = re.compile(r"(?:新聞|新聞社|通信|通信社|テレビ|放送|放送局|紙|誌|メディア)$")


def source_speaks(text: str, source_name: str, particle_end: int, start: int, end: int) -> bool:
    """Whether a source (`source_name`, its によると ending at `particle_end`) speaks the words text[start:end]: it
    stands right before them (a comma at most between), the words are told as hearsay after them, and it is no
    paper or broadcaster."""
    if _MEDIA.search(source_name):
        return False
    if _CALLS.match(text, end - 1) is not None:
        return True  # 気象庁によりますと、台風は…おそれがあり、「早めに備えを」と呼びかけています: the source's own call
    return not text[particle_end:start].strip("、， 　") and _HEARSAY.match(text, end - 1) is not None


def hearsay(text: str, end: int) -> bool:
    """Whether the words closing at `end` (their 」 at end - 1) are told as hearsay or said after them."""
    return _HEARSAY.match(text, end - 1) is not None
