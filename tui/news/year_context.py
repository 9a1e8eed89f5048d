"""The year and month a date written without them belongs to, read from the sentence around it: a year named as the
setting of what follows (2029年の大会では、8月10日の初戦で), years counted from now (4年後の2月29日), the year 同年 repeats,
a day that returns each year (命日の10月9日), and a month named before a day alone (6月に…、15日に).
"""

from __future__ import annotations

import re
from datetime import date

from .dates import HALF_YEAR, REL, REL_MONTH, month_of, valid

# A year named alone as the setting of what follows (2029年の大会では、8月10日の初戦で; 2030年は5月3日に; 昨年は台風で
# 10月16日の行事が; 去年のハロウィーンの10月31日; a season's, 今季は4月12日に): a month and day after it in the sentence is
# of that year.
_YEAR_SETTING = re.compile(r"(?:(?<![\d年度])((?:19|20)\d\d)年|(?<![一-龥])(一昨年|おととし|再来年|昨年|去年|今年|来年|今季))(?:の[^。、「」\d]{1,12}?(?:では|で|は|には)|は|には|の[^。、「」\d]{1,10}?の(?=\d{1,2}月\d)|(?=、))、?(?=[^。」]*?\d{1,2}月\d)")
# A month named alone (9月の秋場所), or with its year (今年7月, 2033年7月): the month 同月 repeats.
_BARE_MONTH = re.compile(r"(?:((?:19|20)\d\d)年|(今年|本年|一昨年|おととし|再来年|昨年|去年|来年))?(?<![\d/.])(\d{1,2})月(?![\d日])")
# 5日の会見で: the day of the act
# (not 27日の阪神戦での先発が濃厚となった: での names a noun, the game's day is not the verb's)
_YEAR_WORD = re.compile(r"((?:19|20)\d\d)年|(一昨年|おととし|再来年|昨年|去年|前年|今年|本年|来年|翌年)")  # the year 同年 repeats
_YEARS_ON = re.compile(r"(?<![\d年])(\d{1,2})年(後|前)の$")  # 4年後の2月29日, 10年前の3月11日
_OF_BEFORE = ("翌月の", "同月の", "同年の")  # 翌月の8月22日: a month and day of the date before's year


_RECURS = re.compile(r"(?:命日|誕生日|記念日|周年|回忌)の$")  # the day a date returns to, year after year


def year_context(text: str, m: re.Match, found: date, year_said: date | None, month_day: date | None, last_end: int,
                  previous: date | None, published: date | None) -> date:
    """A month and day (no year said with it) read by the years the sentence said before it (the module's doc)."""
    since_said = year_before(text[last_end:m.start()], m.start() - last_end, published) if year_said else None
    if year_said and since_said is not None and since_said != year_said.year:
        return valid(since_said, found.month, found.day) or found  # 昨年4月1日から今年3月末までの…、5月16日に: the year
        # said since, not the date's before
    if year_said and (carried := valid(year_said.year, found.month, found.day)) and (
            carried > year_said or (carried == year_said and not _RECURS.search(text, 0, m.start()))):
        return carried  # 来年3月4日に行い、合格発表は3月12日: the year said before (but not a day's return: 1984年10月9日
        # に亡くなり、命日の10月9日に: this year's)
    setting = [y for y in _YEAR_SETTING.finditer(text, last_end) if y.end() <= m.start()]
    if setting and (setting[-1].group(1) or published):
        said = setting[-1]
        year = int(said.group(1)) if said.group(1) else published.year + REL.get(said.group(2), 0)  # type: ignore[union-attr]
        return valid(year, found.month, found.day) or found  # 2029年の大会では、8月10日
    if published and (count := _YEARS_ON.search(text, 0, m.start())):  # 4年後の2月29日: years counted from now
        return valid(published.year + int(count[1]) * (1 if count[2] == "後" else -1), found.month, found.day) or found
    if previous and text.endswith(_OF_BEFORE, 0, m.start()):
        year = previous.year + (found.month < previous.month and text.endswith("翌月の", 0, m.start()))
        return valid(year, found.month, found.day) or found  # 1981年7月16日に…。翌月の8月22日
    if month_day and found.year != month_day.year and (
            same_year := valid(month_day.year, found.month, found.day)) and 0 < (same_year - month_day).days <= HALF_YEAR:
        return same_year  # 2月6日の仙台を皮切りに…、最終公演は3月28日: the months go on in the year before
    return found


def year_said(text: str, published: date | None) -> int | None:
    """The last year the sentence names (2030年, 昨年), which a 同年 in a later sentence repeats."""
    return year_before(text, len(text), published)


def year_before(text: str, at: int, published: date | None) -> int | None:
    """The year the sentence names last before `at` (2030年, 昨年), which 同年 repeats."""
    words = list(_YEAR_WORD.finditer(text, 0, at))
    if not words:
        return None
    w = words[-1]
    if w.group(1):
        return int(w.group(1))
    return published.year + REL[w.group(2)] if published else None


# A month named alone as the setting of what follows (3月は10日に; 昨年12月に入り、5日には; 先月は): a day alone after it
# in the sentence is of that month (not a month of a clause: 昨年12月に就任した社長は5日の会見で).
_MONTH_SETTING = re.compile(r"(?:(?:((?:19|20)\d\d)年|(今年|本年|昨年|去年|来年))?(?<![\d/.])(\d{1,2})月|(先月|今月|来月))"
                            r"(?:は|には|に入(?:り|って|ると))")


def month_setting(text: str, since: int, m: re.Match, published: date) -> date | None:
    """The day alone `m` in the month the sentence set before it (see `_MONTH_SETTING`), after the last date `since`."""
    settings = list(_MONTH_SETTING.finditer(text, since, m.start()))
    if not settings:
        return None
    s = settings[-1]
    if s.group(4):
        return valid(*month_of(published, REL_MONTH[s.group(4)]), int(m["dd"]))
    return valid(*_year_and_month(s, published), int(m["dd"]))  # (12月は in a January article: last year's)


def same_month(text: str, said_end: int, m: re.Match, published: date) -> date | None:
    """同月's day in the month the sentence named alone before it (9月の秋場所で…、同月30日; 今年7月に…、同月30日)."""
    months = list(_BARE_MONTH.finditer(text, said_end, m.start()))
    if not months:
        return None
    return valid(*_year_and_month(months[-1], published), int(m["rd"]))  # (9月 in a January article: last year's)


def _year_and_month(named: re.Match, published: date) -> tuple[int, int]:
    """(year, month) of a month named with its year (group 1), a year's word (group 2: 来年, 昨年) or alone, group 3 the
    month: alone, a month more than four ahead of the article's is last year's."""
    mo = int(named.group(3))
    if named.group(1):
        return int(named.group(1)), mo
    if named.group(2):
        return published.year + REL[named.group(2)], mo
    return published.year - (mo > published.month + 4), mo
