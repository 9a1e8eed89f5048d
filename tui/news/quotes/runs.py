"""Two quotes of one sentence joined by a verb of saying in its continuative form (「…」と話し、「…」と供述している,
「…」としたうえで、「…」と述べた, 「…」としつつ、「…」と付け加えた): one subject says both, so words given no one before words given a speaker are that
speaker's, when nothing between them names another subject, and the first words were not said to the subject
(「…」と問われ、「…」と答えた). Words given a speaker, then a verb of saying closed by a concessive が, pass their speaker on to
words given no one after them in the same sentence (被告は「…」と述べていたが、控訴審では「…」と繰り返した) on the same terms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..language import tagger

_JOIN = re.compile(r"[」』]\s*と(?:も)?([^、，。「」]{1,12}?)[、，]([^。「」]{0,30})")
_TO_THEM = re.compile(r"れ$|られ$|問|聞か|聞き|尋ね|質問|求め|促さ|迫ら|言われ")  # said to the subject, or asked of them
_A_SUBJECT = re.compile(r"(?<![でにとへ])は|が|も")
_AFTER_SAYING = ("上で", "うえで")
_AT_ONCE = ("つつ", "ながら")  # a continuative predicate and つつ / ながら: the same subject does both


def shared_speakers(text: str, quoted: Sequence[tuple[int, int, str | None]],
                    starts: Sequence[int]) -> list[str | None]:
    """The speakers of a sentence's quotes (`quoted`: start, end, speaker, in order), each quote given no one before
    one given a speaker taking that speaker when the two are joined as one subject's (`starts`: where the passage's
    actors are named, none of whom may stand between)."""
    speakers = [s for _, _, s in quoted]
    for i in range(len(quoted) - 2, -1, -1):
        if speakers[i] is not None or speakers[i + 1] is None:
            continue
        m = _JOIN.fullmatch(text, quoted[i][1] - 1, quoted[i + 1][0])
        if (m and not _TO_THEM.search(m.group(1)) and not _A_SUBJECT.search(m.group(2))
                and not any(quoted[i][1] <= s < quoted[i + 1][0] for s in starts) and _continues(m.group(1))):
            speakers[i] = speakers[i + 1]
    for i in range(len(quoted) - 1):
        if speakers[i] is None or speakers[i + 1] is not None:
            continue
        m = _JOIN.fullmatch(text, quoted[i][1] - 1, quoted[i + 1][0])
        after = _SAID_AFTER.match(text, quoted[i + 1][1] - 1)
        if (m and after and not _TO_THEM.search(m.group(1)) and _own_saying(after.group(1))
                and not _A_SUBJECT.search(m.group(2)) and not any(quoted[i][1] <= s < quoted[i + 1][0] for s in starts)
                and _yields(m.group(1))):
            speakers[i + 1] = speakers[i]  # 被告は「…」と述べていたが、控訴審では「…」と繰り返した: the topic's again
    return speakers


_SAID_AFTER = re.compile(r"[」』]\s*と(?:も)?([^、，。「」]{1,12})")


def _own_saying(verb: str) -> bool:
    """Whether `verb` (what follows と after words) is the subject's own act of saying (繰り返した, 述べた), not words
    said to them (と批判された, と問われ) nor words named (という声, との見方)."""
    toks = [w for w in tagger()(verb) if w.feature.pos1 != "補助記号"]
    return (bool(toks) and toks[0].feature.pos1 == "動詞" and toks[0].feature.lemma not in ("言う", "云う")
            and not _TO_THEM.search(verb) and not any(w.feature.lemma in ("れる", "られる", "せる", "させる") for w in toks))


def _yields(verb: str) -> bool:
    """Whether `verb` (what follows と) is a verb of saying closed by a concessive が (述べていたが, 話したが): the
    sentence goes on with its topic, who says the next words too."""
    if not verb.endswith("が"):
        return False
    toks = [w for w in tagger()(verb[:-1]) if w.feature.pos1 != "補助記号"]
    return bool(toks) and toks[0].feature.pos1 == "動詞" and toks[-1].feature.pos1 in ("動詞", "助動詞") and not any(
        w.surface in ("と", "こと") for w in toks)


def _continues(verb: str) -> bool:
    """Whether `verb` (what follows と) is a verb of saying in its continuative form (話し, 述べ, 強調し, 動機を供述し) or
    said on top of the words (した上で): every predicate in it continuative, so the clause goes on to the next with the
    same subject (as with つつ or ながら after it: としつつ, 述べながら); not a clause that reports the words (と語ったことを紹介し, と繰り返すだけだと批判し: another's words)."""
    if verb == "し":
        return True  # 「…」とし、 (UniDic reads し alone as an old auxiliary)
    past = verb.endswith(_AFTER_SAYING)
    toks = [w for w in tagger()(verb[:-2] if verb.endswith("上で") else verb[:-3] if past else verb)
            if w.feature.pos1 != "補助記号"]
    if past:
        if not toks or toks[-1].surface != "た":
            return False
        toks = toks[:-1]  # (した上で: the た of 上で)
    if len(toks) > 1 and toks[-1].surface in _AT_ONCE and toks[-1].feature.pos2 == "接続助詞":
        toks = toks[:-1]  # (としつつ, 話しながら: one subject does both at once, the clause going on to the next)
    predicates = [w for w in toks if w.feature.pos1 in ("動詞", "形容詞", "助動詞")]
    return (bool(predicates) and toks[-1] is predicates[-1]
            and all(str(w.feature.cForm or "").startswith("連用形") for w in predicates)
            and not any(w.surface in ("と", "こと") for w in toks))
