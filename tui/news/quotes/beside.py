"""A speaker written right beside the words, the first steps of `speakers.speaker`: the owner before の of words
named as theirs (首相の「…」という言葉), the author of a statement (山田社長の談話では「…」), a name in brackets after
the words (「…」（田中氏）), before them with or without a colon (田中氏：「…」, 田中氏「…」), after と (「…」と田中氏。),
described by the verb after them (「…」と笑顔を見せた大谷は) or named at the end of a cleft sentence (「…」と話すのは、
…西川亮監督だ). Each step gives (True, speaker or None) when its shape is the sentence's, else (False, None).
"""

from __future__ import annotations

import re

from ..actors.name import KIN
from ..actors.persons import TITLE_RE as ROLE_RE
from ..reporting import said_by_noun
from .bodies import ISSUED, same_body
from .forms import SAY_RE, VOICE
from .kin import kin_speaker
from .listed import listed_words
from .nouns import noun_subject
from .passage import SUBJECT, Before, Mentions, Passage, QuoteAt
from .previous import SAME_BODY, carries, same_one
from .roles import ROLE_SUBJECT, TITLES, Roles, role_holder
from .statements import statement_author
from .titles import CALLING_END, TITLE_AFTER as _TITLE, title_end

Step = tuple[bool, str | None]  # (whether the step's shape is the sentence's, the speaker it gives)

# 「…」という言葉 / との発言: words named as someone's, who stands before の (首相の「…」という言葉)
_OWNED = re.compile(r"[」』]\s*(?:という|との|といった)\s*(?:言葉|発言|コメント|答弁|主張|言い分|一言|方針|表現|訴え)")
_BARE_TITLE_OF = re.compile(r"(?<![\u4e00-\u9fff々ァ-ヺー])(" + TITLES + ")$")
_PLACE_OF = re.compile(r"[\u4e00-\u9fff々]{1,6}[都道府県市区町村]の")  # 東京都の, 横浜市の: a place's person
# 」と + a verb phrase that ends as it describes a noun (と笑顔を見せた, と振り返る): a person named right after it; or
# 」と、 + a clause that describes the subject named after it (と、開発を率いた松岡執行役員が話した)
_RELATIVE = re.compile(r"\s*と[、，]?[^。「」、，]{1,16}?(?:た|る|う|く|す|ぶ|む|ぐ|つ|ぬ|んだ|いだ)")  # (喜んだ, 泳いだ)
# … and a description the name stands in apposition to (「…」と話す市内の主婦、三上和江さんは; と話す母の北条真由美さんは)
_SAYING = r"\s*と[、，]?(?:話す|語る|話した|語った|言う)"  # a verb of saying that describes the noun after it
_DESCRIBED = re.compile(_SAYING + r"(?:[^。「」、，]{1,14}?(?<![でにがはをもてとら])[、，]|(?:[^。「」、，]{1,8}?の)?(?:"
                        + "|".join(sorted(KIN, key=len, reverse=True)) + "|" + TITLES + ")の)")  # (と話す店長の比嘉勇人さんは)
# A person's standing before の and their name (高校2年の, 高校生の, 会社員の): nouns, no particle, ending as a word for a
# person or their year does (not 話題の: 「…」と話題の佐藤さん is about him)
_STANDING = re.compile(r"[\u4e00-\u9fff々ァ-ヺー0-9０-９]{1,9}[年生員者婦家師士手人長代]")
_NOUN_END = re.compile(r"\s*(?:だ|です)?[。．]?\s*")  # a sentence that ends in a noun: 体言止め
_PASSIVE_END = re.compile(r"(?:れ|られ)(?:た|る)$")  # と言われた大谷は: words said to him, not by him
_PASSIVE_LAST = re.compile(r"(?:れ|られ)(?:た|る|ている|ていた)[。．]?\s*$")  # the sentence's verb passive
# 「…」と話すのは、北野高校の西川亮監督だ: the speaker named at the end of a cleft sentence
_JOINED = re.compile(r"\s*(?:と|や|、|，|・|及び|および|ならびに)\s*")  # two people named together
_CLEFT = re.compile(r"[」』]\s*(?:と[^。「」]{1,12}?のは|とは(?!にか))[、，]?")  # or 「…」とは、避難所で暮らす田中さん。


# Words for a person the text names no further, before の and words owned (父の「…」という言葉, 恩師の「…」という教え).
_SOMEONES = re.compile(r"(?:父|母|祖父|祖母|兄|姉|弟|妹|夫|妻|息子|娘|長男|長女|次男|次女|両親|恩師|先輩|師匠|上司|友人|知人|仲間"
                       r"|父親|母親)$")


def owned_words(p: Passage, lo: int, hi: int, start: int, end: int, roles: Roles) -> Step:
    """首相の「…」という言葉を引き: words named as someone's are never the sentence's subject's, but the owner's
    before the の: the actor named right before, with its title, or the one person seen with a bare title there
    (首相の); (True, None) when a title stands there that no one or several hold; (False, None) when no actor or
    title does (会見での, 住民の: the other rules decide); (True, None) after a word for kin, a teacher or a friend (父の)."""
    text = p.text
    if text[start - 1:start] != "の" or not _OWNED.match(text, end - 1, hi):
        return False, None
    at = start - 1
    for a, s, e in reversed(p.mentions):
        if lo <= s and e <= at and (e == at or title_end(text, e, at, p.kinds[a] == "person") == at):
            return True, a
    bare = _BARE_TITLE_OF.search(text, max(lo, at - 6), at)
    if bare:
        holders = roles.get(bare.group(1), set())
        return True, (next(iter(holders)) if len(holders) == 1 else None)
    if _SOMEONES.search(text, max(lo, at - 4), at):
        return True, None  # 亡くなった父の「…」という言葉: someone the text does not name, not the sentence's subject
    return False, None


def voice_of_no_one(text: str, end: int, hi: int) -> bool:
    """「…」との声が上がった (but 同社は「…」とのコメントを出した), 「…」と話す妻, 「…」という証言も盛り込まれた,
    「…」という放送を流している: words that name no one as their speaker (a broadcast's or sign's, someone's only as
    owned before の: `owned_words`)."""
    return (bool(VOICE.match(text, end - 1) and not ISSUED.match(text, end - 1)) or said_by_noun(text[end:hi])
            or noun_subject(text, end, hi) or _CONTENT.match(text, end - 1, hi) is not None)


# 「…」という放送を流している, 「…」との看板を掲げた: the words a broadcast, sign or post carries
_CONTENT = re.compile(r"[」』]\s*(?:(?:という|との)(?:放送|アナウンス|看板|張り紙|貼り紙|掲示|表示|横断幕|垂れ幕|注意書き|案内板|"
                      r"ポスター|チラシ|広告|見出し|書き込み)"
                      r"|と(?:書い|記し|描い)た(?:紙|張り紙|貼り紙|札|看板|横断幕|垂れ幕|プラカード|旗|のぼり|ポスター|色紙|ボード"
                      r"|カード|パネル|うちわ|幕|Tシャツ|ゼッケン|鉢巻|はちまき))")  # (「…」と書いた紙を張る: a sign's words)


def stated(q: QuoteAt, roles: Roles, before: Before) -> Step:
    """山田社長の談話では「…」: the statement's author, or no one the text names."""
    p, text, start = q.p, q.text, q.start
    return statement_author(text, p.mentions, q.lo, start, lambda a, e: title_end(text, e, start, p.kinds[a] == "person"))


def _qualified(p: Passage, start: int, close: int, person: str) -> bool:
    """In the brackets after a quote, every actor but `person` stands right before it as its body or place,
    joined by ・ or の (（日本維新の会・藤本共同代表）, （北辰精機の岸本社長）), and the person ends the brackets
    but for a title."""
    mentions = sorted((s, e, a) for a, s, e in p.mentions if start < s and (close < 0 or e <= close))
    for k, (s, e, a) in enumerate(mentions):
        if a == person:
            m = _TITLE.match(p.text, e, close if close >= 0 else len(p.text))
            return k + 1 == len(mentions) and (close < 0 or (m.end() if m else e) == close)
        if k + 1 >= len(mentions) or p.text[e:mentions[k + 1][0]] not in ("・", "の", "･"):
            return False
    return False


def in_brackets_after(q: QuoteAt, roles: Roles, before: Before) -> Step:
    """「…」（田中氏） and 「…」(田中氏): the one actor in the brackets after the words, or the one person there whose
    body or place stands before them (（日本維新の会・藤本共同代表））."""
    p, text, end, hi = q.p, q.text, q.end, q.hi
    paren = re.match(r"\s*[（(]", text[end:hi])
    if not paren:
        return False, None
    close = text.find("）" if text[end + paren.end() - 1] == "（" else ")", end)
    inside = [a for a, s, e in p.mentions if end < s and (close < 0 or e <= close)]
    if len(set(inside)) == 1:
        # （立憲民主党幹部）: one of a body's people, unnamed, speaks, not the body; a body alone in the
        # brackets, or a person with a title, speaks itself
        a, s, e = next(m for m in p.mentions if m[0] == inside[0] and end < m[1])
        rest = text[title_end(text, e, close, p.kinds[a] == "person", True):close] if close > 0 else ""
        if p.kinds[a] == "organization" and (side := _SURNAME_AFTER.fullmatch(rest)) and len(
                named := roles.by_surname(side.group(1))) == 1:
            return True, named.pop()  # （北斗製鉄・佐野）: a club's player, by the surname of one named before in full
        return True, (a if not rest.strip() else None)
    people = {a for a in inside if p.kinds[a] == "person"}
    if len(people) == 1 and _qualified(p, end, close, people.pop()):
        return True, next(a for a in inside if p.kinds[a] == "person")  # （日本維新の会・藤本共同代表）
    return False, None


_SURNAME_AFTER = re.compile(r"[・･]([\u4e00-\u9fff々]{1,4})")


def named_before(q: QuoteAt, roles: Roles, before: Before) -> Step:
    """田中氏：「…」 and 田中氏「…」 (a headline's form): the actor named right before the words, with its title (and a
    side or role in brackets before the colon: 伊達翔平（北港主将）：「…」)."""
    text, start = q.text, q.start
    upto = start
    aside = _ASIDE_COLON.search(text, q.lo, start)  # 伊達翔平（北港主将）：「…」: a side or role in brackets, then the colon
    if aside is not None and aside.end() == start:
        upto = aside.start()
    named = [(a, s, e) for a, s, e in q.p.mentions if q.lo <= s and e <= upto]
    if named:
        a, s, e = named[-1]
        m = _TITLE.match(text, e, upto)
        at = m.end() if m else e
        if at == start or (text[at:at + 1] in "：:" and at + 1 == start) or (upto < start and at == upto):
            return True, a
    return False, None


_ASIDE_COLON = re.compile(r"[（(][^（）()「」。]{1,16}[）)][：:]")


_KIN_AFTER = re.compile(r"(?:" + "|".join(sorted(KIN, key=len, reverse=True)) + r")(?:は|が)[、，]?")  # 「…」と父は言う
_AGE = re.compile(r"[（(][0-9０-９]{1,3}[）)]")  # an age in brackets after a name and title
_APPOSED = re.compile(r"[^。「」、，はが]{1,22}[、，の]")  # 証券会社の投資情報部長、: one phrase before a comma or の


def _titled_before(text: str, at: int, s: int, e: int) -> bool:
    """Whether text[at:s] is a title in apposition before the name at s..e (と、みずなみ証券の投資情報部長、小松原健太氏は,
    と、保存会の会長の田村清さんは): one phrase with no subject of its own, ending in a title and a comma or の, the
    person's description; or ending in a comma before a name with さん or 氏 and an age in brackets, as news writes
    a person's work and age around the name (と、避難した北浜町の自営業、森田和子さん（64）は)."""
    if not _APPOSED.fullmatch(text, at, s):
        return False
    return (any(ROLE_RE.fullmatch(text, i, s - 1) for i in range(at, s - 1))
            or CALLING_END.search(text[at:s - 1]) is not None
            or (text[s - 1] in "、，" and _AGED_NAME.match(text, e) is not None))


_AGED_NAME = re.compile(r"(?:さん|氏)[（(][0-9０-９]{1,3}[）)](?:は|が|も)")  # 森田和子さん（64）は


_NOUN_PARTS = re.compile(r"の|さん|ちゃん|くん")  # the only kana a description and a name ending a sentence hold
_CLOSING_PERSON = re.compile(r"(?:さん|氏|君|くん|ちゃん)?(?:[（(][0-9０-９]{1,3}[）)])?[。．]\s*$")  # a person ending it


def _described_noun_end(text: str, at: int, hi: int, persons: Mentions) -> Mentions:
    """「…」と常連の岡野さん（81）。: after と, a sentence that ends in nouns alone (体言止め: no kana but の and
    さん), a description of one person and that person's name, or a clause describing the one person whose name ends
    the sentence: the one person named there, else none."""
    here = [(a, s, e) for a, s, e in persons if at <= s < hi]
    if not here or len({a for a, _, _ in here}) != 1:
        return []
    if re.search(r"[ぁ-ゟ]", _NOUN_PARTS.sub("", text[at:hi])) and not _CLOSING_PERSON.match(text, here[-1][2], hi):
        return []  # (と、台湾から来た観光客のリン・メイホアさん（29）。: a clause, then the person ends the sentence)
    return here[-1:]


_SAME_BODY = re.compile(f"同[{SAME_BODY}]")  # と、同社の久世晴美社長は: the body named before, then its person
# A clause that describes the one named after it, with a subject of its own or none, no topic and no words quoted:
# ending in の, a verb or a person's standing and a comma before the name (自宅が床上まで浸水した会社員の, 勤続38年で
# 売り場を担当する, 長女が症状を訴えた会社員、)
_CLAUSE_BEFORE = re.compile(r"[^。「」は]{1,40}?(?:の|[たる]|(?<=[年生員者婦家師士手人長代歳親母父妻夫娘孫])[、，]|で[、，])")
# (…会社員、, …の17歳、, …男児の母親、, 西田さんの上司で、; not 昨年の春から、 nor 部長が言った後、: a time, no one described)
_OWNER = re.compile(r"(?:さん|氏|君|ちゃん)?(?:[（(][0-9０-９]{1,3}[）)])?の")  # 西田さんの, 男児（7）の: the one the
# description names as whose (the boss, the mother) the subject is
# …は声を弾ませた。: the subject, then a short predicate that ends the sentence (the words before と are what it tells of)
_ENDS_AFTER = re.compile(r"(?:は|が)[、，]?[^。「」、，]{1,14}[。．]?\s*$")


def _clause_described(text: str, at: int, hi: int, p: Passage) -> Mentions:
    """「…」と、自宅が床上まで浸水した会社員の間宮雄大さん（45）は話す。: after と and a comma, a clause that describes the
    first person named after it, who is the subject of a short predicate that ends the sentence (は話す, は声を弾ませた):
    that person, else none."""
    if text[at - 1:at] not in "、，":
        return []
    first = next(((a, s, e) for a, s, e in p.mentions if at < s <= at + 40 and p.kinds[a] == "person"
                  and not _OWNER.match(text, e, hi)), None)  # (西田さんの上司で、片山茂支店長は: the one whose boss)
    if first is None or not _CLAUSE_BEFORE.fullmatch(text, at, first[1]):
        return []  # (a place or a body may stand in the description: 阿南市の大谷光子さんは; another person may not)
    a, s, e = first
    stop = title_end(text, e, hi, True)
    aged = _AGE.match(text, stop, hi)
    return [first] if _ENDS_AFTER.match(text, aged.end() if aged else stop, hi) else []


# The named speaker's clause closing on a verb that yields to what follows (が言うと、, が返すと、, が笑うと、), before
# other words quoted in the same sentence
_YIELDS = re.compile(r"が[^「」。、]{0,8}?[うくぐすつぬぶむる]と[、，]")


def named_after(q: QuoteAt, roles: Roles, before: Before) -> Step:
    """「…」と田中氏。 / 「…」と田中氏は語った。: the actor named right after と (a person after their body or place:
    と公明党の石原代表。, と、同社の久世晴美社長は, or their standing: と、高校2年の竹内葵さんは振り返る), or one of a body named
    before (「…」と同社の担当者は打ち明ける), or the one 同首相 stands for."""
    p, text, end, hi = q.p, q.text, q.end, q.hi
    after = re.match(r"[」』]\s*(?:と|って)[、，]?\s*", text[end - 1:hi])
    if not after:
        return False, None
    at = end - 1 + after.end()
    right: Mentions = [(a, s, e) for a, s, e in p.mentions if s == at]
    if right and p.kinds[right[0][0]] == "person" and _OWNER.match(text, right[0][2], hi):
        right = []  # と、西田さんの上司で、同支店の片山茂支店長は: the one whose boss speaks, named after
    if not right or p.kinds[right[0][0]] != "person":  # と公明党の石原代表。, と東京都の小池知事は, と店長の砂川徹さんは
        bodies = {e2 for a, s2, e2 in p.mentions if s2 == at}
        right = [(a, s2, e2) for a, s2, e2 in p.persons if at < s2 <= at + 13 and text[s2 - 1] in "の・"
                 and (s2 - 1 in bodies or _PLACE_OF.fullmatch(text, at, s2) or _SAME_BODY.fullmatch(text, at, s2 - 1)
                      or (text[s2 - 1] == "の" and (ROLE_RE.fullmatch(text, at, s2 - 1)
                                                    or _STANDING.fullmatch(text, at, s2 - 1))))][:1] or [
            (a, s2, e2) for a, s2, e2 in p.persons if at < s2 <= at + 24 and _titled_before(text, at, s2, e2)][:1] or (
            _described_noun_end(text, at, hi, p.persons)) or _clause_described(text, at, hi, p) or right
    if right:
        a, s, e = right[0]
        t = _TITLE.match(text, e, hi)
        stop = max(t.end() if t else e, title_end(text, e, hi, p.kinds[a] == "person"))  # (と…森山晴彦会頭。: the actors' titles)
        tail = text[stop: hi]
        aged = _AGE.match(tail)
        tail = tail[aged.end():] if aged else tail  # 田村清さん（78）は
        if (re.match(r"(?:は|が|も)?[、，]?[^「]*$", tail) or _YIELDS.match(tail)) and (
                not tail or tail[0] in "。はがも、，" or SAY_RE.match(tail)):
            return True, a  # (「…」と悟さんが言うと、晴美さんは「…」: a clause that yields to the next words)
    body, which = same_body(text[at:hi], roles.texts, roles.mentions, roles.kinds, roles.upto, roles.until)
    if body:  # 「…」と同社の担当者は打ち明ける
        return True, which
    if carries(text[at:hi]):  # 「…」と同首相は続けた
        return True, same_one(text[at:hi], before, roles)
    if titled := ROLE_SUBJECT.match(text, at, hi):  # 「…」と首相は述べた: the one the article named with the title
        return role_holder(text[at:titled.end()], roles)
    if (kin := _KIN_AFTER.match(text, at, hi)) and SAY_RE.match(text, kin.end(), hi):  # 「…」と父は言う: the one person
        return kin_speaker(text[at:hi], roles)  # the article named with that word
    return False, None


def described_after(q: QuoteAt, roles: Roles, before: Before) -> Step:
    """「…」と笑顔を見せた大谷は: the words of the person the verb after them describes, the subject of the sentence
    or the noun it ends in (「…」と話す山田太郎さん（80）。); not one they were said to (と言われた大谷は)."""
    return _described(q, _RELATIVE)


def described_apposed(q: QuoteAt) -> Step:
    """「…」と話す市内の主婦、三上和江さん（79）は, 「…」と話す母の北条真由美さんは: the person the verb of saying
    describes, named in apposition to a description (read before the words a noun says: 「…」と話す妻)."""
    return _described(q, _DESCRIBED)


def _described(q: QuoteAt, rx: re.Pattern[str]) -> Step:
    text, end, hi = q.text, q.end, q.hi
    for a, s, e in q.p.persons:
        if end < s <= end + 24 and rx.fullmatch(text, end, s) and not _PASSIVE_END.search(text, end, s):
            said = [b for b, s2, e2 in q.p.mentions if q.lo <= s2 and e2 < q.start
                    and text[title_end(text, e2, q.start, q.p.kinds[b] == "person"):q.start] == "が"]
            if said:
                return True, said[-1]  # 山田市長が「…」と評した鈴木知事は: the clause's subject said them
            at = title_end(text, e, hi, True)
            if _PASSIVE_LAST.search(text, at, hi):
                break  # 「…」と、外に出た山田さんは叫ばれた: words said to the subject
            if SUBJECT.match(text, at, hi) or _NOUN_END.fullmatch(text, at, hi) or (
                    _SAYS.match(text, end, s) and _CASE.match(text, at, hi)):
                return True, a  # (「…」と話す青山さんについて、…: a verb of saying describes the one named, whatever
            break  # the case the name stands in)
    return False, None


_SAYS = re.compile(_SAYING)
_CASE = re.compile(r"(?:について|に対し|を|に|と|へ|から)(?![ぁ-ゟ])")


def cleft(q: QuoteAt, roles: Roles, before: Before) -> Step:
    """「…」と話すのは、…西川亮監督だ。 (or だった): the person a cleft sentence ends naming, or no one (also when it
    ends naming two: 山田社長と鈴木専務だ)."""
    text, hi = q.text, q.hi
    m = _CLEFT.match(text, q.end - 1, hi)
    if not m:
        return False, None
    last = [(a, s, e) for a, s, e in q.p.persons if m.end() <= s < hi]
    if last:
        a, s, e = last[-1]
        if len(last) > 1 and last[-2][0] != a and _JOINED.fullmatch(text, title_end(text, last[-2][2], s, True), s):
            return True, None  # …のは、山田社長と鈴木専務だ: two people named at the end
        if re.match(r"(?:だ|です|である|だった|でした)?[。．]?$", text[title_end(text, e, hi, True):hi].strip()):
            return True, a
    return True, None


def topic_in_run(q: QuoteAt, roles: Roles, before: Before) -> Step:
    """佐倉は「…」、高山は「…」とそれぞれあいさつした: in a run of speakers that share one verb (`listed`), each words'
    speaker is the topic right before them, or no one when no actor stands there."""
    text, start, end, hi = q.text, q.start, q.end, q.hi
    first = listed_words(text, end, hi, SAY_RE)
    last = _RUN_BEFORE.search(text, q.lo, start) is not None and _TOPIC_OPENS.search(text, q.lo, start) is not None
    if not (first or last) or text[start - 1:start] not in ("は", "も"):
        return False, None
    at = start - 1
    for a, s, e in reversed(q.p.mentions):
        if q.lo <= s and e <= at:
            return True, (a if title_end(text, e, at, q.p.kinds[a] == "person") == at else None)
    return True, None


_RUN_BEFORE = re.compile(r"[」』][、，]\s*[^。「」、，\s]{1,12}?[はも]「$")  # 」、高山は「: the words before were a run's
_TOPIC_OPENS = re.compile(r"[はも]「")

BESIDE = (stated, in_brackets_after, named_before, named_after, described_after, cleft, topic_in_run)  # in the order read
