"""One date read against the article's date: the forms news writes dates in (`DATES`), the tense of a sentence
(`tense`) and the reading of one match (`resolve`).

Dates come in three forms: explicit (2025年2月28日, 2025/2/28, 令和7年2月28日, 昭和40年5月10日, 2011（平成23）年3月11日,
令和7（2025）年2月28日), a month and day
(2月28日: the year is the article's, or the one before or after when that puts the date nearer the
article's date, 昨年/来年 saying so outright), and a day alone (「15日」: the article's month, or the
month before when the day would lie well after the article's date), a day in a month said outright (先月28日,
来月5日, 同月20日, 年明けの2日), the day before or after the date named before (前日, 翌日; not 前日比), and the same day
(同日). A sentence's tense settles a date without its year or month that could lie either side.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from .language import tagger

AHEAD_DAYS = 14  # a day-only date may lie this far after the article's date (an announced plan: two weeks)
AHEAD_MONTH_DAY = 150  # a month-and-day date further than this after the article's date is last year's (about five months)
YEAR = re.compile(r"((?:19|20)\d\d)\s*年")
_MONTH_BACK = 20  # a day alone this far back while the same day of next month lies within AHEAD_DAYS is next month's
_YEAR_AHEAD = 300  # a future tense reads a date without a year no further ahead than this when it lies near behind
HALF_YEAR = 183  # a past tense reads a date without a year no further back than this when it lies near ahead

DATES = re.compile(
    r"(?P<y>(?:18|19|20|21)\d\d)\s*(?:(?:[（(](?:明治|大正|昭和|平成|令和)(?:\d{1,2}|元)[）)]\s*)?年\s*(?:[（(](?:明治|大正|昭和|平成|令和)(?:\d{1,2}|元)年[）)]\s*)?(?:の\s*)?(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日|[/.\-]\s*(?P<m2>\d{1,2})\s*[/.\-]\s*(?P<d2>\d{1,2})(?!\d))"
    r"|(?P<era>令和|平成|昭和|大正|明治)\s*(?P<ey>\d{1,2}|元)\s*(?:[（(](?:18|19|20)\d\d[）)]\s*)?年\s*(?:[（(](?:18|19|20)\d\d年?[）)]\s*)?(?P<em>\d{1,2})\s*月\s*(?P<ed>\d{1,2})\s*日"
    r"|(?<![\d年/])(?:(?P<rel>一昨年|おととし|再来年|昨年|去年|前年|今年|本年|来年|翌年|同年|[昨今来][春夏秋])\s*(?:末\s*[（(]|[はのも][、,]?)?\s*)?(?P<mm>\d{1,2})\s*月\s*(?P<md>\d{1,2})\s*日"
    r"|(?P<rm>先月|前月|今月|本月|来月|翌月|同月|年明けの?)\s*(?P<rd>\d{1,2})\s*日"
    r"|(?<![\d月年/.\-第])(?<!あと)(?<!残り)(?<!残りの)(?<![^\u4e00-\u9fff々]中)(?<!^中)(?P<dd>\d{1,2})\s*日(?![間目後前本程分]|中(?!心)(?!(?<![^\d]1日中)(?<!^1日中)[にの](?!国|韓|両|首脳|関係))|以内|以上|以下|あたり|当たり|ぶり|連続|続け|続き|ごと|おき"
    r"|遅[れくい]|早[くいま]"  # 平年より1日遅い, 2日早く: days counted, not dated
    r"|(?<=(?<!\d)1日)\d+\s*(?:時間|回|食|便|錠|杯|万|千|百)"  # 1日24時間, 1日3回: a rate per day
    r"|(?<=(?<!\d)1日)で(?![はもの])"  # 1日で2100円超の急落, 1日で完売: in one day
    r"|(?<=から\d日)(?<!日から\d日)で(?![はもの])|(?<=から\d\d日)(?<!日から\d\d日)で(?![はもの])"  # 発売から2日で
    # 売り切れた: in two days (but 1日から3日で: a range's last day)
    r"|(?<=(?<!\d)1日)(?:止ま|休ん|休み|だけ)"  # 全線が1日止まり, 1日だけ: for one day
    r"|ほど|程度|かか|から\d{1,2}日(?:ほど|程度|かか))"  # 1日付, 20日から3日間, 15日以降: dates; 3日から5日かかる: none
    # (中4日で先発: a pitcher's days of rest, no date; but 会期中4日に: the 4th, during the session)
    r"|(?<![\d月年/.\-第毎])(?P<same>同日|同夜|当日(?![券限]|の[0-9０-９]{1,2}日)|(?<=この)日(?=[はも、]|の[^。、「」]{1,8}?で)|(?<=その)夜)"  # 同日夜, 同日付, 当日は, この日は, その夜: the
    # day the text named before
    r"|(?<![\d月年/.\-第毎])(?P<adj>前々日|翌々日|前日|翌日|(?<![〜～~])翌朝|(?<=の)前夜(?!祭))(?!比|以降|以前|まで(?!に)|の終値|の(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)"  # 前日、…した
)
# A range written once (10〜12日, 2月10〜12日, 1月16、17日): its first day is a date too, of the same month. Not a span of
# days (3〜5日かかる, 2〜3日間), whose second day is no date either.
RANGE = re.compile(r"(?<![\d/.\-])(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*[〜~、・]\s*(?=\d{1,2}\s*日(?![間目後前本中程分]"
                    r"|以内|以上|以下|ほど|程度|かか|おき|ごと|ぶり|連続))")
# Two days joined before の両日 with no 日 after the first or the second (16、17の両日): both dates, spelled so
BOTH_DAYS = re.compile(r"(?<![\d/.\-])(\d{1,2})\s*[、・と]\s*(\d{1,2})\s*(?=の両日)")
_ERA = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}
REL = {"一昨年": -2, "おととし": -2, "再来年": 2, "昨年": -1, "去年": -1, "前年": -1, "今年": 0, "本年": 0, "来年": 1, "翌年": 1,
       "昨春": -1, "今春": 0, "来春": 1, "昨夏": -1, "今夏": 0, "来夏": 1, "昨秋": -1, "今秋": 0, "来秋": 1}  # (来春の4月1日)
REL_MONTH = {"先月": -1, "前月": -1, "今月": 0, "本月": 0, "来月": 1, "翌月": 1}
# After a date: what is being prepared for it (7日の決選投票に向けて, 10日の会合を前に), a plan's noun (決勝は22日の予定),
# a clause of its own closing on
# a plan (1日、欠航が相次ぐ見込みで、…を決めた) or on a modal of what may come before its quoting と (2日は…見合わせる
# 可能性があると発表した) lies ahead.
AHEAD = re.compile(r"(?:[（(][^（）()「」]{1,12}[）)])?(?:まで(?:残り|あと)|の[^。、「」]{0,14}?(?:に向け|を前に|を控え|まで(?:残り|あと))|の(?:予定|見込み|見通し)(?![者表]|だった|でした|であった)"
                   r"|に(?:予定され(?!てい)|控え)|、[^。、「」]{1,20}?(?:見込み|予定|見通し)で、"
                   r"|は[^。「」]{0,30}?(?:可能性がある|見込みだ|予定だ|方針だ|恐れがある)と"
                    r"|に[^。、「」]{0,14}?(?:する|される|行う|開く|開かれる)(?:方針|予定|見通し|考え|計画|見込み|ことを"
                    r"|と[^。、「」]{0,8}?(?:通告|発表|表明|明らかに|決め|決定|伝え|通知)))")  # 30日にストを行うと会社に通告した
# A plan told in the past (14日の予定だったが, 2日に予定されていた花火大会): its day lies either side, the nearer.
PLAN_PAST = re.compile(r"(?:の予定|(?:に|から)予定(?:され|し))(?:だった|でした|であった|ていた|ていました)"  # (17日に予定していた: either side)
                       r"|までの?[^。、「」]{0,12}?を目指(?:していた|していました)")  # (23日までの完了を目指していた)
# A date, に, then a verb in its plain present form before a noun (6月26日に開く定時株主総会) or before と and a verb of
# announcing (12月6日にアルバムを出すと発表した): what is planned for that day. Not a verb whose own に stands nearer
# (10日には農水省が食品表示法に基づく改善指示を出し: 基づく is the law's).
AHEAD_VERB = re.compile(r"に(?:[^。、「」たに]{0,20}?(?:[^ってい]る|[うくぐすつぬぶむ])(?:と[^。、「」]{0,6}?(?:発表|表明|明らかに|説明)"
                         r"|(?=[\u4e00-\u9fff]))|(?:開く|出す|行う|始める|設ける|迎える)(?=[\u4e00-\u9fffァ-ヺ]))")
# A date in a clause that closes on a plain present verb before its quoting と and a verb of announcing (21日から28日
# までの日程で、…を訪問すると発表した; 17日始発から運転を取りやめると発表した): the clause's plan lies ahead, whatever the
# announcing verb's tense. Not a date the sentence's own clause holds (10日、…と発表した), nor one a past clause does
# (17日に閣議決定した予算案を見直すと), nor a clause of its own before a comma (12日に会見し、…と述べた).
_ANNOUNCED = re.compile(r"(?:(?<=[るうくぐすつぬぶむ])|(?<=見通しだ|見込みだ)|(?<=予定だ|方針だ|計画だ))と[^。、「」]{0,8}?"
                        r"(?:発表|表明|明らかに|決め|決定|伝え|通知|通告|公表)")  # (…に着地する見通しだと発表した)
_CLAUSE_END = re.compile(r"[しちりきいみびけせれえっ]、|て、|た(?=[\u4e00-\u9fffァ-ヺ、])|ている$|でいる$|[「」]"
                         r"|たと(?:みられ|見られ|思われ|推定され|推測され|され)る$"  # (29日に梅雨入りしたとみられると発表: past, inferred)
                         # (19日の記者会見で、…譲ると明らかにした: the day of the announcing, not of the plan)
                         r"|^の(?:[^、。「」]{0,6}?)?(?:記者会見|会見|記者発表|取材)(?:で|に応じ)")


def planned(text: str, end: int) -> bool:
    """Whether the date ending at `end` lies in a plan announced in the sentence (see `_ANNOUNCED`)."""
    if text[end:end + 1] in ("（", "("):  # 14日（日本時間同日夜）、: a note on the date, then its clause
        shut = text.find("）" if text[end] == "（" else ")", end)
        end = shut + 1 if shut > 0 else end
    if text[end:end + 1] in ("、", "。", ""):
        return False
    stop = text.find("。", end)
    said = _ANNOUNCED.search(text, end, stop if stop >= 0 else len(text))
    if said is None or said.start() - end > 60:
        return False
    return _CLAUSE_END.search(text[end:said.start()]) is None


# The day of the week said after a day: 10日（土）, 11日（日・祝）, 3日の日曜日
WEEKDAY = re.compile(r"\s*(?:[（(]|の(?=[月火水木金土日]曜))([月火水木金土日])(?:曜日?|(?:・祝|祝)?[）)])")


def weekday_said(day: re.Match) -> int:
    """The day of the week (Monday 0) a match of `WEEKDAY` names."""
    return "月火水木金土日".index(day.group(1))


def valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


_PAST = re.compile(r"(?:た|だった|ていた|でした|ました|ったという|たという|たとされる)[」』）)]*[。．]?$")
_FUTURE = re.compile(r"(?:予定|予定だ|予定です|見通し|見通しだ|見込み|見込みだ|方針|方針だ|計画だ|する|される|開かれる"
                     r"|行われる|始まる|迎える|決める|目指す|調整している|とみられる|ことになる|ことになった|方向だ|方向です"
                     r"|予定されている|予定している"
                     r"|意向だ|意向です|構えだ|考えだ"
                     r"|開く|出す|行う|始める|設ける|求める|控える|できない|受け付ける|募る|販売する"
                     r"|(?<=日)[とに]なる|(?<=日)[とに]なります"
                     r"|(?<![ただ])(?:おそれ|恐れ|可能性)が(?:ある|高い|出ている))[」』）)]*[。．]?$|(?<=[^\s　])へ$")
# (召集へ: a headline's plan; ゼロになるおそれがある: what may come, not 死亡した可能性がある)
_SCHEDULED = re.compile(r"予定(?:され|し)ている[」』）)]*[。．]?$")  # 28日に予定されている: a plan, not a state
_DAY_ACT = re.compile(r"[0-9０-９]日([\u4e00-\u9fff]{2,3})$")  # a headline closing on a day and a noun (25日開幕)


# A sentence closing on an inference (…したとみられる, …にかけてとみられる): its tense is the inferred clause's.
_INFERRED = re.compile(r"と(?:みられる|見られる|思われる|推定される|推測される|考えられる)[」』）)]*[。．]?$")


_POLITE = re.compile(r"(?<!ん)です([」』）)]*[。．]?)$")


def tense(sentence: str) -> str | None:
    """"past" or "future" when the sentence's last verb says which way its dates lie, else None."""
    s = _POLITE.sub(r"だ\1", sentence.strip())  # 予定です: 予定だ
    if inferred := _INFERRED.search(s):
        clause = s[:inferred.start()] + "。"
        return tense(clause)  # (5割を切るとみられる: see `plain_verb_last`)
    if _PAST.search(s):
        return "past"
    if _FUTURE.search(s) and (not s.rstrip("。．").endswith("ている") or _SCHEDULED.search(s)):
        return "future"
    if (act := _DAY_ACT.search(s)) and (words := tagger()(act.group(1))) and words[-1].feature.pos3 == "サ変可能":
        return "future"  # 春の大会、25日開幕: a headline's schedule (not a time of day: 15日未明)
    return None


def plain_verb_last(sentence: str) -> bool:
    """Whether the sentence closes on a verb of action in its plain non-past form (来場を見込む, 18日までに片付ける) or
    its polite one (説明会を開きます, 開かれます), which tells of what is to come: not a verb that may stand for a state or a help (ある, いる, できる, なる), nor one
    of saying after its quoting と (…と話す, the present of a report)."""
    if inferred := _INFERRED.search(sentence.strip()):  # 1万人を超えるとみられる: the clause inferred
        sentence = sentence.strip()[:inferred.start()] + "。"
    words = [w for w in tagger()(sentence.rstrip("。．")) if w.feature.pos1 != "補助記号"]
    if len(words) < 2 or not sentence.rstrip().endswith(("。", "．")):
        return False
    if words[-1].feature.lemma == "ます" and words[-1].feature.cForm == "終止形-一般":  # 開きます, 開かれます: polite
        k = len(words) - 2
        while k > 0 and words[k].feature.pos1 == "助動詞" and words[k].feature.lemma in _VOICE:
            k -= 1
        verb = words[k].feature
        return (k > 0 and verb.pos1 == "動詞" and (verb.pos2 == "一般" or verb.lemma == "為る")
                and not (words[k - 1].surface == "と" and words[k - 1].feature.pos1 == "助詞"))
    last, before = words[-1].feature, words[-2]
    return (last.pos1 == "動詞" and last.pos2 == "一般" and last.cForm == "終止形-一般"
            and not (before.surface == "と" and before.feature.pos1 == "助詞"))


_VOICE = ("れる", "られる", "せる", "させる")  # the passive and causative helpers between a verb and its ます


def past_after(text: str, end: int) -> bool:
    """Whether the clause after the date ending at `end` (up to its comma or full stop) holds a past form (5日に始まった
    調査が続く: the date is of the past clause, whatever the sentence's last verb)."""
    clause = _clause_after(text, end)
    return any(w.feature.cType == "助動詞-タ" for w in tagger()(clause)) if "た" in clause or "だ" in clause else False


# Verbs whose に names the day they set, not the day they happen on (2月3日に延期した, 4月1日に決まった)
_SETTLE = frozenset("決まる 決める 定める 決定 延期 変更 設定 指定 予定 移す ずらす 繰り上げる 繰り下げる 前倒し 順延 "
                    "ずれ込む 延びる 延ばす 延長 短縮 改める".split())


_QUOTED = re.compile(r"「[^「」]*」")


def _clause_after(text: str, end: int) -> str:
    """The words after `end` up to the clause's comma or full stop, quoted words left out (2月8日の初公判で「…」と
    主張していた: the clause goes on past them to its verb)."""
    return re.split(r"[、。「」]", _QUOTED.sub("", text[end:]), maxsplit=1)[0]


def own_verb_past(text: str, end: int) -> bool:
    """Whether the first verb after the date ending at `end`, in its clause, is in the past (2月1日にブルペンに入った日から:
    the date is that verb's, however far back); not a verb that settles the date itself (新たな日程は8月16日とした)."""
    clause = _clause_after(text, end)
    if "た" not in clause and "だ" not in clause:
        return False
    words = tagger()(clause)
    if any(w.surface in ("は", "も") for w in words[:2]):
        return False  # 10月1日には…をテーマにした講演会を予定している: the topic's verb is the sentence's
    for k, w in enumerate(words):
        if w.feature.pos1 == "動詞":
            if k == 1 and words[0].surface in ("と", "に") and w.feature.lemma in ("為る", "成る"):
                return False  # 8月16日とした, 6月19日になった: the date is the one decided
            if w.feature.lemma in _SETTLE or (k and words[k - 1].feature.lemma in _SETTLE):
                return False  # 2月3日に延期した, 4月1日に決まった: the date is the one set
            for x in words[k + 1:k + 5]:
                if x.feature.cType == "助動詞-タ":
                    return not x.feature.cForm.startswith("仮定")  # (入学式が終わったら: no past)
                if x.surface not in ("て", "で", "い", "まし"):
                    return False
            return False
    return False


def _pick(candidates: list[date | None], published: date, way: str | None, near: date | None,
          own: bool = False) -> date | None:
    """The candidate the tense points to (the latest not after the article's date for the past, the
    earliest not before it for the future); else `near`. `own`: the date heads its own clause (3月14日、判決を言い渡し):
    the past tense is its verb's, however far back."""
    valid = [c for c in candidates if c is not None]
    if way == "past":
        before = [c for c in valid if c <= published]
        if before and near and near > published and (published - max(before)).days > HALF_YEAR and not own:
            return near  # 7月8日告示 in an article of 17 June that tells of an announcement: not a year back
        return max(before) if before else near
    if way == "future":
        after = [c for c in valid if c >= published]
        if after and near and near < published and (min(after) - published).days > _YEAR_AHEAD and (
                min(after).year != published.year):
            return near  # 2月20日に…を求める要求書を提出していた in an article of 14 March: not next year (but 11月3日に
            # 開く予定だ in an article of 1 January: this year's)
        return min(after) if after else near
    return near


def month_of(d: date, step: int) -> tuple[int, int]:
    n = d.year * 12 + d.month - 1 + step
    return n // 12, n % 12 + 1


def resolve(m: re.Match, published: date | None, full_only: bool = False, way: str | None = None,
            previous: date | None = None, own: bool = False) -> date | None:
    """The date a match of `DATES` names, read against the article's date (None: cannot tell).

    `full_only`: only dates that carry their year (the baseline's reading); `way`: the sentence's
    tense ("past", "future"), which settles a date without a year or month that could lie either side;
    `previous`: the date named before in the sentence, whose month 同月 repeats; `own`: see `_pick`.
    """
    if m["y"]:
        return valid(int(m["y"]), int(m["m1"] or m["m2"]), int(m["d1"] or m["d2"]))
    if m["era"]:
        return valid(_ERA[m["era"]] + (1 if m["ey"] == "元" else int(m["ey"])), int(m["em"]), int(m["ed"]))
    if published is None:
        return None
    if m["mm"]:
        mo, d = int(m["mm"]), int(m["md"])
        if full_only:
            return valid(published.year, mo, d)
        if m["rel"] == "同年":
            return valid((previous or published).year, mo, d)  # 同年6月12日: the year of the date named before
        if m["rel"] == "翌年" and previous:  # 翌年6月18日 after 2050年…: the year after the date named before (前年 is
            return valid(previous.year + 1, mo, d)  # as often the article's year before, as 昨年 is)
        if m["rel"]:
            return valid(published.year + REL[m["rel"]], mo, d)
        found = valid(published.year, mo, d)
        near = found
        if found and (found - published).days > AHEAD_MONTH_DAY:
            near = valid(published.year - 1, mo, d)  # 12月28日 in an article of 5 January
        elif found is None or (published - found).days > 365 - AHEAD_MONTH_DAY:
            near = valid(published.year + 1, mo, d) or found  # 1月5日 in an article of 28 December
        return _pick([valid(published.year + k, mo, d) for k in (-1, 0, 1)], published, way, near, own)
    if full_only:
        return None
    if m["same"]:
        return previous  # 同日: the date named before it
    if m["adj"]:  # 前日, 翌日, 翌々日: the day before or after the date named before it (else the article's)
        base = previous or published
        return date.fromordinal(base.toordinal() + (1 if m["adj"].startswith("翌") else -1) * (2 if "々" in m["adj"] else 1))
    if m["rm"]:  # 先月28日, 来月5日, 同月20日: the month is said outright
        if m["rm"].startswith("年明け"):  # the coming January (this one, early in the year)
            return valid(published.year + (published.month >= 7), 1, int(m["rd"]))
        base = previous if m["rm"] == "同月" and previous else published
        found = valid(*month_of(base, REL_MONTH.get(m["rm"], 0)), int(m["rd"]))
        if m["rm"] == "同月" and way == "past" and found and found > published and base <= published:
            found = valid(*month_of(base, -1), int(m["rd"])) or found  # 同月15日に気付いた after 今月5日 (the 12th's
        return found  # article): a day past, the month named before that (3月2日 of the crime) the one 同月 repeats;
        # not after a day ahead (6月3日告示、同月18日投開票の日程を決めた: a plan's June)
    d = int(m["dd"])
    found = valid(published.year, published.month, d)
    near = found if found and (found - published).days <= AHEAD_DAYS else valid(*month_of(published, -1), d) or found
    after = valid(*month_of(published, 1), d)
    if near and after and (published - near).days > _MONTH_BACK and (after - published).days <= AHEAD_DAYS:
        near = after  # 1日も… in an article of 28 February: tomorrow, not four weeks back
    return _pick([valid(*month_of(published, k), d) for k in (-1, 0, 1)], published, way, near)


def on_weekday(found: date, weekday: int, day_only: bool) -> date | None:
    """The one date of the same day in the month before, of, or after `found` (a day alone) or in the year before, of,
    or after it (a month and day) that falls on `weekday` (0: Monday), when one alone does (10日（土）)."""
    if found.weekday() == weekday:
        return found
    if day_only:
        near = [valid(*month_of(found, k), found.day) for k in (-1, 1)]
    else:
        near = [valid(found.year + k, found.month, found.day) for k in (-1, 1)]
    fits = [d for d in near if d is not None and d.weekday() == weekday]
    return fits[0] if len(fits) == 1 else None


# A chronology's step begun with its month and day joined by ・ (3・18　同社が…): spelled as a date
DOT_STEP = re.compile(r"^([0-9]{1,2})・([0-9]{1,2})(?=[ 　])", re.M)


def dot_step(m: re.Match) -> str:
    """A step's month and day (`DOT_STEP`) spelled as a date (3月18日)."""
    return f"{m[1]}月{m[2]}日"


def both_days(m: re.Match) -> str:
    """Two days before の両日 spelled as dates (16日、17日の両日)."""
    return f"{m[1]}日、{m[2]}日"


def both_ends(m: re.Match) -> str:
    """A range's first day spelled as a date of its own, the month said again before the second (2月10日〜2月12日)."""
    return f"{m['m']}月{m['d']}日〜{m['m']}月" if m["m"] else f"{m['d']}日〜"


_KANJI_DIGITS = {c: n for n, c in enumerate("〇一二三四五六七八九")}
KANJI_DAY = re.compile(r"(?<![一二三四五六七八九十〇])([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日")


def _kanji_number(word: str) -> int | None:
    """一 to 三十一 written in kanji (十五, 二十, 三十一), else None."""
    if "十" not in word:
        return _KANJI_DIGITS[word] if len(word) == 1 else None
    tens, _, ones = word.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (_KANJI_DIGITS[tens] if tens else 1) * 10 + (_KANJI_DIGITS[ones] if ones else 0)


def kanji_days(text: str) -> str:
    """`text` with each month and day written in kanji numerals (八月十五日, 十二月八日: diaries, old documents, verse)
    written in digits, padded with spaces to the same length (offsets hold): none whose digits are longer."""
    if "月" not in text or "日" not in text:
        return text

    def digits(m: re.Match) -> str:
        mo, d = _kanji_number(m.group(1)), _kanji_number(m.group(2))
        if mo is None or d is None or not (1 <= mo <= 12 and 1 <= d <= 31):
            return m.group()
        out = f"{mo}月{d}日"
        return " " * (len(m.group()) - len(out)) + out if len(out) <= len(m.group()) else m.group()
    return KANJI_DAY.sub(digits, text)
