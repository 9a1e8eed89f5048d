"""Sentences a speaker's subject is carried across, read for the words after them (words with no subject of
their own go on from the one who spoke or acted before):

- a question put to the subject, whose quote is given no one, with the subject named after it
  (「…」と問われると、監督はしばらく黙り込んだ。: the words after are the manager's, not the asker's);
- a cleft sentence that names no one and tells what stood behind the moment (そこにあったのは、…への思いだ。):
  a writer's aside, no one's words nor anyone's act.
"""

from __future__ import annotations

import re

from .reporting import said_to

# 「…」と問われると、 / 「…」と聞かれ、: a question whose words are the asker's, who is no one named
_ASKED = re.compile(r"[」』]\s*と[^。「」]{0,6}?(?:問われ|聞かれ|尋ねられ|質問され)")
# A cleft with no quote nor verb of its own after the のは: …のは、…だ。 / …のは…である。
_CLEFT = re.compile(r"^[^「」『』。]{1,30}?のは[、，]?[^「」『』。はが]{1,40}?(?:だ|である|です|だった)[。．]?\s*$")


def asked_first(sentence: str) -> bool:
    """Whether `sentence` opens with a question put to its subject (「…」と問われると、…): the quote's words are
    the asker's, and the subject after them is the sentence's own."""
    s = sentence.lstrip("　 ")
    if not s.startswith("「"):
        return False
    m = _ASKED.search(s)
    return m is not None and s.find("」") == m.start() and said_to(s[m.start() + 1:])


def cleft_aside(own: str) -> bool:
    """Whether `own` (a sentence's own words) is a cleft that names no one and ends in a noun: an aside the
    speaker's subject is carried across."""
    return bool(_CLEFT.match(own.strip("　 ")))
