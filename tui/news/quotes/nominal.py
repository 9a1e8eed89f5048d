"""A sentence that ends in a person's name (体言止め: …降板した、先発の石黒拓真投手。 / 初優勝を果たしたのは、17歳の桜井
ひかり選手。) introduces that person, and words told after it with the verb alone (「…」と話しました。) are theirs, as
they would be after a sentence with the person as its subject.
"""

from __future__ import annotations

import re

from .titles import title_end

_JOINED = re.compile(r"\s*(?:と|や|、|，|・|及び|および|ならびに)\s*")
_TOPIC = re.compile(r"(?<!の)は[、，]")  # a noun's topic set off by a comma (相手は、), not a cleft's のは
_END = re.compile(r"\s*(?:[（(][^（）()「」]{1,15}[）)])?\s*(?:です|だ)?[。．]?\s*$")


def named_at_end(text: str, lo: int, hi: int, persons: list[tuple[str, int, int]]) -> str | None:
    """The person a sentence text[lo:hi] ends naming (体言止め), with the title (an age or note in brackets aside),
    outside any 「…」 and after every one (…のは、チームで「タンク」と呼ばれる背番号8のバレンタイン。: a name the words
    before call them); those named before in the sentence describe them (…監督から激励されるも、…小笠原投手。);
    None when the sentence ends otherwise or in two people joined (山田選手と鈴木選手。)."""
    inside = [p for p in persons if lo <= p[1] < hi]
    if not inside or "「" in text[inside[-1][1]:hi]:
        return None
    a, s, e = inside[-1]
    if not _END.fullmatch(text, title_end(text, e, hi, True), hi):
        return None
    if _TOPIC.search(text, lo, s):
        return None  # 学んだ相手は、…大倉源三さん（75）だ: the name says who a topic is, not who acted (…したのは is a cleft)
    others = [p for p in inside if p[0] != a]
    if others and _JOINED.fullmatch(text, title_end(text, others[-1][2], s, True), s):
        return None  # 勝ったのは山田選手と鈴木選手。: two people named at the end
    return a


def one_per_particle(subjects: list[tuple[str, int, int]], kinds: dict[str, str]) -> list[tuple[str, int, int]]:
    """The subjects (actor, start, end of its particle) with the person alone where a person and a body end at the
    same particle: the body is read inside the person's title (谷村礼子参院議員は: 参院) or before the name
    (巨人・桑野監督は: 巨人), and the person speaks."""
    people = {x[2] for x in subjects if kinds.get(x[0]) == "person"}
    return [x for x in subjects if kinds.get(x[0]) == "person" or x[2] not in people]
