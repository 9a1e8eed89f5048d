"""Actors: the people, countries, places and organisations an article names.

fugashi with unidic-lite alone is not enough here: トランプ is a playing card, ゼレンスキー
an unknown noun, マクロン splits into マクロ + ン, NATO is a common noun. So mentions are
found in three passes over each passage:

1. the **gazetteer** (`data/gazetteer.toml`, plus the user's `actors.toml`): every
   alias, longest first, with word boundaries for ASCII and katakana;
2. **compounds** of one-character country forms: 米ロ, 日米, 米・ロ・ウ, 対ロ, 訪米,
   米大統領 (a form counts only in such a compound or context);
3. **discovery** of people the gazetteer lacks: a name-like run (katakana joined by
   `・`, or UniDic 人名 tokens) directly before a title (氏, 大統領, 国防長官 …).
   A discovered full name and its surname are one actor.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections import namedtuple
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from bisect import bisect_right
from itertools import accumulate, chain
from pathlib import Path

from .language import name_parts
from .language import surfaces as token_surfaces
from .language import tagger
from .language import starts as token_starts
from .models import ACTOR_KINDS, Actor
from .sanitize import clean_line

DATA = Path(__file__).parent / "data" / "gazetteer.toml"

TITLES = (
    "国務長官", "国防長官", "財務長官", "商務長官", "司法長官", "長官", "副大統領", "大統領補佐官", "大統領",
    "首相", "副首相", "外相", "国防相", "財務相", "外務大臣", "防衛大臣", "大臣", "報道官", "上院議員",
    "下院議員", "議員", "特使", "大使", "首席補佐官", "補佐官", "事務総長", "委員長", "書記長", "議長",
    "国家主席", "主席", "総統", "皇太子", "国王", "司令官", "総司令官", "参謀総長", "代表", "市長", "知事",
    "前大統領", "元大統領", "次期大統領", "氏", "首席", "外務次官", "次官", "総裁", "党首", "最高指導者",
)
# A one-character country form counts before these (米大統領, 露外務省) …
_SHORT_AFTER = (
    "大統領", "副大統領", "政府", "政権", "国務", "国防", "軍", "側", "高官", "当局", "議会", "首脳", "外相",
    "外務", "大使", "特使", "主導", "紙", "企業", "財務", "商務", "首相", "国内", "代表", "メディア", "国営",
    "大手", "産", "製", "経済", "関係", "同盟", "交渉", "協議", "会談", "首脳会談", "間",
)
# … or after these (対ロ, 訪米, 駐日)
_SHORT_BEFORE = "対訪駐在親反離滞来"
_KATAKANA = "ァ-ヺー"
_STOP_NAMES = {
    "チーム", "トップ", "リーダー", "メディア", "メンバー", "スタッフ", "ホワイトハウス", "クレムリン", "グループ",
    "コメント", "ニュース", "プロセス", "パートナー", "ボス", "オーナー", "ドナー", "スポークスマン", "ネット",
}
_MARK = "\uE000"  # stands in for a matched country while looking for compounds


def _n(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


@dataclass
class Gazetteer:
    """Every known actor, the user's changes applied, with the matchers built from them."""

    entries: dict[str, Actor]
    shorts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # country id -> 米, 露 …
    merged: dict[str, str] = field(default_factory=dict)  # id -> the id it is folded into
    hidden: set[str] = field(default_factory=set)
    signature: str = ""

    def __post_init__(self) -> None:
        # What a matched alias is masked with while compounds and names are looked for.
        self.fills = {aid: _MARK if e.kind == "country" else "\uE001" for aid, e in self.entries.items()}
        self.by_alias: dict[str, str] = {}
        spelled: dict[str, str] = {}  # as written, NFKC only: acronyms keep their case
        for e in self.entries.values():
            for alias in (e.name, *e.aliases):
                self.by_alias.setdefault(_n(alias), e.id)
                spelled.setdefault(unicodedata.normalize("NFKC", alias), e.id)
        self.short: dict[str, str] = {s: aid for aid, forms in self.shorts.items() for s in forms}
        # Aliases by first (lower-cased) character, longest first: a scan tries only those.
        self.first: dict[str, list[tuple[str, str, str, bool, bool, bool]]] = {}
        for a in sorted(spelled, key=len, reverse=True):
            ascii_word = bool(re.fullmatch(r"[A-Za-z0-9 .&\-]+", a))
            # "WHO" and "US" are acronyms only in capitals; names match in any case.
            acronym = ascii_word and a.upper() == a and len(a.replace(".", "")) <= 5
            kata_head = bool(_KATA.match(a))
            kata_tail = bool(re.search(rf"[{_KATAKANA}]$", a))
            self.first.setdefault(a[0].lower(), []).append(
                (a.lower(), a, spelled[a], ascii_word, acronym, kata_head or kata_tail))
        self.by_lower: dict[str, list[tuple[str, str, str, bool, bool, bool]]] = {}
        for entries in self.first.values():
            for entry in entries:
                self.by_lower.setdefault(entry[0], []).append(entry)
        # One regex shaped as a trie finds the longest alias at each place in one pass; each
        # alias carries its word-boundary checks, so the regex engine backs off to a shorter
        # alias (or the next place) by itself. Only an acronym's case is left to `_scan`.
        ends = {key: _boundary(entries) for key, entries in self.by_lower.items()}
        self.fast = {key: entries[0][2] for key, entries in self.by_lower.items()
                     if len(entries) == 1 and not entries[0][4]}
        self.alias_re = re.compile(_trie_pattern(self.by_lower, ends)) if self.by_lower else None
        s = "".join(sorted(re.escape(c) for c in self.short if len(c) == 1))
        if s:
            unit = rf"(?:[{s}]|{_MARK})"
            self.compound_re = re.compile(rf"{unit}(?:・?{unit})+")
            self.context_re = re.compile(
                rf"(?:(?<=[{_SHORT_BEFORE}])[{s}])|(?:[{s}](?=(?:{'|'.join(_SHORT_AFTER)})))"
            )
        else:
            self.compound_re = self.context_re = None

    def resolve(self, actor_id: str) -> str | None:
        """The id an actor is reported under (after merges), or None when hidden."""
        seen = set()
        while actor_id in self.merged and actor_id not in seen:
            seen.add(actor_id)
            actor_id = self.merged[actor_id]
        return None if actor_id in self.hidden else actor_id


def _trie_pattern(words, ends: dict[str, str] | None = None) -> str:
    """A regex matching any of `words`, the longest at each place (a trie, not an alternation).

    An alternation of 2,000 names makes the regex engine try every name at every
    candidate place; a trie branches on each character once. `ends` maps a word to a
    zero-width check that must hold where it ends (its word boundaries); when it fails,
    the engine backs off to the next shorter word.
    """
    ends = ends or {}
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict, prefix: str) -> str:
        alts = [re.escape(ch) + pattern(child, prefix + ch) for ch, child in sorted(node.items()) if ch]
        if "" in node:  # a word ends here: the longer ones are tried first (greedy)
            end = ends.get(prefix, "")
            if not alts:
                return end
            return f"(?:{'|'.join(alts)}|{end})"
        return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"

    return pattern(trie, "")


def _boundary(entries: list[tuple[str, str, str, bool, bool, bool]]) -> str:
    """The zero-width checks where an alias ends: no letter or digit around an ASCII word, no
    katakana around a katakana name. Entries spelled alike share a key: any one may pass."""
    checks = []
    for lower, spelled, _, ascii_word, _, _ in entries:
        width = len(lower)
        check = ""
        if ascii_word:
            check += rf"(?<![A-Za-z0-9][\s\S]{{{width}}})(?![A-Za-z0-9])"
        if _KATA.match(spelled):
            check += rf"(?<![{_KATAKANA}][\s\S]{{{width}}})"
        if _KATA.search(spelled[-1]):
            check += rf"(?![{_KATAKANA}])"
        if not check:
            return ""
        checks.append(check)
    return checks[0] if len(checks) == 1 else f"(?:{'|'.join(checks)})"


def _load_toml(path: Path) -> dict:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def _entries(data: dict) -> list[tuple[Actor, tuple[str, ...]]]:
    """The [[actor]] tables of a gazetteer file: each actor with its one-character forms."""
    out = []
    for item in data.get("actor", []):
        kind = item.get("kind", "person")
        if kind not in ACTOR_KINDS or not item.get("id") or not item.get("name"):
            continue
        # The user's file is data from outside too: no control sequence reaches the index.
        actor = Actor(clean_line(str(item["id"])), clean_line(str(item["name"])), kind,
                      tuple(a for a in (clean_line(str(x)) for x in item.get("aliases", ())) if a),
                      clean_line(str(item["english"])) if item.get("english") else None)
        if not actor.id or not actor.name:
            continue
        out.append((actor, tuple(map(str, item.get("short", ())))))
    return out


def load(user_file: Path | None = None) -> Gazetteer:
    """The shipped gazetteer with the user's `actors.toml` (add, alias, merge, hide) applied."""
    h = hashlib.blake2b(digest_size=8)
    entries: dict[str, Actor] = {}
    shorts: dict[str, tuple[str, ...]] = {}
    if DATA.exists():
        h.update(DATA.read_bytes())
        for e, short in _entries(_load_toml(DATA)):
            entries[e.id], shorts[e.id] = e, short
    merged: dict[str, str] = {}
    hidden: set[str] = set()
    if user_file is not None and user_file.is_file():
        h.update(user_file.read_bytes())
        try:
            user = _load_toml(user_file)
        except (tomllib.TOMLDecodeError, OSError):
            user = {}
        for e, short in _entries(user):
            entries[e.id], shorts[e.id] = e, short
        for aid, extra in (user.get("aliases") or {}).items():
            if aid in entries and isinstance(extra, list):
                more = tuple(a for a in (clean_line(str(x)) for x in extra) if a)
                entries[aid] = replace(entries[aid], aliases=entries[aid].aliases + more)
        for src, dst in (user.get("merge") or {}).items():
            merged[str(src)] = str(dst)
        hidden = {str(x) for x in user.get("hide", [])}
    return Gazetteer(entries, {k: v for k, v in shorts.items() if v}, merged, hidden, h.hexdigest())


@lru_cache(maxsize=4)
def _cached(user_file: str | None, mtime: float) -> Gazetteer:
    return load(Path(user_file) if user_file else None)


def default() -> Gazetteer:
    """The gazetteer for this process: shipped data plus the user's actors.toml."""
    from .paths import config_dir

    user = os.path.join(config_dir(), "actors.toml")
    try:
        info = os.stat(user)
        mtime = info.st_mtime if stat.S_ISREG(info.st_mode) else 0.0
    except OSError:
        mtime = 0.0
    return _cached(user, mtime)


# --- finding mentions --------------------------------------------------------------------


Found = namedtuple("Found", "actor start end")
Found.__doc__ = """A mention in one text: the actor id and where it is (a tuple: analysis makes many)."""


def _normalized(text: str, nfkc: str | None = None) -> tuple[str, "list[int] | range"]:
    """NFKC (`nfkc` when the caller has it) with each normalised char's origin offset (char by
    char only on lines that need it)."""
    flat = unicodedata.normalize("NFKC", text) if nfkc is None else nfkc
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
          passages: "tuple[list[int], list[str], list[str]] | None" = None) -> tuple[list[tuple[int, int, str]], dict[str, Actor]]:
    """`find`, as (start, end, actor id) tuples in text order (longer first at one place).

    `passages`: (start offsets, NFKC texts, index token strings) of the passages `text` joins,
    when the caller has tokenized them already (see `find_all`).
    """
    flat, origin = _normalized(text, nfkc)
    scanned = _scan(flat, gaz)
    # (start, -end, actor id): sorts into text order as is
    if isinstance(origin, range):  # the usual case: offsets in the NFKC text are the text's
        found = [(start, -end, aid) for start, end, aid in scanned]
    else:
        found = [(origin[start], -origin[end], aid) for start, end, aid in scanned]
    parts, last = [], 0
    fills = gaz.fills
    for start, end, aid in scanned:
        parts += (flat[last:start], fills[aid], "\uE001" * (end - start - 1))
        last = end
    parts.append(flat[last:])
    mtext = "".join(parts)  # the text with every matched alias masked, same length
    taken = set()
    words = _Words(mtext) if passages is None else _PassageWords(mtext, *passages)
    if gaz.compound_re is not None:
        for m in gaz.compound_re.finditer(mtext):
            for i in range(m.start(), m.end()):
                if mtext[i] in gaz.short and _short_ok(mtext, i) and words.stands_alone(i, gaz.short):
                    found.append((origin[i], -origin[i + 1], gaz.short[mtext[i]]))
                    taken.add(i)
        for m in gaz.context_re.finditer(mtext):
            i = m.start()
            if i not in taken and _short_ok(mtext, i) and words.stands_alone(i, gaz.short):
                found.append((origin[i], -origin[i + 1], gaz.short[mtext[i]]))
                taken.add(i)
    new: dict[str, Actor] = {}
    for name, surname, start, end in _discover(mtext):
        aid = "p:" + surname
        known = gaz.by_alias.get(_n(surname)) or gaz.by_alias.get(_n(name))
        if known:
            aid = known
        else:
            prev = new.get(aid)
            aliases = set(prev.aliases if prev else ()) | ({name} if name != surname else set())
            new[aid] = Actor(aid, surname, "person", tuple(sorted(aliases)), None)
        found.append((origin[start], -origin[end], aid))
    found.sort()
    out = []
    merged, hidden = gaz.merged, gaz.hidden
    for start, end, aid in found:
        rid = aid if aid not in merged and aid not in hidden else gaz.resolve(aid)
        if rid is not None:
            out.append((start, -end, rid))
    return out, {k: v for k, v in new.items() if gaz.resolve(k) == k}


def _line_starts(texts: list[str]) -> list[int]:
    """Where each text starts in the texts joined by line breaks."""
    return [0, *accumulate(len(t) + 1 for t in texts[:-1])]


def find_all(texts: list[str], gaz: Gazetteer, nfkc: list[str] | None = None,
             tokens: list[str] | None = None) -> tuple[list[list[tuple[str, int, int]]], dict[str, Actor]]:
    """`find` over an article's passages at once (one scan, not one per passage).

    Returns each passage's mentions as plain (actor, start, end) tuples, the fields of
    `Found` (import makes millions), offsets into that passage, and the discovered actors.
    `nfkc`: the passages in NFKC, when the caller has them already; `tokens`: with `nfkc`,
    their index tokens (`language.index_tokens`), which then decide whether a one-character
    form stands alone as a word: the words of its whole passage, with no tokenizing here.
    """
    at = _line_starts(texts)
    passages = None
    if nfkc is not None and tokens is not None:
        # Offsets in the joined NFKC text: where NFKC changed a length, the joined text's
        # offsets differ from the original's (`_normalized` maps them back).
        passages = (_line_starts(nfkc), nfkc, tokens)
    # NFKC never joins across a line break, so the passages' forms joined are the joined text's.
    found, new = _find("\n".join(texts), gaz, None if nfkc is None else "\n".join(nfkc), passages)
    out: list[list[tuple[str, int, int]]] = [[] for _ in texts]
    k, base, nxt = 0, 0, at[1] if len(at) > 1 else None
    for start, end, aid in found:  # in text order: walk the passages along
        while nxt is not None and start >= nxt:
            k += 1
            base, nxt = nxt, at[k + 1] if k + 1 < len(at) else None
        out[k].append((aid, start - base, end - base))
    return out, new


class _Words:
    """The tokens around a one-character form, made only where one needs checking.

    Only a window around the form is tokenized (WINDOW characters each way, within its
    line), not the whole line: MeCab's choice of a word depends on its near context.
    """

    WINDOW = 16

    def __init__(self, text: str) -> None:
        self.text = text

    def span_at(self, i: int) -> tuple[int, int]:
        text = self.text
        start = max(text.rfind("\n", 0, i) + 1, i - self.WINDOW)
        end = text.find("\n", i)
        end = min(len(text) if end < 0 else end, i + self.WINDOW + 1)
        segment = text[start:end]
        surfaces = token_surfaces(segment)
        at = start
        for surface, offset in zip(surfaces, token_starts(segment, surfaces)):
            at = start + offset
            if at <= i < at + len(surface):
                return at, at + len(surface)
            if at > i:
                break
        return i, i + 1

    def stands_alone(self, i: int, short: dict[str, str]) -> bool:
        """A form counts when its word is the form itself, forms only (米ロ), or 対ロ/訪米-like."""
        start, end = self.span_at(i)
        word = self.text[start:end]
        if all(c in short or c in "・" + _MARK for c in word):
            return True
        return len(word) == 2 and word[0] in _SHORT_BEFORE and word[1] in short


class _PassageWords(_Words):
    """`_Words` from the tokens each passage was indexed with: the words of the whole passage.

    A passage whose lower-casing changed its length (or that holds a NUL) falls back to a window.
    """

    def __init__(self, text: str, at: list[int], nfkc: list[str], tokens: list[str]) -> None:
        super().__init__(text)
        self.at, self.nfkc, self.tokens = at, nfkc, tokens
        self._spans: dict[int, tuple[list[int], list[str]] | None] = {}

    def span_at(self, i: int) -> tuple[int, int]:
        k = bisect_right(self.at, i) - 1
        if k not in self._spans:
            low = self.nfkc[k].lower()
            if len(low) != len(self.nfkc[k]) or "\x00" in low:
                self._spans[k] = None
            else:
                surfaces = self.tokens[k].split(" ") if self.tokens[k] else []
                self._spans[k] = (token_starts(low, surfaces), surfaces)
        spans = self._spans[k]
        if spans is None:
            return super().span_at(i)
        offsets, surfaces = spans
        j = i - self.at[k]
        p = bisect_right(offsets, j) - 1
        if p >= 0 and j < offsets[p] + len(surfaces[p]):
            return self.at[k] + offsets[p], self.at[k] + offsets[p] + len(surfaces[p])
        return i, i + 1


_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
_KATA = re.compile(rf"[{_KATAKANA}]")


def _scan(flat: str, gaz: Gazetteer) -> list[tuple[int, int, str]]:
    """Gazetteer aliases in the text, longest first at each place, word boundaries respected."""
    low = flat.lower()
    if len(low) != len(flat):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in flat)  # keep offsets
    out: list[tuple[int, int, str]] = []
    if gaz.alias_re is None:
        return out
    n = len(flat)
    fast = gaz.fast  # alias -> actor id, for aliases the regex checks completely
    i = 0
    while i < n:
        for m in gaz.alias_re.finditer(low, i):
            aid = fast.get(m.group())
            if aid is not None:  # one alias, its boundaries checked by the regex
                out.append((m.start(), m.end(), aid))
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
            if kata and ((_KATA.match(spelled) and _KATA.match(before)) or (_KATA.search(spelled[-1]) and _KATA.match(after))):
                continue
            out.append((i, end, aid))
            i = end
            break
        else:
            i += 1
    return out


def _short_ok(text: str, i: int) -> bool:
    ch = text[i]
    before = text[i - 1] if i else ""
    after = text[i + 1] if i + 1 < len(text) else ""
    if _KATA.match(ch):
        # ロ and ウ are forms only when they stand apart from other katakana.
        if _KATA.match(before) or _KATA.match(after):
            return False
    if ch == "日" and before and (before.isdigit() or before in "月毎今昨本前翌同当休祝平元初"):
        return False
    if ch == "中" and after and after in "間央心旬盤継断立止期核堅部級古毒":
        return False
    return True


_TITLES_RE = re.compile("|".join(sorted(TITLES, key=len, reverse=True)))  # the longest title at a place
_NAME_CHARS = frozenset(map(chr, range(ord("ァ"), ord("ヺ") + 1))) | {"ー", "・", "＝"}
_NAME = re.compile(rf"[ァ-ヺ][{_KATAKANA}]+(?:[・＝][ァ-ヺ][{_KATAKANA}]*)*")  # katakana names, joined by ・ or ＝
_COUNTRY_BEFORE_TITLE = frozenset("米露英仏独中日韓" + _MARK)  # プーチン露大統領
_KANJI_CHARS = re.compile(r"[\u4e00-\u9fff々]{2}")


def _hidden_after(title: str) -> tuple[int, ...]:
    """Offsets inside `title` where another title may start (統領|補佐官 in 大統領補佐官)."""
    return tuple(k for k in range(1, len(title))
                 if any(t.startswith(title[k:]) or title[k:].startswith(t) for t in TITLES))


_HIDDEN = {t: _hidden_after(t) for t in TITLES}


def _discover(masked: str) -> list[tuple[str, str, int, int]]:
    """Name-like runs before a title: (name, surname, start, end) in the masked text.

    A discovered person's id is their surname, so a full name and its surname merge.
    The titles are found first (one pass that skips to their first characters); the name
    is then read backwards from each: a run of katakana, joined by ・ or ＝, that is the
    whole run (nothing of the kind just before it), then an optional country form.
    """
    out = []
    kanji_lines: list[int] = []  # lines holding two kanji right before a title: names in UniDic
    for m in _TITLES_RE.finditer(masked):
        at = m.start()
        end = at - 1 if at >= 2 and masked[at - 1] in _COUNTRY_BEFORE_TITLE else at
        if end and masked[end - 1] in _NAME_CHARS and masked[end - 1] not in "・＝":
            start = end - 1
            while start and masked[start - 1] in _NAME_CHARS:
                start -= 1
            if _NAME.fullmatch(masked, start, end):
                name = masked[start:end]
                if _plausible_name(name):
                    out.append((name, re.split(r"[・＝]", name)[-1], start, end))
        # Every place a title starts, those hidden inside the longest one too.
        for q in (at, *(at + k for k in _HIDDEN[m.group()] if _TITLES_RE.match(masked, at + k))):
            if q >= 2 and _KANJI_CHARS.fullmatch(masked, q - 2, q):
                line = masked.rfind("\n", 0, q) + 1
                if not kanji_lines or kanji_lines[-1] != line:
                    kanji_lines.append(line)
                break
    # Kanji names: UniDic 人名 tokens (surname, given name) right before a title.
    for line in kanji_lines:  # tokenize only the lines (passages) that may hold one
        end = masked.find("\n", line)
        found = _kanji_names(masked[line : end if end >= 0 else len(masked)])
        out.extend((name, surname, line + a, line + b) for name, surname, a, b in found)
    return out


@lru_cache(maxsize=4096)  # the same names recur article after article: tokenize each once
def _plausible_name(name: str) -> bool:
    if len(name) < 2 or name in _STOP_NAMES or name.endswith("ー・"):
        return False
    words = tagger()(name.replace("・", " "))
    if any("地名" in w.feature_raw for w in words):
        return False  # a country or place before a title (ロシア大統領) is not a person
    glosses = [w.feature.lemma or "" for w in words]
    # Every part an everyday loanword (ホワイト-white ハウス-house): not a person.
    if words and all(re.search(r"-[a-z]", g) for g in glosses):
        return False
    return True


def _kanji_names(masked: str) -> list[tuple[str, str, int, int]]:
    out = []
    flat = name_parts(masked)
    pos = 0
    spans = []
    for cls, surface in zip(flat[0::2], flat[1::2]):
        start = masked.find(surface, pos)
        end = start + len(surface)
        pos = end
        spans.append((cls, surface, start, end))
    i = 0
    while i < len(spans):
        cls, surface, start, end = spans[i]
        if cls == "人名,姓":
            j = i + 1
            name_end = end
            if j < len(spans) and spans[j][0] == "人名,名":
                name_end = spans[j][3]
                j += 1
            if any(masked.startswith(t, name_end) for t in TITLES):
                out.append((masked[start:name_end], surface, start, name_end))
            i = j
        else:
            i += 1
    return out
