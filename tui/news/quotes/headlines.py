"""A headline's words quoted (`headline_quotes`): a quote when the body quotes the same words or words that hold them,
spoken by whom the body says; or, shortened, by the one person the headline names (初優勝の村瀬、「…」), by the body
whose spokesman the body quotes (中国外務省「…」), by the one holder of the title it opens with (首相、賃上げへ「…」),
or by the one person the article names with the calling or minister's office it gives (農家「…」, 財務相「…」). Words
too short to tell from a title (「働き方改革」) are none.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ..actors.persons import TITLE_RE
from .callings import calling_holder
from .condensed import condensed_by_one, condensed_for, shortened_from
from .forms import bracketed
from .heads import heading_body, officer_condensed, quoted_for, written_words
from .roles import STATIONED, Roles, headline_holder
from ..reporting import ends_a_clause

Mentions = Sequence[tuple[str, int, int]]  # (actor id, start, end) in one passage's text
_INNER_STOP = re.compile(r"[。、！？]")


def reads_as_said(words: str) -> bool:
    """Whether words with no verb of saying around them read as said, not as a title: sentences, or a
    clause that ends as one does (「諦めるつもりはない」; 「夜明けの駅」 is a title)."""
    return bool(_INNER_STOP.search(words)) or ends_a_clause(words)


def _headline_clause(words: str) -> bool:
    """Whether a headline's words end as its clauses do, in a verbal noun with its object or goal before it
    (中小企業の価格転嫁を後押し, 復興に全力), in a noun with its object or goal right before it (子育てに重点), in an
    object with its verb left out (厳重警戒を), or after a topic, in a noun or a goal said of it (制裁は逆効果, 漁獲は
    半分に): words said, shortened; a compound noun alone (「働き方改革」) or a noun of a noun (夏への扉) is a term."""
    from ..language import tagger

    toks = [w for w in tagger()(words) if w.feature.pos1 != "補助記号"]
    if len(toks) < 3:
        return False
    last, before = toks[-1].feature, toks[-2]
    case = lambda w, marks: w.surface in marks and w.feature.pos2 == "格助詞"  # noqa: E731
    if before.feature.pos1 == "名詞" and (case(toks[-1], ("を",)) or (last.pos1 == "名詞" and _topic(toks[1:-1]))):
        return True  # 熱中症に厳重警戒を: an appeal, its verb left out; 制裁は逆効果: a topic and what is said of it
    if (last.pos1 == "名詞" and before.feature.pos1 in ("動詞", "形容詞", "助動詞") and _topic(toks[1:-2])
            and str(before.feature.cForm or "").startswith("連体形")):
        return True  # 走ることは生きること: a topic and a noun a clause describes, said of it
    if case(toks[-1], ("に", "へ")) and before.feature.pos1 == "名詞" and (
            _topic(toks[1:-2]) or any(case(w, ("を",)) for w in toks[1:-2])):
        return True  # 漁獲は半分に: a topic and what it came to, its verb left out; 和菓子を世界へ: an object and its goal
    if toks[-1].surface in ("て", "で") and last.pos2 == "接続助詞" and before.feature.pos1 == "動詞" and len(toks) >= 4:
        return True  # 旗の内側で泳いで: a request, its ください left out
    if (last.pos1 == "名詞" and before.feature.pos1 != "名詞" and any(case(w, ("が",)) for w in toks[1:-1])
            and len(words) >= 6):
        return True  # 利上げ観測が重荷: a subject and a noun said of it (not a name, 君が代)
    if last.pos1 == "名詞" and last.pos2 == "普通名詞" and case(before, ("を", "に")) and toks[-3].feature.pos1 == "名詞":
        return True  # 子育てに重点: a noun and its goal, the verb that joins them left out
    return (last.pos3.startswith("サ変")  # (後押し, 反対: サ変形状詞可能)
            and any(w.surface in ("を", "に") and w.feature.pos2 == "格助詞" for w in toks[:-1]))


_PARTICLES = re.compile(r"[をがはも、。・　 ]")


def _bare(words: str) -> str:
    """Words without the particles and marks a headline leaves out (を, が, は, も; commas and stops)."""
    return _PARTICLES.sub("", words)


def _topic(toks: list) -> bool:
    return any(w.surface == "は" and w.feature.pos2 == "係助詞" for w in toks)


_HEAD_AROUND = frozenset("、 　…―")  # what stands around a headline's words said: 村瀬、「…」 / 「…」 村瀬


def _headline_said(text: str, start: int, end: int) -> bool:
    """Whether the heading's 「…」 at start..end reads as words said: a clause or sentence (not a title, 「夜明けの
    駅」), set off by a comma, a space or the heading's edge on both sides (not 映画「…」, 「…」で受賞)."""
    before, after = text[start - 1:start], text[end:end + 1]
    return ((not before or before in _HEAD_AROUND or text[start - 2:start] == "が") and (not after or after in _HEAD_AROUND)
            and (reads_as_said(text[start + 1:end - 1]) or _headline_clause(text[start + 1:end - 1])))


def _set_apart(text: str, end: int, words: str) -> bool:
    """Whether a headline's words after a title close it, a particle among them (組合長「赤字覚悟の漁」, 主将「最高の仲間」):
    what that title's holder said, shortened to a noun; not a compound alone, a term (首相「働き方改革」), nor a name or a
    term the headline goes on about (映画「…」が受賞, 駐日大使「友好の架け橋」　直行便の再開で)."""
    from ..language import tagger

    return len(words) >= 4 and not text[end:].strip() and any(w.feature.pos1 == "助詞" for w in tagger()(words))


def _named_before(text: str, found: Mentions, named: set[str], start: int, end: int) -> bool:
    """Whether the one person `named` in a heading stands right before its 「 at `start`, with a title of theirs
    between at most (将棋の早見六段「…」), right after its 」 at `end` (「…」山田監督), or opens the heading before a
    comma when the words end it or its part (山田監督、続投へ「…」): the headline's forms of a person's words."""
    closes = end == len(text) or text[end] in _HEAD_AROUND
    return any(a in named and (e == start or TITLE_RE.fullmatch(text, e, start) is not None or s == end
                               or (s == 0 and closes and "、" in text[e:start] and "「" not in text[e:start]))
               for a, s, e in found)


def _glued_to(text: str, found: Mentions, named: set[str], start: int) -> str | None:
    """The one of the people `named` in a heading who stands right before its 「 at `start`, a title of theirs between at
    most (主演の早川陸「…」, 早見六段「…」): the words are given as theirs, however the headline shortens them; or None."""
    glued = {a for a, _, e in found if a in named and (e == start or TITLE_RE.fullmatch(text, e, start) is not None)}
    return next(iter(glued)) if len(glued) == 1 else None


def _with_others(text: str, found: Mentions, named: set[str]) -> bool:
    """The one person a heading names is named with others (小雪ら, 佐藤さんたち): the words are not theirs alone."""
    return any(a in named and text.startswith(("ら", "たち", "など"), e) for a, _, e in found)


def _owned(text: str, found: Mentions, named: set[str]) -> bool:
    """The one person a heading names stands before の, a title of theirs between at most (堀田農相の辞任要求): what
    the headline is about, not who speaks its words."""
    for a, _, e in found:
        if a in named:
            at = (title.end() if (title := TITLE_RE.match(text, e)) else e)
            if text.startswith("の", at) and not text.startswith("「", at + 1):  # (佐藤監督の「…」発言: theirs)
                return True
    return False


def _bodies(text: str, found: Mentions, kinds: dict[str, str], start: int) -> bool:
    """Whether the actor a heading names nearest before its 「 at `start` is an organisation (カジマ精機、新型ロボット発表
    「…」: the words may be the body's; not 青葉工大が往路V　5区・真壁が逆転「…」, the runner's, nor ロッテ、…　代打浜名「…」,
    whatever the actors took the batter's surname for; nor a body's team or group of people, 北辰大チーム「…」, whose
    leader the body quotes)."""
    before = [(e, a) for a, _, e in found if e <= start]
    if not before:
        return False
    end, nearest = max(before)
    last = re.split(r"[\s　、，]", text[end:start])[-1]  # (ミナト製菓と鳴川屋が統合　新社長「…」: the holder of a title
    return (kinds.get(nearest) == "organization" and _TEAM.fullmatch(text, end, start) is None  # right before the
            and not (last and TITLE_RE.fullmatch(last)))  # words speaks them, not the body)


def _former_of_another(texts: Sequence[str], mentions: Sequence[Mentions], k: int, start: int, one: str) -> bool:
    """Whether heading k names, before its words at `start`, a title a former holder bears (前総裁 国債買い入れ「…」) that
    the body never writes beside `one`, whose words hold the heading's: another's words, not the present holder's (元社長
    「…」 over 元社長、片桐昭夫被告 is his)."""
    text = texts[k]
    for m in TITLE_RE.finditer(text, 0, start):
        title = m.group() if m.group().startswith(_FORMER) else next(
            (f + m.group() for f in _FORMER if text[:m.start()].endswith(f)), "")
        if title and not any(a == one and (body.startswith(title, e) or body[max(0, b - len(title) - 2):b].rstrip(
                "、，の　 ").endswith(title)) for body, found in zip(texts, mentions) for a, b, e in found):
            return True
    return False


_FORMER = ("前", "元", "旧", "故", "次期")  # (not 新: 新社長 is the one who holds the title now)


_TEAM = re.compile(r"(?:の)?(?:研究)?(?:チーム|グループ|班)")  # 北辰大チーム, 東都大の研究グループ: a body's people


def _surname_of(held: set[str], named: set[str], texts: Sequence[str], mentions: Sequence[Mentions]) -> bool:
    """Whether the one person `held` is written only as the start of the full name of the one person `named` (早瀬
    for 早瀬蒼), the actors having filed the surname apart, and no other person's name starts so."""
    (a,), (b,) = held, named
    names: dict[str, set[str]] = {}
    for text, found in zip(texts, mentions):
        for x, s, e in found:
            names.setdefault(x, set()).add(text[s:e])
    full = max(names.get(b, {""}), key=len)
    return (a != b and bool(names.get(a)) and len(full) >= 3 and all(full.startswith(n) and n != full for n in names[a])
            and not any(x not in (a, b) and any(n.startswith(m) or m.startswith(n) for n in theirs for m in names[a])
                        for x, theirs in names.items()))


def headline_quotes(texts: Sequence[str], headings: Collection[int], found: list[tuple[int, str, str | None]],
                     mentions: Sequence[Mentions], kinds: dict[str, str],
                     roles: Roles | None = None) -> list[tuple[int, str, str | None]]:
    """A heading's 「…」 is a quote when the body quotes the same words (a film's title in a headline,
    which no one says in the body, is not), spoken by whom the body says, when it says one person. Words
    too short to tell from a title (「泣きました」) are a quote when the heading names one person and the
    body gives the words that hold them to that person alone."""
    said: dict[str, set[str | None]] = {}
    for k, words, speaker in found:
        if k not in headings:
            said.setdefault(words, set()).add(speaker)

    def speaker_of(words: str, named: set[str]) -> tuple[bool, str | None]:
        if words in said:
            who = said[words]
        else:  # a headline shortens the words: a body quote that holds them
            bare = _bare(words)  # (a headline drops its particles: 説明責任果たしていない of 説明責任を果たしていない)
            held = [v for w, v in said.items() if (words in w or len(bare) >= 6 and bare in _bare(w))
                    and f"『{words}』" not in w]  # (a title named)
            held_by: set[str | None] = set().union(*held)
            if (len(named) == 1 and len(held_by) == 1 and None not in held_by
                    and _surname_of({x for x in held_by if x}, named, texts, mentions)):
                held_by = set[str | None](named)  # 主演の早瀬蒼「…」 and 早瀬さんは「…」: the actors kept the surname apart
            who = held_by if len(words) >= 6 or (len(named) == 1 and held_by == named) else set()
        return bool(who), (next(iter(who)) if len(who) == 1 else None)

    out = [q for q in found if q[0] not in headings]
    quoted = {speaker for _, _, speaker in out if speaker}
    for k in sorted(k for k in headings if "「" in texts[k]):  # (a heading without brackets quotes nothing)
        old = {words: speaker for j, words, speaker in found if j == k}
        named = {a for a, s, _ in mentions[k] if kinds.get(a) == "person"
                 and not STATIONED.search(texts[k], max(0, s - 2), s)}  # (駐日ルサリア大使: a country, not its envoy)
        for start, end in bracketed(texts[k]):
            words = texts[k][start + 1:end - 1]
            given = len(out)
            body, speaker = speaker_of(words, named)
            if words in old or body:
                out.append((k, words, old.get(words) or speaker))
            elif written_words(texts[k], start) and (reads_as_said(words) or _headline_clause(words)):
                out.append((k, words, None))  # 共同声明「…」: a writing's words, not the person the headline names
            elif len(named) == 1 and named <= quoted and not _with_others(texts[k], mentions[k], named) and not _owned(
                    texts[k], mentions[k], named) and (
                    _headline_said(texts[k], start, end) or (
                    _named_before(texts[k], mentions[k], named, start, end) and reads_as_said(words))):
                out.append((k, words, next(iter(named))))  # 初優勝の村瀬、「最後まで攻めた」: the words shortened
            elif (shortened := shortened_from(words, named, out)) is not None:
                out.append((k, words, shortened))  # 安倍首相が会見「…」: the body's words of that person, shortened
            elif len(named) == 1 and _glued_to(texts[k], mentions[k], named, start) is not None and condensed_for(
                    words, next(iter(named)), out):
                out.append((k, words, next(iter(named))))  # 主演の早川陸「一生忘れない夏」: glued to the name, shortened
            elif len(named) > 1 and (glued := _glued_to(texts[k], mentions[k], named, start)) is not None and (
                    any(words in w and v == glued for _, w, v in out if v) or condensed_for(words, glued, out)):
                out.append((k, words, glued))  # キプロノが優勝、日本勢トップの久保田「次は勝つ」: of the people the
                # headline names, the one glued to the words, whose words the body gives hold them
            elif not named and (voice := heading_body(texts[k], start, mentions[k], kinds)) is not None:
                if quoted_for(voice, texts, mentions, set(headings), quoted) and (
                        reads_as_said(words) or _headline_clause(words)):
                    officer = voice if voice in quoted else officer_condensed(voice, words, texts, mentions, headings, out)
                    out.append((k, words, officer or voice))  # 中国外務省「…」: the body its spokesman speaks for below
                    # (気象庁「…」 over 気象庁の岸本課長は「…」: that officer's words, shortened, are his)
            elif not named and roles is not None:
                holder, calling = headline_holder(texts[k], start, end, roles), False
                if holder is None and texts[k][end:end + 1] in ("", " ", "　"):  # 農家「…」, 財務相「…」 ending the headline
                    holder, calling = calling_holder(k, start, texts, mentions, kinds)
                if holder in quoted and (((reads_as_said(words) or _headline_clause(words) or _set_apart(texts[k], end, words))
                                          and not calling) or any(
                        words in w and v == holder for _, w, v in out) or condensed_for(words, holder, out)):
                    out.append((k, words, holder))  # 首相、賃上げへ「…」: the one the body quotes with that title
                    # (外相「遺憾」: words too short to read as said, held in what the body quotes them saying)
            if len(out) == given and not _bodies(texts[k], mentions[k], kinds, start) and (
                    one := condensed_by_one(words, [q for q in out if q[0] not in headings])) and (
                    reads_as_said(words) or _headline_clause(words)) and not _former_of_another(
                    texts, mentions, k, start, one):
                out.append((k, words, one))  # 「人でも検証を」 over 「…人でも同じ仕組みが働くのか、検証を進めたい」, 専門家
                # 「利上げ観測が重荷」: the one whose words the body gives hold them, whoever the headline calls them
    return sorted(out, key=lambda q: q[0])
