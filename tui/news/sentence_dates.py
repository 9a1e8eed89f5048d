"""The dates of one sentence, each read in the context the sentence gives it (`dates_in`).

- A day alone right after a month and day is of that month (7月8日告示、15日投開票), and further on too when the
  weekday said fits it (3月25日（金）に…、第2戦は30日（水）); a month and day after one with its year said is of that
  year (来年3月4日に行い、…3月12日); a year set before in the sentence dates a month and day after it
  (2029年の大会では、8月10日); a month and day after another goes on in its year (2月6日の仙台を皮切りに…3月28日).
- What is prepared or planned for a date (7日の決選投票に向けて, 6月26日に開く総会) lies ahead; a date inside quoted
  words is read by the words' own tense, not the sentence's (「28日も攻める」と笑顔を見せた). A sentence closing on a
  verb of action in its plain form (18日までに片付ける) reads its dates ahead, but for one in a past clause; a plan told
  in the past (14日の予定だったが) lies on the nearer side; a date heading its own clause (3月14日、…言い渡し) keeps a
  past tense however far back.
- 翌 and 前日の before a day alone (翌14日, 前日の27日) count from the last date named (or the article's) whose next or
  previous day it is, one near the article's first; 翌 before a week's day (翌火曜日) is the first such day after the last
  date named (16日（金）に採決し、翌火曜日の閣議で: the 20th), and その before days or weeks counted (その2日前, その1週間後)
  counts from the last date named, in the sentence or before it.
- 同日 repeats the date named before; 同年 and 同月 the year or month named before, alone or with its year
  (今年7月に…、同月30日), and so does 同 before a day (3月1日に出願した。同5日に); 翌月の and 同年の before a month and day (翌月の8月22日) the year of the date before.
- A headline's month and day names the body's day alone of the same day (投開票は3月21日 … 投開票日の21日まで).
- Each date's weight (`told`): whether it is the day the sentence tells of (2), a day said of its subject
  (2日に投票が行われた米大統領選は: 1), or a day said of something else (昨年12月26日に閣議決定した予算案について,
  1923年9月1日の震災にちなんで, 6月30日時点の価格, 昨年11月10日に続き: 0), which a later 同日 does not repeat; a
  clause joined on by its verb gives way to a later day told (試験は12日に行われ、合格発表は21日: the 21st).

The clues it reads live beside it: `plan_cues` (a plan still ahead after a date), `year_context` (the year and month
a date without them belongs to) and `quoted_days` (when quoted words were said, for the day words inside them).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from datetime import date, timedelta

from .day_words import CALENDAR, DAY_WORDS, day_words, quote_span, word_before
from .plan_cues import (done_clause as _done_clause, FORECAST as _FORECAST, PLAN_HELD as _PLAN_HELD, PLANNED_BEFORE as
                        _PLANNED_BEFORE, relative_plan as _relative_plan, still_ahead as _still_ahead)
from .year_context import (month_setting as _month_setting, same_month as _same_month, year_before as _year_before,
                           year_context as _year_context, year_said)
from .quoted_days import (said_in_past as _said_in_past, said_on as _said_on, closes as _closes, said_sentence as _said_sentence,
                          quoted_words as _quoted, told_day as _told_day, WEEKS as _WEEKS)
from .dates import (AHEAD, kanji_days, AHEAD_VERB, BOTH_DAYS, DATES, DOT_STEP, PLAN_PAST, RANGE, WEEKDAY, YEAR,
                    both_days, both_ends, dot_step, on_weekday, own_verb_past, past_after, plain_verb_last, planned,
                    resolve, tense, valid, weekday_said, month_of, REL_MONTH)

# A month and day that names a noun counted from (7月1日発表から…改善する見通しだ): the sentence's tense is of the
# change, not of the day it is counted from.
_FROM_NOUN = re.compile(r"(?:の)?[\u4e00-\u9fff]{1,4}(?:から|より|比)")
_AFTER_BACKGROUND = re.compile(r"(?:てお|でお)り、この$")  # …完投しており、この|日も: a background clause right before
_NEAR = 366  # 翌 and 前日の count first from a date within this many days of the article's
_CARRY = 12  # a day alone this close after a month and day is of that month (7月8日告示、15日投開票)
_SHUT = re.compile(r"[）)」。]")  # (not past the bracket or sentence it stands in)
AT_EVENT = re.compile(r"の[^。、「」をがはでにへと]{1,10}(?:で(?!の)|において|の席)")  # A date in a clause that describes a noun (12月26日に閣議決定した予算案, 10月7日につけた4万8950円), and the noun's
# phrase up to the particle after it.
_RELATIVE = re.compile(r"に[^、。「」]{0,12}?た(?=[\u4e00-\u9fffァ-ヺ0-9])")
# A schedule's note in brackets (衆院選（25日投開票）, 市長選（8日告示、15日投開票）): its day is read the nearer way, not
# by the tense of the sentence around the brackets
_NOTE = re.compile(r"(?:投開票|投票|開票|告示|公示|開幕|閉幕|開会|閉会)[^（）()「」。]{0,8}[）)]")
_HEAD = re.compile(r"[^はがもをにとでへやより、。「」（）()]*")
_SUBJECT = ("は", "が", "も")


def dates_in(text: str, published: date | None, full_only: bool = False, before: date | None = None,
             before_past: date | None = None, known: Collection[date] = (), named: Collection[date] = (),
             told: list[tuple[date, int]] | None = None, earlier: Sequence[date] = (), month_before: date | None = None,
             months: list[date] | None = None, year_before: int | None = None, spoken: date | None = None,
             heading: bool = False, this_day: date | None = None, answer: bool = False,
             said_at: date | None = None) -> list[date]:
    """The dates `text` (a sentence) names, in order, each once (see the module's doc); `before`: the last date the
    text named before the sentence (同日, 同月 refer to it), `before_past` the last not after the article's date (同日
    after a sentence about a plan); `known`: the dates the article's body names (a headline's day alone or month and day
    is the one of them with that day, when one alone has it and lies ahead: 最終戦は27日開幕 over 27日に…開幕し);
    `named`: the months and days the headline names; `year_before`: the year the sentences before named last (同年);
    `spoken`: the day before the article's that its news happened on, when it did (a morning paper's yesterday, a
    weekly's days before): the day
    words quoted in a sentence that names no date and tells them said in the past are counted from it (歓迎式で「きょう、
    町に血が通った」とあいさつした: that day), and so are those closing a heading (`heading`); `told`: filled with each date and its weight; `earlier`: the
    dates the article named before the sentence, in order (翌14日 is the day after the 13th named last); `month_before`:
    the last date named before the sentence with its month (同月 repeats that month, not a day alone's); `months`: filled
    with the dates this sentence names with their month; `this_day`: the news's day, which この日は or この日も after a
    clause told as a background (6日の1回戦で完投しており、この日も…) names, when the date before it lies before it;
    `answer`: the sentence is of an interview's answer (a passage of quoted words alone after a question: ――…。 /
    「…きのうも…」), whose day words count from `spoken`, the day the interview was held; `said_at`: the day of a thing
    the article dated before at which the sentence's quoted words were said (会見で同相は「あすから…」と語った), from which
    their day words count when the sentence names no date of its own."""
    out: list[date] = []
    way = None if full_only else tense(text)
    soon = way is None and not full_only and plain_verb_last(text)  # …を見込む: what is to come (for a date of that verb)
    text = RANGE.sub(both_ends, BOTH_DAYS.sub(both_days, DOT_STEP.sub(dot_step, kanji_days(
        unicodedata.normalize("NFKC", text)))))  # (八月十五日: in digits)
    previous = before
    said_here = False  # a date named in this sentence already (同日 then repeats it)
    month_here = False  # a date named in this sentence with its month (同月 then repeats its month)
    month_said: date | None = None  # a month and day this sentence named: a day alone right after it is of that month
    said_end = 0
    year_said: date | None = None  # a date this sentence named with its year said (来年3月31日)
    month_day: date | None = None  # the last month and day this sentence named
    last_end = 0
    spans: list[tuple[int, int]] = []  # the places of the dates put in `told`
    first = len(told) if told is not None else 0
    read: list[tuple[re.Match, date]] = []  # each date found, with its match
    for m in DATES.finditer(text):
        day = WEEKDAY.match(text, m.end())
        carried = valid(month_said.year, month_said.month, int(m["dd"])) if m["dd"] and month_said and not full_only else None
        if carried and carried >= month_said and (  # type: ignore[operator]
                (m.start() - said_end <= _CARRY and not _SHUT.search(text, said_end, m.start()))
                or (day and carried.weekday() == weekday_said(day))):
            found: date | None = carried  # 7月8日告示、15日投開票: 15 July
        else:
            at = span.end() if m["dd"] and (span := _SPAN_END.match(text, m.end())) else m.end()  # (30〜31日に開く)
            # (28日に閉幕する予定だった: a plan of the past, its day either side)
            timed = _TIME_OF_DAY.match(text, at)  # 22日午後（日本時間23日未明）に予定する: a plan after the day's time
            ahead = (m["dd"] or m["mm"]) and (_still_ahead(AHEAD.match(text, at) if m["dd"] else None, text)
                                              or _relative_plan(AHEAD_VERB.match(text, timed.end() if timed else at), text, way)
                                              or planned(text, at) or _PLAN_HELD.match(text, at) is not None
                                              or _FORECAST.match(text, at) is not None
                                              or (_IF_AHEAD.match(text, at) is not None
                                                  and tense(_quoted(text, m.start()) or text) != "past")
                                              or _DECIDED.match(text, at) is not None)
            # 7日の決選投票に向けて, 6月26日に開く総会で, 12月6日にアルバムを出すと発表した: read forward
            # 7日の決選投票に進んだ: the verb's tense is not the date's (but 5日の会見で述べた: the verb's event)
            noun = (m["dd"] and ((text.startswith("の", m.end()) and not AT_EVENT.match(text, m.end()))
                                 or PLAN_PAST.match(text, m.end()) or _NOTE.match(text, m.end())
                                 or text.endswith(_PLANNED_BEFORE, 0, m.start()))) or (
                m["mm"] and _FROM_NOUN.match(text, m.end()))  # (衆院選（25日投開票）は終盤に入った: the note's day, nearest)
            quoted = _quoted(text, m.start())
            since = previous if said_here or m["same"] in (None, "当日") or before_past is None or way == "future" else (
                before_past)  # (17日に…対戦する。名古屋は同日、…浦和を迎える: a plan's day again, told as a plan)
            if m["rm"] == "同月" and not month_here and month_before is not None:
                since = month_before  # 2049年3月8日に受けた手術…。（次の文）…30日…。同月11日に死亡した: March 2049
            morning = m["adj"] == "翌朝" and not text.endswith("の", 0, m.start())  # 翌朝 alone (not 事故の翌朝)
            if morning and not said_here and earlier:
                since = earlier[-1]  # …2045年1月17日の夜だという。…向かった。翌朝、: the morning after the day named last
            if m["rel"] == "同年" and (year := _year_before(text, m.start(), published)):
                since = date(year, 1, 1)  # 2030年5月に…、同年6月12日: the year named before it
            elif m["rel"] == "同年" and not said_here and year_before is not None:
                since = date(year_before, 1, 1)  # 昨年2月に発覚した。（次の文）被告は同年6月12日に: the year said last
            if quoted is not None:
                own_words = _said_sentence(text, m.start())
                said = tense(own_words)  # (the quoted sentence that holds the date: 「3月25日に博士号を
                # 取り、…います。再来年の1月15日から…計画です」: each its own way)
                if said is None and plain_verb_last(own_words.rstrip("。") + "。") and not past_after(text, m.end()):
                    said = "future"  # 「…24日の定例会で再発防止策を示す」: what is to come
            else:
                said = "future" if soon and _of_last_verb(text, m.end()) and not past_after(text, m.end()) else way
                if said == "future" and m["dd"] and _HEADED.match(text, m.end()) and _VERB_JOINT.search(text, m.end()):
                    said = None  # 28日（日本時間29日）、…方針を発表しており、…求めるとみられる: the first clause's day
                elif said == "future" and m["dd"] and not text.startswith("、", at) and _done_clause(text, at):
                    said = "past"  # 4日夕に中間報告を公表したところでは、…見込みだ: the date's clause's verb, done
            way_here = "past" if _SINCE.match(text, at) else "future" if ahead else None if noun or (
                quoted is None and _OWN_TOPIC.match(text, at)) else said  # (公演は3日から5日までの3日間で、チケットは…
            # 売り切れた: the date's clause its own, the closing verb another topic's)
            found = resolve(m, published, full_only, way_here, since, own=text.startswith(("、", "には、"), m.end()) or (
                bool(m["mm"]) and way_here == "past" and not full_only and (
                    own_verb_past(text, m.end()) or bool(AT_EVENT.match(text, m.end()))
                    or _SINCE_DONE.match(text, m.end()) is not None)))  # (4月30日の試合で、…打てて; 3月20日に開通してから)
            if morning and quoted is not None and said != "past":
                found = None  # 「…直しを頼むと、翌朝には…返ってくる」: a morning after as what is wont to be, no day
            if m["rm"] == "同月" and published and not full_only:
                found = _same_month(text, said_end, m, published) or found
            elif (m["rm"] in ("来月", "先月") and quoted is not None and published and not full_only
                  and (on := _said_on(text, m.start(), [(n.end(), d) for n, d in read])) is not None):
                found = valid(*month_of(on, REL_MONTH[m["rm"]]), int(m["rd"])) or found  # 28日の記者会見で「来月19日に
                # は…」: the month after the one the words were said in
            if m["dd"] and published and not full_only:
                found = _month_setting(text, last_end, m, published) or found
                if previous and text.endswith("同", 0, m.start()):  # 3月1日に出願した。同5日に: 同月5日
                    found = valid(previous.year, previous.month, int(m["dd"])) or found
            if day and found and published and not full_only and (m["dd"] or m["mm"]):
                found = on_weekday(found, weekday_said(day), bool(m["dd"])) or found
        if (m["same"] == "日" and this_day and previous and previous < this_day and not full_only
                and _AFTER_BACKGROUND.search(text, 0, m.start()) and text.startswith(("は", "も"), m.end())):
            found = this_day  # 6日の1回戦で148球を投げて完投しており、この日も12回を: not the background's day
        if found and m["dd"] and not full_only and published:
            stepped = _next_to(text, m, [*out[::-1], *earlier[::-1], published])
            if stepped and day and stepped.weekday() != weekday_said(day):
                stepped = None  # 開院の前日の20日（月・祝）: the week's day says which 20th, not the day counted from
            found = stepped or found
            if not stepped and found not in earlier and _APPOSED_DAY.search(text, 0, m.start()) and (
                    told_so := [e for e in earlier if e.day == found.day and abs((e - published).days) <= 31]):
                found = told_so[-1]  # 12日（日）に投開票される。…「投票日の12日は…」: the 12th the article told
        if m["dd"] and published and not full_only and (said_day := word_before(text, m.start(), published)) and (
                said_day.day == int(m["dd"])):
            found = said_day  # あす1日、…休校にすることを決めました: tomorrow, whatever the verb's tense
        if m["dd"] and found and not full_only and (kept := _KEPT_DAY.search(text, max(0, m.start() - 8), m.start())) and (
                _KEPT[kept[1]][1] == int(m["dd"])):  # 防災の日の1日 in a page of 31 August: the 1st of September
            month, as_read = _KEPT[kept[1]][0], found
            found = min((d for y in (as_read.year - 1, as_read.year, as_read.year + 1)
                         if (d := valid(y, month, as_read.day))), key=lambda d: abs((d - as_read).days))
        if m["dd"] and previous and not full_only and text.endswith("日本時間", 0, m.start()):
            found = _local_time(previous, int(m["dd"])) or found  # 5日（日本時間6日）: the day after the 5th
        if found and not full_only and m["mm"] and not m["rel"]:
            found = _year_context(text, m, found, year_said, month_day, last_end, previous, published)
        if named and found and not full_only and m["dd"] and len(same := {k for k in named if k.day == found.day}) == 1 \
                and not (published and min(same) > published and (past_after(text, m.end())
                                                                  or (way == "past" and text.startswith("、", m.end())))):
            found = same.pop()  # 投開票は3月21日 in the headline: 投開票日の21日まで is 21 March (not a day of a past
            # clause when the headline's lies ahead: 30日までに申請したのは)
        if known and found and not full_only and (m["dd"] or (m["mm"] and not m["rel"])):
            same = {k for k in known if k.day == found.day and (m["dd"] or k.month == found.month)}
            if len(same) == 1 and published and (ahead_day := same.pop()) > published:
                found = ahead_day  # a headline's 27日 that the body reads forward (27日に…開幕し), as a plan's cue said
        if found and m["mm"] and not m["rel"]:
            month_day = found
        last_end = m.end()
        if found and (m["y"] or m["era"] or m["rel"]):
            year_said = found
        if found and (m["y"] or m["era"] or m["mm"] or m["rm"]):
            month_here = True
            if months is not None:
                months.append(found)
        if found and (m["mm"] or m["rm"] or (m["dd"] and text.endswith("同", 0, m.start()))):
            month_said, said_end = found, day.end() if day else m.end()  # (同7日（月）～9日（水）: the 9th of the
            # month 同 repeats; 4月12日（月）から（1年生は19日から）: the 19th of April, past the weekday's bracket)
        previous = found or previous
        said_here = said_here or found is not None
        if found and told is not None:
            spans.append((m.start(), m.end()))
            told.append((found, _weight(text, m.end())))
        if found and found not in out:
            out.append(found)
        if found:
            read.append((m, found))
    def tell(day: date, at: int, end: int) -> None:  # a day the sentence tells of, said by words, not a date's form
        out.append(day)
        if told is not None:
            spans.append((at, end))
            told.append((day, 2))

    said_by_words: list[tuple[int, date]] = []
    worded = day_words(text, published) if not full_only else []
    anchors = [(m.end(), d) for m, d in read] + [  # the days the sentence names outside quotes: the words' day, if one
        (w.end(), d) for at, d in worded if _quoted(text, at) is None and (w := DAY_WORDS.match(text, at))]
    for at, found in worded:  # きょう, あす, 大みそか: days said by words
        if text.startswith(CALENDAR, at):
            pass  # 大みそか: the calendar's day, whenever the words were said
        elif published and (on := _said_on(text, at, anchors)) is not None:
            found = on + (found - published)  # 26日夜、SNSに「あすは…」と投稿した: counted from the day the words were put
        elif published and said_at and not read and not text.startswith(_WEEKS, at) and quote_span(text, at) is not None:
            found = said_at + (found - published)  # 会見で同相は「あすから…」と語った: the day of the 会見 told before
        elif published and spoken and not read and not text.startswith(_WEEKS, at) and (
                _said_in_past(text, at) or heading and _closes(text, at) or answer):
            found = spoken + (found - published)  # 式で「きょう、…」とあいさつした, in the next morning's paper: that day
        if found not in out and (quote_span(text, at) is None or text.startswith(CALENDAR, at) or _told_day(text, at)):
            # (「きょうは低めを狙え」: no dated happening; 「元日の3回戦までに」: the calendar's day, whoever says it)
            said_by_words.append((at, found))
            tell(found, at, at + 1)
    for m in THAT_COUNTED.finditer(text) if not full_only else ():  # 2月1日に予定していたが、…その2日前に前倒しした
        anchors = [(n.end(), found) for n, found in read if n.end() <= m.start()] + [
            (at, found) for at, found in said_by_words if at < m.start()]
        base = max(anchors, key=lambda a: a[0])[1] if anchors else before
        days = int(m[1]) * (7 if m[2] == "週間" else 1)
        if base is not None and (counted := base + timedelta(days=days if m[3] == "後" else -days)) not in out:
            tell(counted, m.start(), m.end())
    for m in _NEXT_WEEKDAY.finditer(text) if published and not full_only else ():  # 16日（金）に…、翌火曜日の閣議で
        base = next((found for n, found in reversed(read) if n.end() <= m.start()), None) or before or published
        assert base is not None
        if (next_day := base + timedelta(days=("月火水木金土日".index(m[1]) - base.weekday()) % 7 or 7)) not in out:
            tell(next_day, m.start(), m.end())
    if published and not full_only and (moved := _in_order(text, read, published)):
        read = [(m, moved.get(i, found)) for i, (m, found) in enumerate(read)]
        out = list(dict.fromkeys(found for _, found in read))
        if told is not None:
            told[first:] = [(found, w) for (_, found), (_, w) in zip(read, told[first:])]
    if told is not None:
        _joined_give_way(text, told, first, spans)
    return out


THAT_COUNTED = re.compile(r"その([0-9]{1,2})(日|週間)(前|後)")  # days counted from the day told last (その2日前)
_NEXT_WEEKDAY = re.compile(r"翌([月火水木金土日])曜日?")  # the first such day after the day told last (翌火曜日)
# A day alone set beside the thing it is the day of (投票日の12日, 開院の前日の20日): that thing's day, told before
_APPOSED_DAY = re.compile(r"[\u4e00-\u9fff]の$")
# A time of the day after a date, with the same time in another zone in brackets (午後（日本時間23日未明）)
_TIME_OF_DAY = re.compile(r"(?:午前|午後|未明|早朝|朝|昼|夕方|夕|夜|深夜|正午)?(?:[0-9]{1,2}時(?:[0-9]{1,2}分|半)?)?"
                          r"[（(](?:日本|現地)時間[^（）()「」]{1,10}[）)]")
_SPAN_END = re.compile(r"〜\d{1,2}日")  # the second day of a range written once (30、31日: 30日〜31日 by then)


def _local_time(day: date, d: int) -> date | None:
    """The day `d` a note in another time zone gives for `day` (5日（日本時間6日）, 31日（日本時間1日）): the day before,
    the same or the day after it."""
    for step in (0, 1, -1):
        near = date.fromordinal(day.toordinal() + step)
        if near.day == d:
            return near
    return None


def _in_order(text: str, read: list[tuple[re.Match, date]], published: date) -> dict[int, date]:
    """Clauses joined on by their verbs tell in order (後期日程が12日を中心に行われ、合格発表が22日から始まる, in an
    article of the 17th): a day alone read ahead into a later month, before a later clause's date that it would then
    follow, is of the article's month when that day is past and keeps the order (the 12th, not 12 April). Not a day
    after a month and day (7月8日告示、15日投開票), nor one heading its clause (1日、欠航が相次ぐ見込みで、…31日夕までに)."""
    moved: dict[int, date] = {}
    for i, (m, found) in enumerate(read):
        if (not m["dd"] or found <= published or (found.year, found.month) == (published.year, published.month)
                or text.startswith("、", m.end()) or any(n["mm"] or n["rm"] for n, _ in read[:i])):
            continue
        near = valid(published.year, published.month, int(m["dd"]))
        if near is None or near > published or ((day := WEEKDAY.match(text, m.end()))
                                                 and found.weekday() == weekday_said(day)):
            continue  # (20日（月・祝）まで…し、21日から: the week's day says which 20th)
        if any(later < found and near <= later and _VERB_JOINT.search(text, m.end(), n.start())
               for n, later in read[i + 1:]):
            moved[i] = near
    return moved


# A clause joined on by its verb's connective form or a concessive が (12日に行われ、; 31日に予定していたが、): what the
# sentence tells of comes after it.
_JOINED = re.compile(r"(?:[いきしちにびみりぎえけせてねべめれじ]|が|て|で)、")


_HEADED = re.compile(r"(?:[（(][^（）()「」]{1,12}[）)])?、")  # a date heading its clause, a note on it aside
_HEADS = re.compile(r"[^、。「」]{0,3}、")  # a date that heads its clause (県警は5日、; 5日から、)
_VERB_JOINT = re.compile(r"(?:[いきしちびみりぎえけせてねべめれじ]|て|で)、")  # a clause joined on by its verb


def _of_last_verb(text: str, end: int) -> bool:
    """Whether the date ending at `end` is said of the sentence's last verb: by a particle (18日までに片付ける), not one
    naming a noun (1月17日の震災の教訓を伝える), nor one that heads a clause of its own (県警は5日、男を逮捕し、動機を
    調べる: the arrest's day, not a plan's), nor one before a clause joined on."""
    return (_PARTICLE.match(text, end) is not None and not _HEADS.match(text, end)
            and not _VERB_JOINT.search(text, end))


_PARTICLE = re.compile(r"(?:ごろ|頃)?(?:午前|午後|朝|夜|夕方?|未明|正午)?(?:[0-9]{1,2}時(?:[0-9]{1,2}分|半)?)?(?:に|まで|から|を|が|は|も)")


def _joined_give_way(text: str, told: list[tuple[date, int]], first: int, spans: list[tuple[int, int]]) -> None:
    """A date of the day told (2) in a clause joined on to a later one that names a day told too is said of its
    subject only (1): 試験は12日に行われ、合格発表は21日 tells of the 21st (その翌日 is the 22nd). Not a date that
    heads the whole sentence (首相は4日、…会見を開き、国会を23日に召集する方針: the 4th)."""
    for i in range(len(spans) - 1):
        k = first + i
        if told[k][1] == 2 and not text.startswith("、", spans[i][1]) and any(told[first + j][1] == 2 and _JOINED.search(text, spans[i][1], spans[j][0])
                                   for j in range(i + 1, len(spans))):
            told[k] = (told[k][0], 1)


def _next_to(text: str, m: re.Match, anchors: list[date]) -> date | None:
    """A day alone after 翌 (翌14日), 翌日の (告示翌日の4日) or 前日の (前日の27日): the day after or before the last date named (or the article's)
    whose next or previous day it is."""
    if text.endswith(("翌", "翌日の"), 0, m.start()):
        step = 1
    elif text.endswith("前日の", 0, m.start()):
        step = -1
    else:
        return None
    day, published = int(m["dd"]), anchors[-1]
    fits = [near for a in anchors if (near := date.fromordinal(a.toordinal() + step)).day == day]
    # a date near the article's first (前日の25日 after 1959年9月26日, in an article of 26 September 2039: the 25th of
    # 2039), then one years back (2011年3月10日 … 翌11日)
    return next((d for d in fits if abs((d - published).days) <= _NEAR), fits[0] if fits else None)


# A date's clause closing on a copula before another topic (…5日までの3日間で、チケットは): its own, with no tense
_OWN_TOPIC = re.compile(r"[^。、「」た]{0,20}?(?:で|であり)、[^。「」、]{1,12}?は")
# A day of what a body decided to do then (取水制限を4日午前9時から…強めることを決めた): ahead, though the deciding is past
_DECIDED = re.compile(r"[^。「」、た]{0,30}?(?:[うくすつぬぶむるぐ]|する)(?:こと|方針)(?:を|に)(?:決め|決定し|固め)"
                      r"|[^。「」、た]{0,4}?(?:から|にかけて)[^。「」た]{0,40}?を(?:決め|決定し)")  # (15日夕から16日にかけて…の欠航を決めた)
# A day of a thing done since which the sentence counts (3月20日に開通してから、初めての年の瀬を迎えた): that thing's
_SINCE_DONE = re.compile(r"に[^。、「」]{0,12}?[てで]から")
# Days of the calendar kept on a fixed month and day, named before their day (防災の日の1日, こどもの日の5日): that month's
_KEPT = {"建国記念の日": (2, 11), "天皇誕生日": (2, 23), "昭和の日": (4, 29), "憲法記念日": (5, 3), "みどりの日": (5, 4),
         "こどもの日": (5, 5), "山の日": (8, 11), "終戦の日": (8, 15), "防災の日": (9, 1), "文化の日": (11, 3),
         "勤労感謝の日": (11, 23), "七夕": (7, 7), "クリスマス": (12, 25)}
_KEPT_DAY = re.compile("(" + "|".join(_KEPT) + r")の\s*$")
# A day in a condition of what is to come (9日に雨が降れば、翌日に延ばす; not 降っていれば, what might have been)
_IF_AHEAD = re.compile(r"[^。、「」]{0,16}?(?<!てい)(?<!でい)(?:れば|たら)、")
_SINCE = re.compile(r"(?:に|へ)?(?:続き|続いて|続く)|以来")  # a day the news follows on from: past (準決勝の29日に続く完投)
_BENCHMARK = re.compile(_SINCE.pattern + r"|ぶり|以降初")


def _weight(text: str, end: int) -> int:
    """Whether the date ending at `end` is the day the sentence tells of (2), a day said of its subject (1) or of
    something else (0): see the module's doc."""
    if text.startswith("時点", end) or _BENCHMARK.match(text, end):
        return 0  # 6月30日時点の価格: a figure's day; 昨年11月10日に続き, 2030年以来: a mark the news is measured by
    if text.startswith(("）", ")"), end):
        end += 1  # 昨年末（12月30日）の終値を
    if text.startswith("の", end) and not AT_EVENT.match(text, end):
        head = end + 1  # 1923年9月1日の震災にちなんで (5日の会見で: the day of the act)
    elif relative := _RELATIVE.match(text, end):
        head = relative.end()  # 12月26日に閣議決定した予算案について
    else:
        return 2
    after = _HEAD.match(text, head).end()  # type: ignore[union-attr]
    return 1 if text.startswith(_SUBJECT, after) else 0
