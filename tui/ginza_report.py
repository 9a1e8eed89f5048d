"""GiNZA beside our actors, in the same command: `python -m tui.report actors --ginza PYTHON`.

GiNZA (spaCy's `ja_ginza`) is no dependency of newsreader: PYTHON is an interpreter that has it installed
(also read from `NEWSREADER_GINZA_PYTHON`). It runs `tools/ginza_spans.py` over every sentence of the
sets, once, and its entities are scored as ours are (exact spans). Its Extended Named Entity labels are
read as our kinds: Person a person; organisations, companies, governments, teams, parties, international
bodies, schools and research institutes an organisation (the sets label universities and institutes so);
countries, cities, provinces and regions a place. The speed line puts GiNZA's CPU time over the sentences
(its model loaded and warmed up) beside ours (`actors.find_all`, tokenizing included, the gazetteer loaded)
over the same sentences, each in its own process.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

from .actors_report import KINDS, Article, Score, Span, ours

SCRIPT = Path(__file__).resolve().parent.parent / "tools" / "ginza_spans.py"
_PERSON = {"Person"}
_ORG = {"Organization", "Organization_Other", "Show_Organization", "Sports_Organization",
        "Sports_Organization_Other", "Pro_Sports_Organization", "Sports_Federation", "Sports_League",
        "Sports_Team", "Juridical_Person", "Juridical_Person_Other", "Channel", "Corporation_Other",
        "Nonprofit_Organization", "Company", "Company_Group", "Government", "Cabinet", "Military",
        "Political_Organization", "Political_Organization_Other", "Political_Party",
        "International_Organization", "School", "Research_Institute"}
_PLACE = {"GPE", "GPE_Other", "City", "Province", "Country", "County", "Location_Other", "Region",
          "Region_Other", "Continental_Region", "Domestic_Region"}


def kind_of(label: str) -> str | None:
    """Our kind for one of GiNZA's ENE labels (None: a kind the sets do not label)."""
    if label in _PERSON:
        return "person"
    if label in _ORG:
        return "organization"
    if label in _PLACE:
        return "place"
    return None


def run(python: str, texts: list[str]) -> tuple[str, float, list[list[Span]]]:
    """GiNZA's model name, its CPU seconds over `texts`, and each text's spans in our kinds."""
    done = subprocess.run([python, str(SCRIPT)], input=json.dumps(texts, ensure_ascii=False),
                          capture_output=True, text=True, timeout=3600)
    if done.returncode:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise RuntimeError(f"GiNZA failed in {python}: {tail}")
    out = json.loads(done.stdout)
    spans = [[(s, e, k) for s, e, label in found if (k := kind_of(label))] for found in out["spans"]]
    return out["model"], float(out["seconds"]), spans


def table(sets: list[tuple[str, list[Article]]], python: str) -> list[str]:
    """Per set and kind, GiNZA's P / R / F1 beside ours, then both speeds over every sentence."""
    texts = [t for _, articles in sets for a in articles for t in a.texts]
    model, theirs_cpu, theirs = run(python, texts)
    if articles_all := [a for _, articles in sets for a in articles]:
        ours(articles_all[0])  # the gazetteer and the tokenizer loaded, as GiNZA's model is
    lines = [f"GiNZA ({model}) beside ours, exact spans, {len(texts)} sentences",
             f"  {'set':<24}{'kind':<14}{'gold':>6}   {'ours P / R / F1':<24}GiNZA P / R / F1"]
    ours_cpu, at = 0.0, 0
    for name, articles in sets:
        mine = {k: Score() for k in KINDS}
        their = {k: Score() for k in KINDS}
        for article in articles:
            start = time.process_time()
            found = ours(article)
            ours_cpu += time.process_time() - start
            for gold, got in zip(article.gold, found):
                other = theirs[at]
                at += 1
                for kind in KINDS:
                    mine[kind].add(gold, got, kind)
                    their[kind].add(gold, other, kind)
        for kind in KINDS:
            o, g = mine[kind], their[kind]
            lines.append(f"  {name:<24}{kind:<14}{o.tp + o.fn:>6}   {o.p():.3f} / {o.r():.3f} / {o.f1():.3f}     "
                         f"{g.p():.3f} / {g.r():.3f} / {g.f1():.3f}")
    rate = len(texts) / max(ours_cpu, 1e-9)
    lines.append(f"  speed (CPU, one process each): ours {ours_cpu:.2f} s ({rate:,.0f} sentences/s), "
                 f"GiNZA {theirs_cpu:.2f} s ({len(texts) / max(theirs_cpu, 1e-9):,.0f} sentences/s): "
                 f"GiNZA takes {theirs_cpu / max(ours_cpu, 1e-9):.1f}x ours")
    return lines
