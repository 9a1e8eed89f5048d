"""The actors report: precision, recall and F1 per kind on the labelled dev set, next to plain UniDic runs.

The dev set (`tests/data/actors_dev/*.txt`, described in its README) is sentences with inline spans,
`[[PER:大谷翔平]]`, articles separated by blank lines. Every fourth article (0-based index 3, 7, …, counted
over the files in name order) is held out: never tuned on, reported on its own. A found span counts when
its start, end and kind are those of a gold span (countries and places score together as `place`). The
baseline takes each run of UniDic tokens of one proper-noun class as one mention: 人名 a person, 地名 a
place, 組織 an organisation (unidic-lite tags none so; its 固有名詞-一般, where 日銀 and トヨタ are, stands in).

A fourth development set, `tests/data/actors_dev4/` (the general set's format and rules, its own README), covers
genres the others are thin on (appointments, game results, death notices, court records, local news, foreign
news, elections, culture listings, interviews and rosters); it is tuned on, and printed as a block of its own.
A fifth, `tests/data/actors_dev5/` (same format, its own README), covers crime, courts, accidents, baseball,
football, sumo, school sports, the Olympics, entertainment and obituaries the same way; a sixth,
`tests/data/actors_dev6/`, business news (results, retail, tech, finance, transport and energy, labour) where
companies go by their bare names (シャープは, 花王が, 日本郵政の社長); a seventh, `tests/data/actors_dev7/`, casts
and stage names in culture, talents in entertainment, obituaries and sports; an eighth, `tests/data/actors_dev8/`,
sports pages alone, one file per group of sports; a ninth, `tests/data/actors_dev9/`, literature, film, music, the
stage, art, shogi and go, obituaries, local people and science prizes.

A second set, `tests/data/actors_general/` (same format, its own README), is general Japanese text outside
the news the dev set covers (entertainment, local news, obituaries, courts, prose, hard negatives …). All of
it is held out: the report prints it as a block of its own (`general_table`), and `errors` lists what the
recognisers miss or find wrongly there. The sets held out beside it (`HELD_OUT_SETS`) get blocks of their own;
held out 5 to 16 (`tests/data/actors_heldout5/` … `actors_heldout16/`, twelve news genres each) also give every kind's
figures in each genre.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .news import actors
from .news.language import word_class, words

DEV_SET = Path(__file__).resolve().parent.parent / "tests" / "data" / "actors_dev"
GENERAL_SET = DEV_SET.parent / "actors_general"
FRESH_SET = DEV_SET.parent / "actors_fresh"  # held out from the general set's tuning: read its figures only
HELDOUT2_SET = DEV_SET.parent / "actors_heldout2"  # written before the person-recall work; read its figures only
HELDOUT3_SET = DEV_SET.parent / "actors_heldout3"  # written before the third recall round; read its figures only
ORGS_SET = DEV_SET.parent / "actors_orgs_heldout"  # written before the organisation rules of issue 20; figures only
HELDOUT4_SET = DEV_SET.parent / "actors_heldout4"  # written apart from the rules after the real-page round; figures only
HELDOUT5_SET = DEV_SET.parent / "actors_heldout5"  # written apart from the rules after dev 5; read its figures only
HELDOUT6_SET = DEV_SET.parent / "actors_heldout6"  # written apart from the rules after dev 9; read its figures only
HELDOUT7_SET = DEV_SET.parent / "actors_heldout7"  # written apart from the rules with dev 10 and 11; figures only
HELDOUT8_SET = DEV_SET.parent / "actors_heldout8"  # written apart from the rules after held out 7; figures only
HELDOUT9_SET = DEV_SET.parent / "actors_heldout9"  # written apart from the rules after held out 8; figures only
HELDOUT10_SET = DEV_SET.parent / "actors_heldout10"  # written apart from the rules after dev 13; figures only
HELDOUT11_SET = DEV_SET.parent / "actors_heldout11"  # written apart from the rules after dev 14; figures only
HELDOUT12_SET = DEV_SET.parent / "actors_heldout12"  # written apart from the rules after dev 15; figures only
HELDOUT13_SET = DEV_SET.parent / "actors_heldout13"  # written apart from the rules after dev 16; figures only
HELDOUT14_SET = DEV_SET.parent / "actors_heldout14"  # written apart from the rules after dev 17; figures only
HELDOUT15_SET = DEV_SET.parent / "actors_heldout15"  # written apart from the rules after dev 19; figures only
HELDOUT16_SET = DEV_SET.parent / "actors_heldout16"  # written apart from the rules after dev 20; figures only
HELDOUT17_SET = DEV_SET.parent / "actors_heldout17"  # written apart from the rules after dev 21; figures only
HELDOUT18_SET = DEV_SET.parent / "actors_heldout18"  # written apart from the rules after dev 23; figures only
HELDOUT19_SET = DEV_SET.parent / "actors_heldout19"  # written apart from the rules after dev 23; figures only
HELDOUT20_SET = DEV_SET.parent / "actors_heldout20"  # written apart from the rules after dev 24; figures only
HELDOUT21_SET = DEV_SET.parent / "actors_heldout21"  # written apart from the rules after dev 25; figures only
HELDOUT22_SET = DEV_SET.parent / "actors_heldout22"  # written apart from the rules after dev 26; figures only
HELDOUT23_SET = DEV_SET.parent / "actors_heldout23"  # written apart from the rules after dev 29; figures only
DEV4_SET = DEV_SET.parent / "actors_dev4"  # a development set (tuned on): personnel, results, notices, courts …
DEV5_SET = DEV_SET.parent / "actors_dev5"  # a development set (tuned on): crime, courts, sports, entertainment …
DEV6_SET = DEV_SET.parent / "actors_dev6"  # a development set (tuned on): bare company names in business news
DEV7_SET = DEV_SET.parent / "actors_dev7"  # a development set (tuned on): culture, entertainment, obituaries, sports
DEV8_SET = DEV_SET.parent / "actors_dev8"  # a development set (tuned on): sports pages, one file per group of sports
DEV9_SET = DEV_SET.parent / "actors_dev9"  # a development set (tuned on): culture, arts, obituaries, local people
DEV10_SET = DEV_SET.parent / "actors_dev10"  # a development set (tuned on): entertainment, courts, people in ten genres
DEV11_SET = DEV_SET.parent / "actors_dev11"  # a development set (tuned on): organisations in ten genres
DEV12_SET = DEV_SET.parent / "actors_dev12"  # a development set (tuned on): hard persons in seven genres
DEV13_SET = DEV_SET.parent / "actors_dev13"  # a development set (tuned on): persons in five genres of news
DEV14_SET = DEV_SET.parent / "actors_dev14"  # a development set (tuned on): hard persons in six genres of news
DEV15_SET = DEV_SET.parent / "actors_dev15"  # a development set (tuned on): sports pages in six genres
DEV16_SET = DEV_SET.parent / "actors_dev16"  # a development set (tuned on): results pages, entertainment, local people
DEV17_SET = DEV_SET.parent / "actors_dev17"  # a development set (tuned on): game stories, stage names, local politics
DEV18_SET = DEV_SET.parent / "actors_dev18"  # a development set (tuned on): results listings, sport, entertainment, people
DEV19_SET = DEV_SET.parent / "actors_dev19"  # a development set (tuned on): results pages of every sport and contest
DEV20_SET = DEV_SET.parent / "actors_dev20"  # a development set (tuned on): running text of ten genres, names untitled
DEV21_SET = DEV_SET.parent / "actors_dev21"  # a development set (tuned on): listings, games, local government, stages
DEV22_SET = DEV_SET.parent / "actors_dev22"  # a development set (tuned on): games and results of many sports, stages
DEV23_SET = DEV_SET.parent / "actors_dev23"  # a development set (tuned on): names untitled in six genres, abroad and home
DEV24_SET = DEV_SET.parent / "actors_dev24"  # a development set (tuned on): results, arts, science, television, people
DEV25_SET = DEV_SET.parent / "actors_dev25"  # a development set (tuned on): results and TV listings, line-ups, people
DEV26_SET = DEV_SET.parent / "actors_dev26"  # a development set (tuned on): TV and radio listings, casts, entertainment
DEV27_SET = DEV_SET.parent / "actors_dev27"  # a development set (tuned on): letters, lists, wire copy, profiles, officials
DEV28_SET = DEV_SET.parent / "actors_dev28"  # a development set (tuned on): courts, results, obituaries, firms, diplomacy
DEV29_SET = DEV_SET.parent / "actors_dev29"  # a development set (tuned on): local government, schools, medicine, regions
DEV30_SET = DEV_SET.parent / "actors_dev30"  # a development set (tuned on): results, games, bouts, entertainment, towns
DEV31_SET = DEV_SET.parent / "actors_dev31"  # a development set (tuned on): officers, games, results, towns, groups, world
DEV32_SET = DEV_SET.parent / "actors_dev32"  # a development set (tuned on): organisations of every kind, in six genres
DEV33_SET = DEV_SET.parent / "actors_dev33"  # a development set (tuned on): persons in results, games, towns, stages, courts
DEV34_SET = DEV_SET.parent / "actors_dev34"  # a development set (tuned on): organisations in games, firms, towns, politics, culture, world
DEV35_SET = DEV_SET.parent / "actors_dev35"  # a development set (tuned on): everyday general news of six genres
DEV36_SET = DEV_SET.parent / "actors_dev36"  # a development set (tuned on): people's names easy to miss, six genres
DEV37_SET = DEV_SET.parent / "actors_dev37"  # a development set (tuned on): people in results, listings and game reports
DEV38_SET = DEV_SET.parent / "actors_dev38"  # a development set (tuned on): people in results, games and local pages in
# other house styles, and lookalikes
DEV39_SET = DEV_SET.parent / "actors_dev39"  # a development set (tuned on): people in results, games, local pages,
# credits and society pages in house styles sets 37 and 38 did not use, and lookalikes
DEV40_SET = DEV_SET.parent / "actors_dev40"  # a development set (tuned on): people in results, games, culture, local and
# society pages in house styles sets 37 to 39 did not use (doubles, team matches, line-ups, prize lists), and lookalikes
DEV41_SET = DEV_SET.parent / "actors_dev41"  # a development set (tuned on): everyday general news of six genres in
# running prose, with real places and invented people and firms, and lookalikes
DEV42_SET = DEV_SET.parent / "actors_dev42"  # a development set (tuned on): everyday general news of the genres
# (politics, economy and business, international, society, sports) in running prose, and lookalikes
DEV43_SET = DEV_SET.parent / "actors_dev43"  # a development set (tuned on): web, business, results, entertainment and
# local news with names written unspaced, as most papers print them, and lookalikes
# The development sets printed after the dev set's block, in order: (folder, block name, errors option).
TUNED_SETS = ((DEV4_SET, "dev 4", "--errors-dev4"), (DEV5_SET, "dev 5", "--errors-dev5"),
              (DEV6_SET, "dev 6", "--errors-dev6"), (DEV7_SET, "dev 7", "--errors-dev7"),
              (DEV8_SET, "dev 8", "--errors-dev8"), (DEV9_SET, "dev 9", "--errors-dev9"),
              (DEV10_SET, "dev 10", "--errors-dev10"), (DEV11_SET, "dev 11", "--errors-dev11"),
              (DEV12_SET, "dev 12", "--errors-dev12"), (DEV13_SET, "dev 13", "--errors-dev13"),
              (DEV14_SET, "dev 14", "--errors-dev14"), (DEV15_SET, "dev 15", "--errors-dev15"),
              (DEV16_SET, "dev 16", "--errors-dev16"), (DEV17_SET, "dev 17", "--errors-dev17"),
              (DEV18_SET, "dev 18", "--errors-dev18"), (DEV19_SET, "dev 19", "--errors-dev19"),
              (DEV20_SET, "dev 20", "--errors-dev20"), (DEV21_SET, "dev 21", "--errors-dev21"),
              (DEV22_SET, "dev 22", "--errors-dev22"), (DEV23_SET, "dev 23", "--errors-dev23"),
              (DEV24_SET, "dev 24", "--errors-dev24"), (DEV25_SET, "dev 25", "--errors-dev25"),
              (DEV26_SET, "dev 26", "--errors-dev26"), (DEV27_SET, "dev 27", "--errors-dev27"),
              (DEV28_SET, "dev 28", "--errors-dev28"), (DEV29_SET, "dev 29", "--errors-dev29"),
              (DEV30_SET, "dev 30", "--errors-dev30"), (DEV31_SET, "dev 31", "--errors-dev31"),
              (DEV32_SET, "dev 32", "--errors-dev32"), (DEV33_SET, "dev 33", "--errors-dev33"),
              (DEV34_SET, "dev 34", "--errors-dev34"), (DEV35_SET, "dev 35", "--errors-dev35"),
              (DEV36_SET, "dev 36", "--errors-dev36"), (DEV37_SET, "dev 37", "--errors-dev37"),
              (DEV38_SET, "dev 38", "--errors-dev38"), (DEV39_SET, "dev 39", "--errors-dev39"),
              (DEV40_SET, "dev 40", "--errors-dev40"), (DEV41_SET, "dev 41", "--errors-dev41"),
              (DEV42_SET, "dev 42", "--errors-dev42"), (DEV43_SET, "dev 43", "--errors-dev43"))
# The sets scored beside the general set, held out from its tuning, in the report's order: (folder, block name).
HELD_OUT_SETS = ((FRESH_SET, "fresh"), (HELDOUT2_SET, "held out 2"), (HELDOUT3_SET, "held out 3"),
                 (ORGS_SET, "organisations held out"), (HELDOUT4_SET, "held out 4"),
                 (HELDOUT5_SET, "held out 5"), (HELDOUT6_SET, "held out 6"),
                 (HELDOUT7_SET, "held out 7"), (HELDOUT8_SET, "held out 8"),
                 (HELDOUT9_SET, "held out 9"), (HELDOUT10_SET, "held out 10"),
                 (HELDOUT11_SET, "held out 11"), (HELDOUT12_SET, "held out 12"),
                 (HELDOUT13_SET, "held out 13"),
                 (HELDOUT14_SET, "held out 14"), (HELDOUT15_SET, "held out 15"),
                 (HELDOUT16_SET, "held out 16"), (HELDOUT17_SET, "held out 17"),
                 (HELDOUT18_SET, "held out 18"), (HELDOUT19_SET, "held out 19"),
                 (HELDOUT20_SET, "held out 20"), (HELDOUT21_SET, "held out 21"), (HELDOUT22_SET, "held out 22"),
                 (HELDOUT23_SET, "held out 23"))
# The held-out sets whose block also gives every kind's P / R / F1 in each genre, not persons' alone.
KINDS_BY_GENRE_SETS = (HELDOUT5_SET, HELDOUT6_SET, HELDOUT7_SET, HELDOUT8_SET, HELDOUT9_SET,
                       HELDOUT10_SET, HELDOUT11_SET, HELDOUT12_SET, HELDOUT13_SET,
                       HELDOUT14_SET, HELDOUT15_SET, HELDOUT16_SET, HELDOUT17_SET, HELDOUT18_SET,
                       HELDOUT19_SET, HELDOUT20_SET, HELDOUT21_SET, HELDOUT22_SET, HELDOUT23_SET)
KINDS = ("person", "organization", "place")
_TAGS = {"PER": "person", "ORG": "organization", "LOC": "place", "CTY": "place"}
_SPAN = re.compile(r"\[\[(PER|ORG|LOC|CTY):([^\]]+)\]\]")
_UNIDIC = {"人名": "person", "組織": "organization", "一般": "organization", "地名": "place"}
HELD_OUT_EVERY = 4  # article k is held out when k % 4 == 3

Span = tuple[int, int, str]  # start, end, kind


@dataclass
class Article:
    """One article of the dev set: its sentences, with their gold spans."""

    name: str
    held_out: bool
    texts: list[str] = field(default_factory=list)
    gold: list[list[Span]] = field(default_factory=list)


def strip(marked: str) -> tuple[str, list[Span]]:
    """A marked sentence as plain text and its spans."""
    out, spans, last = [], [], 0
    for m in _SPAN.finditer(marked):
        out.append(marked[last:m.start()])
        at = sum(map(len, out))
        spans.append((at, at + len(m.group(2)), _TAGS[m.group(1)]))
        out.append(m.group(2))
        last = m.end()
    out.append(marked[last:])
    return "".join(out), spans


def load(folder: Path = DEV_SET) -> list[Article]:
    """Every article of the dev set, in file-name order."""
    articles: list[Article] = []
    for path in sorted(folder.glob("*.txt")):
        current: Article | None = None
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.startswith("#"):
                continue
            if not line.strip():
                current = None
                continue
            if current is None:
                k = len(articles)
                current = Article(f"{path.stem}:{k}", k % HELD_OUT_EVERY == HELD_OUT_EVERY - 1)
                articles.append(current)
            text, spans = strip(line.strip())
            current.texts.append(text)
            current.gold.append(spans)
    return articles


def ours(article: Article, gaz: actors.Gazetteer | None = None) -> list[list[Span]]:
    """The actors' mentions in each sentence of the article, found as an import finds them."""
    gaz = gaz or actors.default()
    found, new = actors.find_all(article.texts, gaz)
    out = []
    for passage in found:
        spans = []
        for aid, start, end in passage:
            kind = (new.get(aid) or gaz.entries[aid]).kind
            spans.append((start, end, "place" if kind == "country" else kind))
        out.append(spans)
    return out


def unidic(article: Article) -> list[list[Span]]:
    """The plain baseline: each run of UniDic tokens of one proper-noun class is one mention."""
    out = []
    for text in article.texts:
        flat = words(text)
        spans: list[Span] = []
        pos, run = 0, None
        for surface, context in zip(flat[0::2], flat[1::2]):
            start = text.find(surface, pos)
            pos = start + len(surface)
            _, pos1, pos2, _ = word_class(context)
            kind = _UNIDIC.get(pos2) if pos1 == "固有名詞" else None
            if kind and run and run[2] == kind and run[1] == start:
                run = (run[0], pos, kind)
            else:
                if run:
                    spans.append(run)
                run = (start, pos, kind) if kind else None
        if run:
            spans.append(run)
        out.append(spans)
    return out


@dataclass
class Score:
    """Mention counts for one kind and one method."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: list[Span], found: list[Span], kind: str) -> None:
        g = Counter(s for s in gold if s[2] == kind)
        f = Counter(s for s in found if s[2] == kind)
        hit = sum((g & f).values())
        self.tp += hit
        self.fp += sum(f.values()) - hit
        self.fn += sum(g.values()) - hit

    def p(self) -> float:
        return self.tp / max(1, self.tp + self.fp)

    def r(self) -> float:
        return self.tp / max(1, self.tp + self.fn)

    def f1(self) -> float:
        p, r = self.p(), self.r()
        return 2 * p * r / (p + r) if p + r else 0.0


def score(articles: list[Article]) -> dict[tuple[str, str, str], Score]:
    """{(part, method, kind): Score}; part is `dev` (tuned on) or `held-out`, method `ours` or `unidic`."""
    result: dict[tuple[str, str, str], Score] = {}
    for article in articles:
        part = "held-out" if article.held_out else "dev"
        for method, found in (("ours", ours(article)), ("unidic", unidic(article))):
            for gold, got in zip(article.gold, found):
                for kind in KINDS:
                    result.setdefault((part, method, kind), Score()).add(gold, got, kind)
    return result


def table(articles: list[Article]) -> list[str]:
    """The report's lines: per part and kind, P / R / F1 of ours and of the plain UniDic run."""
    result = score(articles)
    lines = []
    for part in ("dev", "held-out"):
        chosen = [a for a in articles if (part == "held-out") == a.held_out]
        sentences = sum(len(a.texts) for a in chosen)
        lines.append(f"{part}: {len(chosen)} articles, {sentences} sentences (exact spans)")
        lines.append(f"  {'kind':<14}{'gold':>6}   {'ours P / R / F1':<24}{'plain UniDic P / R / F1'}")
        for kind in KINDS:
            o, u = result[(part, "ours", kind)], result[(part, "unidic", kind)]
            lines.append(f"  {kind:<14}{o.tp + o.fn:>6}   {o.p():.3f} / {o.r():.3f} / {o.f1():.3f}     "
                         f"{u.p():.3f} / {u.r():.3f} / {u.f1():.3f}")
    return lines


def load_general(folder: Path = GENERAL_SET) -> list[Article]:
    """Every article of the general set, all of them held out."""
    articles = load(folder)
    for article in articles:
        article.held_out = True
    return articles


def joined(spans: list[Span]) -> list[Span]:
    """The spans with each run of places that touch made one (愛知県 + 豊田市: 愛知県豊田市), the other kinds as
    they are. Sets differ in how they tag an address (whole, or prefecture and city apart); scored on both
    sides after this, the places' figures no longer depend on that choice."""
    out: list[Span] = []
    for s, e, kind in sorted(spans):
        if kind == "place" and out and out[-1][2] == "place" and out[-1][1] == s:
            out[-1] = (out[-1][0], e, kind)
        else:
            out.append((s, e, kind))
    return out


JOINED = "place joined"  # the places, each address one span on both sides (`joined`)


def score_set(articles: list[Article]) -> dict[tuple[str, str, str], Score]:
    """{(genre, method, kind): Score} over one set, with genre `all` for the whole of it, and the places also
    with each address one span (kind `JOINED`)."""
    result: dict[tuple[str, str, str], Score] = {}
    for article in articles:
        genre = article.name.split(":")[0]
        for method, found in (("ours", ours(article)), ("unidic", unidic(article))):
            for gold, got in zip(article.gold, found):
                for kind in KINDS:
                    for part in ("all", genre):
                        result.setdefault((part, method, kind), Score()).add(gold, got, kind)
                result.setdefault(("all", method, JOINED), Score()).add(joined(gold), joined(got), "place")
    return result


_TAG_OF = {"person": "PER", "organization": "ORG", "place": "LOC"}


def general_table(articles: list[Article], name: str = "general", folder: str = "tests/data/actors_general",
                  held_out: bool = True, kinds_by_genre: bool = False) -> list[str]:
    """The general set's block (or another set's of its format): P / R / F1 per kind (rows by the set's
    tags), then persons per genre. `held_out`: False for a set the recognisers are tuned on (dev 4);
    `kinds_by_genre`: then P / R / F1 of every kind in each genre as well."""
    result = score_set(articles)
    genres = sorted({a.name.split(":")[0] for a in articles})
    sentences = sum(len(a.texts) for a in articles)
    lines = [f"{name}, {'all held out' if held_out else 'tuned on'}: {len(articles)} articles, {sentences} sentences, {len(genres)} genres "
             f"({folder}, exact spans)",
             f"  {'kind':<18}{'gold':>6}   {'ours P / R / F1':<24}{'plain UniDic P / R / F1'}"]
    for kind in KINDS:
        o, u = result[("all", "ours", kind)], result[("all", "unidic", kind)]
        lines.append(f"  {_TAG_OF[kind] + ' ' + kind:<18}{o.tp + o.fn:>6}   "
                     f"{o.p():.3f} / {o.r():.3f} / {o.f1():.3f}     {u.p():.3f} / {u.r():.3f} / {u.f1():.3f}")
    o, u = result[("all", "ours", JOINED)], result[("all", "unidic", JOINED)]
    lines.append(f"  {'LOC, address whole':<18}{o.tp + o.fn:>6}   "
                 f"{o.p():.3f} / {o.r():.3f} / {o.f1():.3f}     {u.p():.3f} / {u.r():.3f} / {u.f1():.3f}")
    lines.append(f"  {'PER by genre':<18}{'gold':>6}   {'ours P / R, false':<24}{'plain UniDic P / R, false'}")
    for genre in genres:
        o, u = result[(genre, "ours", "person")], result[(genre, "unidic", "person")]
        lines.append(f"  {genre:<18}{o.tp + o.fn:>6}   {o.p():.3f} / {o.r():.3f}, {o.fp:<5}       "
                     f"{u.p():.3f} / {u.r():.3f}, {u.fp}")
    if kinds_by_genre:
        lines.append(f"  {'genre, kind':<18}{'gold':>6}   {'ours P / R / F1':<24}{'plain UniDic P / R / F1'}")
        for genre in genres:
            for kind in KINDS:
                o, u = result[(genre, "ours", kind)], result[(genre, "unidic", kind)]
                lines.append(f"  {genre + ' ' + _TAG_OF[kind]:<18}{o.tp + o.fn:>6}   {o.p():.3f} / {o.r():.3f} / "
                             f"{o.f1():.3f}     {u.p():.3f} / {u.r():.3f} / {u.f1():.3f}")
    return lines


def errors(articles: list[Article]) -> list[tuple[str, str, str, str, str, str]]:
    """What ours got wrong: (article, `miss` or `false`, kind, mention, its start, sentence), in the set's order. A
    found span of the wrong kind is a false find of its kind and a miss of the gold's."""
    out = []
    for article in articles:
        for text, gold, got in zip(article.texts, article.gold, ours(article)):
            g, f = Counter(gold), Counter(got)
            for (s, e, kind), n in sorted((g - f).items()):
                out += [(article.name, "miss", kind, text[s:e], str(s), text)] * n
            for (s, e, kind), n in sorted((f - g).items()):
                out += [(article.name, "false", kind, text[s:e], str(s), text)] * n
    return out


def speed_table(articles: list[Article], rounds: int = 3) -> list[str]:
    """CPU of our actors over every sentence (MeCab included) beside the plain UniDic run's (MeCab and the
    runs of 人名 tokens: fugashi's own speed), each the best of `rounds`, in this process, both warm."""
    if not articles:
        return []
    ours(articles[0]), unidic(articles[0])  # the gazetteer, the tables and MeCab's dictionary loaded first
    best = {"ours": float("inf"), "unidic": float("inf")}
    for _ in range(rounds):
        for name, method in (("ours", ours), ("unidic", unidic)):
            start = time.process_time()
            for article in articles:
                method(article)
            best[name] = min(best[name], time.process_time() - start)
    sentences = sum(len(a.texts) for a in articles)
    return [f"speed over all {sentences} sentences (CPU, best of {rounds}, one process): ours {best['ours']:.2f} s "
            f"({sentences / max(best['ours'], 1e-9):,.0f} sentences/s), plain UniDic run {best['unidic']:.2f} s "
            f"({sentences / max(best['unidic'], 1e-9):,.0f} sentences/s): ours {best['ours'] / max(best['unidic'], 1e-9):.2f}x the plain run"]
