"""The general actors set (tests/data/actors_general): well formed, all held out, and in the report."""

from __future__ import annotations

import itertools
import re
from functools import cache

from conftest import actors_report_run, assert_well_marked
from tui import actors_report

@cache
def _scores():
    """The general set's scores, computed once per worker for the tests that read them."""
    return actors_report.score_set(actors_report.load_general())


GENRES = {"business", "courts", "entertainment", "local", "names", "negatives", "obituaries", "prose",
          "science_culture", "sports_talk"}


def test_the_general_set_has_300_sentences_in_every_genre_all_held_out():
    articles = actors_report.load_general()
    assert sum(len(a.texts) for a in articles) >= 300
    by_genre: dict[str, int] = {}
    for a in articles:
        by_genre[a.name.split(":")[0]] = by_genre.get(a.name.split(":")[0], 0) + len(a.texts)
        assert a.held_out, a.name
    assert set(by_genre) == GENRES
    assert all(n >= 30 for n in by_genre.values()), by_genre
    persons = sum(1 for a in articles for g in a.gold for s in g if s[2] == "person")
    assert persons >= 300


def test_every_mark_has_a_known_label_and_a_clean_span():
    assert_well_marked(actors_report.GENERAL_SET)


def test_spans_lie_inside_their_sentence_and_never_overlap():
    for a in actors_report.load_general():
        for text, spans in zip(a.texts, a.gold):
            assert text and not any(c in text for c in "[]"), a.name
            last = 0
            for s, e, kind in spans:
                assert last <= s < e <= len(text), (a.name, text)
                assert kind in actors_report.KINDS
                last = e


def test_no_sentence_twice_and_none_taken_from_the_dev_set():
    general = [t for a in actors_report.load_general() for t in a.texts]
    assert len(general) == len(set(general))
    dev = {t for a in actors_report.load() for t in a.texts}
    assert not dev & set(general)


def test_the_report_prints_the_general_block_next_to_the_dev_set():
    out = actors_report_run()
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    at = next(k for k, x in enumerate(lines) if x.startswith("general, all held out:"))
    assert lines[0].startswith("dev:") and at > 0
    block = [x.split() for x in itertools.takewhile(bool, lines[at + 1:])]
    assert [row[:2] for row in block[1:4]] == [["PER", "person"], ["ORG", "organization"], ["LOC", "place"]]
    assert block[4][:3] == ["LOC,", "address", "whole"]  # the places with each address one span
    assert {row[0] for row in block[6:]} == GENRES
    result = _scores()
    person = result[("all", "ours", "person")]
    assert f"{person.p():.3f} / {person.r():.3f}" in lines[at + 2]
    speed = [x for x in lines if x.startswith("speed over all ")]  # ours beside the plain UniDic run, in CPU
    assert len(speed) == 1 and re.search(r"ours [0-9.]+ s .*plain UniDic run [0-9.]+ s .*: ours [0-9.]+x the plain run$",
                                         speed[0]), speed


def test_the_errors_listing_accounts_for_every_miss_and_false_find():
    articles = actors_report.load_general()
    result = _scores()
    rows = actors_report.errors(articles)
    for kind in actors_report.KINDS:
        score = result[("all", "ours", kind)]
        assert sum(1 for r in rows if r[1:3] == ("miss", kind)) == score.fn
        assert sum(1 for r in rows if r[1:3] == ("false", kind)) == score.fp
    assert all(r[5][int(r[4]):].startswith(r[3]) for r in rows)
