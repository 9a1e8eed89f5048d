"""Words reported inside another's sentence: 沢渡代表は、首相が国会で「…」と語ったことを批判した. The words
are those of the subject of the clause that reports them (首相が), not of the sentence's subject: a bare title
there is the one person the article named with it, and a noun no actor stands for (指示役が) is someone the
text does not name, so the words are given no one.
"""

from __future__ import annotations

from .roles import Roles, role_holder


def clause_subject(between: str, roles: Roles) -> tuple[bool, str | None]:
    """(whether the last clause of `between`, the words from the sentence's subject to the quote, holds a
    subject of its own with が, one no verb of its own follows before the quote; the one person it stands for
    when that subject is a bare title, else None)."""
    from ..language import tagger

    clause = between.rstrip("、，　 ").rpartition("、")[2]
    words = list(tagger()(clause))
    at = 0
    for k, w in enumerate(words):
        at = clause.find(w.surface, at) + len(w.surface)
        if (w.surface == "が" and w.feature.pos2 == "格助詞" and k and words[k - 1].feature.pos1 in ("名詞", "接尾辞")
                and not any(x.feature.pos1 == "動詞" for x in words[k + 1:])):  # (記者団が詰めかける中: its own verb)
            titled, holder = role_holder(clause[:at], roles)
            return True, holder if titled else None
    return False, None
