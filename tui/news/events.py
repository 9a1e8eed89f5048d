"""Dated events drawn from an article's text: a date, its sentence (or timeline line), its passage.

Each sentence's dates are read by `sentence_dates` (the forms by `dates`). Across sentences: 同日 in a later sentence
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

from .dates import BOTH_DAYS, DATES, KANJI_DAY, kanji_days, DOT_STEP, PLAN_PAST, month_of, plain_verb_last, resolve, tense, valid
from .day_words import DAY_SIGN
from .list_steps import (DAY_FIRST as _DAY_FIRST, YEAR_LINE as _YEAR_LINE, YEAR_SAID as _YEAR_SAID,
                         headed_year as _headed_year, month_heads as _month_heads, month_line as _month_line,
                         timeline as _timeline)
from .quotes import sentence_spans
from .quotes.interviews import ANSWER
from .quotes.lines import QUESTION
from .sentence_dates import THAT_COUNTED, dates_in, year_said

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
    out: list[tuple[int, str, str]] = []
    last: date | None = None  # the day the last sentence that named one tells of, in the body's order
    last_past: date | None = None  # the last such day not after the article's
    last_k = -1  # the passage of `last`
    news: date | None = None  # the first such day of the body within a week before the article's: the news's day
    game_day = _dateline(blocks, pub) if not full_only else None  # ◆…3回戦（2日・大阪市中央体育館）: the words' day
    lead: date | None = game_day  # the first day the body names within a week before the article's, told first or not
    # (a dateline's before all: …3スターズ（30日・千葉湾岸スタジアム） / 29日の試合では…持ち越していた / この日は)
    last_perfect = False  # `last` was told as what has been done (…を表明している。)
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
        for lo, hi in sentence_spans(text):
            sentence = text[lo:hi].strip()
            if "この日" in sentence and game_day and not _has_own_date(sentence):
                last = game_day  # ◆…8日目（20日・両国国技館） / 豊嵐はこの日: a dateline's page tells of its day
            elif "同日" in sentence and last and news and pub and (news - last).days > 0 and k != last_k:
                last = news  # 2022年6月29日に社長に就き…。（次の段落）坂口氏は同日の記者会見で: the news's day (also
                # after a background paragraph of the weeks before: 2月22日に開会し…。（次の段落）県は同日)
            elif (("同日" in sentence or "この日" in sentence) and last and lead and (lead - last).days > _EVE
                  and not _TOLD_BEFORE.search(sentence)
                  and not _has_own_date(sentence) and (last_told_before or after_last)):
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
                             year_before=last_year, spoken=_spoken_day(game_day, news, pub), this_day=lead,
                             answer=answered)
            last_month = months[-1] if months else last_month
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
                              spoken=_spoken_day(game_day, news, pub))
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
    """The day words quoted as said in the past were said on: the dateline's, else a morning paper's news day (the day
    before the article's), else None."""
    return game_day or (news if news and pub and (pub - news).days == 1 else None)


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


_OF_DAY = re.compile(r"(?:の(?:翌々日|翌日|前日|前々日|当日)|と同日|当日)(?![券限])")
# A day counted from a thing dated before (打ち上げの3日後, 着地の1週間後をめどに, 開幕の2日前)
_COUNTED = re.compile(r"(?:の|から)約?([0-9０-９]{1,2})(日|週間)(後|前)")
_COUNTED_FROM = re.compile(r"の?(?:翌々日|翌日|前日|前々日|当日|[0-9０-９]{1,2}(?:日|週間)[後前]|約)")  # (not the word's own day)


def _thing_before(sentence: str, at: int) -> str:
    """The last word of the noun right before `at` (最終運行 of 野里線の最終運行, 打ち上げ, 初公判), as UniDic cuts it: up
    to its last four characters; "" when no noun stands there."""
    from .language import tagger

    words = tagger()(sentence[max(0, at - 12):at])
    run = ""
    for w in reversed(words):
        stem = not run and w.feature.pos1 == "動詞" and w.feature.cForm.startswith("連用形")  # (打ち上げの: a verb's stem)
        if w.feature.pos1 not in ("名詞", "接尾辞") and not stem or len(run) >= 4:
            break
        run = w.surface + run
    return run[-4:] if len(run) >= 2 else ""


def _named_day(sentence: str, told: Sequence[tuple[int, str, str]], shape: re.Pattern = _OF_DAY,
               ahead: date | None = None) -> date | None:
    """The day a sentence told before of the thing 翌日, 前日, 当日 or 同日 counts from here (最終運行の翌々日, 協議の翌日,
    初公判当日, 市長選と同日): the last event whose sentence names it, not as a thing counted from there (打ち上げ前日の
    11日 names the 11th, not the launch's day); None when the sentence counts from none so or none was told."""
    m = shape.search(sentence)
    if m is None or not (word := _thing_before(sentence, m.start())):
        return None
    if word in _INCIDENT and (acts := [d for _, d, text in told if text != sentence and _ACT.search(text)]):
        return date.fromisoformat(acts[-1])  # 逮捕容疑は2日…奪った疑い。…事件の前日: the day of the act charged
    found, in_compounds = [], []  # (逮捕 of 逮捕容疑は, 決勝 of 準決勝: the word inside a longer one, read last)
    for _, d, text in told:
        places = [at for at in re.finditer(re.escape(word), text)
                  if text != sentence and not _COUNTED_FROM.match(text, at.end()) and not _in_note(text, at.start())]
        if any(not _in_compound(text, at.start(), at.end()) for at in places):
            found.append((d, text))
        elif places:
            in_compounds.append((d, text))
    found = found or in_compounds
    if ahead is not None:  # a plan counted from a thing: the thing told ahead of the article's day, not an earlier one
        found = [x for x in found if x[0] >= ahead.isoformat()] or found  # (打ち上げの3日前に据え付ける: not 昨年…打ち上げた)
    if own_day := [(d, text) for _, d, text in told if text != sentence and any(
            not _COUNTED_FROM.match(text, at.end()) for at in re.finditer(re.escape(word + "日"), text))]:
        found = own_day  # 上場日は7月3日（月）…。上場の前日: the thing's own day, named so (not 上場に向けた日程は…26日)
    if not found and len(word) > 2 and word.endswith("日"):
        return _named_day(sentence.replace(word, word[:-1]), told, shape)  # 投票日の当日: the day 投票 was told of
    if not found:
        return None
    d, text = found[-1]
    if len(same := [x for x, t in found if t == text]) > 1:  # 学力検査は3月7日に行い、合格発表は同月15日: the day
        d = _nearest(text, word, same)  # told beside the thing (the 7th), of the sentence's days
    day = date.fromisoformat(d)
    if (years := _ANNIVERSARY.search(unicodedata.normalize("NFKC", text))) is not None:
        return valid(day.year - int(years.group(1)), day.month, day.day) or day  # 豪雨災害は、発生から30年となった19日
        # (…。災害の1週間後): the thing was that many years before the day its anniversary was kept
    return day


def _nearest(text: str, word: str, days: list[str]) -> str:
    """Of `days` (ISO dates the sentence `text` tells), the one that heads the sentence's clause when `word` is the verb
    that ends it, else the one written nearest `word` in it (by its day's number)."""
    nfkc = unicodedata.normalize("NFKC", text)
    at = nfkc.find(word)
    if at >= 0 and _MAIN_VERB.match(nfkc, at + len(word)) and nfkc.find(word, at + 1) < 0:
        # (労組は30日、…4月12日の始発から…入ると通告した: 通告 the sentence's own act)
        heads = [d for d in days if re.search(rf"(?<![0-9]){int(d[8:])}日(?:午前|午後|夜|朝|未明)?、", nfkc)]
        if len(heads) == 1:
            return heads[0]  # the thing is the sentence's own act, its day the one that heads its clause

    def distance(d: str) -> int:
        places = [m.start() for m in re.finditer(rf"(?<![0-9]){int(d[8:])}日", nfkc)
                  if not PLAN_PAST.match(nfkc, m.end())]  # (当初20日に予定されていたが、…24日に延期: not the plan given up)
        if not places:  # a day the sentence counts rather than writes (11月23日に…、その10日後に入院した: the count's place)
            places = [m.start() for m in THAT_COUNTED.finditer(nfkc)]
        return min((abs(p - at) for p in places), default=len(nfkc))

    return min(reversed(days), key=distance)


# A verbal noun as the verb that ends its sentence (…と通告した, …を発表しました)
_MAIN_VERB = re.compile(r"(?:し|する|した|します|しました|している|していた)(?:という)?[。]?\s*$")


# An anniversary kept on the day a sentence names (発生から30年となった19日, 震災から10年を迎えた11日)
_ANNIVERSARY = re.compile(r"(?:から|以来)\s*([0-9]{1,3})年(?:目|と(?:なる|なった|なり)|を迎え|の節目)")


def _in_note(text: str, at: int) -> bool:
    """Place `at` is inside a note in brackets (（昨年11月16日発表の1次速報）): a thing named in passing, not the one the
    story counts from."""
    opened = max(text.rfind("（", 0, at), text.rfind("(", 0, at))
    return opened >= 0 and max(text.rfind("）", opened, at), text.rfind(")", opened, at)) < 0


def _in_compound(text: str, start: int, end: int) -> bool:
    """The word at start..end is part of a longer word of kanji (逮捕容疑, 準決勝)."""
    return bool(_KANJI_CHAR.match(text, end)) or (start > 0 and bool(_KANJI_CHAR.match(text, start - 1)))


_KANJI_CHAR = re.compile(r"[\u4e00-\u9fff々]")


# An incident (事件, 犯行) is dated by the sentence that charges its act (逮捕容疑は2日…奪った疑い, 起訴状によると、…昨年
# 9月14日、…だまし取ったとされる) or that a ruling finds (判決によると、…昨年6月21日未明、…奪い), not by one that merely names
# it (強盗事件で、…7日、逮捕した)
_INCIDENT = frozenset(("事件", "犯行"))
_ACT = re.compile(r"^(?:逮捕容疑は|起訴状によると|起訴内容は|送検容疑は|判決によると)|疑いが(?:ある|持たれている)[。．]?\s*$")


def _topic_day(sentence: str, before: str, told: Sequence[tuple[int, str, str]]) -> date | None:
    """The day 当日 standing alone refers to: that of the last thing named before it, in the sentence (ろくろ体験は予約で
    埋まったが、当日は…) or else in the sentence before (キャンドルロードには例年…。当日は…), that the article dated
    (▽6日　…キャンドルロード); None when 当日 follows a noun (`_named_day`) or nothing named there was dated."""
    at = sentence.find("当日")
    if at < 0 or (at and sentence[at - 1] not in "、は "):
        return None
    words = _nouns(sentence[:at]) or _nouns(_last_sentence(before))
    for word in reversed(words):
        found = [d for _, d, text in told if word in text and text != sentence]
        if found:
            return date.fromisoformat(found[-1])
    return None


def _last_sentence(text: str) -> str:
    """The last sentence of `text` ("" for none)."""
    spans = sentence_spans(text)
    return text[spans[-1][0]:spans[-1][1]] if spans else ""


def _nouns(text: str) -> list[str]:
    """The compounds of nouns of three characters or more in `text`, in order (ろくろ体験, キャンドルロード)."""
    from .language import tagger

    out, run = [], ""
    for w in tagger()(text):
        if w.feature.pos1 == "名詞" and w.feature.pos2 != "数詞":
            run += w.surface
            continue
        if len(run) >= 3:
            out.append(run)
        run = ""
    if len(run) >= 3:
        out.append(run)
    return out


def _counted(sentence: str, told: Sequence[tuple[int, str, str]], dated: Sequence[date] = (),
             pub: date | None = None) -> date | None:
    """The day a sentence counts in days or weeks from a thing the article dated before (打ち上げの3日後), or from the
    day in brackets right before the count (仕事納め（12月28日）の2日後: `dated`, the sentence's days), or None. A plan
    (the sentence's verb ahead of the article's day `pub`) counts from the thing told on or after that day."""
    nfkc = unicodedata.normalize("NFKC", sentence)
    m = _COUNTED.search(nfkc)
    if m is None:
        return _from_death(nfkc, told) or _nth_day(nfkc, told)
    noted = _NOTED_DAY.search(nfkc, 0, m.start())
    base = next((d for d in dated if d.day == int(noted.group(1))), None) if noted else None
    ahead = pub if pub and (tense(nfkc) == "future" or plain_verb_last(nfkc)) else None
    if base is None and (base := _named_day(nfkc, told, _COUNTED, ahead)) is None:
        return None
    days = int(m.group(1)) * (7 if m.group(2) == "週間" else 1)
    return base + timedelta(days=days if m.group(3) == "後" else -days)


# Days counted from a death (亡くなる3日前まで, 死去する2週間前, 亡くなる前日): from the day the article told of it
# (…さんが29日、…死去した)
_DEATH_COUNTED = re.compile(r"(?:亡くなる|亡くなった|死去する|死去した|死亡する|死亡した)(?:約?([0-9]{1,2})(日|週間)(前|後)|(前|翌)日)")
_DEATH = re.compile(r"亡くな|死去|死亡|命を絶|息を引き取|逝去|永眠")


def _from_death(nfkc: str, told: Sequence[tuple[int, str, str]]) -> date | None:
    """The day a sentence counts in days or weeks from a death (亡くなる3日前), from the last sentence before that told
    of a death with one date (…さんが29日、老衰のため…死去した), or None."""
    m = _DEATH_COUNTED.search(nfkc)
    if m is None:
        return None
    deaths = [(d, text, died_by.group()) for _, d, text in told if (died_by := _DEATH.search(text))
              and unicodedata.normalize("NFKC", text) != nfkc
              and not _DEATH_COUNTED.search(unicodedata.normalize("NFKC", text))]  # (not a day counted from it)
    if not deaths:
        return None
    _, text, word = deaths[-1]
    days_told = [d for d, t, _ in deaths if t == text]  # (…が2084年7月2日に命を絶ったのは…として、…判決が18日: the death's)
    died = days_told[0] if len(days_told) == 1 else _nearest(text, word, days_told)
    days = int(m.group(1)) * (7 if m.group(2) == "週間" else 1) if m.group(1) else 1
    return date.fromisoformat(died) + timedelta(days=days if (m.group(3) or m.group(4)) in ("後", "翌") else -days)


# The day of a run of days told by its number (発生4日目, 2日目は): counted from the run's first day, the thing's the
# article dated before (24日に発生した山林火災) or the first day's (初日の15日); not a day that names its own (2日目の16日)
_NTH_DAY = re.compile(r"(?<![0-9])([2-9]|1[0-9])日目(?![0-9]|の[0-9]|まで|以降|から)")


def _nth_day(nfkc: str, told: Sequence[tuple[int, str, str]]) -> date | None:
    """The day a sentence tells as the Nth of a run of days (see `_NTH_DAY`), or None."""
    m = _NTH_DAY.search(nfkc)
    if m is None:
        return None
    word = _thing_before(nfkc, m.start())
    if word and not word.endswith(("開幕", "大会", "場所")):
        base = _named_day(nfkc, told, _NTH_DAY)  # 発生4日目: the day the thing was told of
    else:
        base = _named_day("初日の翌日", told)  # 2日目は, 開幕2日目: counted from the day told as the first (初日の15日)
    return base + timedelta(days=int(m.group(1)) - 1) if base else None


_TODAY = re.compile(r"きょう|今日|本日")
_NOTED_DAY = re.compile(r"\((?:[0-9]{1,2}月)?([0-9]{1,2})日\)$")  # a thing's day in brackets right before its count
_DAYS_SINCE = re.compile(r"([0-9]{1,2})日(ぶり|連続)")


def _days_since(sentence: str, dated: list[date]) -> date | None:
    """The day a sentence counts in days since a day it named before the count (今月20日以来、10日ぶり; 準決勝の28日に…、2日
    ぶりのマウンドとなった決勝), or to which a run of days from it lasts (猛暑日は8日から続いていて、これで9日連続: the
    16th); None with no day named before it."""
    nfkc = unicodedata.normalize("NFKC", sentence)
    m = _DAYS_SINCE.search(nfkc)
    if m is None or not dated or not _DAY_NAMED.search(nfkc, 0, m.start()):
        return None
    return dated[-1] + timedelta(days=int(m.group(1)) - (m.group(2) == "連続"))


_DAY_NAMED = re.compile(r"[0-9]{1,2}日")


def _has_date(text: str) -> bool:
    """Whether a passage names a date (`DATES`): most are passed over by their want of a digit."""
    if DAY_SIGN.search(text):
        return True  # きょう, あす, 大みそか: a day said by a word (`day_words` reads it)
    if "その夜" in text or _EVE_OF.search(text):
        return True  # その夜 (the day named last), 試合前夜 (the news's day's eve)
    if not (_DIGIT.search(text) or "同日" in text or "前日" in text or "翌日" in text or "々日" in text or "当日" in text
            or "この日" in text or KANJI_DAY.search(text)):
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
