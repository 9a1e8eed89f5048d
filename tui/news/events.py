"""Dated events drawn from an article's text: a date, its sentence (or timeline line), its passage.

Dates come in three forms: explicit (2025年2月28日, 2025/2/28, 令和7年2月28日), a month and day
(2月28日: the year is the article's, or the one before or after when that puts the date nearer the
article's date, 昨年/来年 saying so outright), and a day alone (「15日」: the article's month, or the
month before when the day would lie well after the article's date; read forward when the date is
prepared for: 7日の決選投票に向けて), a day in a month said outright (先月28日, 来月5日, 同月20日: the
month of the date before, 年明けの2日), the day before or after the date named before (前日, 翌日; not 前日比), the
same day (同日: in a later sentence, the first date of the last sentence that named one, the day it is about). A
month and day with what is planned for it (6月26日に開く総会, 12月6日に出すと発表した) lies ahead. A ↓ timeline (a list block whose lines the cleaner joined)
carries the date of its date line to each step below it; a step that opens with its date
(▽1月23日　国会召集) is dated by it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from datetime import date

from .quotes import sentence_spans

AHEAD_DAYS = 14  # a day-only date may lie this far after the article's date (an announced plan: two weeks)
AHEAD_MONTH_DAY = 150  # a month-and-day date further than this after the article's date is last year's (about five months)
_YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_MONTH_BACK = 20  # a day alone this far back while the same day of next month lies within AHEAD_DAYS is next month's
_YEAR_AHEAD = 300  # a future tense reads a date without a year no further ahead than this when it lies near behind
_HALF_YEAR = 183  # a past tense reads a date without a year no further back than this when it lies near ahead
_BACKGROUND = 365  # a date this far before the article's in another passage (or naming a noun) is background: a later
# 同日 is the news's day

_DATES = re.compile(
    r"(?P<y>(?:19|20)\d\d)\s*(?:年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日|[/.\-]\s*(?P<m2>\d{1,2})\s*[/.\-]\s*(?P<d2>\d{1,2})(?!\d))"
    r"|(?P<era>令和|平成)\s*(?P<ey>\d{1,2}|元)\s*年\s*(?P<em>\d{1,2})\s*月\s*(?P<ed>\d{1,2})\s*日"
    r"|(?<![\d年/])(?:(?P<rel>昨年|去年|前年|今年|本年|来年|翌年|同年)\s*(?:[はのも][、,]?)?\s*)?(?P<mm>\d{1,2})\s*月\s*(?P<md>\d{1,2})\s*日"
    r"|(?P<rm>先月|前月|今月|本月|来月|翌月|同月|年明けの?)\s*(?P<rd>\d{1,2})\s*日"
    r"|(?<![\d月年/.\-第])(?P<dd>\d{1,2})\s*日(?![間目後前本中程分]|以内|以上|以下|あたり|当たり|ぶり|連続|ごと|おき"
    r"|(?<=(?<!\d)1日)\d+\s*(?:時間|回|食|便|錠|杯|万|千|百)"  # 1日24時間, 1日3回: a rate per day
    r"|ほど|程度|かか|から\d{1,2}日(?:ほど|程度|かか))"  # 1日付, 20日から3日間, 15日以降: dates; 3日から5日かかる: none
    r"|(?<![\d月年/.\-第毎])(?P<same>同日)"  # 同日夜, 同日付: the day the text named before
    r"|(?<![\d月年/.\-第毎])(?P<adj>前日|翌日)(?!比|以降|以前|まで|の終値|の(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)"  # 前日、…した
)
# A range written once (10〜12日, 2月10〜12日): its first day is a date too, of the same month. Not a span of
# days (3〜5日かかる, 2〜3日間), whose second day is no date either.
_RANGE = re.compile(r"(?<![\d/.\-])(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*[〜~]\s*(?=\d{1,2}\s*日(?![間目後前本中程分]"
                    r"|以内|以上|以下|ほど|程度|かか|おき|ごと|ぶり|連続))")
_DIGIT = re.compile(r"[0-9０-９]")  # every date has one: most passages are passed over by this alone
# Every match of `_DATES` holds 日 or a date's separator (2025/3/12): a class found in C, where `_DATES` (its
# alternatives opening with groups and look-behinds) is tried at every place.
_DATE_MARK = re.compile(r"[日/.\-]")  # (前日, 翌日 and 同日 hold 日 too)
_ERA = {"令和": 2018, "平成": 1988}
_REL = {"昨年": -1, "去年": -1, "前年": -1, "今年": 0, "本年": 0, "来年": 1, "翌年": 1}
_REL_MONTH = {"先月": -1, "前月": -1, "今月": 0, "本月": 0, "来月": 1, "翌月": 1}
# After a date: what is being prepared for it (7日の決選投票に向けて, 10日の会合を前に) or a clause of its own closing on
# a plan (1日、欠航が相次ぐ見込みで、…を決めた) lies ahead.
_AHEAD = re.compile(r"(?:の[^。、「」]{0,14}?(?:に向け|を前に|を控え)|に(?:予定され|控え)|、[^。、「」]{1,20}?(?:見込み|予定|見通し)で、"
                    r"|に[^。、「」]{0,14}?(?:する|される|行う|開く|開かれる)(?:方針|予定|見通し|考え|計画|見込み|ことを"
                    r"|と[^。、「」]{0,8}?(?:通告|発表|表明|明らかに|決め|決定|伝え|通知)))")  # 30日にストを行うと会社に通告した
# A date, に, then a verb in its plain present form before a noun (6月26日に開く定時株主総会) or before と and a verb of
# announcing (12月6日にアルバムを出すと発表した): what is planned for that day.
_AHEAD_VERB = re.compile(r"に(?:[^。、「」た]{0,20}?(?:[^ってい]る|[うくぐすつぬぶむ])(?:と[^。、「」]{0,6}?(?:発表|表明|明らかに|説明)"
                         r"|(?=[\u4e00-\u9fff]))|(?:開く|出す|行う|始める|設ける|迎える)(?=[\u4e00-\u9fffァ-ヺ]))")
_WEEKDAY = re.compile(r"\s*[（(]([月火水木金土日])[）)]")  # 10日（土）: the day of the week said
# A year named alone as the setting of what follows (2029年の大会では、8月10日の初戦で; 2030年は5月3日に): a month
# and day after it in the sentence is of that year.
_YEAR_SETTING = re.compile(r"(?<![\d年度])((?:19|20)\d\d)年(?:の[^。、「」\d]{1,12}?(?:では|で|は|には)|は|には)、?(?=[^。」]*?\d{1,2}月\d)")
_BARE_MONTH = re.compile(r"(?<![\d年/.])(\d{1,2})月(?![\d日])")  # a month named alone (9月の秋場所)
_CARRY = 12  # a day alone this close after a month and day is of that month (7月8日告示、15日投開票)
_SHUT = re.compile(r"[）)」。]")  # (not past the bracket or sentence it stands in)
_AT_EVENT = re.compile(r"の[^。、「」をがはでにへと]{1,10}(?:で|において|の席)")
_YEAR_SAID = re.compile(r"(?:19|20)\d\d|令和|平成|昨年|去年|前年|今年|本年|来年|翌年|同年")
_BARE = re.compile(r"^[\s\W]*$")  # what a date line holds besides its date


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


_PAST = re.compile(r"(?:た|だった|ていた|でした|ました|ったという|たという|たとされる)[」』）)]*[。．]?$")
_FUTURE = re.compile(r"(?:予定|予定だ|予定です|見通し|見通しだ|見込み|見込みだ|方針|方針だ|計画だ|する|される|開かれる"
                     r"|行われる|始まる|迎える|決める|目指す|調整している|とみられる|ことになる|ことになった"
                     r"|開く|出す|行う|始める|設ける|求める|控える|できない|受け付ける|募る|販売する)[」』）)]*[。．]?$|(?<=[^\s　])へ$")  # (召集へ: a headline's plan)


def tense(sentence: str) -> str | None:
    """"past" or "future" when the sentence's last verb says which way its dates lie, else None."""
    s = sentence.strip()
    if _PAST.search(s):
        return "past"
    if _FUTURE.search(s) and not s.rstrip("。．").endswith("ている"):
        return "future"
    return None


def _pick(candidates: list[date | None], published: date, way: str | None, near: date | None) -> date | None:
    """The candidate the tense points to (the latest not after the article's date for the past, the
    earliest not before it for the future); else `near`."""
    valid = [c for c in candidates if c is not None]
    if way == "past":
        before = [c for c in valid if c <= published]
        if before and near and near > published and (published - max(before)).days > _HALF_YEAR:
            return near  # 7月8日告示 in an article of 17 June that tells of an announcement: not a year back
        return max(before) if before else near
    if way == "future":
        after = [c for c in valid if c >= published]
        if after and near and near < published and (min(after) - published).days > _YEAR_AHEAD:
            return near  # 2月20日に…を求める要求書を提出していた in an article of 14 March: not next year
        return min(after) if after else near
    return near


def _month(d: date, step: int) -> tuple[int, int]:
    n = d.year * 12 + d.month - 1 + step
    return n // 12, n % 12 + 1


def resolve(m: re.Match, published: date | None, full_only: bool = False, way: str | None = None,
            previous: date | None = None) -> date | None:
    """The date a match of `_DATES` names, read against the article's date (None: cannot tell).

    `full_only`: only dates that carry their year (the baseline's reading); `way`: the sentence's
    tense ("past", "future"), which settles a date without a year or month that could lie either side;
    `previous`: the date named before in the sentence, whose month 同月 repeats.
    """
    if m["y"]:
        return _valid(int(m["y"]), int(m["m1"] or m["m2"]), int(m["d1"] or m["d2"]))
    if m["era"]:
        return _valid(_ERA[m["era"]] + (1 if m["ey"] == "元" else int(m["ey"])), int(m["em"]), int(m["ed"]))
    if published is None:
        return None
    if m["mm"]:
        mo, d = int(m["mm"]), int(m["md"])
        if full_only:
            return _valid(published.year, mo, d)
        if m["rel"] == "同年":
            return _valid((previous or published).year, mo, d)  # 同年6月12日: the year of the date named before
        if m["rel"]:
            return _valid(published.year + _REL[m["rel"]], mo, d)
        found = _valid(published.year, mo, d)
        near = found
        if found and (found - published).days > AHEAD_MONTH_DAY:
            near = _valid(published.year - 1, mo, d)  # 12月28日 in an article of 5 January
        elif found is None or (published - found).days > 365 - AHEAD_MONTH_DAY:
            near = _valid(published.year + 1, mo, d) or found  # 1月5日 in an article of 28 December
        return _pick([_valid(published.year + k, mo, d) for k in (-1, 0, 1)], published, way, near)
    if full_only:
        return None
    if m["same"]:
        return previous  # 同日: the date named before it
    if m["adj"]:  # 前日, 翌日: the day before or after the date named before it (else the article's)
        base = previous or published
        return date.fromordinal(base.toordinal() + (1 if m["adj"] == "翌日" else -1))
    if m["rm"]:  # 先月28日, 来月5日, 同月20日: the month is said outright
        if m["rm"].startswith("年明け"):  # the coming January (this one, early in the year)
            return _valid(published.year + (published.month >= 7), 1, int(m["rd"]))
        base = previous if m["rm"] == "同月" and previous else published
        return _valid(*_month(base, _REL_MONTH.get(m["rm"], 0)), int(m["rd"]))
    d = int(m["dd"])
    found = _valid(published.year, published.month, d)
    near = found if found and (found - published).days <= AHEAD_DAYS else _valid(*_month(published, -1), d) or found
    after = _valid(*_month(published, 1), d)
    if near and after and (published - near).days > _MONTH_BACK and (after - published).days <= AHEAD_DAYS:
        near = after  # 1日も… in an article of 28 February: tomorrow, not four weeks back
    return _pick([_valid(*_month(published, k), d) for k in (-1, 0, 1)], published, way, near)


def dates_in(text: str, published: date | None, full_only: bool = False, before: date | None = None,
             before_past: date | None = None, known: Collection[date] = ()) -> list[date]:
    """The dates `text` (a sentence) names, in order, each once; `before`: the last date the text named before
    the sentence (同日, 同月 refer to it); `known`: the dates the article's body names (a headline's day alone or
    month and day is the one of them with that day, when one alone has it: 最終戦は27日開幕 over 27日に…開幕し)."""
    out: list[date] = []
    way = None if full_only else tense(text)
    text = _RANGE.sub(_both_ends, unicodedata.normalize("NFKC", text))
    previous = before
    said_here = False  # a date named in this sentence already (同日 then repeats it)
    month_said: date | None = None  # a month and day this sentence named: a day alone right after it is of that month
    said_end = 0
    year_said: date | None = None  # a date this sentence named with its year said (来年3月31日): a month and day after
    # it without one is of that year, or the next
    month_day: date | None = None  # the last month and day this sentence named
    last_end = 0
    for m in _DATES.finditer(text):
        if m["dd"] and month_said and not full_only and m.start() - said_end <= _CARRY and not _SHUT.search(
                text, said_end, m.start()) and (carried := _valid(month_said.year, month_said.month, int(m["dd"]))) and (
                carried >= month_said):
            found: date | None = carried  # 7月8日告示、15日投開票: 15 July
        else:
            ahead = (m["dd"] or m["mm"]) and (_AHEAD.match(text, m.end()) if m["dd"] else _AHEAD_VERB.match(text, m.end()))
            # 7日の決選投票に向けて, 6月26日に開く総会で, 12月6日にアルバムを出すと発表した: read forward
            # 7日の決選投票に進んだ: the verb's tense is not the date's (but 5日の会見で述べた: the verb's event)
            noun = m["dd"] and text.startswith("の", m.end()) and not _AT_EVENT.match(text, m.end())
            since = previous if said_here or not m["same"] or before_past is None else before_past
            if m["rel"] == "同年" and (years := _YEAR.findall(text, 0, m.start())):
                since = date(int(years[-1]), 1, 1)  # 2030年5月に…、同年6月12日: the year named before it
            found = resolve(m, published, full_only, "future" if ahead else None if noun else way, since)
            month = _BARE_MONTH.search(text, said_end, m.start()) if m["rm"] == "同月" and published else None
            if month and published and not full_only:  # 9月の秋場所で…、同月30日: the month named alone before it
                mo = int(month.group(1))
                year = published.year - (mo > published.month + 4)  # (9月 in a January article: last year's)
                found = _valid(year, mo, int(m["rd"])) or found
            day = _WEEKDAY.match(text, m.end())
            if day and found and published and not full_only and (m["dd"] or m["mm"]):
                found = _on_weekday(found, "月火水木金土日".index(day.group(1)), bool(m["dd"])) or found
        if (m["mm"] and not m["rel"] and year_said and found and not full_only and (
                carried_year := _valid(year_said.year, found.month, found.day)) and carried_year >= year_said):
            found = carried_year  # 来年3月4日に行い、合格発表は3月12日: the year said before
        elif m["mm"] and not m["rel"] and found and not full_only:
            setting = [y for y in _YEAR_SETTING.finditer(text, last_end) if y.end() <= m.start()]
            if setting:
                found = _valid(int(setting[-1].group(1)), found.month, found.day) or found  # 2029年の大会では、8月10日
            elif month_day and found.year != month_day.year and (
                    same_year := _valid(month_day.year, found.month, found.day)) and 0 < (same_year - month_day).days <= _HALF_YEAR:
                found = same_year  # 2月6日の仙台を皮切りに…、最終公演は3月28日: the months go on in the year before
        if known and found and not full_only and (m["dd"] or (m["mm"] and not m["rel"])):
            same = {k for k in known if k.day == found.day and (m["dd"] or k.month == found.month)}
            if len(same) == 1 and published and (ahead := same.pop()) > published:
                found = ahead  # a headline's 27日 that the body reads forward (27日に…開幕し), as a plan's cue said
        if found and m["mm"] and not m["rel"]:
            month_day = found
        last_end = m.end()
        if found and (m["y"] or m["era"] or m["rel"]):
            year_said = found
        if found and (m["mm"] or m["rm"]):
            month_said, said_end = found, m.end()
        previous = found or previous
        said_here = said_here or found is not None
        if found and found not in out:
            out.append(found)
    return out


def _on_weekday(found: date, weekday: int, day_only: bool) -> date | None:
    """The one date of the same day in the month before, of, or after `found` (a day alone) or in the year before, of,
    or after it (a month and day) that falls on `weekday` (0: Monday), when one alone does (10日（土）)."""
    if found.weekday() == weekday:
        return found
    if day_only:
        near = [_valid(*_month(found, k), found.day) for k in (-1, 1)]
    else:
        near = [_valid(found.year + k, found.month, found.day) for k in (-1, 1)]
    fits = [d for d in near if d is not None and d.weekday() == weekday]
    return fits[0] if len(fits) == 1 else None


def _both_ends(m: re.Match) -> str:
    """A range's first day spelled as a date of its own, the month said again before the second (2月10日〜2月12日)."""
    return f"{m['m']}月{m['d']}日〜{m['m']}月" if m["m"] else f"{m['d']}日〜"


def find_events(blocks: Sequence[tuple[str, str]], published: str | None,
                full_only: bool = False) -> list[tuple[int, str, str]]:
    """(passage index, date YYYY-MM-DD, sentence or timeline line) of each dated event of an article.

    `blocks` are the passages' (kind, text). A heading's date is an event of the heading (来月10日打ち上げへ), read
    against the article's date alone: 同日 and 前日 in the body refer to the body's dates.
    """
    pub = date.fromisoformat(published) if published else None
    out: list[tuple[int, str, str]] = []
    last: date | None = None  # the date named last, in the body's order
    last_past: date | None = None  # the last such date not after the article's
    news: date | None = None  # the first date of the body within a week before the article's: the news's day
    headings: list[int] = []
    last_k, last_named = -1, False  # the passage of `last`, and whether its date names a noun (1923年9月1日の震災)
    for k, (kind, text) in enumerate(blocks):
        if not (_DIGIT.search(text) or "同日" in text or "前日" in text or "翌日" in text) or not _dated(unicodedata.normalize("NFKC", text)):
            continue  # a timeline holds a date too: its date line
        if kind == "heading":
            headings.append(k)
            continue
        if kind == "list" and "\n" in text:
            out.extend((k, d, line) for d, line in _timeline(text, pub, full_only))
            continue
        for lo, hi in sentence_spans(text):
            sentence = text[lo:hi].strip()
            if "同日" in sentence and last and news and pub and (pub - last).days > _BACKGROUND and (k != last_k or last_named):
                last = news  # 2022年6月29日に社長に就き…。（次の段落）坂口氏は同日の記者会見で: the news's day
            dated = dates_in(sentence, pub, full_only, last, last_past if last and pub and last > pub else None)
            out.extend((k, found.isoformat(), sentence) for found in dated)
            if dated and not _as_of(sentence):  # (6月30日時点の価格: a figure's day, which 同日 does not repeat)
                last, last_k, last_named = dated[0], k, _names_noun(sentence)
                # 同日 in a later sentence: the day the sentence is about, its first date (…は29日、27日に…)
                if pub and last <= pub:
                    last_past = last  # (同日 after a sentence about a plan, 9月10〜12日に公演を開く, is the news's day)
                if news is None and pub and 0 <= (pub - last).days <= 7:
                    news = last
    known = {date.fromisoformat(d) for _, d, _ in out}
    for k in headings:  # 来月10日打ち上げへ: a headline's event, read against the article's date and the body's dates
        text = blocks[k][1]
        out.extend((k, found.isoformat(), text.strip()) for found in dates_in(text, pub, full_only, known=known)
                   if found != pub or not _YEAR_SAID.search(text))  # (令和7年6月27日(金): a release's dateline)
    out.sort(key=lambda e: e[0])
    return out


def _as_of(sentence: str) -> bool:
    """Whether every date of a sentence is the day a figure stands at (6月30日時点の価格, 前週の23日時点より)."""
    nfkc = unicodedata.normalize("NFKC", sentence)
    return all(nfkc.startswith("時点", m.end()) for m in _DATES.finditer(nfkc))


def _names_noun(sentence: str) -> bool:
    """Whether a sentence's first date is said of a noun (1923年9月1日の関東大震災にちなんで): a date of the past it
    names, rather than the day the sentence tells of."""
    nfkc = unicodedata.normalize("NFKC", sentence)
    m = _DATES.search(nfkc)
    return m is not None and nfkc.startswith("の", m.end())


def _dated(nfkc: str) -> bool:
    """Whether text in NFKC names a date (`_DATES`)."""
    return _DATE_MARK.search(nfkc) is not None and _DATES.search(nfkc) is not None


def _timeline(text: str, published: date | None, full_only: bool) -> list[tuple[str, str]]:
    """The steps of a list block: a line that is a date alone dates the lines below it. In a list
    whose first steps go forward in time, a step whose month and day (no year) would fall before the
    step above lies in the year after."""
    lines = [(line, dates_in(line, published, full_only)) for line in (x.strip() for x in text.split("\n")) if line]
    firsts = [(d.month, d.day) for _, dated in lines if dated for d in dated[:1]]
    forward = len(firsts) >= 2 and firsts[0] <= firsts[1]  # 4月5日, 5月10日, …: the steps go forward
    current: date | None = None
    last: date | None = None  # the date of the step before
    out: list[tuple[str, str]] = []
    for line, dated in lines:
        rest = _DATES.sub("", unicodedata.normalize("NFKC", line))
        if dated and _BARE.match(rest):
            current = dated[0]  # a date line: the steps below happened then
            continue
        if dated:
            if forward and last and dated[0] < last and not _YEAR_SAID.search(line):
                dated[0] = _valid(dated[0].year + 1, dated[0].month, dated[0].day) or dated[0]
            last = dated[-1]
            out.extend((d.isoformat(), line) for d in dated)
        elif current is not None:
            out.append((current.isoformat(), line))
    return out
