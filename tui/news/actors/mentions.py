"""Finding actor mentions in text: the gazetteer's aliases, compounds of one-character country
forms (米ロ, 日米, 対ロ, 訪米, 米大統領), and the people `discovery` finds before a title.
"""

from __future__ import annotations

import re
import unicodedata
from collections import namedtuple
from itertools import accumulate, chain

from ..models import Actor
from .discovery import discover
from .form_words import PassageWords, Words
from .gazetteer import KATA, Gazetteer, normal
from .identity import file_people
from .place_names import person_spans
from .places import with_suffix
from .namesakes import namesake_spans
from .no_persons import persons_only  # 江戸川乱歩賞, 坂本龍馬役: no person
from .organisations import FORCES as _FORCES, SUFFIXES
from .recognise import recognise
from .name_heads import heads_a_name
from .regions import region_span
from .club_slots import slot_at
from .scores import side_at
from .sport_forms import sport_clubs
from .team_prefix import player_after

_ORG_KINDS = tuple(x for x in SUFFIXES if len(x) >= 2)  # 中日 + 新聞: a name's head, not two countries


_NO_ACTOR = Actor("", "", "", (), None)
Found = namedtuple("Found", "actor start end")
Found.__doc__ = """A mention in one text: the actor id and where it is (a tuple: analysis makes many)."""


# Kanji that names print in a variant form outside the common block, each one character for one: read as the common
# form (山﨑 as 山崎, 𠮷田 as 吉田), so that UniDic knows the name and the recognisers' kanji classes hold it; the
# offsets, and so the text shown, stay the page's.
_VARIANTS = str.maketrans({"﨑": "崎", "𠮷": "吉", "𡈽": "土"})
_VARIANT = re.compile("[﨑𠮷𡈽]")


def variants_read(nfkc: str) -> str:
    """`nfkc` with each variant kanji of a name as its common form, one character for one."""
    return nfkc.translate(_VARIANTS) if _VARIANT.search(nfkc) else nfkc


def _normalized(text: str, nfkc: str | None = None) -> tuple[str, "list[int] | range"]:
    """NFKC (`nfkc` when the caller has it) with each normalised char's origin offset (char by
    char only on lines that need it), variant kanji read as their common form (`variants_read`)."""
    flat = variants_read(unicodedata.normalize("NFKC", text) if nfkc is None else nfkc)
    if len(flat) == len(text):  # the usual case: normalising kept every character in place
        return flat, range(len(text) + 1)
    chars, origin, pos = [], [], 0
    for k, line in enumerate(text.split("\n")):
        if k:
            chars.append("\n")
            origin.append(pos - 1)
        n = unicodedata.normalize("NFKC", line)
        if len(n) == len(line):
            chars.append(n)
            origin.extend(range(pos, pos + len(line)))
        else:
            for i, ch in enumerate(line, pos):
                n = unicodedata.normalize("NFKC", ch)
                chars.append(n)
                origin.extend([i] * len(n))
        pos += len(line) + 1
    origin.append(len(text))
    return "".join(chars), origin


def find(text: str, gaz: Gazetteer, nfkc: str | None = None) -> tuple[list[Found], dict[str, Actor]]:
    """Every actor mention in `text` (offsets into `text`) and the discovered actors' definitions.

    `nfkc` is the text in NFKC, when the caller has it already.
    """
    found, new = _find(text, gaz, nfkc)
    return [Found(aid, start, end) for start, end, aid in found], new


def _find(text: str, gaz: Gazetteer, nfkc: str | None,
          passages: "tuple[list[int], list[str], list[str]] | None" = None,
          classes: "list[list[str]] | None" = None) -> tuple[list[tuple[int, int, str]], dict[str, Actor]]:
    """`find`, as (start, end, actor id) tuples in text order (longer first at one place).

    `passages`: (start offsets, NFKC texts, index token strings) of the passages `text` joins,
    when the caller has tokenized them already (see `find_all`); `classes`: with `passages`, their
    words' UniDic classes (`language.classes`).
    """
    flat, origin = _normalized(text, nfkc)
    scanned = [(s, with_suffix(flat, s, e) if gaz.entries[aid].kind == "place" else e, aid)
               for s, e, aid in _scan(flat, gaz)]
    scanned, clubs = sport_clubs(flat, scanned, gaz.sport, gaz.sport_re)  # 阪神, 中日 in a game's article: the clubs
    namesakes: frozenset[str] = frozenset()  # 上川 of 上川和子外相: not the gazetteer's 上川 (上川陽子)
    if scanned:
        dropped = namesake_spans(flat, scanned, gaz.entries, passages, classes)
        if dropped:
            namesakes = frozenset(flat[scanned[k][0]:scanned[k][1]] for k in dropped)
            scanned = [x for k, x in enumerate(scanned) if k not in dropped]
    ghosts: set[tuple[int, int]] = set()
    regions: list[tuple[int, int]] = []  # 西日本, 日本海, 中国地方: a place of its own, not the country
    if scanned:
        kept = []
        for s, e, aid in scanned:
            kind = gaz.entries[aid].kind
            if kind in ("place", "country") and heads_a_name(flat, s, e, kind == "country"):
                if s and flat[s - 1] == "全":  # 全日本…: held, so that no name is made across it, and no place
                    ghosts.add((s, e))
                    kept.append((s, e, aid))
                continue  # 浦和レッズ, 江戸時代: free for the organisations, no place
            span = region_span(flat, s, e) if kind == "country" else None
            if span is None:
                kept.append((s, e, aid))
            else:
                regions.append(span)
        scanned = kept
    named = person_spans(flat, scanned, gaz.entries) if scanned else {}  # ワシントン監督: a person
    scanned_all = scanned
    if named:
        scanned = [x for k, x in enumerate(scanned) if k not in named]
    # (start, -end, actor id): sorts into text order as is
    if isinstance(origin, range):  # the usual case: offsets in the NFKC text are the text's
        found = [(start, -end, aid) for start, end, aid in scanned]
    else:
        found = [(origin[start], -origin[end], aid) for start, end, aid in scanned]
    parts: list[str] = []
    last = 0
    fills = gaz.fills
    for start, end, aid in scanned:
        parts += (flat[last:start], fills[aid], "\uE001" * (end - start - 1))
        last = end
    parts.append(flat[last:])
    mtext = "".join(parts)  # the text with every matched alias masked, same length
    taken: set[int] = set()
    words = Words(mtext) if passages is None else PassageWords(mtext, *passages)
    held: list[tuple[int, int]] = []  # 中日 of 中日・立浪監督, <中日３−４DeNA>, 中日新聞: a club's or a body's, unless none is found
    if gaz.compound_re is not None and gaz.context_re is not None:  # both, or neither
        for m in gaz.compound_re.finditer(mtext):
            if m.end() - m.start() == 2 and (player_after(mtext, m.end()) or side_at(mtext, m.start(), m.end())
                                             or slot_at(mtext, m.start(), m.end()) or mtext.startswith(_ORG_KINDS, m.end())):
                held.append(m.span())
                taken.update(range(*m.span()))
                continue
            _forms(mtext, m.start(), m.end(), gaz, words, origin, found, taken)
        for m in gaz.context_re.finditer(mtext):
            i = m.start()
            if i not in taken and _short_ok(mtext, i) and words.stands_alone(i, gaz.short):
                found.append((origin[i], -origin[i + 1], gaz.short[mtext[i]]))
                taken.add(i)
        taken.difference_update(i for s, e in held for i in range(s, e))
    new: dict[str, Actor] = {}
    busy = bytearray(len(flat))  # where an actor is already found, in the NFKC text
    for start, end, _ in scanned:
        busy[start:end] = b"\1" * (end - start)
    for i in taken:
        busy[i] = 1
    for start, end in named.values():
        busy[start:end] = b"\1" * (end - start)
    for start, end in regions:
        busy[start:end] = b"\1" * (end - start)
        _add(new, found, gaz, "place", flat[start:end], flat[start:end], origin[start], origin[end])
    heads = {s: (e, gaz.entries[aid].kind == "country") for s, e, aid in scanned
             if gaz.entries[aid].kind in ("country", "place")}
    heads.update((s, (e, False)) for s, e in regions)  # 西日本新聞, 日本海テレビ: a body's name it heads
    replaced = []
    units: "list[tuple[int, str, list[str] | None]] | None" = None
    if passages is not None and classes is not None:
        units = list(zip(passages[0], passages[1], classes))
    people = {s: e for s, e, aid in scanned if gaz.entries[aid].kind == "person"}
    for kind, start, end, key in recognise(flat, busy, heads, units, people, clubs):
        _add(new, found, gaz, kind, flat[start:end], key, origin[start], origin[end],
             namesakes=namesakes if kind == "person" else frozenset())
        held = [(s, e) for s, e in held if e <= start or end <= s] if held else held
        if kind in ("organization", "person"):  # 日本 of 日本サッカー協会, 犬山 of 犬山ここね（…）: the name replaces it
            replaced += [(origin[h], origin[heads[h][0]]) for h in range(start, end) if h in heads]
        busy[start:end] = b"\1" * (end - start)
    if ghosts:
        replaced += [(origin[s], origin[e]) for s, e in ghosts]
    if replaced:
        found = [f for f in found if (f[0], -f[1]) not in replaced]
    for s, e in held:  # no club found there: the countries after all (日中・林外相 …)
        _forms(mtext, s, e, gaz, words, origin, found, taken)
    for k, (start, end) in named.items():
        name = flat[start:end]  # filed under the whole name when the gazetteer lists its last name (サンチェス)
        key = name if gaz.entries[scanned_all[k][2]].kind == "person" else name.split("・")[-1].replace(" ", "")
        _add(new, found, gaz, "person", name, key, origin[start], origin[end], same_kind=True)
    for name, surname, start, end in discover(mtext):  # katakana names; those in kanji are `recognise`'s
        if not any(busy[start:end]):
            _add(new, found, gaz, "person", name, surname, origin[start], origin[end])
    found = _surnames_over_places(text, found, new, gaz)  # 平戸駿介 … 潮見ケ丘・平戸「…」: the person, not the city
    found = _local_offices(text, found, new, gaz)  # 鶴岡市は…。市交通政策課は: the one city's section
    found = _stations(text, found, new, gaz)  # 警視庁 + 新宿署: the force's station, one body
    found = persons_only(flat, origin, found, lambda aid: (new.get(aid) or gaz.entries.get(aid) or _NO_ACTOR).kind)
    found.sort()
    out = []
    merged, hidden = gaz.merged, gaz.hidden
    for start, end, aid in found:
        rid = aid if aid not in merged and aid not in hidden else gaz.resolve(aid)
        if rid is not None:
            out.append((start, -end, rid))
    return file_people(out, new, gaz, text)


_PLACE_TAIL = re.compile(r"[市町村区県府都道島港駅郡湾浦川山岳岬]")  # a place's suffix: 平戸市 names the city


_WORD_ON = re.compile(r"[\u4e00-\u9fff々ァ-ヺー0-9０-９（(]")  # a word going on (下影森, 鳴海松籟堂), a bracket (（青森）)
_SURNAME_END = re.compile(r"[「はがも、]|$")  # a particle, a comma or quoted words right after a surname (not の: 浜松の家)


def _surnames_over_places(text: str, found: list, new: dict[str, Actor], gaz: Gazetteer) -> list:
    """`found` (start, -end, actor id) with each place the gazetteer found bare (平戸, no suffix after it) that is the
    surname of a person the article names in full (平戸駿介) filed under that person, when the article never writes the
    place with a suffix (平戸市): a player's surname alone in a comment line (潮見ケ丘・平戸「…」), not the city."""
    people: dict[str, str] = {}
    for s, e, aid in found:
        actor = new.get(aid)
        if actor is not None and actor.kind == "person" and -e - s >= 3:
            people.setdefault(text[s:-e], aid)
    if not people:
        return found
    out = []
    for s, e, aid in found:
        actor = new.get(aid) or gaz.entries.get(aid)
        word = text[s:-e]
        if (actor is not None and actor.kind == "place" and not _PLACE_TAIL.match(text, -e)
                and (not s or not _WORD_ON.match(text, s - 1)) and _SURNAME_END.match(text, -e)):
            owners = {p for name, p in people.items() if name.startswith(word) and 1 <= len(name) - len(word) <= 3}
            if len(owners) == 1 and not re.search(re.escape(word) + _PLACE_TAIL.pattern, text):
                aid = next(iter(owners))
        out.append((s, e, aid))
    return out


_LOCAL_OFFICE = re.compile(r"([市県町村])[\u4e00-\u9fff]{2,}")  # 市交通政策課, 県道路維持課: a section of the local body


def _local_offices(text: str, found: list, new: dict[str, Actor], gaz: Gazetteer) -> list:
    """`found` (start, -end, actor id) with a local body's section written with 市 or 県 alone (市交通政策課) filed under
    the one city or prefecture the article names (鶴岡市 … 鶴岡市交通政策課); as found when it names none or several."""
    offices = {aid for _, _, aid in found if aid in new and new[aid].kind == "organization"
               and _LOCAL_OFFICE.fullmatch(new[aid].name)}
    if not offices:
        return found
    places: dict[str, set[str]] = {}
    for s, e, aid in found:
        actor = new.get(aid) or gaz.entries.get(aid)
        if actor is not None and actor.kind == "place" and text[s:-e][-1:] in "市県町村":
            places.setdefault(text[s:-e][-1], set()).add(text[s:-e])
    out = []
    for s, e, aid in found:
        if aid in offices and len(towns := places.get(new[aid].name[0], set())) == 1:
            name = next(iter(towns)) + new[aid].name[1:]
            new.setdefault("o:" + name, Actor("o:" + name, name, "organization", (new[aid].name,), None))
            aid = "o:" + name
        out.append((s, e, aid))
    for aid in offices:
        if all(a != aid for _, _, a in out):
            del new[aid]
    return out




# A house or the United Nations, one body with the committee or agency found right after it (衆院予算委員会, 国連児童基金)
_HOUSES = frozenset("衆院 参院 衆議院 参議院 国連 上院 下院".split())
_BRANCH_AFTER = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:支店|支社|支部|県連合|県連)(?![\u4e00-\u9fff])")


def _stations(text: str, found: list, new: dict[str, Actor], gaz: Gazetteer) -> list:
    """`found` (start, -end, actor id) with a body the gazetteer knows made one with its station, branch or chapter
    right after it (警視庁 + 新宿署, 日銀 + 高知支店, 自民党 + 新潟県連), a house or the United Nations with its
    committee or agency found right after it (衆院 + 予算委員会, 国連 + 児童基金), as the recognisers read those they find
    (静岡県警沼津署, 蒼嶺大学医学部); a place found inside the branch's name is no place of its own."""
    def kind(aid: str) -> str:
        return (new.get(aid) or gaz.entries.get(aid) or _NO_ACTOR).kind

    def body(name: str) -> str:  # the one body, a new organisation of the article's
        new.setdefault("o:" + name, Actor("o:" + name, name, "organization", (), None))
        return "o:" + name

    orgs = {-e: (s, aid) for s, e, aid in found if kind(aid) == "organization"}
    if not orgs:
        return found
    joined: dict[tuple[int, int], int] = {}  # (the body's start, -its end): the end of the one body with its branch
    for e, (s, aid) in orgs.items():
        m = _BRANCH_AFTER.match(text, e)
        if m is not None and aid in gaz.entries:
            joined[(s, -e)] = m.end()
    out, gone = [], set()
    for s, e, aid in found:
        force = orgs.get(s)
        if force is not None and kind(aid) == "organization" and (text[s:-e].endswith("署") and text[
                force[0]:s].endswith(_FORCES) or text[force[0]:s] in _HOUSES):  # (衆院 + 予算委員会, 国連 + 児童基金)
            out.append((force[0], e, body(text[force[0]:-e])))
            gone.add((force[0], -s))
            continue
        end = joined.get((s, e))
        if end is not None:
            out.append((s, -end, body(text[s:end])))
            gone.update((a, b) for a, b, _ in found if -e <= a and -b <= end and (a, b) != (s, e))
            continue
        out.append((s, e, aid))
    return [f for f in out if (f[0], f[1]) not in gone]


def _forms(mtext: str, start: int, end: int, gaz: Gazetteer, words: "Words", origin: "list[int] | range",
           found: list, taken: set[int]) -> None:
    """The one-character country forms of the compound mtext[start:end] that stand as such, found."""
    for i in range(start, end):
        if mtext[i] in gaz.short and _short_ok(mtext, i) and words.stands_alone(i, gaz.short):
            found.append((origin[i], -origin[i + 1], gaz.short[mtext[i]]))
            taken.add(i)


def _add(new: dict[str, Actor], found: list, gaz: Gazetteer, kind: str, name: str, key: str,
         start: int, end: int, same_kind: bool = False, namesakes: frozenset[str] = frozenset()) -> None:
    """A found mention of an actor the gazetteer may lack: filed under the known actor, else a new one
    (`same_kind`: only under a known actor of its kind: ワシントン監督 is not the city; `namesakes`: the
    surnames of known people that head other people's full names in the article, never filed under
    the known person by that surname alone)."""
    aid = {"person": "p:", "organization": "o:"}.get(kind, "l:") + key
    known = next((k for k in (gaz.by_alias.get(normal(x)) for x in (key, name) if x not in namesakes) if k), None)
    theirs = gaz.entries[known].kind if known else kind
    if (kind == "place" and theirs not in ("place", "country")) or (kind != "place" and same_kind and theirs != kind):
        known = None  # (a place is never a known person's: 上川町, a town, is not 上川陽子 under the surname 上川)
    if known:
        aid = known
    else:
        prev = new.get(aid)
        aliases = set(prev.aliases if prev else ()) | ({name} if name != key else set())
        new[aid] = Actor(aid, key, kind, tuple(sorted(aliases)), None)
    found.append((start, -end, aid))


def _line_starts(texts: list[str]) -> list[int]:
    """Where each text starts in the texts joined by line breaks."""
    return [0, *accumulate(len(t) + 1 for t in texts[:-1])]


def find_all(texts: list[str], gaz: Gazetteer, nfkc: list[str] | None = None,
             tokens: list[str] | None = None, classes: list[list[str]] | None = None) -> tuple[list[list[tuple[str, int, int]]], dict[str, Actor]]:
    """`find` over an article's passages at once (one scan, not one per passage).

    Returns each passage's mentions as plain (actor, start, end) tuples, the fields of
    `Found` (import makes millions), offsets into that passage, and the discovered actors.
    `nfkc`: the passages in NFKC, when the caller has them already; `tokens`: with `nfkc`,
    their index tokens (`language.index_tokens`), which then decide whether a one-character
    form stands alone as a word: the words of its whole passage, with no tokenizing here;
    `classes`: with both, the passages' `language.classes`, which the recognisers then read.
    """
    at = _line_starts(texts)
    passages = None
    if nfkc is not None and tokens is not None and any(_VARIANT.search(t) for t in nfkc):
        # A passage with a variant kanji is read as its common form: its words again from MeCab (a rare passage).
        from ..language import index_and_words

        nfkc, tokens, classes = list(nfkc), list(tokens), None if classes is None else list(classes)
        for k, t in enumerate(nfkc):
            if _VARIANT.search(t):
                nfkc[k] = variants_read(t)
                tokens[k], words = index_and_words(nfkc[k])
                if classes is not None:
                    classes[k] = words
    if nfkc is not None and tokens is not None:
        # Offsets in the joined NFKC text: where NFKC changed a length, the joined text's
        # offsets differ from the original's (`_normalized` maps them back).
        passages = (_line_starts(nfkc), nfkc, tokens)
    # NFKC never joins across a line break, so the passages' forms joined are the joined text's.
    found, new = _find("\n".join(texts), gaz, None if nfkc is None else "\n".join(nfkc), passages, classes)
    out: list[list[tuple[str, int, int]]] = [[] for _ in texts]
    k, base, nxt = 0, 0, at[1] if len(at) > 1 else None
    for start, end, aid in found:  # in text order: walk the passages along
        while nxt is not None and start >= nxt:
            k += 1
            base, nxt = nxt, at[k + 1] if k + 1 < len(at) else None
        out[k].append((aid, start - base, end - base))
    return out, new


_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")  # what _ASCII_ALNUM matches
_KATA = frozenset(map(chr, range(ord("ァ"), ord("ヺ") + 1))) | {"ー"}  # what KATA matches


def _scan(flat: str, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Gazetteer aliases in the text, longest first at each place, word boundaries respected."""
    low = flat.lower()
    if len(low) != len(flat):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in flat)  # keep offsets
    out: list[tuple[int, int, str]] = []
    if gaz.alias_re is None:
        return out
    n = len(flat)
    fast, bounded = gaz.fast, gaz.bounded  # alias -> actor id (and its boundaries to check)
    i = 0
    while i < n:
        for m in gaz.alias_re.finditer(low, i):
            aid = fast.get(m.group())
            if aid is not None:  # one alias, no boundary to check
                out.append((m.start(), m.end(), aid))
                continue
            edges = bounded.get(m.group())
            if edges is not None:  # one alias: its word boundaries
                start, end = m.span()
                before = flat[start - 1] if start else ""
                after = flat[end] if end < n else ""
                if not ((edges[1] and (before in _ALNUM or after in _ALNUM))
                        or (edges[2] and before in _KATA) or (edges[3] and after in _KATA)):
                    out.append((start, end, edges[0]))
                    continue
            i = m.start()
            break
        else:
            break
        # An acronym (case to check) or aliases spelled alike: the longest here first, then shorter.
        for alias, spelled, aid, ascii_word, acronym, kata in chain(gaz.by_lower[m.group()], gaz.first.get(low[i], ())):
            end = i + len(alias)
            if not low.startswith(alias, i) or (acronym and not flat.startswith(spelled, i)):
                continue
            before = flat[i - 1] if i else ""
            after = flat[end] if end < n else ""
            if ascii_word and (_ASCII_ALNUM.match(before) or _ASCII_ALNUM.match(after)):
                continue
            if kata and ((KATA.match(spelled) and KATA.match(before)) or (KATA.search(spelled[-1]) and KATA.match(after))):
                continue
            out.append((i, end, aid))
            i = end
            break
        else:
            i += 1
    return out


# Kanji that stand before a country's one-character form in a word of their own (訪中, 来日, 駐米, 欧米); after any
# other kanji the character is a word's last (舞台, 屋台, 期間中, 赤川台中: no country)
_BEFORE_SHORT = frozenset("訪来在対駐親反嫌知離渡滞帰非脱入欧全")
_SHORT_KANJI = frozenset("中仏伊加印台墨日独米英蘭豪露韓")


_KANJI_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _short_ok(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if ch in _SHORT_KANJI and before and (_KANJI_CHAR.match(before) or before in "々ヶケ"):  # (桜ケ台中学校: no Taiwan)
        if before in _SHORT_KANJI:
            if not _short_ok(text, i - 1):  # 赤川台中: the 中 after a 台 that is none
                return False
        elif before not in _BEFORE_SHORT:
            return False
    if KATA.match(ch):
        # ロ and ウ are forms only when they stand apart from other katakana.
        if KATA.match(before) or KATA.match(after):
            return False
    if ch == "日" and before and (before.isdigit() or before in "月毎今昨本前翌同当休祝平元初来在"):  # 来日, 在日: no country
        return False
    if ch == "中" and after and after in "間央心旬盤継断立止期核堅部級古毒":
        return False
    return True
