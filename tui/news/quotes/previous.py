"""A speaker carried from the sentences before: 同氏 / 同長官 / 彼 at the head of a sentence (`carries`, `same_one`),
and the one subject of the sentence before when the quote's own sentence names no one (`previous_one`); which
sentences before are read (those before words left open over paragraphs, a paragraph that tells acts alone), and
whether the last quote given to someone stands in the sentence right before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence

from ..reporting import said_to
from ..actors.name import KIN
from ..actors.persons import TITLE_RE as ROLE_RE
from .asides import asked_first, cleft_aside
from .cabinet import office
from .clauses import clause_blurs, relative_subjects
from .leads import led_by
from .nominal import named_at_end
from .forms import sentence_spans
from .passage import Mentions, Passage, last_sentence
from .roles import TITLES, Roles, role_holder, source_holder
from .titles import title_end
from .topics import passive_scene, people_subject, time_topic_only, told_thing, verbless_fact

CARRY_BACK = 3  # sentences of the same passage a subject may be carried across
SAME_SOURCE = ("同氏によると", "同氏によれば")  # a sentence told as the one named before tells it
_HE_SHE = re.compile(r"(?:彼|彼女)(?:は|が|も)")
SAME_BODY = "社党省庁県府都市町村国行校署局紙誌館"  # 同社, 同党 …: the body named before
_TOPIC = re.compile(r"(?<![でにとへて、，。「\s])(?<!^)は(?!っきり|じめ|ずだ|ずの)")  # a sentence's topic of its own (not では, には, かけては; not はっきり)


def carries(head: str) -> bool:
    """Whether `head` opens with the one named before as its subject: 同氏は, 同首相は, 同相は, 同社は, 同社社長は,
    同社長は, 彼は; not someone else of that body (同社幹部は, 同党関係者は) nor a time (同日, 同夜)."""
    if _HE_SHE.match(head):
        return True
    if not head.startswith("同"):
        return False
    whole = ROLE_RE.match(head, 1)  # 同社長は, 同市長は, 同署長は: the one named before with that title
    if whole and whole.end() > 2 and head[whole.end():whole.end() + 1] in ("は", "が", "も"):
        return True
    at = 2 if head[1:2] in SAME_BODY else 1
    role = ROLE_RE.match(head, at)
    if role and role.end() > at and not head[at:role.end()].startswith(("(", "（")):
        at = role.end()
    elif head[at:at + 1] in ("氏", "相"):
        at += 1  # 同氏, 同相 (the minister)
    elif at == 1:
        return False
    return head[at:at + 1] in ("は", "が", "も")


_SAME_TITLE = re.compile(r"同(副?(?:" + TITLES + "))(?:は|が|も)")  # (同副社長は: the one named 副社長)


_SAME_TITLED = re.compile(r"同(?!氏|社|党|省|庁|日|夜|年|月|時)[\u4e00-\u9fff]{1,4}(?:は|が)")


def same_titled(head: str) -> bool:
    """Whether `head` opens with 同 and a title as its subject (同相は, 同知事は): the one the sentences before name with
    that title, whoever else the clause before it names (not 同氏, the person of the sentence before, nor a body)."""
    return _SAME_TITLED.match(head) is not None


def same_one(words: str, before: list[tuple[Passage, tuple[int, int]]], roles: Roles) -> str | None:
    """Who 同氏 / 同長官 / 彼 at the start of `words` is: for 同 and a title, the one person the article named
    with it (森永啓介官房長官 … 同長官は), else the one of the sentence before; for 同 and a body's mark alone (同署は,
    同社は), the body of the sentence before, never a person (同署の署長は「…」と話した。同署は「…」: the station)."""
    if words[1:2] in SAME_BODY and words[2:3] in ("は", "が", "も"):
        body = previous_one(before, roles)  # 同署は, 同社は: a body named before, never the person of the sentence before
        return body if body is not None and roles.kinds.get(body) == "organization" else None
    m = _SAME_TITLE.match(words)
    holders = roles.get(m.group(1), set()) if m else set()
    if words.startswith(("同相は", "同相が", "同相も")):  # a minister: the one named with a minister's title, no other
        holders = roles.ministers()
        if len(holders) == 1:
            return next(iter(holders))
        if not holders:  # 環境相が…演説した。同相は: the one minister's office named alone in the sentences before,
            named = {a for p, (lo, hi) in before for a, s, _ in p.persons  # no person holding it
                     if lo <= s < hi and office(a) and a.endswith(("相", "大臣"))}
            return next(iter(named)) if len(named) == 1 else None
        topic = _topic_of(before, holders) or previous_one(before, roles)  # (村瀬財務相は、片桐国交相が…と答弁した
        # ことについて問われ、「…」と述べた。同相は: the topic)
        return topic if topic in holders else None
    if len(holders) > 1 and (topic := _topic_of(before, holders)):
        return topic  # 浜田容疑者は、三好容疑者から「…」と誘われたと話している。同容疑者は: the topic of the sentence before
    if len(holders) > 1:  # 小松原被告…滝本被告…。裁判長は…尋ねた。同被告は: one of those holding the title, or no one
        return prev if (prev := previous_one(before, roles)) in holders else None  # (never the judge of the sentence before)
    return next(iter(holders)) if holders else previous_one(before, roles)


def _topic_of(before: Sequence[tuple[Passage, tuple[int, int]]], holders: set[str]) -> str | None:
    """The one of `holders` who is the topic (は) of the nearest sentence before, if one is."""
    for p, (lo, hi) in before[:1]:
        topics = {a for a, s, e in p.persons if lo <= s < hi and a in holders
                  and p.particle_of(a, e, lo, hi) == "は"}
        return next(iter(topics)) if len(topics) == 1 else None
    return None


# ブラウン氏との会談について: a person named as the one met, not one who speaks next (but ゼレンスキー氏の態度を非難:
# the one whose conduct is judged may answer in the words that follow); one beside whom the speaker stood (鷲尾氏と
# 並んで会見に臨み), or whose kin the speaker is named as (大橋さんの母、大橋恵子さんは)
_ASIDE = re.compile(r"との(?![ぁ-ゟ])|と(?:並んで|並び)|の(?:" + "|".join(sorted(KIN, key=len, reverse=True)) + ")[、，]")
# 森山首相はハリソン大統領と会談した: the one the topic met (会談, 協議, 面会, 会った, 握手), who is not who speaks next; not a
# joint act (佐藤さんと会見を開いた, と共同記者会見に臨んだ: either may speak), one done together (と共に), a meeting
# told as a noun (田村氏との会談に臨んだ: either may speak) nor two subjects (ルビオ氏とラブロフ氏は会談後)
_MET_WITH = re.compile(r"と(?![共とに一並の])[^、。「」はが]{0,12}?(?:会談|協議|面会|会っ|会い|懇談|握手)")
_SPOKEN_OF = re.compile(r"の[^、。「」]{1,10}?(?:について|に関し|をめぐ|を巡)")  # 松永氏の発言について: a matter spoken of
_NAMED_AS = re.compile(r"を「[^「」]{1,30}」と")  # ケストナー氏を「約束を守らない首相」と批判した: the one called so
_OBLIQUE = re.compile(r"(?:に|へ|の|から)(?![ぁ-ゟ])|とは?(?:異な|違)")  # a person named past the topic, whom its acts
# reach, or whom the topic is set against (栗原氏とは異なる見方を示す)
_ASKED = re.compile(r"聞い|聞く|聞き|尋ね|質問|インタビュー|問い|取材")  # (…に話を聞いた: the one asked answers next)
_WRITING = re.compile(r"(?:の|が(?:書い|記し|寄せ)た|から(?:届い|寄せられ)た)(?:意見陳述書|陳述書|手紙|談話|メッセージ|コメント|声明|文書|遺書|手記|書面|弔辞)")
_READ_OUT = re.compile(r"読み上げ|代読|朗読")
_ACTED_ON_NOTE = re.compile(r"[（(][^（）()「」]{1,15}[）)]を")
_MET = re.compile(r"との(?![ぁ-ゟ])|を(?![ぁ-ゟ])")  # and, in a sentence with no subject, one it acts on (稀勢の里を圧倒し)


# A paper that speaks for itself as a sentence's topic (判決は, 起訴状では): what it says is no one's
_PAPER_TOPIC = re.compile(r"\s*(?:[一二]審)?(?:判決|判決文|決定|起訴状|冒頭陳述|論告|報告書|答申|意見書|調書)(?:は|では|によると)")


# After a person, と and a clause that closes on a past or plain form right before the topic's name (石塚さんと50年来の
# 付き合いだった酒井正子さんは, 妻と営む山本さんは): the person is the clause's, no subject of the sentence
_WITH_CLAUSE = re.compile(r"と[^、。「」はが]{1,24}(?:た|だった|る|う|く|む|ぶ|す|つ|ぐ|ぬ)")


def previous_one(before: list[tuple[Passage, tuple[int, int]]], roles: Roles, cleft: bool = False) -> str | None:
    """The subject of the sentence before, when it has one speaker-capable subject and names no other
    person. A sentence that names no actor and has no topic of its own (序盤から苦しい展開が続いた, or
    words carried the same way: 「…」と述べた) is passed over to the one before it in the passage; so are a fact
    in nouns alone, and a scene in the passive right after someone's quoted words (会場は拍手に包まれた). `cleft`: words
    standing alone in the paragraph of the sentences before, which a cleft's focus may speak."""
    scene = False
    for k, (p, (lo, hi)) in enumerate(before):
        p = p.outside_quotes(lo, hi)  # (日銀が… inside the words said is no subject of the sentence)
        in_title = [(e, title_end(p.text, e, hi, True)) for a, s, e in p.persons if lo <= s < hi]
        subjects = {a for a, s, e in p.mentions if lo <= s < hi and p.subject_at(a, e, lo, hi) is not None
                    and not any(te <= s < tt for te, tt in in_title)}  # (トランプ米大統領は: 米 is in his title)
        persons = {a for a, s, e in p.persons if lo <= s < hi}
        said = p.spoken.get(lo)
        if not said and _PAPER_TOPIC.match(p.text, lo):
            return None  # 判決は、被告が…と認定。「…」と述べた: a ruling's or a paper's words, no person's
        if scene and not said:
            return None  # (a scene not after words: 男性は病院に運ばれた。 may tell of the next speaker)
        if said == {None} and asked_first(p.text[lo:hi]):
            said = None  # 「…」と問われると、監督は黙り込んだ。: the asker's words, the sentence's subject after them
        if said:  # 「…」と谷口社長。: the speaker the sentence's quotes were given, when one and no other
            one = next(iter(said))
            aside = {a for a, s, e in p.persons if lo <= s < hi and _ASIDE.match(p.text, title_end(p.text, e, hi, True))}
            if said <= {a for a, s, e in p.persons if lo <= s < hi}:  # (the speaker named there, not a bare title)
                aside |= relative_subjects(p.text, [(a, title_end(p.text, e, hi, True)) for a, s, e in p.persons
                                                    if lo <= s < hi and a not in said], hi)  # (ベネット大統領が打ち出した政策)
                if any(a == one and p.text.startswith("は", title_end(p.text, e, hi, True)) for a, s, e in p.persons
                       if lo <= s < hi):  # 宮坂代表は、松永氏の発言について問われ、「…」と反論した: the topic spoke of
                    aside |= {a for a, s, e in p.persons if lo <= s < hi and a != one  # another's words, who did not
                              and (_SPOKEN_OF.match(p.text, title_end(p.text, e, hi, True))  # (but ベルク首相の態度を
                                   or _NAMED_AS.match(p.text, title_end(p.text, e, hi, True)))}  # 非難した: the one judged
                    # may answer; ケストナー氏を「約束を守らない首相」と批判した: the one the topic's words call so)
            if len(said) == 1 and one is not None and (to := _given_to(p, lo, hi, one)) is not None:
                return to  # 新庄は…監督から「…」と声をかけられた。「…」と涙を拭った: the one the words were given to
            return one if len(said) == 1 and one is not None and subjects <= said and persons - aside <= said else None
        if persons and (led := led_by(p, lo, hi)):
            return led  # 北浜・松永隼人　九回に逆転の二塁打。: the one a line of comments opens with
        if persons and (named := named_at_end(p.text, lo, hi, p.persons)):
            return named  # …降板した、先発の石黒拓真投手。: the one the sentence ends naming
        if subjects and clause_blurs(p.text, [(a, title_end(p.text, e, hi, p.kinds[a] == "person", True))
                                              for a, s, e in p.mentions if lo <= s < hi], subjects, hi):
            return None  # …ロシアが認める要求をウクライナが受け入れる: one named in a relative clause may speak next
        if persons and not subjects and all(_MET.match(p.text, title_end(p.text, e, hi, True))
                                            for a, s, e in p.persons if lo <= s < hi):
            continue  # …王鵬との決定戦を制して初の優勝。, 大関稀勢の里を圧倒し: only the ones met or beaten are named
        if len(subjects) > 1:  # シュタイナー首相は、ベネット大統領が打ち出した政策を念頭に…: a relative clause's subject
            ends = [(a, title_end(p.text, e, hi, p.kinds[a] == "person")) for a, s, e in p.mentions if lo <= s < hi]
            topics = {a for a, at in ends if a in subjects and p.text.startswith("は", at)}
            if len(topics) == 1 and subjects - topics <= relative_subjects(p.text, ends, hi):
                subjects = topics  # is no subject of the sentence; the topic is
        if not subjects and len(persons) == 1 and (focus := _cleft_focus(p, lo, hi)) is not None:
            actor = _person_topic(before[k + 1:k + 2])  # 千田監督は…声をかけて回った。最後に肩を抱いたのは、主将の村松だった。
            if actor is not None or cleft:  # 「…」: the topic before acts (the clause's subject left out); else, in the
                return actor if actor is not None else focus  # words' own paragraph, the one the cleft puts in focus
            # (決勝のシュートを決めたのは、主将の小田切颯だった。「…」: his words)
        if not subjects and len(persons) == 1:
            subjects = {a for a, s, e in p.persons if lo <= s < hi and _CLEFT.match(p.text, title_end(p.text, e, hi, True), hi)}
            # (正人さんが交配に取り組み始めたのは約30年前。: the one a cleft's clause is about)
        if subjects or persons:
            # 朝霧山は…若鷲を寄り切りで破った。: a person the topic acts on (を) is not who speaks next
            acted_on = {a for a, s, e in p.persons if lo <= s < hi and (p.text.startswith("を", te := title_end(p.text, e, hi, True))
                                                                        or _MET_WITH.match(p.text, te, hi))}
            topic = len(subjects) == 1 and any(p.text.startswith(("は", "が"), title_end(p.text, e, hi, p.kinds[a] == "person"))
                                               for a, s, e in p.persons if a in subjects and lo <= s < hi)
            # (久米田社長が、隣の茂木社長に目をやった。「…」: the subject's acts reach the one named past it, too)
            if topic and not _ASKED.search(p.text, lo, hi):  # 水野は、…相沢さんの名前を挙げ、相沢さんに手を振った: the
                acted_on |= {a for a, s, e in p.persons if lo <= s < hi and a not in subjects  # topic's acts reach them
                             and _OBLIQUE.match(p.text, title_end(p.text, e, hi, True))}
            owners = {a for a, s, e in p.persons if lo <= s < hi and a not in subjects and len(subjects) == 1
                      and p.text.startswith("の", title_end(p.text, e, hi, True))}  # 菰田被告の弁護人の久遠寺弁護士が
            # …取材に応じた: one named before の only tells whose the subject is
            writers = {a for a, s, e in p.persons  # 森永さんの意見陳述書を…弁護士が読み上げた
                       if lo <= s < hi and _WRITING.match(p.text, title_end(p.text, e, hi, True))}
            if writers and _READ_OUT.search(p.text, lo, hi):  # 読み上げた。「…」: the writer's words, read out
                return next(iter(writers)) if len(writers) == 1 else None
            others = persons - subjects - (acted_on if topic else set()) - (owners - writers)
            if topic and others:  # 石塚さんと50年来の付き合いだった酒井正子さんは: one named in a clause that describes the
                first = min(s for a, s, e in p.persons if a in subjects and lo <= s < hi)  # topic, before it
                others -= {a for a, s, e in p.persons if lo <= s < first and _WITH_CLAUSE.fullmatch(
                    p.text, title_end(p.text, e, hi, True), first)}
            return next(iter(subjects)) if len(subjects) == 1 and not others else None
        # the sentence's words outside its quotes; words that are the subject (「…」が口癖だった) name no one else
        own = re.sub(r"「[^」]*」が|「[^」]*」|『[^』]*』", "", p.text[lo:hi])
        carried = carries(own.lstrip("　 ")) or own.lstrip("　 ").startswith(SAME_SOURCE)  # (同氏によると、…: told by
        # the one named before, who speaks next too)
        if carried and (same := same_one(own.lstrip("　 "), before[k + 1:], roles)) is not None:
            return same  # 同監督は今季限りで退任する。: who 同監督 is, read from the sentences before
        titled, holder = role_holder(p.text[lo:hi], roles)
        if not titled:
            titled, holder = source_holder(p.text[lo:hi], roles)  # 教授によると…という。「…」と述べた
        if titled:
            return holder
        if carried:
            continue  # 同氏は…考えを示した。: the one before says who
        if own == p.text[lo:hi] and verbless_fact(own):
            continue  # 仕入れ値は2年前の1.5倍。: a fact in nouns alone, no one's; the one before says who
        if own == p.text[lo:hi] and cleft_aside(own):
            continue  # そこにあったのは、…への思いだ。: an aside that names no one; the one before says who
        if own == p.text[lo:hi] and passive_scene(own):
            scene = True  # 「ただいま」と呼びかけた。会場は拍手に包まれた。: the one who spoke before, if they did
            continue
        if own == p.text[lo:hi] and not any(lo <= s < hi for _, s, _ in p.mentions) and (
                told_thing(own) or time_topic_only(own)):
            continue  # …のきっかけは…ことだったという。, 引退後は…指導する。: the one before says who
        noted = _ACTED_ON_NOTE.sub("を", own)  # 関脇・青嵐(24=西浦部屋)を破り: one known by a note, acted on, speaks not
        if (_TOPIC.search(own) or ("が" in own and own != p.text[lo:hi]) or "（" in noted or "(" in noted
                or people_subject(own)):  # (野党会派が反発している: they may be the ones speaking next)
            return None  # 住民は不安を訴えた / 「…」と声が上がった / 男性（70）も: someone else may be speaking
    return None


def before_open(p: Passage | None, at: int) -> list[tuple[Passage, tuple[int, int]]]:
    """The sentence before the words a passage left open at `at` (…は話す。「…): its subject says who
    speaks the words that continue them."""
    spans = [span for span in sentence_spans(p.text[:at])] if p is not None else []
    return [(p, spans[-1])] if p is not None and spans else []


def before_paragraph(passage_of: Callable[[int], Passage | None], texts: Sequence[str], opened: dict[int, int],
                    j: int) -> list[tuple[Passage, tuple[int, int]]]:
    """When passage `j` opens with words it leaves open, the last sentence of the passage before that run of such
    paragraphs (…はこう語った。 / 「…。 / 「…。 / 「…」): it says who speaks them."""
    while j in opened and not texts[j][:opened[j]].strip(" 　"):
        j -= 1
    p = passage_of(j) if j + 1 in opened else None
    return last_sentence(p) if p is not None else []


_A_SUBJECT = re.compile(r"(?<![でにとへ])は|が")


def no_subject(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether no sentence text[span] has a subject of its own outside its quotes (…パットを沈めると、両手を突き上げた。;
    a time as its topic is none: 引退後は…指導する。):
    the acts of the one spoken of in the paragraph before, not a scene (給水所に長い列ができた) whose words may be
    anyone's."""
    own = [re.sub(r"「[^」]*」|『[^』]*』", "", text[lo:hi]) for lo, hi in spans]
    return not any(_A_SUBJECT.search(words) and not time_topic_only(words) for words in own)


def acts_alone(texts: Sequence[str], mentions: Sequence[Mentions], headings: Collection[int], j: int) -> bool:
    """Whether passage j (a body paragraph of two sentences at most, read whole as the sentences before) tells acts
    alone: it quotes nothing, names no actor and no sentence of it has a subject or ends in a noun; words alone after
    it are those of the person the paragraph before it speaks of (二回の第1打席、初球を右翼席へ運んだ。
    ベンチに戻ると、仲間から祝福を受けた。): the acts of the one spoken of in the paragraph before it, who may speak next."""
    if j < 1 or j in headings or mentions[j] or "「" in texts[j]:
        return False
    spans = sentence_spans(texts[j])
    return 0 < len(spans) <= 2 and no_subject(texts[j], spans) and all(_ends_in_act(texts[j][lo:hi]) for lo, hi in spans)


def _ends_in_act(sentence: str) -> bool:
    """Whether a sentence ends in a verb or its auxiliary (…右翼席へ運んだ。), an act; not in a noun (スタンドには、
    保護者たちの姿。: a scene that brings in others, who may speak next)."""
    from ..language import tagger

    words = [w for w in tagger()(sentence) if w.feature.pos1 != "補助記号"]
    return bool(words) and words[-1].feature.pos1 in ("動詞", "助動詞")


def quoted_in(before: Sequence[tuple[Passage, tuple[int, int]]], made: dict[int, Passage],
              last: tuple[int, int, str] | None) -> bool:
    """Whether the last quote given to someone stands in the sentence right before: that sentence, read as the
    one before, already said whether its speaker carries (`previous_one`)."""
    if not before or last is None:
        return False
    p, (lo, hi) = before[0]
    return made.get(last[0]) is p and lo < last[1] <= hi


_CLEFT = re.compile(r"が[^。、「」はが]{1,30}?のは")  # …さんが…始めたのは約30年前
_FOCUS_END = re.compile(r"(?:だった|だ|です|でした)[。．]?\s*$")  # the copula that closes a cleft on its focus
_FOCUS_FROM = re.compile(r"(?<=[ぁ-ゟ])のは[、，]?")  # …気づいたのは、: the clause before its focus


def _cleft_focus(p: Passage, lo: int, hi: int) -> str | None:
    """The one person a cleft puts in focus at the end of sentence text[lo:hi] (異変に最初に気づいたのは、窓口係の
    吉永咲さん（26）だった。), or None."""
    clause = _FOCUS_FROM.search(p.text, lo, hi)
    if clause is None:
        return None
    at = [(a, title_end(p.text, e, hi, True)) for a, s, e in p.persons if clause.end() <= s < hi]
    return at[0][0] if len(at) == 1 and _FOCUS_END.match(p.text, at[0][1], hi) else None


def _person_topic(before: Sequence[tuple[Passage, tuple[int, int]]]) -> str | None:
    """The one person that is the topic (は) of the sentence `before` holds, if one is and the sentence quotes no words
    (前田監督は「…」と話した。試合を決めたのは、岩田選手だった。: the topic spoke; the focus acts)."""
    if not before or "「" in before[0][0].text[slice(*before[0][1])]:
        return None
    p, (lo, hi) = before[0]
    return _topic_of(before, {a for a, s, _ in p.persons if lo <= s < hi})


def _given_to(p: Passage, lo: int, hi: int, giver: str) -> str | None:
    """The one topic (a person before は) of sentence text[lo:hi] when its one quote, given by `giver`, was said to
    them (…から「…」と声をかけられた, と言われた) and the sentence names no one else; else None."""
    close = p.text.rfind("」", lo, hi)
    if close < 0 or p.text.find("「", lo, hi) != p.text.rfind("「", lo, hi) or not said_to(p.text[close + 1:hi]):
        return None
    named = {a for a, s, e in p.persons if lo <= s < hi}
    topics = {a for a, s, e in p.persons if lo <= s < hi and a != giver
              and p.text.startswith("は", title_end(p.text, e, hi, True))}
    return next(iter(topics)) if len(topics) == 1 and named == topics | {giver} else None  # (no one else named)
