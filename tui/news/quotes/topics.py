"""A topic that is a thing, not a speaker: 通期予想は据え置き、「…」と強調した. A verbal noun (予想, 決算, 会談:
UniDic's サ変可能) before は, with a verb of its own before the words, is what the sentence is about, done by
someone the text leaves out; the words' speaker is carried from the sentence before, as when no topic
stands there. So is the time of an event (a common noun and a suffix UniDic reads as 副詞可能: ゴール後は, レース後は). A noun for people (住民は不安を訴え、「…」) is a speaker no actor names, so nothing is carried.
"""

from __future__ import annotations

import re
from functools import lru_cache


# Times a sentence may set its topic with は (前夜は…, 今季は…): never anyone who speaks.
_TIMES = frozenset({"前夜", "前日", "当日", "翌日", "今日", "きょう", "昨日", "きのう", "今季", "昨季", "今年", "昨年",
                    "今回", "前回", "今場所", "今大会", "今週", "先週", "今月", "先月", "今朝", "昨夜", "今夜",
                    "来季", "来年", "来月", "来週", "今後", "当時", "以前", "昔", "現在", "今", "最近", "近年", "普段",
                    "頃", "ころ", "時代"})  # (若い頃は, 子どもの頃は, 学生時代は: a time of a life)
# Writings that speak for themselves: the words they are said to hold are theirs, not their author's.
DOCUMENTS = frozenset({"判決", "決定", "判断", "報告", "報告書", "答申", "提言", "決議", "声明", "談話", "社説", "勧告"})


@lru_cache(maxsize=2048)
def thing_topic_only(head: str) -> bool:
    """Whether every subject of `head` (the sentence's words before the quote) is a verbal noun with は
    whose own verb follows it, and no noun has が."""
    from ..language import tagger

    words = [w for w in tagger()(head) if w.surface.strip()]
    topics = 0
    for k, w in enumerate(words):
        f = w.feature
        if f.pos1 != "助詞" or w.surface not in ("は", "が") or f.pos2 not in ("係助詞", "格助詞") or not k:
            continue
        before = words[k - 1].feature
        if w.surface == "は" and _time_at(words, k):
            topics += 1  # 試合後は, 今季は: the time of an event the words are set in, no one who says them
            continue
        if words[k - 1].surface in DOCUMENTS:
            return False  # 判決は「…」とした: a ruling's or a report's own words, no one's carried from before
        if w.surface == "が" or before.pos1 != "名詞" or before.pos3 != "サ変可能":
            return False  # 住民は, 市場が: someone or something else says
        if not any(x.feature.pos1 == "動詞" for x in words[k + 1:]):
            return False  # 会談は「…」: the topic of the words themselves
        topics += 1
    return topics > 0


def _time_at(words: list, k: int) -> bool:
    """Whether the は at words[k] sets a time as the topic: a common noun and a suffix UniDic reads as 副詞可能
    (試合後は, 引退後は) or a word of time (前夜は, 今季は, 当時は, 若い頃は)."""
    before = words[k - 1].feature
    return ((before.pos1 == "接尾辞" and before.pos3 == "副詞可能" and k > 1 and words[k - 2].feature.pos2 == "普通名詞")
            or (before.pos1 == "名詞" and words[k - 1].surface in _TIMES))


@lru_cache(maxsize=2048)
def time_topic_only(sentence: str) -> bool:
    """Whether the one subject particle of `sentence` sets a time as its topic (引退後は地元のクラブで指導する。): the acts
    of the one spoken of before, told with no subject of their own; not when another noun has は or が."""
    from ..language import tagger

    if "は" not in sentence:
        return False
    words = [w for w in tagger()(sentence) if w.surface.strip()]
    marks = [k for k, w in enumerate(words) if k and w.surface in ("は", "が") and w.feature.pos1 == "助詞"
             and w.feature.pos2 in ("係助詞", "格助詞")]
    return bool(marks) and all(words[k].surface == "は" and _time_at(words, k) for k in marks)


_AGE = frozenset("代 歳 才".split())
_NOUN_END = re.compile(r"[\u4e00-\u9fff々ァ-ヺー0-9０-９A-Za-zＡ-Ｚ%％]\s*[。．]?\s*$")
_PASSIVE_END = re.compile(r"れ(?:た|る|ます|ました|ている|ていた)[。．]?\s*$")


@lru_cache(maxsize=2048)
def verbless_fact(sentence: str) -> bool:
    """Whether `sentence` states a fact in nouns alone, with no verb, adjective nor auxiliary and ending in a
    noun (体言止め: 仕入れ値は2年前の1.5倍。, 出荷先は28軒。): a note on the matter between a speaker's sentence
    and their words, which says nothing of who speaks next."""
    from ..language import tagger

    if not _NOUN_END.search(sentence):
        return False  # (ends in kana: a verb, an adjective or an auxiliary, read without the tagger)
    words = [w for w in tagger()(sentence.rstrip("。．　 ")) if w.surface.strip()]
    if len(words) < 2 or words[-1].feature.pos1 not in ("名詞", "接尾辞") or words[-1].surface in _AGE:
        return False  # (近くの男性は70代。: a person described, who may be the one to speak)
    return not any(w.feature.pos1 in ("動詞", "形容詞", "助動詞", "形状詞") for w in words)


@lru_cache(maxsize=2048)
def passive_scene(sentence: str) -> bool:
    """Whether `sentence` ends in a passive verb (会場は大きな拍手に包まれた。, 沿道からは拍手が送られた。): the
    scene around a speaker, acted upon, which says nothing of who speaks next; not when its subject is a word
    for people (観客の男性は救急車で運ばれた。)."""
    from ..language import tagger

    if not _PASSIVE_END.search(sentence):
        return False  # (no れた / られる at its end: no passive, read without the tagger)
    words = [w for w in tagger()(sentence.rstrip("。．　 ")) if w.surface.strip()]
    while words and words[-1].feature.pos1 == "助動詞" and words[-1].feature.lemma in ("た", "だ"):
        words.pop()  # (包まれ + た)
    if not (len(words) >= 3 and words[-1].feature.pos1 == "助動詞" and words[-1].feature.lemma in ("れる", "られる")
            and words[-2].feature.pos1 == "動詞"):
        return False
    return not any(w.surface in ("は", "が") and k and words[k - 1].feature.pos1 in ("名詞", "接尾辞")
                   and words[k - 1].surface[-1] in _PEOPLE_END for k, w in enumerate(words))


# The last character of a word for people (男性, 観客, 住民, 運転手, 患者, 生徒): a topic who may speak next.
_PEOPLE_END = frozenset("士師員王家手者人長官事性客児生民徒")


# The last character of a body's word (警察, 政府, 同社, 球団, 店): a topic that may speak as a body.
_BODY_END = frozenset("察府社党会部局署省庁団校店院所館協連軍隊課室組")
_KIN_END = frozenset("親母父兄姉妹弟夫妻娘孫子婦")  # 母親, 祖父, 妻, 息子: a relative, who may speak
_PEOPLE_SUFFIX = frozenset({"たち", "達", "ら", "さん", "様", "陣", "側", "勢", "ども"})
_KANJI_KANA_END = re.compile(r"[\u4e00-\u9fff々ぁ-ゟ]$")
_HEARSAY_END = re.compile(r"(?:という|とされる)[。．]?\s*$")
_COPULA_END = re.compile(r"[\u4e00-\u9fffァ-ヺー](?:だ|である)[。．]?\s*$")  # …の物語だ。: a thing's description


@lru_cache(maxsize=2048)
def told_thing(sentence: str) -> bool:
    """Whether `sentence` (with no actor named and no words quoted) reports with という a fact of a thing, its one
    topic a common noun with は that is no word for people or a body (執筆のきっかけは、祖母が亡くなったことだった
    という。), or describes one with a noun and だ (作品は、港町で…3世代の女性の物語だ。): what the one spoken of told, between their sentence and their words; it says nothing of who speaks
    next. A fact told with a verb of its own (水揚げ量は半分に減った。) is not read so: it may be anyone's."""
    from ..language import tagger

    if not (_HEARSAY_END.search(sentence) or _COPULA_END.search(sentence)) or re.search(r"によると|によれば|の話では",
                                                                                       sentence):
        return False  # (住民によると…という: words of a source the sentence names)
    words = [w for w in tagger()(sentence.rstrip("。．　 ")) if w.surface.strip()]
    k = next((k for k, w in enumerate(words) if w.surface == "は" and w.feature.pos2 == "係助詞"), 0)
    if not k or any(w.surface in ("は", "が", "も") and w.feature.pos2 == "係助詞" for w in words[k + 1:]):
        return False  # no topic, or a second one
    before = words[k - 1]
    if before.feature.pos1 not in ("名詞", "接尾辞") or before.feature.pos2 == "固有名詞" or (
            k > 1 and words[k - 2].feature.pos1 == "助詞" and words[k - 2].surface in ("に", "で", "と", "へ", "から")):
        return False  # (には, では: read apart)
    return not (before.surface[-1] in _PEOPLE_END | _BODY_END | _KIN_END or before.surface in _TIMES
                or before.surface in _PEOPLE_SUFFIX or not _KANJI_KANA_END.search(before.surface))


# The last character of a subject with が or も that is people or a body: 住民, 関係者, 選手, 専門家, 反対派, 遺族, 母親, 警察,
# 政府, 野党, 同署, 球団 (not 性, 事, 長, 子 or 会, which end things as often: 可能性, 工事, 成長, 様子, 機会)
_PEOPLE_SUBJECT_END = frozenset("員者人民客児徒士師官家手派族親母父兄姉妹弟夫妻娘孫察府党署省庁団")


@lru_cache(maxsize=2048)
def people_subject(sentence: str) -> bool:
    """Whether `sentence` (words outside quotes) has a subject with が or も that is a word for people, a body or a
    relative (野党会派が反発している, 家族も駆けつけた): others than the one spoken of before, who may speak next; a
    thing's subject (苦しい展開が続いた, 議論を呼ぶ可能性がある) is none."""
    from ..language import tagger

    words = [w for w in tagger()(sentence) if w.surface.strip()]
    for k, w in enumerate(words):
        if not k or w.surface not in ("が", "も") or w.feature.pos2 not in ("格助詞", "係助詞"):
            continue
        before = words[k - 1]
        if before.feature.pos1 not in ("名詞", "接尾辞") or before.surface in _TIMES:
            continue
        if before.surface[-1] in _PEOPLE_SUBJECT_END or before.surface in _PEOPLE_SUFFIX:
            return True
    return False
