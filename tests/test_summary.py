"""The extractive summarizer, its baseline and its evaluation."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.news.language import sentences
from tui.news.library import Library
from tui.news.summary import bullet_count, candidates, lead, rouge, summarize, textrank

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("summary")
    lib = Library(tmp / "index.db")
    lib.ensure_seeded()
    yield lib
    lib.close()


def test_every_seed_has_generated_bullets_from_its_paragraphs(seeded):
    for row in seeded.articles().all():
        a = seeded.article(row.id)
        by_anchor = {p.anchor: p for p in a.passages}
        assert 1 <= len(a.summary_generated) <= 7
        order = []
        for anchor, text in a.summary_generated:
            passage = by_anchor[anchor]
            assert passage.kind == "paragraph" and text in passage.text
            assert not any(text in r.text for r in a.removed)
            order.append(passage.seq)
        assert order == sorted(order)


@pytest.mark.parametrize("text,expected", [
    ("彼は「行く。」と言った。次の文だ！本当か？", ["彼は「行く。」と言った。", "次の文だ！", "本当か？"]),
    ("閉じ括弧まで（注記。）続く。終わり", ["閉じ括弧まで（注記。）続く。", "終わり"]),
    ("「行くぞ。」次の文だ。", ["「行くぞ。」", "次の文だ。"]),
    ("「発言だ。」", ["「発言だ。」"]),
])
def test_sentences_keep_closing_brackets(text, expected):
    assert sentences(text) == expected


def test_candidates_skip_headings_bullets_and_questions():
    blocks = [("heading", "見出しの文である。"), ("keypoint", "要点の文である長い一文です。"),
              ("paragraph", "本文の最初の文はここにある。これは質問なのだろうか？"), ("summary", "要約の文である長い一文です。")]
    assert [c.text for c in candidates(blocks)] == ["本文の最初の文はここにある。"]


def test_textrank_prefers_the_central_sentence():
    body = ("停戦交渉は来週再開される見通しだ。天気は晴れで気温は高い。停戦交渉の再開で両国の代表が会う。"
            "代表団は停戦交渉の議題を調整した。昼食は和食だった。")
    picked = textrank(candidates([("paragraph", body)]), 1, position_bias=False)
    assert "停戦交渉" in picked[0].text


def test_lead_baseline_and_counts():
    items = candidates([("paragraph", "一つ目の文はここで終わる。二つ目の文はここで終わる。三つ目の文もここで終わる。四つ目の文もある。")])
    assert [s.text for s in lead(items)] == [s.text for s in items[:3]]
    assert bullet_count(2) == 2 and bullet_count(40) == 3 and bullet_count(1000) == 5
    assert summarize([]) == []


def test_rouge_on_characters():
    assert rouge("停戦合意", "停戦合意", 1) == 1.0
    assert rouge("停戦合意", "停戦合意", 2) == 1.0
    assert rouge("abc", "xyz", 1) == 0.0
    assert 0 < rouge("停戦に合意した", "停戦合意", 2) < 1


def test_report_prints_both_methods(capsys):
    from tui.report import main

    assert main(["summaries", str(ROOT / "seeds")]) == 0
    out = capsys.readouterr()[0]
    assert "lead-3" in out and "average" in out


def test_bullets_are_drawn_when_an_article_is_shown(tmp_path):
    """Import stores no generated bullets; showing the article draws them from its passages."""
    import json

    from tui.news.paths import seeds_dir
    from tui.news.summary import generated

    lib = Library(tmp_path / "i.db")
    lib.add([seeds_dir()])
    for art in lib.articles().page(0, 10):
        stored = json.loads(lib.index.con.execute("SELECT doc FROM articles WHERE id=?", (art.id,)).fetchone()[0])
        assert "generated" not in stored["summary"]
        full = lib.article(art.id)
        assert full.summary_generated == generated(full.passages)
        anchors = {p.anchor: p.text for p in full.passages}
        for anchor, text in full.summary_generated:
            assert text in anchors[anchor]
    assert any(lib.article(a.id).summary_generated for a in lib.articles().page(0, 10))
