"""A line's own features for the line classifier: its shape and script mix, running text, and tail markers."""

from __future__ import annotations

import math
import re
from functools import lru_cache
from collections.abc import Sequence

from .forms import FORMS, forms, is_prompt_or_notice, paywall_and_notice
from .text import date_first

_PARTICLES = "のはがをにでとも"
_SENTENCE_END = ("。", "！", "？", "」", "』", "!", "?")
_SEPARATOR = re.compile(r"\s[|｜/／>＞›»・･]\s|[|｜›»]|\s・|・\s")
_COUNT = re.compile(r"[(（]\s*[\d,，]+\s*(?:件)?[)）]|\d[\d,]*\s*件|(?:^|\s)\d[\d,]*$")
_TIME = re.compile(r"\d{1,2}[:：]\d{2}|\d{1,2}時(?:\d{1,2}分)?|\d{4}[/.\-年]\d{1,2}[/.\-月]\d{1,2}日?|\d{1,2}月\d{1,2}日|[令平]和\d+年")
_ADDRESS = re.compile(r"https?://|www\.|@[\w.-]+\.\w|TEL|FAX|電話|\d{2,4}-\d{2,4}-\d{3,4}|〒", re.I)
_FILE = re.compile(r"\d[\d,.]*\s*[KMG]B\b|\bPDF\b|Excel|Word形式", re.I)  # an attachment: its format or size
_SEPARATOR_CHARS = "|｜/／>＞›»・･"
_TAG_FIRST, _MARK_FIRST = "【[［<＜《〈", "■□◆◇●○▼▽▶►★☆※→⇒>＞»《↓↑"
_TAG_LEAD = re.compile(r"^[【\[［<＜《〈][^】\]］>＞》〉]{1,12}[】\]］>＞》〉]")
# The sections that close a page, after the article: comments and reactions, a rating, the issuer's contact,
# profile and attachments. Only a short line without a full stop can open one.
_TAIL_MARKER = re.compile(
    r"コメント|感想|口コミ|レビュー|評価|いかがでしたか|参考になった|役に立ちましたか|Comments?\b|Reactions?\b"
    r"|問い?合わせ|問合せ|連絡先|照会先|会社概要|企業情報|団体概要|添付|関連(?:資料|リンク)|About\b|Contact\b",
    re.I,
)
TAIL_MARKER_MAX = 30
# The characters an alternative of `_TAIL_MARKER` opens with (in either case: no other character folds to a, c or r):
# a line without any is no marker. A class is looked for in one scan; the alternation is tried at every position.
_TAIL_FIRST = re.compile("[コ感口レ評い参役問連照会企団添関ACRacr]")


# Each character's script as one letter (h hiragana, P a particle's hiragana, k katakana, c kanji, l Latin,
# d digit, s space, p Japanese punctuation; anything else a symbol): a line is translated once, then its letters
# counted.
def _script_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for letter, ranges in (("h", [(0x3041, 0x309F)]), ("k", [(0x30A0, 0x30FF), (0xFF66, 0xFF9F)]),
                           ("c", [(0x4E00, 0x9FFF)]), ("l", [(0x41, 0x5A), (0x61, 0x7A), (0xFF21, 0xFF5A)]),
                           ("d", [(0x30, 0x39), (0xFF10, 0xFF19)])):
        for lo, hi in ranges:
            table.update(dict.fromkeys(range(lo, hi + 1), letter))
    table.update(dict.fromkeys(map(ord, _PARTICLES), "P"))  # hiragana too, counted apart
    table.update(dict.fromkeys(map(ord, "々〆"), "c"))
    table.update(dict.fromkeys(map(ord, " \t\u3000"), "s"))
    table.update(dict.fromkeys(map(ord, "、。「」『』，．"), "p"))
    return table


_SCRIPT_TABLE = _script_table()


SHAPE_CACHE = 8192  # lines whose shape is kept: a site's chrome repeats across its articles


@lru_cache(maxsize=SHAPE_CACHE)
def shape(text: str) -> dict[str, float]:
    """Features of one line's own text. (Patterns run only where their characters occur: this runs on every line.)
    The dict is shared between the calls for the same text: read it, never change it."""
    size = len(text)
    n = max(1, size)
    scripts = text.translate(_SCRIPT_TABLE)
    particles = scripts.count("P")
    hira, kata, kanji = scripts.count("h") + particles, scripts.count("k"), scripts.count("c")
    latin, digit, space = scripts.count("l"), scripts.count("d"), scripts.count("s")
    symbol = size - hira - kata - kanji - latin - digit - space - scripts.count("p")
    tokens = text.split() if space else [text]
    first = text[:1]
    v = {
        "bias": 1.0,
        "length": min(1.0, math.log1p(size) / 5),
        "short10": float(size <= 10),
        "short25": float(size <= 25),
        "long80": float(size >= 80),
        "hiragana": hira / n,
        "katakana": kata / n,
        "kanji": kanji / n,
        "latin": latin / n,
        "digits": digit / n,
        "symbols": symbol / n,
        "spaces": min(1.0, space / 4),
        "particles": min(1.0, 4 * particles / n) if hira else 0.0,
        "sentence_end": float(text.rstrip().endswith(_SENTENCE_END)),
        "full_stops": min(1.0, text.count("。") / 2),
        "comma": float("、" in text or "，" in text),
        "separators": min(1.0, len(_SEPARATOR.findall(text)) / 2) if any(map(text.__contains__, _SEPARATOR_CHARS))
        else 0.0,
        "short_items": float(len(tokens) >= 3 and sum(map(len, tokens)) / len(tokens) <= 6),
        "count": float(digit > 0 and size <= 40 and _COUNT.search(text) is not None),
        "date_time": float(digit > 0 and size <= 40 and _TIME.search(text) is not None),
        "address": float((digit > 0 or latin > 0 or "電話" in text or "〒" in text) and _ADDRESS.search(text) is not None),
        "tag_lead": float(first in _TAG_FIRST and _TAG_LEAD.match(text) is not None),
        "mark_lead": float(first in _MARK_FIRST),
        "file": float((digit > 0 or latin > 0) and _FILE.search(text) is not None),
    }
    v.update(zip(FORMS, forms(text)))
    paywall, notice = paywall_and_notice(text)
    v["paywall"] = max(v["paywall"], float(paywall))
    v["notice"] = max(v["notice"], float(notice))
    return v


def japanese_share(text: str) -> float:
    """The share of a text's characters that are hiragana, katakana or kanji."""
    return japanese_count(text) / max(1, len(text))


def japanese_count(text: str) -> int:
    """How many of a text's characters are hiragana, katakana or kanji."""
    return len(text) - len(_JAPANESE.sub("", text))


_JAPANESE = re.compile(r"[\u3041-\u309f\u30a0-\u30ff\uff66-\uff9f\u4e00-\u9fff々〆]+")


def undated(text: str) -> str:
    """The text without its dates, times and other digits: what a dateline has besides its date."""
    return _DIGITS_MARKS.sub("", _TIME.sub("", text))


_DIGITS_MARKS = re.compile(r"[\d\s:：/.\-()（）]+")


PROSE_MIN = 40  # characters: a line of running text in the body


def is_prose(text: str) -> bool:
    """A line of the article's running text: long, with a full stop."""
    return len(text) >= PROSE_MIN and "。" in text


PROSE: dict[str, float] = {"prose": 1.0}  # the features of a line of running text: it needs no others
PROSE_Z = 3.0  # its score: surely content by its shape (it stays outside the tail, whatever its context)


def shapes_of(texts: Sequence[str], removed: Sequence[bool]) -> list[dict[str, float]]:
    """Each line's shape features: none for a removed line, `PROSE` for running text, else `shape`."""
    return [{} if r else PROSE if is_prose(t) and not is_prompt_or_notice(t) else shape(t) for t, r in zip(texts, removed)]


def is_tail_marker(text: str) -> bool:
    """A short line that opens a comment section or a rating block (not a timeline's step nor quoted words:
    ↓8月22日　消費者から「…」との問い合わせ)."""
    return (len(text) <= TAIL_MARKER_MAX and "。" not in text and _TAIL_FIRST.search(text) is not None
            and _TAIL_MARKER.search(text) is not None and "「" not in text and date_first(text) < 0)


SHAPE_FEATURES: tuple[str, ...] = tuple(shape(""))
