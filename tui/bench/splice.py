"""New lines for the synthetic corpus, made by splicing the seeds' lines: the head of one with the tail of another.

A sentence is cut after a 、 or a 。 outside brackets and quotes (a 「…」 stays whole); a heading also after a
separator (?, !, :) or a particle. Names of people in the seeds are swapped, now and then, for names from a
short list of our own; places likewise; numbers are drawn again (a month stays a month, a day a day). Each
line keeps the mark that led it (✅, 💡, 1., ①) and a table row keeps its number of cells.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

SURNAMES = ("佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田",
            "松本", "井上", "木村", "清水", "山崎", "池田", "橋本", "石川", "前田", "藤田", "岡田", "長谷川")
GIVEN = ("健一", "美咲", "大輔", "由美", "翔太", "陽子", "誠", "恵子", "拓也", "直美", "和夫", "彩",
         "浩二", "真理子", "隆", "千尋")
PLACES = ("札幌", "仙台", "新潟", "金沢", "静岡", "名古屋", "京都", "神戸", "広島", "高松", "福岡", "熊本",
          "那覇", "長野", "青森", "ソウル", "ベルリン", "パリ", "ワシントン", "ジュネーブ", "イスタンブール")
# The people and places of the seeds that a line may have swapped for one of the lists above.
SEED_NAMES = ("トランプ", "ゼレンスキー", "プーチン", "ルビオ")
SEED_PLACES = ("ウクライナ", "ロシア", "米国", "アメリカ", "欧州", "ホワイトハウス")

_OPEN, _CLOSE = "「『（(【", "」』）)】"
_MARK = re.compile(r"^(?:[^\w「『（(【]+|\d{1,2}[.．]\s*|[①-⑳]\s*)")  # ✅, 💡, ■, 1., ①
_NAME = re.compile("|".join(SEED_NAMES))
_PLACE = re.compile("|".join(SEED_PLACES))
_NUMBER = re.compile(r"\d+(?=年)|\d+(?=月)|\d+(?=日)|\d+")
HEADING_CUT = "、:：?？!！"
PARTICLES = "のとはがでを"
_NO_START = PARTICLES + "、。?？!！"  # what a tail must not open with
SHORT = 8  # characters: a shorter heading is given a place or a name before it
EDGE = 2  # characters a heading's head and tail keep at least


def mark_and_text(line: str) -> tuple[str, str]:
    """A line's leading mark (with its space) and the rest."""
    m = _MARK.match(line)
    return (m.group(0), line[m.end():]) if m else ("", line)


def is_sentence(text: str) -> bool:
    """A line of running text (spliced at clauses) rather than a heading (spliced at separators and particles)."""
    return "。" in text or len(text) >= 40


def cuts(text: str, heading: bool) -> list[int]:
    """Where a line may be cut, outside brackets and quotes: after each 、 and 。 but the last character; in a
    heading also after a separator or a particle, `EDGE` characters from either end; never before a particle or a
    punctuation mark."""
    out, depth = [], 0
    for i, c in enumerate(text[:-1]):
        if c in _OPEN:
            depth += 1
        elif c in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and (c in "、。" or (heading and (c in HEADING_CUT or c in PARTICLES) and EDGE <= i < len(text) - EDGE)):
            if text[i + 1] not in _NO_START:
                out.append(i + 1)
    return out


class Splicer:
    """Makes lines of a kind from a pool of the seeds' lines, with its own random numbers."""

    def __init__(self, lines: Sequence[str], rng: random.Random) -> None:
        texts = [mark_and_text(x)[1] for x in lines]
        self.rng = rng
        self.sentences = [t for t in texts if t and "|" not in t and is_sentence(t)]
        self.headings = [t for t in texts if t and "|" not in t and not is_sentence(t)]
        self.cells = sorted({c.strip() for x in lines if "|" in x for c in x.strip().strip("|").split("|")} - {""})
        self._cuts = {(t, h): cuts(t, h) for h, pool in ((False, self.sentences), (True, self.headings)) for t in pool}

    def line(self, like: str) -> str:
        """A new line shaped like `like`: its mark, then a sentence or heading spliced from two of the pool's; a table
        row of as many cells drawn from the seeds' cells."""
        if "|" in like:
            count = len(like.strip().strip("|").split("|"))
            return " | ".join(self.swap(self.rng.choice(self.cells)) for _ in range(count)) + " |"
        mark, text = mark_and_text(like)
        heading = not is_sentence(text)
        pool = self.headings if heading else self.sentences
        a, b = self.rng.choice(pool), self.rng.choice(pool)
        head_cuts, tail_cuts = self._cuts[a, heading], self._cuts[b, heading]
        head = a[:self.rng.choice(head_cuts)] if head_cuts else a
        tail = b[self.rng.choice(tail_cuts):] if tail_cuts else b
        if heading and not head_cuts:
            head = ""  # a heading with no cut: only the other's tail
        if heading and len(head + tail) < SHORT:
            head = self.rng.choice(PLACES + SURNAMES) + "の" + head  # 動向 -> 金沢の動向
        return mark + self.swap(head + tail)

    def swap(self, text: str) -> str:
        """Names of the seeds' people and places swapped, each now and then, and every number drawn again."""
        rng = self.rng
        text = _NAME.sub(lambda m: rng.choice(SURNAMES) + rng.choice(GIVEN) if rng.random() < 0.5 else m.group(0), text)
        text = _PLACE.sub(lambda m: rng.choice(PLACES) if rng.random() < 0.25 else m.group(0), text)
        return _NUMBER.sub(lambda m: self._number(m.group(0), text[m.end():m.end() + 1]), text)

    def _number(self, digits: str, unit: str) -> str:
        if unit == "年":
            return str(self.rng.randint(2020, 2026)) if len(digits) == 4 else digits
        if unit == "月":
            return str(self.rng.randint(1, 12))
        if unit == "日":
            return str(self.rng.randint(1, 28))
        return str(self.rng.randint(10 ** (len(digits) - 1) if len(digits) > 1 else 0, 10 ** len(digits) - 1))
