"""Whether a date's clause tells of a plan still ahead: a verb's plain form before a noun after the date (6月26日に開く
総会), not an adverb or adjective so ending (ようやく実家に), nor a plan told in the past (閉幕する予定だった); a past form
that still sets a day ahead (20日に控えた, 到着した後); a day as the topic of a forecast (20日は晴れの予報で); a plan held
(…演奏会を予定しており) or one of the past (当初予定していた3日), either side of the article's day.
"""

from __future__ import annotations

import re

from .language import tagger

_PLAN_WAS = re.compile(r"[^。、「」]{0,4}?(?:予定|はず|つもり|計画|見込み)?(?:だった|でした|であった)")


def relative_plan(plan: re.Match | None, text: str, way: str | None) -> re.Match | None:
    """`AHEAD_VERB`'s plan (6月26日に開く総会), unless a sentence told in the past holds it as what was there then (4日に
    オリーブ園へ向かう道路で車が動かなくなった: the road's jam on the 4th) and announces no plan (…を出すと発表した)."""
    plan = still_ahead(plan, text)
    if plan is not None and (words := tagger()(plan.group())) and words[-1].feature.pos1 in _NO_VERB:
        return None  # 3日にようやく実家に帰った: an adverb or adjective before a noun (ようやく, 大きく), no verb's plan
    if plan is not None and way == "past" and _OBJECT.match(text, plan.end()) and _DONE.search(
            re.split(r"[、。「」]", text[plan.end():], maxsplit=1)[0]):
        return None  # 3月15日に賃上げを求める要求書を出した: the noun the verb describes is what a past act of that day
        # acts on, no plan
    return None if plan is None or (way == "past" and _NO_PLAN.fullmatch(plan.group())
                                    and _PLACE_OF.match(text, plan.end())) else plan


_OBJECT = re.compile(r"(?!方針|予定|計画|考え|意向|見通し|構え|方向|目標|日程)[\u4e00-\u9fffァ-ヺー]{1,8}を")  # (要求書を:
# the object of the clause's own verb; not a plan's word, 解く方針を明らかにした, which tells of the plan)
_DONE = re.compile(r"(?:た|だ)(?:が|ものの|けれど|。|$)")  # (…を出したが: that verb, in the past)


# A past form that sets a day still ahead (20日に控えた, 16日に…を予定していたが, 25日に決まった, 9日に迫った)
AHEAD_DONE = re.compile(r"控え|迫っ|予定|決ま|決め|延期|延ば|変更|ずれ込|繰り|移し|向け|備え"
                         r"|[ただ](?:後|あと|上で|うえで|ら|のち|場合|際)")  # (20日に帰国した後、…訪れる予定だ)
_NO_VERB = frozenset(("副詞", "形容詞", "名詞", "接続詞", "連体詞"))


_NO_PLAN = re.compile(r"に(?!も)[^と予]*")  # (not 30日にも…解く, 22日に予定する, …を出すと発表した: plans told as such)
_PLACE_OF = re.compile(r"[\u4e00-\u9fffァ-ヺー]{1,8}で(?![はもの]|あ|す|し)")  # (…向かう道路で: where what the sentence tells
# happened; not …解く方針を明らかにした, 開く総会では)


def still_ahead(plan: re.Match | None, text: str) -> re.Match | None:
    """A plan's cue after a date (`AHEAD`, `AHEAD_VERB`), unless the plan is told in the past (…に閉幕する予定だった)."""
    return None if plan is None or _PLAN_WAS.match(text, plan.end()) else plan


# A day as the topic of what is forecast for it (20日は晴れの予報で, 27日は雨の見込み): ahead, whatever the sentence's verb
FORECAST = re.compile(r"[はも][、，]?[^、。「」はが]{0,10}?の?(?:予報|見込み|見通し)(?:で(?!し)|だ(?!っ)|です(?!が|けど)|となって(?!い))")
PLAN_HELD = re.compile(r"[^、。「」]{0,30}?を予定し(?:ており|ている|ています)")  # 11月3日には…演奏会を予定しており: a plan
PLANNED_BEFORE = ("予定していた", "予定されていた")  # 当初予定していた3日: a plan of the past, its day either side


def done_clause(text: str, at: int) -> bool:
    """Whether the clause after a date ending at `at` (up to its comma or full stop) holds a verb in the past that the
    date is of (4日夕に中間報告を公表したところでは, 5日に開かれた会合で): not, after a date set as a topic, one describing the
    noun right after it (21日（月）には割り当てられた練習会場で…調整をする), nor a past that sets a day still ahead
    (`AHEAD_DONE`: 20日に控えた, 到着した後)."""
    clause = re.split("[、。]", text[at:], maxsplit=1)[0]
    if ("た" not in clause and "だ" not in clause) or AHEAD_DONE.search(clause):
        return False
    words = tagger()(clause)
    topic = _TOPIC.match(clause) is not None  # (21日（月）には…: the date is the main clause's, not a relative one's)
    return any(w.feature.cType == "助動詞-タ" and not (topic and k + 1 < len(words) and _NOUN_START.match(words[k + 1].surface))
               for k, w in enumerate(words))


_TOPIC = re.compile(r"(?:[（(][^）)]{1,4}[）)])?(?:には|は|も)")


_NOUN_START = re.compile(r"[\u4e00-\u9fff々ァ-ヺ]")  # (a past describing the noun after it: 割り当てられた + 練習)
