"""Sentences a speaker's subject is carried across, read for the words after them (words with no subject of
their own go on from the one who spoke or acted before):

- a question put to the subject, whose quote is given no one, with the subject named after it
  (「…」と問われると、監督はしばらく黙り込んだ。: the words after are the manager's, not the asker's);
- a cleft sentence that names no one and tells what stood behind the moment (そこにあったのは、…への思いだ。):
  a writer's aside, no one's words nor anyone's act.
"""

from __future__ import annotations

import re

from ..reporting import said_to

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


# …について問われると、 / を聞かれ、: a question put to someone the sentence does not name
_ASKED_OF = re.compile(r"(?:問われ|聞かれ|尋ねられ|質問され)(?:ると|て|、|，)")


def answer_of_no_one_named(head: str, spoken: set[str]) -> bool:
    """Whether the words after `head` (a sentence's own words before its quote, with no subject) answer a question put
    to someone unnamed (思い出の一番を問われると、「…」と答えた) while more than one person (`spoken`: those given
    words so far) has spoken: the one asked may be any of them, not only the last."""
    return len(spoken) > 1 and bool(_ASKED_OF.search(head))
