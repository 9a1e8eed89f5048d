"""Words one person gave another: 主将の菅原から「…」と声をかけられた, 監督に「…」と言われた, 恩師の佐藤さんから
贈られた「…」という言葉. The words are those of the one named before から (or before に, with the passive), not of the
sentence's subject, who heard them.
"""

from __future__ import annotations

import re

from ..reporting import said_to
from .passage import Passage
from .titles import title_end

# 「…」という言葉 / との教え: words named as a thing someone gave (the verb after them is not theirs)
_AS_THING = re.compile(r"[」』]\s*(?:という|との)\s*(?:言葉|一言|教え|助言|激励|エール|メッセージ|アドバイス)")
# 「…」と教わり, と習った, と聞かされた: words received, whose verb is no passive of saying but says so
_RECEIVED = re.compile(r"\s*と[、，]?(?:教わ|教えられ|習っ|習い|聞かされ|言い聞かされ|説かれ)")
# 贈られた, 教わった, かけてもらった: a short clause, no comma, ending as it describes the words after it
_GIVING_CLAUSE = re.compile(r"[^、，。「」『』]{1,10}?(?:た|る)")


def giver(p: Passage, lo: int, start: int, end: int, hi: int) -> tuple[bool, str | None]:
    """(whether the quote text[start:end] is words given by the actor named right before から, or before に with a
    passive verb of saying after the words, and that actor); (False, None) when the words are not so shown."""
    text = p.text
    passive = said_to(text[end:hi]) or _RECEIVED.match(text, end, hi) is not None
    if not passive and not _AS_THING.match(text, end - 1, hi):
        return False, None
    named = [(a, s, e) for a, s, e in p.mentions if lo <= s and e <= start]
    from_someone = passive and re.search(r"から[、，]?$", text[lo:start]) is not None
    if not named:
        return (True, None) if from_someone else (False, None)
    a, s, e = max(named, key=lambda m: m[2])  # the nearest actor before the words
    at = title_end(text, e, start, p.kinds.get(a) == "person")
    m = re.match(r"(から|に)[、，]?", text[at:start])
    if m is None and from_someone:
        return True, None  # 梶井さんは、亡くなった師匠から「…」と教わった: words given by one the text does not name
    if m is None or (m.group(1) == "に" and not passive):
        return False, None
    between = text[at + m.end():start]
    if between and (passive or m.group(1) != "から" or not _GIVING_CLAUSE.fullmatch(between)):
        return False, None  # (監督から聞いた話では「…」: no words given right there)
    return True, a
