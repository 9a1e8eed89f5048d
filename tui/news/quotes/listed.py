"""Words in a run of speakers that share one verb: 佐倉は「…」、高山は「…」、野村は「…」とそれぞれあいさつした. Each
speaker's words but the last have no verb after them: a comma, the next speaker's name as a topic and the next
words follow, and the run ends in a verb of saying. Those are words said too, each by the topic before it.
"""

from __future__ import annotations

import re

# 、 + a topic of up to twelve characters (a name and a title) and は / も, right before the next words
_NEXT_TOPIC = re.compile(r"[、，]\s*[^。「」、，\s]{1,12}?[はも]\s*$")
_RUN_END = re.compile(r"[」』]\s*と[、，]?\s*(?:それぞれ|口々に|次々に)?")


def listed_words(text: str, end: int, stop: int, says: "re.Pattern[str]") -> bool:
    """The words closing at `end` are followed by a comma and the next speaker's topic and words, and the run of words
    ends in a verb of saying (`says`) within the sentence (`stop`)."""
    nxt = text.find("「", end, stop)
    if nxt < 0 or not _NEXT_TOPIC.match(text, end, nxt):
        return False
    close = text.rfind("」", end, stop)
    while close >= 0:
        m = _RUN_END.match(text, close)
        if m is not None and says.match(text, m.end()) is not None:
            return text.find("「", close, stop) < 0  # the last words of the run, with nothing quoted after
        close = text.rfind("」", end, close)
    return False
