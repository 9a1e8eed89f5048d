"""Words given as the reason for an act: 検察側は「計画的で悪質だ」として懲役10年を求刑した, 市は「老朽化が進んで
いる」として旧庁舎の解体を決めた, 委員は「…」として反対した. The bracket is a clause the subject stated, and the subject's act on an
object (…を求刑した) closes the clause after として; 「平和の象徴」として (a term, no clause) is no reason given,
nor is one for what the subject received (「規則に反する」として処分を受けた: the reason is whoever punished).
"""

from __future__ import annotations

import re
from functools import lru_cache

_AS = re.compile(r"\s*として[、，]?")
# Verbs whose subject receives the act or draws it from others (処分を受けた, 批判を浴びた, 人気を集めた, 話題を
#呼んだ, 反発を招いた): the reason is someone else's.
_RECEIVED = frozenset({"受ける", "浴びる", "食らう", "喰らう", "被る", "こうむる", "集める", "呼ぶ", "招く", "買う"})


def acts_on_reason(after: str) -> bool:
    """Whether `after` (the words after a closing 」) is として, then an object with を and a verb of the
    subject's own (not passive), in the same clause."""
    m = _AS.match(after)
    if not m:
        return False
    clause = re.split(r"[。、，「」]", after[m.end():m.end() + 40])[0]
    return bool(clause) and (_STANCE.match(clause) is not None or _object_and_verb(clause))


# A stance taken with no object (「…」として反対した, として賛成に回った, として辞退した): the subject's own act
_STANCE = re.compile(r"(?:反対|賛成|抗議|辞退|拒否|棄権|異議を唱え)(?:し|に回っ|を表明し)")


@lru_cache(maxsize=2048)
def _object_and_verb(clause: str) -> bool:
    from ..language import tagger

    words = list(tagger()(clause))
    for k, w in enumerate(words):
        if w.surface == "を" and w.feature.pos2 == "格助詞" and k:
            rest = words[k + 1:]
            verbs = [x.feature.lemma or x.surface for x in rest if x.feature.pos1 == "動詞"]
            passive = any(x.feature.pos1 == "助動詞" and (x.feature.lemma or "") in ("れる", "られる") for x in rest)
            return bool(verbs) and not passive and verbs[0] not in _RECEIVED
    return False
