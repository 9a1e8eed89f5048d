"""Dated events drawn from an article's text: a date, its sentence (or timeline line), its passage.

Each sentence's dates are read by `sentence_dates` (the forms by `dates`), days counted from things dated before by
`counted_days`. Across sentences: 同日 in a later sentence
is the day the last sentence that named one tells of (its first date of the greatest weight: not a day said of
something else, 昨年12月26日に閣議決定した予算案について); after a day before the news's told in another passage (a
background paragraph), or after a plan ahead, it is the news's day. A headline's dates are its own events, read against the article's date and the body's
(a day the body reads ahead is that day). A list block's steps are dated by `list_steps` (a ↓ timeline's date line
carries its date to each step below it; a step that opens with its date, ▽1月23日　国会召集, is dated by it).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date, timedelta

from .dates import BOTH_DAYS, DATES, KANJI_DAY, kanji_days, DOT_STEP, month_of, plain_verb_last, resolve, tense, valid
from .day_words import DAY_SIGN
from .list_steps import (DAY_FIRST as _DAY_FIRST, YEAR_LINE as _YEAR_LINE, YEAR_SAID as _YEAR_SAID,
                         headed_year as _headed_year, month_heads as _month_heads, month_line as _month_line,
                         timeline as _timeline)
from .quotes import sentence_spans
from .quotes.interviews import ANSWER
from .quotes.lines import QUESTION
from .sentence_dates import dates_in, year_said
from .counted_days import (ACT as _ACT, COUNTED as _COUNTED, DEATH_COUNTED as _DEATH_COUNTED, NTH_DAY as _NTH_DAY,
                           TODAY as _TODAY, counted as _counted, days_since as _days_since, glued_days as _glued_days, named_day as _named_day,
                           topic_day as _topic_day)

__all__ = ["dates_in", "find_events"]

_DIGIT = re.compile(r"[0-9０-９]")  # every date has one: most passages are passed over by this alone
# Every match of `DATES` holds 日 or a date's separator (2025/3/12): a class found in C, where `DATES` (its
# alternatives opening with groups and look-behinds) is tried at every place.
_DATE_MARK = re.compile(r"[日/.\-]")  # (前日, 翌日 and 同日 hold 日 too)
_AGAIN = re.compile(r"同日|当日|前日|翌日|前々日|翌々日")  # a day counted from the one told before


def find_events(blocks: Sequence[tuple[str, str]], published: str | None,
                full_only: bool = False) -> list[tuple[int, str, str]]:
    """(passage index, date YYYY-MM-DD, sentence or timeline line) of each dated event of an article.

    `blocks` are the passages' (kind, text). A heading's date is an event of the heading (来月10日打ち上げへ): 同日 and
    前日 in the body refer to the body's dates.
    """
    pub = date.fromisoformat(published) if published else None
    aired = _aired(blocks)  # a broadcast's script: the words it quotes were said on its own day
    out: list[tuple[int, str, str]] = []
    last: date | None = None  # the day the last sentence that named one tells of, in the body's order
    last_past: date | None = None  # the last such day not after the article's
    last_k = -1  # the passage of `last`
    news: date | None = None  # the first such day of the body within a week before the article's: the news's day
    game_day = _dateline(blocks, pub) if not full_only else None  # ◆…3回戦（2日・大阪市中央体育館）: the words' day
    lead: date | None = game_day  # the first day the body names within a week before the article's, told first or not
    # (a dateline's before all: …3スターズ（30日・千葉湾岸スタジアム） / 29日の試合では…持ち越していた / この日は)
    last_perfect = False  # `last` was told as what has been done (…を表明している。)
    last_act = False  # `last` was told as the act charged (…盗んだ疑いがある。)
    last_told_before = False  # `last` was told as a background (…に結審していた, …と語っていたという)
    after_last = 0  # sentences since `last`'s in its passage
    seen: list[date] = []  # the dates the body named so far (翌14日 is the day after the 13th named last)
    ahead_before: date | None = None  # the furthest day ahead of the article's the sentence before named
    headings = [k for k, (kind, text) in enumerate(blocks) if kind == "heading" and _has_date(text)]
    step_years = _step_years(blocks)  # 略歴 / 1958年 / 4月3日　…に生まれる: steps set as passages of their own
    named = _headline_dates(blocks, headings, pub) if not full_only else set()
    last_month: date | None = None  # the last date the body named with its month (同月 repeats its month)
    last_year: int | None = None  # the year the body named last, by a date or a word (同年 repeats it)
    month_head: date | None = None  # the month of the last list's last month line (【5月】, 2079年11月)
    head_k = -1  # the last heading above that names a date (▽日時　1月7日（土） / 当日は…: the day 当日 is)
    review_year: int | None = None  # the year a review's heading names (【2095年の主なできごと】) over its months' lists
    step_k = -1  # the last passage read as a list's steps
    month_heads = _month_heads(blocks, pub)  # 〈1月〉 … 〈12月〉 over a review's lists: one run of months, one reading
    for k, (kind, text) in enumerate(blocks):
        if kind == "heading":
            review_year = (_headed_year(text, pub) if k + 1 < len(blocks) and blocks[k + 1][0] == "heading"
                           and _month_line(blocks[k + 1][1], pub) else None) or (
                review_year if _month_line(text, pub) else None)  # (a review's year over its months' headings)
        elif kind != "list" and not _DAY_FIRST.match(unicodedata.normalize("NFKC", text)):
            review_year = None  # (a review's lists end where a passage of prose begins)
        if kind == "heading" or not _has_date(text):
            head_k = k if kind == "heading" and _has_date(text) else head_k
            after_last += kind != "heading"  # (a passage with no date told since `last`'s: a gap)
            ahead_before = None if kind != "heading" else ahead_before
            continue
        list_month = None
        stepped = kind == "paragraph" and _DAY_FIRST.match(unicodedata.normalize("NFKC", text)) is not None
        if kind == "list" or stepped:
            list_month = (month_head if k and (blocks[k - 1][0] == "list" or k - 1 == step_k)  # (a list the page broke
                          # in two: its month)
                          else month_heads.get(k - 1))  # 【5月】
        if (kind == "list" and ("\n" in text or list_month is not None)) or (stepped and list_month is not None):
            # (a list of one line under its month: 〈5月〉; a step the cleaner kept as prose: ▽20～21日　記録的な大雪。…)
            year = (_headed_year(blocks[k - 1][1], pub) if k else None) or review_year  # 【2044年の…主な動き】 above
            step_k = k
            steps, month_head = _timeline(text, pub, full_only, year, list_month)
            out.extend((k, d, line) for d, line in steps)
            if steps:  # ▽日時　1月7日（土）… / 当日は…: the day the list told last
                last, last_k = date.fromisoformat(steps[-1][0]), k
            continue
        answered = k > 0 and QUESTION.match(blocks[k - 1][1]) is not None and ANSWER.fullmatch(text) is not None
        # (――…は。 / 「…きのうも…」: an interview's answer)
        sentence = ""
        for lo, hi in sentence_spans(text):
            before_here, sentence = sentence, text[lo:hi].strip()  # (the sentence before, in this passage)
            if "この日" in sentence and game_day and not _has_own_date(sentence):
                last = game_day  # ◆…8日目（20日・両国国技館） / 豊嵐はこの日: a dateline's page tells of its day
            elif ("同日" in sentence and last and news and pub and (news - last).days > 0 and k != last_k
                  and not (last_act and k - last_k <= 1)):
                last = news  # 2022年6月29日に社長に就き…。（次の段落）坂口氏は同日の記者会見で: the news's day (also
                # after a background paragraph of the weeks before: 2月22日に開会し…。（次の段落）県は同日; but after the act
                # charged in the passage before: …15日未明、…盗んだ疑いがある。（次の段落）同日は始発から: the act's)
            elif (("同日" in sentence or "この日" in sentence) and last and lead and (lead - last).days > _EVE
                  and not _TOLD_BEFORE.search(sentence)
                  and not _has_own_date(sentence) and (last_told_before or after_last)
                  and not (last_act and k - last_k <= 1)):
                last = lead  # 警視庁は今年2月6日に家宅捜索していた。逮捕を受け、…同日夜: the news's day, not a background's
                # days before it, told as what had been or sentences before, in a sentence told as what happened (but
                # 前日の8日、…進言していた。首相は同日夜: the eve's; 逮捕容疑は1月29日…盗んだ疑い。女性が同日夕方に: the act's)
            elif (("同日" in sentence or "この日" in sentence) and last and lead and (lead - last).days > 0 and last_told_before
                  and k != last_k):
                last = lead  # 控訴審判決が9日あった。…1月24日に結審していた。（次の段落）閉廷後の同日夕: the news's day, not
                # the background's told in another passage (but …30日、…進言していた。首相は同日夜: that day)
            elif (last and lead and (lead - last).days > 0 and (last_told_before or last_perfect)
                  and _CONTRAST_DAY.search(sentence) and not _has_own_date(sentence)):
                last = lead  # 先月12日に引退を表明している。この日は八回に代打で出場し: the news's day, set against a
                # background's told as what had been (also in the same passage: 前日の30日まで…苦しんでいた。この日は)
            earlier = seen
            if _AGAIN.search(sentence) and pub and k != last_k and seen and seen[-1] > pub:
                last = news or pub  # 市長は「…来年8月6日を前に…」と訴えた。（次の段落）前日の5日夜に: a plan ahead told in
                earlier = seen + [last]  # another passage is no day the story's 前日 or 同日 counts from: the news's is
            told: list[tuple[date, int]] = []
            named_day = _named_day(sentence, out) or _topic_day(sentence, text[:lo], out)
            if not named_day and seen and _THAT_DAY.search(sentence):
                named_day = seen[-1]  # 転機は8月15日の試合後だった。…チームはその翌日から: the day named last, told or not
            since = named_day or last or game_day  # 最終運行の翌々日: the day the article told that of (with none told
            # yet, the dateline's: ◆…8日目（20日・両国国技館） / 豊嵐はこの日)
            if (not named_day and ahead_before and "同日" in sentence and not _has_own_date(sentence)
                    and (tense(sentence) == "future" or plain_verb_last(sentence))):
                since = ahead_before  # …23日、社長が6月27日の株主総会で辞任すると発表した。会長も同日付で退任する: the plan's day
            if not named_day and "当日" in sentence and head_k > last_k and (
                    head := dates_in(blocks[head_k][1], pub, full_only, last)):
                since = head[-1]  # the day of the field above (▽日時　1月7日（土）午前10時から / 当日は…)
            months: list[date] = []
            dated = dates_in(sentence, pub, full_only, since, last_past if last and pub and last > pub and not named_day else None,
                             named=named, told=told, earlier=earlier, month_before=last_month, months=months,
                             year_before=last_year, spoken=None if aired else _spoken_day(game_day, news or lead, pub),
                             # (the news's day, else the first the body named within a week before the article's)
                             this_day=lead, answer=answered,
                             said_at=None if aired or not DAY_SIGN.search(sentence) else (
                                 _said_at(sentence, out, pub) or _met_before(sentence, before_here, out, pub)))
            last_month = months[-1] if months else last_month
            if dated and not full_only:
                dated = _glued_days(sentence, out, dated)  # 告示翌日の8日: the month of the thing's day
            if k in step_years and not _YEAR_SAID.search(sentence):
                dated = [valid(step_years[k], d.month, d.day) or d for d in dated]
            if not full_only and (counted := _counted(sentence, out, dated, pub)) and counted not in dated:
                dated.append(counted)  # 打ち上げの3日後
                told.append((counted, 2))  # (the day the sentence tells of: 通報の3日後、…。店主は同日中に届け出た)
            if not full_only and (since_then := _days_since(sentence, dated)) and since_then not in dated:
                dated.append(since_then)  # 今月20日以来、10日ぶり: the 30th
            if not full_only and not dated and lead and _EVE_OF.search(sentence):
                dated.append(lead - timedelta(days=1))  # 選手たちは試合前夜、…誓い合った: the eve of the news's day
            last_year = year_said(sentence, pub) or (dated[-1].year if dated else last_year)  # (事件の9日後に逮捕。同年10月5日に)
            seen.extend(dated)
            ahead_before = max((d for d in dated if pub and d > pub), default=None)  # (the sentence's last plan ahead)
            out.extend((k, found.isoformat(), sentence) for found in dated)
            weight = max((w for _, w in told), default=0)
            if lead is None and pub and (near := [d for d in dated if 0 <= (pub - d).days <= 7]):
                lead = near[0]
            if weight:  # 同日 in a later sentence: the day this one tells of (…は29日、27日に…: the first)
                last, last_k = next(d for d, w in told if w == weight), k
                last_told_before = _TOLD_BEFORE.search(sentence) is not None or _BACKGROUND_CLAUSE.search(sentence) is not None
                last_perfect = _PERFECT.search(sentence) is not None
                last_act = _ACT.search(sentence) is not None  # (…17日の未明、…盗んだ疑いがある。（次の段落）同日は: the act's)
                after_last = 0
                if pub and last <= pub:
                    last_past = last  # (同日 after a sentence about a plan, 9月10〜12日に公演を開く, is the news's day)
                if news is None and pub and 0 <= (pub - last).days <= 7:
                    news = last
            else:
                after_last += 1  # (sentences told since `last`'s, none with a day of its own)
    known = {date.fromisoformat(d) for _, d, _ in out}
    for k in headings:  # 来月10日打ち上げへ: a headline's event, read against the article's date and the body's dates
        text = blocks[k][1]
        above = [d for kk, d, _ in out if kk < k]  # a heading among the body's steps: 同年12月20日 is the step above's year
        before = date.fromisoformat(above[-1]) if above else None
        found_here = dates_in(text, pub, full_only, before, known=known, heading=True,
                              spoken=None if aired else _spoken_day(game_day, news or lead, pub))
        if k in step_years and not _YEAR_SAID.search(text):
            found_here = [valid(step_years[k], d.month, d.day) or d for d in found_here]
        out.extend((k, found.isoformat(), text.strip()) for found in found_here
                   if found != pub or not _YEAR_SAID.search(text)  # (令和7年6月27日(金): a release's dateline; but きょう
                   or _TODAY.search(text))  # ピーク　Uターンは来年1月3日に: today's word, beside a year)
    out.sort(key=lambda e: e[0])
    if not full_only:
        _one_years_steps(blocks, out)
    return out


# A page's dateline under its headline: the day and the place of the game or the meeting it reports (（16日・岡山市陸上
# 競技場発着）, ▽3回戦（2日・大阪市中央体育館）)
_DATELINE = re.compile(r"[(](?:[0-9]{1,2}[、・])?([0-9]{1,2})日[・、][^()\n]{2,30}[)][ ]*$|^【[^【】=\n]{1,12}?([0-9]{1,2})日=[^【】\n]{1,20}】", re.M)
# (and a wire's: 【ロンドン6日＝東洋通信】)


def _dateline(blocks: Sequence[tuple[str, str]], pub: date | None) -> date | None:
    """The day a page's dateline names (a line among its first three passages that closes on a day and a place in
    brackets, or a wire's opening its report), when it lies within a week before the article's: the day the words its
    comments hold were said."""
    for _, text in blocks[:3]:
        m = _DATELINE.search(unicodedata.normalize("NFKC", text))
        n = int(m[1] or m[2]) if m else 0
        if m and pub and (day := valid(*month_of(pub, 0), n) if n <= pub.day else valid(*month_of(pub, -1), n)) and (
                0 <= (pub - day).days <= 7):
            return day
    return None


def _spoken_day(game_day: date | None, news: date | None, pub: date | None) -> date | None:
    """The day words quoted as said in the past were said on: the dateline's, else the news's day when it is before the
    article's (a morning paper's yesterday, a weekly's or a feature's days before), else None."""
    return game_day or (news if news and pub and news < pub else None)


_POLITE_END = re.compile(r"(?:ます|ました|です|でした)[。．]")


def _said_at(sentence: str, told: Sequence[tuple[int, str, str]], pub: date | None) -> date | None:
    """The day a sentence's quoted words were said at a thing the article dated before, within a week before the
    article's (19日の閣議後の記者会見で…。（次の段落）会見で同相は「あすから…」と語った: the 19th), or None. The thing is
    read outside the quoted words, and only from sentences that date it by a number of their own (レース後、「きのう…」
    names no day of the race)."""
    if "「" not in sentence or pub is None:
        return None
    dated = [e for e in told if _DAY_NUMBER.search(_QUOTED.sub("「」", e[2]))]
    day = _named_day(_QUOTED.sub("「」", sentence), dated, _SAID_AT)
    return day if day and 0 < (pub - day).days <= 7 else None


def _met_before(sentence: str, before: str, told: Sequence[tuple[int, str, str]], pub: date | None) -> date | None:
    """The day of an interview or a press conference the sentence before, in the same passage, dates (…さんは同日午後、
    病院で取材に応じた。雅之さんは「きのうの夜は…」), at which the sentence's quoted words were said, within a week before
    the article's; None when that sentence names no such meeting or several days."""
    if "「" not in sentence or pub is None or not before or not _MET.search(_QUOTED.sub("「」", before)):
        return None
    days = {e[1] for e in told if e[2] == before}
    if len(days) != 1:
        return None
    day = date.fromisoformat(days.pop())
    return day if 0 < (pub - day).days <= 7 else None


_MET = re.compile(r"(?:取材|インタビュー|質問)に(?:応じ|答え)|(?:記者)?会見(?:し|を開)|報道陣に")


_DAY_NUMBER = re.compile(r"[0-9０-９]日")
_QUOTED = re.compile(r"「[^「」]*」")
_SAID_AT = re.compile(r"(?:の(?:後|あと|直後|最後|冒頭|席上?)に?|後|で)、?")  # 会見で, 閉会の後に, 試合後、


def _aired(blocks: Sequence[tuple[str, str]]) -> bool:
    """Whether the article reads as a broadcast's script: most of its sentences close politely (…しました。, …です。)."""
    prose = "".join(text for kind, text in blocks if kind == "paragraph")
    ends = prose.count("。")
    return ends >= 3 and len(_POLITE_END.findall(prose)) * 2 > ends


_BACKGROUND_CLAUSE = re.compile(r"(?:てお|でお)り、")  # 昨年11月6日に予想を引き下げており、…: a background's clause
_EVE_OF = re.compile(r"[\u4e00-\u9fff][ぁ-ん]?[\u4e00-\u9fff][ぁ-ん]?前夜(?!祭)")  # 試合前夜, 打ち上げ前夜 (not 前夜祭)
_THAT_DAY = re.compile(r"その(?:翌日|前日|翌々日|夜)")  # the day the text named last, whatever it told of it
_EVE = 3  # days before the news's day within which a day told before it may be the one 同日 repeats (its eve, 前日の8日)


def _has_own_date(sentence: str) -> bool:
    """Whether the sentence names a date of its own before its 同日 (2089年4月3日に設立され、同日から…): 同日 is that one."""
    nfkc = unicodedata.normalize("NFKC", sentence)
    at = max(nfkc.find("同日"), nfkc.find("この日"))
    return any(m.start() < at and not m["same"] for m in DATES.finditer(nfkc))


# A sentence that tells a background, what had been (…に結審していた, …と語っていたという): no day 同日 repeats later
_PERFECT = re.compile(r"(?:てい|でい)る[。．]?\s*$")  # 先月12日に表明している。: done before, told as it stands now
_CONTRAST_DAY = re.compile(r"この日[はも]")  # この日は, この日も: this day set against another told before it
_TOLD_BEFORE = re.compile(r"(?:てい|でい)た(?:という|とされる|とみられる)?[。．]?\s*$")


# A step of a chronology set as a passage of its own, begun with its month and day (【1月18日】…, ▽3月2日　…, 4・1　…)
_STEP_HEAD = re.compile(r"[【▽◆◇■●↓・\s]*([0-9]{1,2})(?:月|・)([0-9]{1,2})(?:日|[】\s])")
_STEPS_LEAST = 3


def _one_years_steps(blocks: Sequence[tuple[str, str]], out: list[tuple[int, str, str]]) -> None:
    """Give the steps of one year's chronology one year: a run of three or more passages, one after another, each begun
    with a month and day (`_STEP_HEAD`), the days rising from the first to the last, is a year told in order (【回顧】 /
    【1月18日】… / 【6月8日】… / 【12月5日】…, in December); a step the rules read in another year than most of the run's
    (January's, read as the one ahead) takes theirs. `out`: the events, by passage, put right in place."""
    runs: list[list[tuple[int, int, int]]] = [[]]
    for k, (_, text) in enumerate(blocks):
        m = _STEP_HEAD.match(unicodedata.normalize("NFKC", text))
        step = (k, int(m[1]), int(m[2])) if m else None
        if step and runs[-1] and runs[-1][-1][0] == k - 1 and runs[-1][-1][1:] < step[1:]:
            runs[-1].append(step)
        elif step:
            runs.append([step])
    for run in runs:
        if len(run) < _STEPS_LEAST:
            continue
        at = {k: next((i for i, (kk, d, _) in enumerate(out) if kk == k and d[5:] == f"{mo:02d}-{dd:02d}"), None)
              for k, mo, dd in run}
        years = [int(out[i][1][:4]) for i in at.values() if i is not None]
        if len(set(years)) < 2:
            continue
        year = max(set(years), key=lambda y: (years.count(y), y == years[-1]))  # (a tie: the last step's)
        for i in at.values():
            if i is not None and (day := valid(year, int(out[i][1][5:7]), int(out[i][1][8:]))):
                out[i] = (out[i][0], day.isoformat(), out[i][2])




def _has_date(text: str) -> bool:
    """Whether a passage names a date (`DATES`): most are passed over by their want of a digit."""
    if DAY_SIGN.search(text):
        return True  # きょう, あす, 大みそか: a day said by a word (`day_words` reads it)
    if "その夜" in text or _EVE_OF.search(text) or "初日" in text or "最終日" in text:
        return True  # その夜 (the day named last), 試合前夜 (the news's day's eve), 初日は (a run's first day)
    if not (_DIGIT.search(text) or "同日" in text or "同夜" in text or "翌朝" in text or "前日" in text or "翌日" in text
            or "々日" in text or "当日" in text or "この日" in text or KANJI_DAY.search(text)):
        return False
    nfkc = kanji_days(unicodedata.normalize("NFKC", text))
    if DOT_STEP.search(nfkc):
        return True  # 3・18　同社が…: a chronology's step
    return _DATE_MARK.search(nfkc) is not None and (DATES.search(nfkc) is not None or BOTH_DAYS.search(nfkc) is not None
                                                    or _COUNTED.search(nfkc) is not None
                                                    or _DEATH_COUNTED.search(nfkc) is not None
                                                    or _NTH_DAY.search(nfkc) is not None)


_STEP = re.compile(r"[↓▽■●◆・\s]*[0-9]{1,2}月[0-9]{1,2}日")  # a step of a chronology: its month and day first


def _step_years(blocks: Sequence[tuple[str, str]]) -> dict[int, int]:
    """{passage: year} for the steps of a chronology set as passages of their own under lines of a year alone (1958年 /
    4月3日　…に生まれる / 1976年 / 4月1日　…): each step's year is the one of the year line above it."""
    out: dict[int, int] = {}
    year: int | None = None
    for k, (_, text) in enumerate(blocks):
        line = unicodedata.normalize("NFKC", text).strip()
        if (alone := _YEAR_LINE.fullmatch(line)) is not None:
            year = int(alone.group(1))
        elif year is not None and _STEP.match(line) and "\n" not in line:
            out[k] = year
        else:
            year = None
    return out


def _headline_dates(blocks: Sequence[tuple[str, str]], headings: list[int], published: date | None) -> set[date]:
    """The months and days the headlines name with their month (投開票は3月21日)."""
    out: set[date] = set()
    for k in headings:
        for m in DATES.finditer(unicodedata.normalize("NFKC", blocks[k][1])):
            if m["mm"] and (found := resolve(m, published)):
                out.add(found)
    return out
