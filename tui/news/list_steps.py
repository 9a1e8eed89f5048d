"""The steps of a list block, dated (a ↓ timeline, a ▽ schedule, a year's review under its months' headings): a line
that is a date alone dates the lines below it, a line of a year or a month alone is the year or month of the days
below it, and a run of month headings over a review's lists is read as one. `events` reads the body's other passages.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date

from .dates import DATES, WEEKDAY, month_of, valid, weekday_said
from .sentence_dates import dates_in, year_said

YEAR_SAID = re.compile(r"(?:19|20)\d\d|令和|平成|昭和|大正|明治|おととし|再来年|昨年|去年|前年|今年|本年|来年|翌年|同年")
BARE = re.compile(r"^[\s\W]*$")  # what a date line holds besides its date

YEAR_LINE = re.compile(r"[↓▽■●◆・\s]*((?:19|20)[0-9]{2})年(?:[(][^()]{1,10}[)])?[:：]?\s*")  # 1958年, 2049年(令和31年)
_HEADED_YEAR = re.compile(r"(?<![0-9０-９])((?:19|20)[0-9]{2})年(?![0-9０-９]{1,2}月)")
_HEADED_REL = {"昨年": -1, "去年": -1, "今年": 0, "ことし": 0, "本年": 0, "この一年": 0, "この1年": 0}  # 昨年の主な動き,
# 【前橋この一年】: a year said by its word


def headed_year(text: str, published: date | None = None) -> int | None:
    """The one year a short line above a list names with no month (【2044年の日経平均の主な動き】, 昨年の主な動き): its
    steps' year."""
    line = unicodedata.normalize("NFKC", text).strip()
    if len(line) > 40 or "\n" in line:
        return None
    years = {m.group(1) for m in _HEADED_YEAR.finditer(line)}
    if not years and published is not None and (
            word := next((w for w in _HEADED_REL if line.lstrip("【■◆●[").startswith(w) or (
                w.startswith("この") and w in line)), None)):
        return published.year + _HEADED_REL[word]
    return int(years.pop()) if len(years) == 1 else None


# A month alone on a list's line (【5月】, 〈5月〉, ▽11月, 2079年11月): the days alone on the lines below it are of that month
_MONTH_LINE = re.compile(r"[【〈《<\[(▽■●◆・\s]*(?:((?:19|20)[0-9]{2})年)?([0-9]{1,2})月[】〉》>\]):：\s]*")
_YEAR_IN_LINE = re.compile(r"(?:19|20)[0-9０-９]{2}年|[１２][９０][０-９]{2}年")
DAY_FIRST = re.compile(r"[▽↓・\s]*[0-9]{1,2}(?:[~〜-][0-9]{1,2})?日")  # a step that opens with a day alone (30日　…, 20~21日)
_MONTH_SAID = re.compile(r"[0-9]月|同月|翌月|先月|今月|来月")  # (not 月 of a weekday: 15日（月）)


def month_line(line: str, published: date | None) -> date | None:
    """The month a line of a month alone names (its first day), in its year or, with none said, in the year that
    brings it nearest the article's date (【1月】 in a December page: the next)."""
    m = _MONTH_LINE.fullmatch(unicodedata.normalize("NFKC", line).strip())
    if m is None or not 1 <= int(m[2]) <= 12 or (m[1] is None and published is None):
        return None
    month = int(m[2])
    if m[1]:
        return date(int(m[1]), month, 1)
    assert published is not None
    year = published.year + (month < published.month - 6) - (month > published.month + 6)
    return date(year, month, 1)


def month_heads(blocks: Sequence[tuple[str, str]], published: date | None) -> dict[int, date]:
    """The month of each heading that is a month alone over a list (〈5月〉), read as one run with the other month
    headings over the lists that follow: each month after a higher one is in the year after, and the run's year is the
    one that brings its months nearest the article's date on the whole (a year's review on 30 December: 〈1月〉 …
    〈12月〉 all of that year, where 〈1月〉 alone would be the next January; a schedule 〈12月〉〈1月〉: the next)."""
    runs: list[list[tuple[int, date]]] = []
    for k, (kind, text) in enumerate(blocks):
        month = month_line(text, published) if kind == "heading" and k + 1 < len(blocks) else None
        if month is None:
            if kind != "list" and not (kind == "paragraph" and DAY_FIRST.match(unicodedata.normalize("NFKC", text))):
                runs.append([])  # (prose between ends a run)
            continue
        if not runs:
            runs.append([])
        runs[-1].append((k, month))
    heads: dict[int, date] = {}
    for run in runs:
        if published is None or len(run) < 2 or any(_YEAR_IN_LINE.search(blocks[k][1]) for k, _ in run):
            heads.update(run)  # (one month alone, or months with their years: as each reads)
            continue
        offsets, wraps = [], 0
        for i, (_, month) in enumerate(run):
            wraps += i > 0 and month.month <= run[i - 1][1].month
            offsets.append(wraps)

        def far(year: int) -> int:
            return sum(abs((year + o - published.year) * 12 + m.month - published.month) for o, (_, m) in zip(offsets, run))

        year = min((published.year, published.year - 1, published.year + 1), key=far)
        heads.update((k, date(year + o, m.month, 1)) for o, (k, m) in zip(offsets, run))
    return heads


def timeline(text: str, published: date | None, full_only: bool, year: int | None = None,
              month_head: date | None = None) -> tuple[list[tuple[str, str]], date | None]:
    """The steps of a list block: a line that is a date alone dates the lines below it. In a list
    whose first steps go forward in time (by their dates, or by month and day), a step whose month and day (no year)
    would fall before the step above lies in the year after, and a step behind the article's date right above one
    ahead of it lies ahead too when its next year's day keeps the order; 同年 and 同月 are the step above's. `year`:
    the one year the line above the list names (【2044年の主な動き】), the year of each step that names none; a line of
    a year alone in the list (1958年) is the year of the steps below it, up to the next such line; a line of a month
    alone (【5月】, 2079年11月) is the month of the days alone on the lines below it up to a line that names a month of
    its own, and `month_head` that of the list's first lines (a list the page broke in two after such a line). Returns
    the steps and the month the list's last lines are of (for a list that goes on after it)."""
    lines: list[tuple[str, list[date]]] = []
    before: date | None = None  # the step above's date: 同年12月20日 is in its year
    said_year: int | None = None  # the year the steps above named last, with a day or none (2097年1月中旬)
    headed = False  # a line of a year alone heads the steps below it (略歴 / 1958年 / 4月3日　…に生まれる)
    for line in (x.strip() for x in text.split("\n")):
        if line and (alone := YEAR_LINE.fullmatch(unicodedata.normalize("NFKC", line))):
            year, headed = int(alone.group(1)), True
            continue
        if line and (month := month_line(line, published)) is not None and not full_only:
            month_head, headed = month, True  # 【5月】 / ▽15日（月）～19日（金）: the days below are May's
            continue
        if line:
            dated = dates_in(line, published, full_only, before, year_before=said_year)  # (▽2097年1月中旬 … / ▽同年4月1日)
            said_year = year_said(line, published) or (dated[-1].year if dated else said_year)
            if _MONTH_SAID.search(unicodedata.normalize("NFKC", line)):
                month_head = None  # (12月23日　…: a month of its own ends the one above)
            elif month_head is not None and dated:
                dated = [valid(month_head.year, month_head.month, d.day) or d for d in dated]
            elif before is not None and dated and DAY_FIRST.match(unicodedata.normalize("NFKC", line)):
                day = dated[0].day  # 9月28日　… ↓ 30日　…: a step of a day alone goes on in the month of the step above
                dated[0] = (valid(before.year, before.month, day) if day >= before.day
                            else valid(*month_of(before, 1), day)) or dated[0]
            if year is not None and dated and not YEAR_SAID.search(line):
                dated = [valid(year, d.month, d.day) or d for d in dated]
            lines.append((line, dated))
            before = lines[-1][1][-1] if lines[-1][1] else before
    firsts = [dated[0] for _, dated in lines if dated]
    forward = year is None and not headed and len(firsts) >= 2 and (firsts[0] <= firsts[1] or (firsts[0].month, firsts[0].day) <= (
        firsts[1].month, firsts[1].day))  # 4月5日, 5月10日, …; 11月20日, 2036年3月27日: the steps go forward
    dated_rows = [dated for _, dated in lines if dated]
    for dated, after in zip(dated_rows, dated_rows[1:]) if forward and not full_only else ():
        ahead = valid(dated[0].year + 1, dated[0].month, dated[0].day)
        if published is not None and dated[0] < published < after[0] and ahead and ahead <= after[0]:
            dated[0] = ahead  # ▽12月15日 …▽来年1月28日 in an article of June: a plan's steps, the first this year's
    current: date | None = None
    last: date | None = None  # the date of the step before
    out: list[tuple[str, str]] = []
    for line, dated in lines:
        rest = DATES.sub("", unicodedata.normalize("NFKC", line))
        if dated and BARE.match(rest):
            current = dated[0]  # a date line: the steps below happened then
            continue
        if dated:
            if forward and last and dated[0] < last and not YEAR_SAID.search(line):
                dated[0] = _on_after(line, dated[0], last)
            last = dated[-1]
            out.extend((d.isoformat(), line) for d in dated)
        elif current is not None:
            out.append((current.isoformat(), line))
    return out, month_head


def _on_after(line: str, found: date, last: date) -> date:
    """The date of a forward list's step `found` that falls before the step above (`last`): a day alone goes on in the
    step above's month or the next (2月20日 … 3月11日～15日 … 19日（火）: 19 March, the weekday agreeing), a month and
    day in the year after."""
    nfkc = unicodedata.normalize("NFKC", line)
    if not _MONTH_SAID.search(nfkc):
        day = re.search(r"([0-9]{1,2})日", nfkc)
        said = WEEKDAY.match(nfkc, day.end()) if day else None
        for step in (0, 1):
            on = valid(*month_of(last, step), found.day)
            if on and on >= last and (said is None or on.weekday() == weekday_said(said)):
                return on
    return valid(found.year + 1, found.month, found.day) or found
