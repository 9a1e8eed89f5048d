"""Days said by a word rather than a number, read against the article's date: the broadcast scripts' きょう, きのう,
おととい, あす, あした and あさって (今日, 昨日, 明日 in kanji only before a time of day, as 今日 alone is as often
"nowadays"), the times of a day that name it (今朝, けさ, 今夜, 今晩, 昨夜, 昨晩, ゆうべ, 明朝), a day of this, the next or
the last week (今週の金曜日, 来週木曜, 先週金曜日; weeks run Monday to Sunday), a week's end (今週末, 来週末: its Saturday),
the Monday that opens the next week (週明けの月曜日), and the year's ends, 大みそか and 元日
(元旦); so many years before one (1年前の大みそか, 10年前のきょう), that day of that year. Not a day word inside another
word (きょうだい, あすなろ, 明日香: it must start and end where UniDic's words do, as あさっても does though UniDic may cut
it as 漁っても), nor one before a day's
number (きょう27日: the number's day; but 昨夜10時ごろ, and きのう1日で, the one day of yesterday). (`sentence_dates`
reads one inside quoted words unless they close on an order, a call or a request: 「きのうのうちに来て正解でした」 and
「きょうの夜から開いている」 tell of a day, 「きょうは低めを狙え」 of no dated happening.)
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

from .dates import REL

_TIMES = r"今朝|けさ|今夜|今晩|昨夜|昨晩|ゆうべ|明朝"  # the times of a day that name it
_WEEK_DAY = (r"(?P<week>今週|来週|先週|再来週|先々週)(?:の?(?P<weekday>[月火水木金土日])曜日?|(?P<end>末))"  # 今週の金曜日,
             r"|(?P<opening>週明け)(?:の(?P<monday>月)曜日?|(?=にも))")  # 来週木曜, 今週末 (its Saturday), 週明けの月曜日
# and 週明けにも, a plan's earliest day (the next Monday; not 週明けの株式市場は下げた, this week's)
_DAYS = r"きょう|きのう|おととい|あす|あした|あさって|今日|本日|昨日|一昨日|明日|明後日|大みそか|大晦日|元日|元旦"
DAY_WORDS = re.compile(rf"{_DAYS}|{_TIMES}|{_WEEK_DAY}")
# Where `DAY_WORDS` may match, as literals alone (the engine then skips to their first characters): a passage's test
DAY_SIGN = re.compile(rf"{_DAYS}|{_TIMES}|今週|来週|先週|再来週|先々週|週明け")
# A time of a day or a day of a week (今夜のうちに, 今週の土曜日には): a day named whatever the verb of the words said
NAMES_A_DAY = re.compile(f"{_TIMES}|{_WEEK_DAY}")
_WEEK = {"今週": 0, "来週": 7, "先週": -7, "再来週": 14, "先々週": -14, "週明け": 7}  # a week's day: 今週の金曜日, 来週木曜
_OFFSET = {"きょう": 0, "今日": 0, "本日": 0, "きのう": -1, "昨日": -1, "おととい": -2, "一昨日": -2, "あす": 1,
           "あした": 1, "明日": 1, "あさって": 2, "明後日": 2,
           "今朝": 0, "けさ": 0, "今夜": 0, "今晩": 0, "昨夜": -1, "昨晩": -1, "ゆうべ": -1, "明朝": 1}  # times of a day
_KANJI_FORMS = frozenset(("今日", "本日", "昨日", "一昨日", "明日", "明後日"))  # (本日は、…を考察しました: the page itself)
TIME_OF_DAY = re.compile(r"[のは]?(?:午前|午後|朝|夜|未明|夕方?|正午|昼|深夜|早朝)")
_NUMBER_AFTER = re.compile(r"\s*[（(]?[0-9０-９]{1,2}\s*日")  # (きょう27日: the number's day; not 昨夜10時ごろ)
_ONE_DAY = re.compile(r"\s*[1１]日で(?![はもの])")  # きのう1日で一段落した: the word's day (`dates.DATES` reads no date in 1日で)


_BEFORE_NUMBER = re.compile("(" + "|".join(sorted(_OFFSET, key=len, reverse=True)) + r")\s*$")  # あす1日
_YEAR_OF = re.compile(r"(今年|ことし|本年|昨年|去年|来年)の?$")  # 今年の元日
_YEARS_AGO = re.compile(r"(?<![0-9０-９])([0-9]{1,3})年前の?$")  # the same day so many years before (1年前の大みそか)
_YEAR_NAMED = re.compile(r"((?:19|20|１９|２０)[0-9０-９]{2})年の?$")  # 2095年の元日: that year's
CALENDAR = ("元日", "元旦", "大みそか", "大晦日")  # days of the calendar: the same whoever says them, and when


def quote_span(text: str, at: int) -> tuple[int, int] | None:
    """(place of 「, place of 」) of the quoted words holding place `at` (the text's length for 」 when they are not
    closed), or None outside quoted words."""
    opened = text.rfind("「", 0, at)
    if opened < 0 or text.rfind("」", 0, at) > opened:
        return None
    shut = text.find("」", at)
    return opened, shut if shut >= 0 else len(text)


def word_before(text: str, at: int, published: date) -> date | None:
    """The day the word right before a number names (あす1日, きのう30日), or None: the number's day is that one."""
    m = _BEFORE_NUMBER.search(text, max(0, at - 6), at)
    return published + timedelta(days=_OFFSET[m.group(1)]) if m else None


def day_words(text: str, published: date | None) -> list[tuple[int, date]]:
    """(place, date) of each day word of the sentence `text` (see the module), in order; none without a date to read
    them against."""
    if published is None or DAY_WORDS.search(text) is None:
        return []
    from .language import tagger

    starts, ends = set(), set()
    at = 0
    for w in tagger()(text):  # the words as UniDic cuts them: きょう of きょうだい is no word of its own
        at = text.find(w.surface, at)
        if at >= 0:
            starts.add(at)
            at += len(w.surface)
            ends.add(at)
    out: list[tuple[int, date]] = []
    for m in DAY_WORDS.finditer(text):
        word = m.group()
        if m["week"] or m["opening"]:
            monday = published - timedelta(days=published.weekday())  # (weeks run Monday to Sunday)
            weekday = "土" if m["end"] else m["weekday"] or m["monday"] or "月"  # (a week's end: its Saturday)
            out.append((m.start(), monday + timedelta(days=_WEEK[m["week"] or m["opening"]] + "月火水木金土日".index(weekday))))
            continue
        if m.start() not in starts or m.end() not in ends or (_NUMBER_AFTER.match(text, m.end()) and not _ONE_DAY.match(text, m.end())):
            continue
        if word in _KANJI_FORMS and not TIME_OF_DAY.match(text, m.end()) and not (word == "本日" and quote_span(text, m.start())):
            continue  # (今日の日本: nowadays; 明日への希望; but a notice's 「本日は臨時休業します」)
        if word == "ゆうべ" and text.endswith("の", 0, m.start()):
            continue  # (音楽のゆうべ: an evening's concert)
        if word in ("大みそか", "大晦日"):
            year = _YEAR_OF.search(text, max(0, m.start() - 4), m.start())  # 去年の大みそか in August: last year's
            found = date(published.year + (REL.get(year.group(1), 0) if year else -(published.month < 7)), 12, 31)
            # (with no year said, in January: the one just past)
        elif word in ("元日", "元旦"):
            year = _YEAR_OF.search(text, max(0, m.start() - 4), m.start())  # 今年の元日 in December: the one past
            found = date(published.year + (REL.get(year.group(1), 0) if year else published.month == 12), 1, 1)
            # (in December: the one ahead)
        else:
            found = published + timedelta(days=_OFFSET[word])
        if word in CALENDAR and (named := _YEAR_NAMED.search(text, max(0, m.start() - 6), m.start())):
            found = found.replace(year=int(unicodedata.normalize("NFKC", named.group(1))))  # 2095年の元日
        elif ago := _YEARS_AGO.search(text, max(0, m.start() - 6), m.start()):  # 1年前の大みそか, 10年前のきょう
            back = found.year - int(ago.group(1)) if word not in CALENDAR else published.year - int(ago.group(1))
            found = found.replace(year=back) if (found.month, found.day) != (2, 29) else date(back, 2, 28)
        out.append((m.start(), found))
    return out
