"""A body named again by its kind alone (組合は after 北陽電鉄労働組合, 病院側は or 病院の事務局は after 川北市立総合病院,
ホテルは after ホテル・オーロラ白浜): the kind is the common noun the full name ends with (or, for a name in katakana
joined by ・, begins with), and it names that body where it stands as a word of its own (not inside a longer name,
not after の: 近隣の病院は are other hospitals) as a subject, on its own side (組合側は) or with the office that
speaks for it (病院の事務局は). Only one body named before may have that kind: two unions, two hospitals give no one.

Two readings, both before the speakers are read: a mention added where the actors marked none (`kind_mentions`),
and an organisation the actors filed under the kind alone (組合) read as the one body named in full before it
(`kind_bodies`). A ministry, an agency or a government (外務省, 気象庁, 政府) is no kind: 外務省 alone is Japan's, not
a state's named before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..actors.persons import TITLE_RE

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text

_ORG = "organization"
# After the kind: the subject's particle, its side, or the office that speaks for it (its secretariat, spokesperson)
_AFTER = re.compile(r"(?:側)?(?:は|が|も)|の(?:事務局|広報(?:担当者?|部|室|課)?|報道担当者?)(?:は|が|も)")
_NOT_KIND = ("省", "庁", "政府")  # a ministry, an agency or a government alone is Japan's (外務省, 政府は)
_JOINED = re.compile(r"^([ァ-ヺー]{2,8})[・･]")  # ホテル・オーロラ白浜: a kind in katakana first
_PERSON_END = frozenset("員者人士師長官生家手主婦親子")  # 教員, 委員長: words for a person
_SHORT = re.compile(r"[\u4e00-\u9fff]{2,4}(?=(?:側)?(?:は|が|も))")  # 労基署は, 教委は: a kind written short


@lru_cache(maxsize=4096)
def kinds_of(name: str) -> tuple[str, ...]:
    """The words of a body's name that name its kind: the runs of common nouns that end it, of two characters
    or more and short of the whole name (北陽電鉄労働組合: 組合, 労働組合; 県立中央病院: 病院, 中央病院), or a
    katakana word joined first by ・ (ホテル・オーロラ白浜: ホテル)."""
    from ..language import tagger

    out: list[str] = []
    joined = _JOINED.match(name)
    words = [w for w in tagger()(name)]
    if joined and words and words[0].surface == joined.group(1) and words[0].feature.pos2 == "普通名詞":
        out.append(joined.group(1))
    tail = ""
    for w in reversed(words[1:]):
        if w.feature.pos2 not in ("普通名詞", "名詞的") or w.feature.pos1 not in ("名詞", "接尾辞"):
            break
        tail = w.surface + tail
        if len(tail) >= 2 and not tail.endswith(_NOT_KIND) and re.fullmatch(r"[\u4e00-\u9fff々ァ-ヺー]+", tail):
            out.append(tail)
    if name.endswith("労組") and len(name) > 2:
        out.append("組合")  # 市原看護労組: a labour union, 労働組合 shortened, named again as 組合
    return tuple(out)


def abbreviates(short: str, name: str) -> bool:
    """Whether `short` (教委, 労基署) is a kind of the body `name` written short: its first character a kind's first,
    the rest characters of that kind in order, at least one passed over (委員 of 委員会 is a word of its own, a member)."""
    if short[-1] in _PERSON_END:
        return False  # 教員 (of 教育委員会's characters): a person, no body
    for kind in kinds_of(name):
        if len(kind) <= len(short) or kind[0] != short[0] or short in kind:
            continue
        at = 0
        for ch in short:
            at = kind.find(ch, at) + 1
            if not at:
                break
        else:
            return True
    return False


def _named(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str],
           upto: int, until: int) -> dict[str, set[str]]:
    """The organisations named before passage `upto`'s offset `until`, with their names as written."""
    seen: dict[str, set[str]] = {}
    for k in range(min(upto + 1, len(texts))):
        for a, s, e in mentions[k]:
            if kinds.get(a) == _ORG and (k < upto or e <= until):
                seen.setdefault(a, set()).add(texts[k][s:e])
    return seen


def _one_of_kind(kind: str, seen: dict[str, set[str]]) -> str | None:
    """The one organisation of `seen` whose name has the kind `kind` (or a kind `kind` writes short), when one has
    and none is named by it alone."""
    if any(kind in names for names in seen.values()):
        return None  # (an actor of that very name: the actors' own reading stands)
    fits = {a for a, names in seen.items() if any(kind in kinds_of(n) for n in names)}
    if not fits and not TITLE_RE.fullmatch(kind):
        fits = {a for a, names in seen.items() if any(abbreviates(kind, n) for n in names)}
    return next(iter(fits)) if len(fits) == 1 else None


def _bare(text: str, s: int) -> bool:
    """Whether a word starting at `s` stands alone: at a sentence's or clause's start, after punctuation, a
    space or a particle other than の (not inside a longer name, not 近隣の病院)."""
    if s == 0:
        return True
    before = text[s - 1]
    return before in "、，。 　」』）)" or ("ぁ" <= before <= "ん" and before != "の")


def kind_mentions(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str]) -> list[Mentions]:
    """The passages' mentions with a body's kind alone, as a subject in a passage that quotes, read as the one
    body of that kind named before (see the module's doc)."""
    out: list[Mentions] = []
    for k, (text, found) in enumerate(zip(texts, mentions)):
        if "「" not in text:
            out.append(found)
            continue
        seen = _named(texts, mentions, kinds, k, len(text))
        every = {w for names in seen.values() for n in names for w in kinds_of(n)}
        every |= {m.group() for m in _SHORT.finditer(text)
                  if any(abbreviates(m.group(), n) for ns in seen.values() for n in ns)}
        added: list[tuple[str, int, int]] = []
        for kind in sorted(every, key=len, reverse=True):
            for m in re.finditer(re.escape(kind), text):
                s, e = m.span()
                if (not _bare(text, s) or not _AFTER.match(text, e) or any(fs < e and s < fe for _, fs, fe in found)
                        or any(fs < e and s < fe for _, fs, fe in added)):
                    continue
                body = _one_of_kind(kind, _named(texts, mentions, kinds, k, s))
                if body is not None:
                    side = e + 1 if text.startswith("側", e) else e  # (組合側は: the side is the body)
                    added.append((body, s, side))
        out.append(sorted([*found, *added], key=lambda m: m[1]) if added else found)
    return out


def kind_bodies(texts: Sequence[str], mentions: Sequence[Mentions], kinds: dict[str, str]) -> list[Mentions]:
    """The passages' mentions with an organisation the actors filed under a kind alone (組合, named only so) read
    as the one body of that kind named in full before its first mention; when several were, it is left unread."""
    first: dict[str, tuple[int, int]] = {}
    names: dict[str, set[str]] = {}
    for k, (text, found) in enumerate(zip(texts, mentions)):
        for a, s, e in found:
            if kinds.get(a) == _ORG:
                first.setdefault(a, (k, s))
                names.setdefault(a, set()).add(text[s:e])
    to: dict[str, str] = {}
    for a, ns in names.items():
        if len(ns) != 1:
            continue
        kind = next(iter(ns))
        fits = {b for b, theirs in names.items() if b != a and first[b] < first[a]
                and any(kind in kinds_of(n) for n in theirs)}
        if len(fits) == 1:
            to[a] = fits.pop()
        elif fits:
            to[a] = ""  # two unions named before: 組合 is either, so no one's
    if not to:
        return list(mentions)
    return [[(to.get(a, a), s, e) for a, s, e in found if to.get(a, a)] for found in mentions]
