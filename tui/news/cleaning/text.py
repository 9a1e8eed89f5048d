"""Text helpers every stage of the cleaner shares: comparing lines, dates, marks, headline shapes."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

# a year said as a word before a timeline step's month and day (同年12月20日　控訴)
YEAR_WORDS = ("同年", "翌年", "昨年", "今年", "来年")
_DATE = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*(?:[/\-.]|年)\s*(?P<m>\d{1,2})\s*(?:[/\-.]|月)\s*(?P<d>\d{1,2})"
    # An era year: 令和7年3月12日 (令和 1 is 2019, 平成 1 is 1989; 元年 is the first year).
    r"|(?P<era>令和|平成)\s*(?P<ey>\d{1,2}|元)\s*年\s*(?P<em>\d{1,2})\s*月\s*(?P<ed>\d{1,2})\s*日"
    # A month and day alone, 3月12日: a date only when the year is known from elsewhere.
    r"|(?<![\d年])(?P<mm>\d{1,2})\s*月\s*(?P<md>\d{1,2})\s*日"
    # A month and day with a slash, as aggregators stamp an item (6/19(木) 19:27配信): only before a weekday
    # in brackets or a time, so that a fraction (1/3の) is none.
    r"|(?<![\d/.])(?P<sm>\d{1,2})/(?P<sd>\d{1,2})(?=\s*[(（][月火水木金土日]|\s+\d{1,2}:\d{2})"
)
_ERA_BASE = {"令和": 2018, "平成": 1988}
# What a dateline holds besides its date: a label, the time, the weekday, the zone, marks.
_DATELINE_LABEL = (
    r"(?:最終)?(?:公開|投稿|更新|配信|掲載|作成|発行|発表)(?:日時|日|時刻)?|日時|日付"
    r"|published|updated|posted|modified|date"
)
_DATELINE_HEAD = re.compile(rf"^[\s\W_]*(?:(?:{_DATELINE_LABEL})\s*[:：]?\s*)?$", re.I)
_DATELINE_TAIL = re.compile(
    rf"日?(?:\s|[(（][月火水木金土日](?:曜日?)?[)）]|[月火水木金土日]曜日?|(?:午前|午後)"
    rf"|T?\d{{1,2}}(?::\d{{2}}){{1,2}}(?:\.\d+)?|\d{{1,2}}\s*時(?:\s*\d{{1,2}}\s*分)?(?:\s*\d{{1,2}}\s*秒)?"
    rf"|Z|[+\-]\d{{2}}:?\d{{2}}|JST|UTC|GMT|(?:{_DATELINE_LABEL})|[|｜:：/・,、\-】］\]〕>＞])*$",
    re.I,
)
DATELINE_MAX = 40  # a dateline is a short line of its own
# Leading white space, symbols, arrows and emoji: the marks a line may open with.
MARKS = re.compile(r"^[\s\u2000-\u2BFF\U0001F000-\U0001FAFF\uFE0F\u200D]+")
SENTENCE_END = re.compile(r"[。．.!！]$")

HEADING_MAX = 40  # a headline in Japanese rarely runs longer; sentences do
TITLE_MAX = 60  # a title drawn from the text is cut to this many characters, the ellipsis included
_OPENING, _CLOSING = "「『（(【〈《“", "」』）)】〉》”"


def norm(text: str) -> str:
    """Normalise text for comparison: NFKC, no white space, lower case."""
    return squeeze(unicodedata.normalize("NFKC", text))


def squeeze(nfkc: str) -> str:
    """`norm` of text already in NFKC."""
    return "".join(nfkc.split()).lower()  # str.split and `\s` agree on what white space is


def parse_date(text: str, year: int | None = None) -> str | None:
    """The first date in `text` as YYYY-MM-DD, else None.

    Forms: 2025年3月12日, 2025/03/12, 2025.03.14, 2025-03-12T10:15+09:00, 令和7年3月12日; and
    3月12日(水) when `year` is given (the year of another date on the page), else it is no date.
    """
    m = _date_match(unicodedata.normalize("NFKC", text), year)
    return _ymd(m, year) if m else None


def _date_match(nfkc: str, year: int | None) -> re.Match | None:
    for m in _DATE.finditer(nfkc):
        if (m["mm"] is None and m["sm"] is None) or year is not None:
            return m
    return None


def _ymd(m: re.Match, year: int | None) -> str | None:
    if m["y"]:
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    elif m["era"]:
        y = _ERA_BASE[m["era"]] + (1 if m["ey"] == "元" else int(m["ey"]))
        mo, d = int(m["em"]), int(m["ed"])
    else:
        assert year is not None
        y, mo, d = year, int(m["mm"] or m["sm"]), int(m["md"] or m["sd"])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


# A step of a timeline or a schedule: a mark perhaps, then its date (▽同15日（火）閉会, ↓1月4日　大発会。…, 2049年8月22日　…)
_DATE_FIRST = re.compile(r"\s*[▽△▼・●■◆◇↓]?\s*(?:同|翌)?(?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日")


def date_first(text: str) -> int:
    """Where the date a line opens with ends (a timeline's or a schedule's step), or -1 when it opens with none."""
    m = _DATE_FIRST.match(text)
    return m.end() if m else -1


def has_month_day(text: str) -> bool:
    """Whether `text` holds a month and day (3月12日, 6/19(木)), which may be a date once its year is known."""
    return ("月" in text or "/" in text) and any(
        m["mm"] or m["sm"] for m in _DATE.finditer(unicodedata.normalize("NFKC", text)))


def page_year(texts: Iterable[str]) -> int | None:
    """The year of the first date with a year among `texts`: the context of a date without one."""
    for text in texts:
        date = parse_date(text)
        if date:
            return int(date[:4])
    return None


def dateline(text: str, year: int | None = None) -> tuple[str | None, bool]:
    """A short line that is a dateline: (its date, whether the line is nothing but the date with its
    label, time and weekday); (None, False) for any other line."""
    if len(text) > DATELINE_MAX or "。" in text:
        return None, False
    nfkc = unicodedata.normalize("NFKC", text)
    m = _date_match(nfkc, year)
    if m is None or not _DATELINE_HEAD.match(nfkc[: m.start()]):
        return None, False
    return _ymd(m, year), bool(_DATELINE_TAIL.match(nfkc[m.end():]))


def first_sentence(text: str, limit: int = TITLE_MAX) -> str:
    """The first sentence of `text`, without its full stop; when longer than `limit`, cut at a
    phrase boundary (BudouX) and ended with an ellipsis."""
    text = text.strip()
    sentence = text[: _sentence_end(text)].removesuffix("。").strip() or text
    if len(sentence) <= limit:
        return sentence
    cut = 0
    for end in _phrase_ends(sentence):
        if end > limit - 1:
            break
        cut = end
    if cut < limit // 2:  # no boundary in reach: the last comma, else a hard cut
        comma = sentence.rfind("、", 0, limit - 1)
        cut = comma if comma >= limit // 2 else limit - 1
    return sentence[:cut].rstrip("、， ") + "…"


def _sentence_end(text: str) -> int:
    """Where the first sentence of `text` ends: after its 。！？ (or ! ? before a space), outside quotes
    and brackets."""
    depth = 0
    for i, c in enumerate(text):
        if c in _OPENING:
            depth += 1
        elif c in _CLOSING:
            depth = max(depth - 1, 0)
        elif depth == 0 and (c in "。！？" or (c in "!?" and text[i + 1 : i + 2] in ("", " ", "\u3000"))):
            return i + 1
    return len(text)


@functools.cache
def _budoux():
    import budoux  # here: only a title drawn from the text needs it

    return budoux.load_default_japanese_parser()


def _phrase_ends(text: str) -> list[int]:
    ends, at = [], 0
    for phrase in _budoux().parse(text):
        at += len(phrase)
        ends.append(at)
    return ends


def strip_marks(text: str) -> str:
    """`text` without the marks it opens with (`MARKS`) and without outer white space."""
    c = text[:1]
    if (c < "\u2000" and not c.isspace() and c) or ("\u2bff" < c < "\U0001f000" and c not in "\u3000\ufe0f"):
        return text.strip()  # the usual line: its first character is no mark (tested against MARKS)
    return MARKS.sub("", text).strip()


def is_heading_like(text: str) -> bool:
    """Whether `text` is short and unpunctuated enough to be a headline rather than a sentence."""
    t = text.strip()
    return (
        0 < len(t) <= HEADING_MAX
        and "。" not in t
        and not SENTENCE_END.search(t)
        and not t.endswith(("、", "，", ","))
    )
