"""The actors report and its dev set: the loader, the held-out rule, the command, the figures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import actors_report_run
from tui import actors_report

ROOT = Path(__file__).parent.parent


def test_marks_are_stripped_to_spans_over_the_plain_text():
    text, spans = actors_report.strip("[[ORG:日銀]]の[[PER:植田和男]]総裁は[[CTY:米国]]へ")
    assert text == "日銀の植田和男総裁は米国へ"
    assert [(text[s:e], k) for s, e, k in spans] == [("日銀", "organization"), ("植田和男", "person"), ("米国", "place")]


def test_the_dev_set_has_400_sentences_every_field_and_a_held_out_quarter():
    articles = actors_report.load()
    sentences = sum(len(a.texts) for a in articles)
    assert sentences >= 400
    assert {a.name.split(":")[0] for a in articles} == {
        "business", "economy", "international", "politics", "society", "sports"}
    held = [a for a in articles if a.held_out]
    assert [k for k, a in enumerate(articles) if a.held_out] == list(range(3, len(articles), 4))
    assert 0.2 < sum(len(a.texts) for a in held) / sentences < 0.3
    for a in articles:  # every mark well formed: none left in the text
        assert not any("[[" in t or "]]" in t for t in a.texts)
        for text, spans in zip(a.texts, a.gold):
            assert all(0 <= s < e <= len(text) for s, e, _ in spans)


def test_the_plain_unidic_run_joins_a_surname_and_a_given_name():
    art = actors_report.Article("x", False, ["植田和男総裁が東京で"], [[]])
    assert actors_report.unidic(art) == [[(0, 4, "person"), (7, 9, "place")]]


def test_the_report_command_prints_each_kind_for_dev_and_held_out():
    out = actors_report_run()
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("dev:") and any(x.startswith("held-out:") for x in lines)
    assert sum(1 for x in lines if x.split()[:1] == ["person"]) == 2  # (not a genre named personnel_…)
    assert "plain UniDic" in out.stdout


def test_the_figures_reach_the_goal_and_beat_the_plain_unidic_runs():
    result = actors_report.score(actors_report.load())
    for part in ("dev", "held-out"):
        person = result[(part, "ours", "person")]
        assert person.p() >= 0.9 and person.r() >= 0.9, part
        for kind in actors_report.KINDS:
            assert result[(part, "ours", kind)].f1() > result[(part, "unidic", kind)].f1(), (part, kind)


def test_the_import_path_finds_what_the_report_finds():
    """The import hands the actors the words MeCab read with the index's tokens; the same finds as alone."""
    import unicodedata

    from tui.news import actors
    from tui.news.language import index_and_words

    gaz = actors.default()
    for article in actors_report.load():
        nfkc = [unicodedata.normalize("NFKC", t) for t in article.texts]
        both = [index_and_words(t) for t in nfkc]
        assert actors.find_all(article.texts, gaz, nfkc, [t for t, _ in both], [w for _, w in both]) == \
            actors.find_all(article.texts, gaz), article.name


def test_a_set_that_is_not_there_is_one_line_and_exit_2():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-m", "tui.report", "actors", "--help"], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=60)
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.splitlines() == ["report: no such set: --help"]


def test_the_errors_of_a_set_the_report_does_not_tune_on_are_one_line_and_exit_2():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for args in (["actors", "--errors-dev99"], ["stories", "--errors-dev8"]):
        out = subprocess.run([sys.executable, "-m", "tui.report", *args], capture_output=True, text=True,
                             env=env, cwd=ROOT, timeout=120)
        assert out.returncode == 2 and out.stdout == ""
        assert out.stderr.splitlines() == [f"report: no such set: {args[1]}"]


def test_an_address_tagged_whole_or_by_its_parts_scores_the_same_once_joined():
    text, whole = actors_report.strip("[[LOC:愛知県豊田市]]の工場で[[PER:水野]]さんが働く。")
    _, parts = actors_report.strip("[[LOC:愛知県]][[LOC:豊田市]]の工場で[[PER:水野]]さんが働く。")
    assert whole != parts
    assert actors_report.joined(whole) == actors_report.joined(parts) == whole
    _, apart = actors_report.strip("[[LOC:大阪]]・[[LOC:北新地]]で")  # places that do not touch stay apart
    assert actors_report.joined(apart) == apart
    strict, loose = actors_report.Score(), actors_report.Score()
    strict.add(whole, parts, "place")
    loose.add(actors_report.joined(whole), actors_report.joined(parts), "place")
    assert (strict.tp, strict.fp, strict.fn) == (0, 2, 1) and (loose.tp, loose.fp, loose.fn) == (1, 0, 0)


def test_the_report_prints_the_places_with_each_address_whole():
    lines = actors_report.general_table(actors_report.load(actors_report.DEV16_SET), "dev 16", held_out=False)
    assert any(line.lstrip().startswith("LOC, address whole") for line in lines)
