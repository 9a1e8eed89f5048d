"""The gazetteer: every known actor (`data/gazetteer.toml`, plus the user's `actors.toml`), and the
matchers built from their aliases.

The user's file adds actors, adds aliases to known ones, merges one actor into another and hides
others. Every alias is matched longest first, with word boundaries for ASCII and katakana; a
country's one-character forms (米, 露 …) only in compounds and contexts (see `mentions`).
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import tomllib
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from ..models import ACTOR_KINDS, Actor
from ..sanitize import clean_line

DATA = Path(__file__).parent.parent / "data" / "gazetteer.toml"

# A one-character country form counts before these (米大統領, 露外務省) …
_SHORT_AFTER = (
    "大統領", "副大統領", "政府", "政権", "国務", "国防", "軍", "側", "高官", "当局", "議会", "首脳", "外相",
    "外務", "大使", "特使", "主導", "紙", "企業", "財務", "商務", "首相", "国内", "代表", "メディア", "国営",
    "大手", "産", "製", "経済", "関係", "同盟", "交渉", "協議", "会談", "首脳会談", "間",
)
# … or after these (対ロ, 訪米, 駐日)
SHORT_BEFORE = "対訪駐在親反離滞来"
KATAKANA = "ァ-ヺー"
KATA = re.compile(rf"[{KATAKANA}]")
MARK = "\uE000"  # stands in for a matched country while looking for compounds


def normal(text: str) -> str:
    """An alias or name as aliases are looked up: NFKC, lower-cased."""
    return unicodedata.normalize("NFKC", text).lower()


@dataclass
class Gazetteer:
    """Every known actor, the user's changes applied, with the matchers built from them."""

    entries: dict[str, Actor]
    shorts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # country id -> 米, 露 …
    merged: dict[str, str] = field(default_factory=dict)  # id -> the id it is folded into
    hidden: set[str] = field(default_factory=set)
    signature: str = ""
    sport: dict[str, str] = field(default_factory=dict)  # a club's short name in sports news -> its id (`sport_forms`)

    def __post_init__(self) -> None:
        # What a matched alias is masked with while compounds and names are looked for.
        self.fills = {aid: MARK if e.kind == "country" else "\uE001" for aid, e in self.entries.items()}
        self.by_alias: dict[str, str] = {}
        spelled: dict[str, str] = {}  # as written, NFKC only: acronyms keep their case
        for e in self.entries.values():
            for alias in (e.name, *e.aliases):
                self.by_alias.setdefault(normal(alias), e.id)
                spelled.setdefault(unicodedata.normalize("NFKC", alias), e.id)
        self.short: dict[str, str] = {s: aid for aid, forms in self.shorts.items() for s in forms}
        # The clubs' sport forms, the longest first at a place (`sport_forms` reads where they stand).
        self.sport_re = (re.compile("|".join(map(re.escape, sorted(self.sport, key=len, reverse=True))))
                         if self.sport else None)
        # Aliases by first (lower-cased) character, longest first: a scan tries only those.
        self.first: dict[str, list[tuple[str, str, str, bool, bool, bool]]] = {}
        for a in sorted(spelled, key=len, reverse=True):
            ascii_word = bool(re.fullmatch(r"[A-Za-z0-9 .&\-]+", a))
            # "WHO" and "US" are acronyms only in capitals; names match in any case.
            acronym = ascii_word and a.upper() == a and len(a.replace(".", "")) <= 5
            kata_head = bool(KATA.match(a))
            kata_tail = bool(re.search(rf"[{KATAKANA}]$", a))
            self.first.setdefault(a[0].lower(), []).append(
                (a.lower(), a, spelled[a], ascii_word, acronym, kata_head or kata_tail))
        self.by_lower: dict[str, list[tuple[str, str, str, bool, bool, bool]]] = {}
        for entries in self.first.values():
            for entry in entries:
                self.by_lower.setdefault(entry[0], []).append(entry)
        # One regex shaped as a trie finds the longest alias at each place in one pass. The word
        # boundaries are checked after a match (`_scan`), not inside the pattern: checks in it made
        # the pattern four times as long and its compiling (in every worker) five times as slow.
        # `fast`: an alias of one actor with no boundary to check; `bounded`: one with boundaries
        # (actor id, ASCII word, katakana first, katakana last). Any other match (an acronym's case,
        # aliases spelled alike, a failed check) is `_scan`'s slow path.
        self.fast: dict[str, str] = {}
        self.bounded: dict[str, tuple[str, bool, bool, bool]] = {}
        for key, entries in self.by_lower.items():
            if len(entries) == 1 and not entries[0][4]:
                _, written, aid, ascii_word, _, _ = entries[0]
                head, tail = bool(KATA.match(written)), bool(KATA.search(written[-1]))
                if ascii_word or head or tail:
                    self.bounded[key] = (aid, ascii_word, head, tail)
                else:
                    self.fast[key] = aid
        self.alias_re = re.compile(_trie_pattern(self.by_lower)) if self.by_lower else None
        s = "".join(sorted(re.escape(c) for c in self.short if len(c) == 1))
        self.compound_re: re.Pattern[str] | None = None
        self.context_re: re.Pattern[str] | None = None
        if s:
            unit = rf"(?:[{s}]|{MARK})"
            self.compound_re = re.compile(rf"{unit}(?:・?{unit})+")
            # A form after one of SHORT_BEFORE or before one of _SHORT_AFTER; searched at the forms only.
            self.context_re = re.compile(
                rf"[{s}](?:(?<=[{SHORT_BEFORE}][{s}])|(?=(?:{'|'.join(_SHORT_AFTER)})))"
            )

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


def _load_toml(path: Path) -> dict:
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def _entries(data: dict) -> list[tuple[Actor, tuple[str, ...]]]:
    """The [[actor]] tables of a gazetteer file: each actor with its one-character forms (`short`)."""
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


def signature(user_file: Path | None = None) -> str:
    """The `signature` of the gazetteer `load` gives, without building it: a hash of the shipped
    data's bytes and the user's file's (a change to either re-analyses every document)."""
    h = hashlib.blake2b(digest_size=8)
    if DATA.exists():
        h.update(DATA.read_bytes())
    if user_file is not None and user_file.is_file():
        h.update(user_file.read_bytes())
    return h.hexdigest()


def load(user_file: Path | None = None) -> Gazetteer:
    """The shipped gazetteer with the user's `actors.toml` (add, alias, merge, hide) applied."""
    entries: dict[str, Actor] = {}
    shorts: dict[str, tuple[str, ...]] = {}
    shipped: dict = _load_toml(DATA) if DATA.exists() else {}
    for e, short in _entries(shipped):
        entries[e.id], shorts[e.id] = e, short
    merged: dict[str, str] = {}
    hidden: set[str] = set()
    user: dict = {}
    if user_file is not None and user_file.is_file():
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
    sport = {form: aid for data in (shipped, user) for form, aid in _sport(data, entries)}
    return Gazetteer(entries, {k: v for k, v in shorts.items() if v}, merged, hidden, signature(user_file), sport)


def _sport(data: dict, entries: dict[str, Actor]) -> list[tuple[str, str]]:
    """(form, club id) of the [[actor]] tables' `sport` forms: the short names sports news gives an
    organisation of the file (阪神 of 阪神タイガース), read as it only in a game's article (`sport_forms`)."""
    out = []
    for item in data.get("actor", []):
        aid = clean_line(str(item.get("id", "")))
        if aid in entries and entries[aid].kind == "organization" and isinstance(item.get("sport"), list):
            out += [(f, aid) for f in (unicodedata.normalize("NFKC", clean_line(str(x))) for x in item["sport"]) if f]
    return out


@lru_cache(maxsize=4)
def _cached(user_file: str | None, mtime: float) -> Gazetteer:
    return load(Path(user_file) if user_file else None)


@lru_cache(maxsize=4)
def _signed(user_file: str | None, mtime: float) -> str:
    return signature(Path(user_file) if user_file else None)


def _user_file() -> tuple[str, float]:
    """The user's actors.toml and its modification time (0 when there is none)."""
    from ..paths import config_dir

    user = os.path.join(config_dir(), "actors.toml")
    try:
        info = os.stat(user)
        mtime = info.st_mtime if stat.S_ISREG(info.st_mode) else 0.0
    except OSError:
        mtime = 0.0
    return user, mtime


def default() -> Gazetteer:
    """The gazetteer for this process: shipped data plus the user's actors.toml."""
    return _cached(*_user_file())


def default_signature() -> str:
    """`default().signature`, read from the files alone: the writer's change check builds no gazetteer."""
    return _signed(*_user_file())
