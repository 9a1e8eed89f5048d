"""Days counted from things the article dated before: 翌日, 前日, 当日 and 同日 of a thing named (最終運行の翌々日, 初公判
当日, 市長選と同日), the month of a day written after them (告示翌日の8日), days or weeks counted from one (打ち上げの3日後, 事件の前日: the day of the act charged), from a death
(亡くなる3日前), the Nth day of a run (発生4日目), its first and last named alone (初日は, 最終日の舞台: from 21日に開幕した,
最終日の24日), and days since a day named (今月20日以来、10日ぶり).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date, timedelta

from .dates import PLAN_PAST, plain_verb_last, tense, valid
from .day_words import quote_span
from .quotes import sentence_spans
from .sentence_dates import THAT_COUNTED

_OF_DAY = re.compile(r"(?:の(?:翌々日|翌日|前日|前々日|当日|翌朝|前夜(?!祭))|と同日|当日)(?![券限])")
# A day counted from a thing dated before (打ち上げの3日後, 着地の1週間後をめどに, 開幕の2日前)
COUNTED = re.compile(r"(?:の|から)約?([0-9０-９]{1,2})(日|週間)(後|前)")
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


def named_day(sentence: str, told: Sequence[tuple[int, str, str]], shape: re.Pattern = _OF_DAY,
               ahead: date | None = None) -> date | None:
    """The day a sentence told before of the thing 翌日, 前日, 当日 or 同日 counts from here (最終運行の翌々日, 協議の翌日,
    初公判当日, 市長選と同日): the last event whose sentence names it, not as a thing counted from there (打ち上げ前日の
    11日 names the 11th, not the launch's day); None when the sentence counts from none so or none was told."""
    m = shape.search(sentence)
    if m is None or not (word := _thing_before(sentence, m.start())):
        return None
    if word in _INCIDENT and (acts := [d for _, d, text in told if text != sentence and ACT.search(text)]):
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
        return named_day(sentence.replace(word, word[:-1]), told, shape)  # 投票日の当日: the day 投票 was told of
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


# A day written after the day before or after a thing, glued to the thing's word (告示翌日の8日, 閣議前日の20日)
_GLUED = re.compile(r"(?<=[\u4e00-\u9fff])(翌々日|翌日|前日|前々日)の([0-9０-９]{1,2})日")
_STEPS = {"翌々日": 2, "翌日": 1, "前日": -1, "前々日": -2}


def glued_days(sentence: str, told: Sequence[tuple[int, str, str]], dated: list[date]) -> list[date]:
    """`dated` (the sentence's days) with each day written after a thing's 翌日 or 前日 (期日前投票は告示翌日の8日から)
    put in the month the thing's day gives it: of the days told in sentences that name the thing (2月7日（木）告示、24日
    投開票), the one a step from which lands on that very day (the 8th of February, whatever the month a day alone would
    fall in), when there is one only."""
    out = list(dated)
    for m in _GLUED.finditer(sentence):
        word = _thing_before(sentence, m.start())
        if not word:
            continue
        step, day = timedelta(days=_STEPS[m.group(1)]), int(unicodedata.normalize("NFKC", m.group(2)))
        # the days told in sentences naming the thing, one step from which lands on the day written
        told_days = (date.fromisoformat(iso) for _, iso, text in told if text != sentence and word in text)
        fits = {d + step for d in told_days if (d + step).day == day}
        if len(fits) == 1:
            target = fits.pop()
            out = [target if d.day == day and d != target else d for d in out]
    return out


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
_INCIDENT = frozenset(("事件", "犯行", "事故"))
ACT = re.compile(r"^(?:逮捕容疑は|起訴状によると|起訴内容は|送検容疑は|判決によると)|疑いが(?:ある|持たれている)[。．]?\s*$")


def topic_day(sentence: str, before: str, told: Sequence[tuple[int, str, str]]) -> date | None:
    """The day 当日 standing alone refers to: that of the last thing named before it, in the sentence (ろくろ体験は予約で
    埋まったが、当日は…) or else in the sentence before (キャンドルロードには例年…。当日は…), that the article dated
    (▽6日　…キャンドルロード); None when 当日 follows a noun (`named_day`) or nothing named there was dated."""
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


def counted(sentence: str, told: Sequence[tuple[int, str, str]], dated: Sequence[date] = (),
             pub: date | None = None) -> date | None:
    """The day a sentence counts in days or weeks from a thing the article dated before (打ち上げの3日後), or from the
    day in brackets right before the count (仕事納め（12月28日）の2日後: `dated`, the sentence's days), or None. A plan
    (the sentence's verb ahead of the article's day `pub`) counts from the thing told on or after that day."""
    nfkc = unicodedata.normalize("NFKC", sentence)
    m = COUNTED.search(nfkc)
    if m is None:
        return _from_death(nfkc, told) or _nth_day(nfkc, told, bool(dated))
    noted = _NOTED_DAY.search(nfkc, 0, m.start())
    base = next((d for d in dated if d.day == int(noted.group(1))), None) if noted else None
    ahead = pub if pub and (tense(nfkc) == "future" or plain_verb_last(nfkc)) else None
    if base is None and (base := named_day(nfkc, told, COUNTED, ahead)) is None:
        return None
    days = int(m.group(1)) * (7 if m.group(2) == "週間" else 1)
    return base + timedelta(days=days if m.group(3) == "後" else -days)


# Days counted from a death (亡くなる3日前まで, 死去する2週間前, 亡くなる前日): from the day the article told of it
# (…さんが29日、…死去した)
DEATH_COUNTED = re.compile(r"(?:亡くなる|亡くなった|死去する|死去した|死亡する|死亡した)(?:約?([0-9]{1,2})(日|週間)(前|後)|(前|翌)日)")
_DEATH = re.compile(r"亡くな|死去|死亡|命を絶|息を引き取|逝去|永眠")


def _from_death(nfkc: str, told: Sequence[tuple[int, str, str]]) -> date | None:
    """The day a sentence counts in days or weeks from a death (亡くなる3日前), from the last sentence before that told
    of a death with one date (…さんが29日、老衰のため…死去した), or None."""
    m = DEATH_COUNTED.search(nfkc)
    if m is None:
        return None
    deaths = [(d, text, died_by.group()) for _, d, text in told if (died_by := _DEATH.search(text))
              and unicodedata.normalize("NFKC", text) != nfkc
              and not DEATH_COUNTED.search(unicodedata.normalize("NFKC", text))]  # (not a day counted from it)
    if not deaths:
        return None
    _, text, word = deaths[-1]
    days_told = [d for d, t, _ in deaths if t == text]  # (…が2084年7月2日に命を絶ったのは…として、…判決が18日: the death's)
    died = days_told[0] if len(days_told) == 1 else _nearest(text, word, days_told)
    days = int(m.group(1)) * (7 if m.group(2) == "週間" else 1) if m.group(1) else 1
    return date.fromisoformat(died) + timedelta(days=days if (m.group(3) or m.group(4)) in ("後", "翌") else -days)


# The day of a run of days told by its number (発生4日目, 2日目は): counted from the run's first day, the thing's the
# article dated before (24日に発生した山林火災) or the first day's (初日の15日); not a day that names its own (2日目の16日)
NTH_DAY = re.compile(r"(?<![0-9])([2-9]|1[0-9])日目(?![0-9]|の[0-9]|まで|以降|から)")


def _nth_day(nfkc: str, told: Sequence[tuple[int, str, str]], own: bool = False) -> date | None:
    """The day a sentence tells as the Nth of a run of days (see `NTH_DAY`), or, when it names no day of its own
    (`own`), its first (初日は) or its last (最終日の舞台); or None."""
    m = NTH_DAY.search(nfkc)
    if m is None:
        if own:
            return None  # (2月1日の初日から, 初日のみどりの日の4日: the day it names)
        if (first := _FIRST_DAY.search(nfkc)) and quote_span(nfkc, first.start()) is None:
            return _first_day(told)  # 初日は73と出遅れた: the run's first day
        if (last := _LAST_DAY.search(nfkc)) and quote_span(nfkc, last.start()) is None:
            return named_day("最終日の当日", told)  # 最終日の舞台を終えた: the day told as the last (最終日の24日)
        return None
    word = _thing_before(nfkc, m.start())
    if word and not word.endswith(("開幕", "大会", "場所")):
        base = named_day(nfkc, told, NTH_DAY)  # 発生4日目: the day the thing was told of
    else:
        base = _first_day(told)  # 2日目は, 開幕2日目: counted from the day told as the first (初日の15日, 21日に開幕した)
    return base + timedelta(days=int(m.group(1)) - 1) if base else None


def _first_day(told: Sequence[tuple[int, str, str]]) -> date | None:
    """The first day of the run the article tells of: the day told as 初日 (初日の15日), else the day written before the
    opening's verb the sentence last to write one (8日に湖北アリーナで開幕し、最終日の13日に: the 8th), or None."""
    for pattern in (_FIRST_NAMED, _OPENED):
        for _, d, text in reversed(told):
            m = pattern.search(unicodedata.normalize("NFKC", text))
            if m and int(d[8:]) == int(next(g for g in m.groups() if g)):
                return date.fromisoformat(d)
    return named_day("初日の翌日", told)  # (a day the sentence that names 初日 tells)


_FIRST_NAMED = re.compile(r"初日の([0-9]{1,2})日|(?<![0-9])([0-9]{1,2})日の初日")  # 初日の15日, 15日の初日
_OPENED = re.compile(r"(?<![0-9])([0-9]{1,2})日(?:午前|午後|夜|朝)?(?:(?:に|から)?[^、。「」0-9]{0,25}?(?:開幕|開会|開館|始ま|スタート)"
                     r"|から[^、。「」0-9]{0,25}?(?:開かれ|行われ|開催され))")  # (24日から…で開かれていた: a run's)


# A run's first or last day named alone, with no day of its own (初日は, 最終日の舞台; not 初日の15日, 初日の出, sumo's
# 初日を出す: a first win)
_FIRST_DAY = re.compile(r"(?<![\u4e00-\u9fff])初日(?:は|に|には|、|から|の(?![0-9]|出))")
_LAST_DAY = re.compile(r"(?<![\u4e00-\u9fff])最終日(?:は|に|には|、|の(?![0-9]))")


TODAY = re.compile(r"きょう|今日|本日")
_NOTED_DAY = re.compile(r"\((?:[0-9]{1,2}月)?([0-9]{1,2})日\)$")  # a thing's day in brackets right before its count
_DAYS_SINCE = re.compile(r"([0-9]{1,2})日(ぶり|連続)")


def days_since(sentence: str, dated: list[date]) -> date | None:
    """The day a sentence counts in days since a day it named before the count (今月20日以来、10日ぶり; 準決勝の28日に…、2日
    ぶりのマウンドとなった決勝), or to which a run of days from it lasts (猛暑日は8日から続いていて、これで9日連続: the
    16th); None with no day named before it."""
    nfkc = unicodedata.normalize("NFKC", sentence)
    m = _DAYS_SINCE.search(nfkc)
    if m is None or not dated or not _DAY_NAMED.search(nfkc, 0, m.start()):
        return None
    return dated[-1] + timedelta(days=int(m.group(1)) - (m.group(2) == "連続"))


_DAY_NAMED = re.compile(r"[0-9]{1,2}日")
