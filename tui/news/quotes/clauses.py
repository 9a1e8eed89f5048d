"""Relative clauses: X が + a predicate in UniDic's 連体形 right before a noun (日銀が目標とする2%の物価上昇率,
厚生労働省が示した試算, 同社が進める人員削減) makes X the subject of a clause that describes the noun, never the
subject of the sentence, so never the speaker of words quoted after it. Only the few words after the が are read
by the tokenizer (to the first comma, quote or stop), not the text.

Two kinds of noun after the clause leave X the sentence's subject as before: a time or occasion (首相が視察した際、
視察した後: the one who acts in the clause most often speaks) and a view or plan given as the object (訪問する考えを示し,
…する方針を明らかにした: the clause's subject is the sentence's).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..language import tagger

_PREDICATE = frozenset({"動詞", "形容詞", "助動詞"})
_HEAD = frozenset({"名詞", "代名詞", "接頭辞"})
# A time or occasion: the clause is an adverb of the sentence, whose subject it most often shares.
_OCCASION = frozenset({"際", "後", "あと", "時", "とき", "直後", "直前", "折", "ところ", "うえ", "上", "まま", "途中", "前"})
# A day or a time of day (千秋楽から一夜明けた27日, 会談を終えた翌日): the clause dates the sentence, whose subject it shares.
_DAY = re.compile(r"[0-9０-９一二三四五六七八九十]{1,4}(?:日|月|年|日夜|日朝|日午前|日午後)|翌日|同日|当日|前日|翌朝|同夜|前夜")
# A view, plan or wish held by the sentence's subject (…する考えを示した, …する方針を明らかにした).
_HELD = frozenset({"考え", "方針", "意向", "認識", "姿勢", "見通し", "意欲", "立場", "見方", "考え方", "意思", "構え",
                   "予定", "方向", "決意", "覚悟", "見解", "こと"})
# What the described noun goes on to in a phrase of the sentence that is no part of its subject or object (について,
# に対しては, に基づいて, で, では, を受けて, a fact touched on: …ことに触れ), or a question put about it (…ことを記者団に
# 問われると): the clause's subject there is no one the sentence says spoke.
_ASKED = r"を[^、，「」]{0,10}?(?:問われ|聞かれ|尋ねられ|質問され)"
_ADVERBIAL = re.compile(r"(?:について|につき|に対し|に対する|に関し|に関する|をめぐ|を巡|に基づ|を受け|に向け|に触れ|では|でも|で|には|にも|は|も|"
                        + _ASKED + ")")
_STOP = re.compile(r"[、，。「」『』]")
_OPENERS = frozenset("“”\"〈《【")


@lru_cache(maxsize=4096)
def _clause(after: str) -> tuple[bool, str]:
    """Whether the words after a が (to the first comma, quote or stop) open with a clause that describes a noun,
    and the words after that noun's phrase ('' when none)."""
    toks = list(tagger()(after))
    for i, w in enumerate(toks[:-1]):
        f = w.feature
        if f.pos1 not in _PREDICATE or (i == 0 and f.pos1 == "形容詞"):
            continue  # (市長が新しい体育館を「…」と語った: an adjective right after が describes the next noun alone)
        k = i + 1
        while k + 1 < len(toks) and toks[k].surface in _OPENERS:
            k += 1  # (批判されている“共謀罪”法案: the noun in quotation marks, before which UniDic reads 終止形)
        form = str(f.cForm or "")
        if not (form.startswith("連体形") or (k > i + 1 and form.startswith("終止形") and f.lemma not in ("だ", "です"))):
            if form.startswith(("終止形", "已然形", "命令形")):
                return False, ""  # the clause ends the sentence's predicate: X is its subject
            continue
        nxt = toks[k]
        if nxt.feature.pos1 in _PREDICATE:
            continue  # (示し た: the chain goes on)
        if not (nxt.feature.pos1 in _HEAD or nxt.feature.pos2 == "準体助詞"):
            return False, ""
        j = i + 1
        while j < len(toks) and (toks[j].feature.pos1 in _HEAD | {"接尾辞", "補助記号"} or (
                toks[j].surface == "の" and j + 1 < len(toks) and toks[j + 1].feature.pos1 in _HEAD)):
            j += 1
        head = "".join(t.surface for t in toks[i + 1:j])
        rest = "".join(t.surface for t in toks[j:])
        if head in _OCCASION or _DAY.fullmatch(head) or (head in _HELD and rest.startswith("を") and not re.match(_ASKED, rest)):
            return False, ""
        return True, rest
    return False, ""


def relative_subject(text: str, at: int, hi: int) -> bool:
    """Whether the が (or も) ending at `at` in text (read up to `hi`) makes the actor before it the subject of a relative
    clause (日銀が目標とする…, 厚生労働省が示した試算, フィリピンも加えた3か国の会合): no subject of the sentence."""
    if text[at - 1:at] not in ("が", "も"):
        return False
    stop = _STOP.search(text, at, hi)
    return _clause(text[at:stop.start() if stop else hi])[0]


def relative_free(words: str) -> str:
    """`words` (a sentence's own words before its quote) with the が (or も) of each relative clause inside a phrase
    of place, time or topic written の (日銀が目標とする物価上昇率について -> 日銀の目標とする…, as Japanese may write
    it), and a phrase of aim or occasion without its は (の実現に向けては): those subjects are no one's the sentence
    says speaks, and the speaker may be carried from before."""
    if "が" not in words and "も" not in words:
        return _ADVERB_TOPIC.sub(r"\1", words)
    free: set[int] = set()
    for at in reversed(_case_ga(words)):  # (from the last: a clause's noun may be the subject of the next one)
        stop = _STOP.search(words, at + 1)
        segment = words[at + 1:stop.start() if stop else len(words)]
        relative, rest = _clause(segment)
        inner = at + 1 + len(segment) - len(rest) if rest and segment.endswith(rest) else -1
        if relative and (not rest or _ADVERBIAL.match(rest) or inner in free):
            free.add(at)  # (政府がまとめた対策の規模が…となったことについて: both)
    words = "".join("の" if i in free else ch for i, ch in enumerate(words)) if free else words
    return _ADVERB_TOPIC.sub(r"\1", words)


_QUOTED = re.compile(r"「[^」]*」|『[^』]*』")


def own_words(head: str, theme: re.Pattern[str]) -> str:
    """A sentence's words before its quote without the words quoted earlier in it or a question put in reported words
    (考えがないかと問われ), without its phrases of topic (`theme`: について は) and with no relative clause's subject
    (`relative_free`). A clause before an earlier quote
    ends at it (高い水準が続く長期金利については「…」との認識を示し、「…」として: the clause describes 長期金利, and
    との認識を示し goes on from the words quoted, not from the noun)."""
    marked = theme.sub("", _QUOTED.sub("「」", _ASKED_WHETHER.sub("", head)))  # (「」 stops a clause as a quote does)
    return relative_free(marked).replace("「」", "")


# A question put to the subject in reported words (修正する考えがないかと問われ): what was asked, no one's subject
_ASKED_WHETHER = re.compile(r"[^、，。「」は]{1,40}?か(?:どうか)?(?=(?:と|を)?(?:問われ|聞かれ|尋ねられ|質問され))")


# に向けては, にあたっては, に際しては: a phrase of aim or occasion with は, no one's subject (について は is read apart)
_ADVERB_TOPIC = re.compile(r"(に(?:向け|むけ|あたっ|当たっ|際し|おい|とっ|先立っ)て)は")


@lru_cache(maxsize=2048)
def _case_ga(words: str) -> tuple[int, ...]:
    """Where a subject's particle stands in `words`: the case particle が (not the が of ですが, ながら), and も after
    a noun (日本の長期金利も上昇していることについて)."""
    out, pos, before = [], 0, ""
    for w in tagger()(words):
        at = words.find(w.surface, pos)
        if at < 0:
            continue
        pos = at + len(w.surface)
        if (w.surface == "が" and w.feature.pos2 == "格助詞") or (w.surface == "も" and w.feature.pos2 == "係助詞"
                                                                and before in ("名詞", "接尾辞")):
            out.append(at)
        before = w.feature.pos1
    return tuple(out)


_SAME_GA = re.compile(r"同[^はがも、，「」『』\s]{1,8}?が")


def relative_lead(words: str) -> str:
    """`words` (a sentence's words before its quote, from a 同 on), or '' when they open with 同社が, 同氏が … as the
    subject of a relative clause (同社が進める人員削減については): that body or person is not said to speak."""
    m = _SAME_GA.match(words)
    return "" if m and relative_subject(words, m.end(), len(words)) else words


def relative_subjects(text: str, ends: Sequence[tuple[str, int]], hi: int) -> set[str]:
    """The actors whose が, right where their name and title end (`ends`: actor, that offset), opens a relative clause
    in text (read up to `hi`): named in the sentence, though not as its subject."""
    return {a for a, at in ends if text[at:at + 1] == "が" and relative_subject(text, at + 1, hi)}


def clause_blurs(text: str, ends: Sequence[tuple[str, int]], subjects: set[str], hi: int) -> bool:
    """Whether a sentence whose subjects are `subjects` also names someone else as a relative clause's subject, with no
    subject set apart as its topic with は: the one left (…ロシアが認める要求をウクライナが受け入れることの対立だ) may
    stand in a clause as well, and the next words are no one's the sentence says. A topic (村瀬財務相は、政府がまとめた
    対策について説明した) is the sentence's own subject, whatever the clauses name."""
    if not relative_subjects(text, ends, hi) - subjects:
        return False
    return not any(a in subjects and text[at:at + 1] == "は" for a, at in ends)


_OPEN_NOTE = "（("
_CLOSE_NOTE = "）)"


def note_start(text: str, lo: int, start: int) -> int:
    """Where the sentence of the quote at `start` begins for its speaker: after the bracket of a note left open before
    it (…食い違っています（注：総理は番組で「…」と発言）。: the note's own subject speaks), else `lo`."""
    depth = 0
    for i in range(start - 1, lo - 1, -1):
        ch = text[i]
        if ch in _CLOSE_NOTE:
            depth += 1
        elif ch in _OPEN_NOTE:
            if not depth:
                return i + 1
            depth -= 1
    return lo
