"""Search finds what grep finds: every passage containing the query, from one character up, ranked
with whole words first. A real index (the seeds and small articles of our own), real fugashi."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.news.language import normalize
from tui.news.library import Library
from tui.news.store.schema import SCHEMA_VERSION


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):
    """The seeds plus a few articles of our own, and every passage as (article id, anchor, text)."""
    folder = tmp_path_factory.mktemp("search")
    extra = folder / "extra"
    extra.mkdir()
    write(extra / "boj.txt", "日銀の会見\n\n日銀の氷見野良三副総裁は19日、記者会見で利上げに触れた。\n\nＷＳ杯の話題も出た。\n")
    write(extra / "ws.txt", "大会の記事\n\nWS杯は１９日に開幕する。\n\nwsの略称は広く使われる。\n")
    lib = Library(folder / "index.db")
    lib.ensure_seeded()
    lib.add([extra])
    passages = [(a.id, p.anchor, p.text) for row in lib.articles().all()
                for a in [lib.article(row.id, summaries=False)] for p in a.passages]
    yield lib, passages
    lib.close()


def containing(passages, query: str) -> Counter:
    """What grep would find: the passages holding every word of the query, after NFKC and lower case."""
    words = [normalize(w) for w in query.split()]
    return Counter((aid, anchor) for aid, anchor, text in passages if all(w in normalize(text) for w in words))


def found(lib: Library, query: str, limit: int = 2000) -> Counter:
    return Counter((h.article_id, h.anchor) for h in lib.search(query, limit=limit))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_search_returns_exactly_the_passages_that_contain_a_substring(corpus, data):
    """Any piece of any passage, 1 to 8 characters, finds every passage holding it and nothing else."""
    lib, passages = corpus
    _, _, text = data.draw(st.sampled_from(passages))
    start = data.draw(st.integers(0, max(0, len(text) - 1)))
    query = text[start:start + data.draw(st.integers(1, 8))]
    expected = containing(passages, query)
    if not query.strip():
        assert lib.search(query) == []
        return
    assert found(lib, query) == expected, query
    # Up to the limit: a page of the best is a page of passages that contain it.
    page = found(lib, query, limit=5)
    assert sum(page.values()) == min(5, sum(expected.values())) and not page - expected


@pytest.mark.parametrize("query", [
    "マクロン",  # the tokenizer splits it マクロ + ン alone, マクロン in the passage
    "氷見野",  # 氷見 + 野 alone, 氷見 + 野良 in the passage
    "停",  # one character, part of 停戦
    "ゼレンスキ",  # a word being typed
    "大統領は",  # across a word boundary
    "、",  # punctuation is text too
])
def test_search_finds_what_the_tokenizer_splits_and_parts_of_words(corpus, query):
    lib, passages = corpus
    expected = containing(passages, query)
    assert expected, query
    assert found(lib, query) == expected
    for hit in lib.search(query):
        s, e = hit.spans[0]
        assert normalize(hit.snippet[s:e]) == normalize(query)


@pytest.mark.parametrize("query, text", [
    ("ＷＳ", "WS杯は１９日に開幕する。"), ("ws", "ＷＳ杯の話題も出た。"), ("WS", "wsの略称は広く使われる。"),
    ("１９日", "日銀の氷見野良三副総裁は19日、記者会見で利上げに触れた。"), ("19日", "WS杯は１９日に開幕する。"),
])
def test_full_width_and_half_width_and_case_find_each_other(corpus, query, text):
    lib, _ = corpus
    assert text in [h.snippet for h in lib.search(query)]


@pytest.mark.parametrize("query", ['"', "*", "(NOT)", "NEAR(", "^", "-", "\x00", "停\x00", "a:b", "'"])
def test_query_syntax_is_text_to_find(corpus, query):
    """What FTS5 would read as syntax is looked for as text, and never raises."""
    lib, passages = corpus
    assert found(lib, query) == containing(passages, query)


def test_several_words_are_all_required(corpus):
    lib, passages = corpus
    assert found(lib, "氷見野 19日") == containing(passages, "氷見野 19日") and sum(found(lib, "氷見野 19日").values()) == 1
    assert found(lib, "氷見野 存在しない") == Counter()


def test_a_whole_word_ranks_above_a_part_of_a_word(lib, tmp_path):
    """米 as a word of its own comes first, though the passage holding it only as part of 米国 is newer
    and holds it more often."""
    write(tmp_path / "a.txt", "制裁の記事\n\n米が新たな制裁を発表したと伝えられ、各国の反応が注目されている。\n")
    lib.add([tmp_path / "a.txt"])
    write(tmp_path / "b.txt", "会談の記事\n\n米国、米国、米国。\n")
    lib.add([tmp_path / "b.txt"])
    hits = lib.search("米")
    assert [h.snippet for h in hits][:2] == ["米が新たな制裁を発表したと伝えられ、各国の反応が注目されている。", "米国、米国、米国。"]
    assert hits[0].score > hits[1].score


NEAR = "長い前置きの文章がここまでずっと続いたあとで、ようやく停戦合意が結ばれたと発表された。"
FAR = "停戦はまだ遠く、各国の合意も遠い。"


def test_words_close_together_rank_above_words_apart(lib, tmp_path):
    """The longer passage comes first (BM25 alone would put the shorter one first): its words touch."""
    write(tmp_path / "a.txt", f"近い記事\n\n{NEAR}\n")
    lib.add([tmp_path / "a.txt"])
    write(tmp_path / "b.txt", f"遠い記事\n\n{FAR}\n")
    lib.add([tmp_path / "b.txt"])
    near, far = lib.search("停戦 合意")
    assert near.snippet.strip("…") in NEAR and far.snippet == FAR


def test_equal_hits_come_newest_first(lib, tmp_path):
    for name in ("a", "b", "c"):
        # the same hit in each, in texts of their own (one text would be one article)
        write(tmp_path / f"{name}.txt", f"記事{name}\n\n同じ停戦の一文、{name}版。\n")
        lib.add([tmp_path / f"{name}.txt"])
    hits = lib.search("停")
    assert [h.title for h in hits] == ["記事c", "記事b", "記事a"]


def test_a_replaced_article_is_searched_as_it_now_reads(lib, tmp_path):
    src = write(tmp_path / "a.txt", "記事\n\n古い文面の停戦。\n")
    lib.add([src])
    write(src, "記事\n\n新しい文面の協議。\n")
    lib.add([src])
    assert lib.search("古い") == [] and lib.search("新し")
    lib.index.con.execute("INSERT INTO passages_chars(passages_chars, rank) VALUES('integrity-check', 0)")


def test_an_index_of_schema_10_gets_the_character_index(seeded_db: Path):
    """An index written before the character index existed (schema 10) gains it on open, every passage in it."""
    con = sqlite3.connect(seeded_db)
    with con:
        for table in ("passages_chars", "template_articles", "template_lines", "template_counts"):
            con.execute(f"DROP TABLE {table}")  # what schema 11 and 12 added
        con.execute("PRAGMA user_version=10")
    con.close()
    told = []
    lib = Library(seeded_db, on_upgrade=lambda a, b: told.append((a, b)))
    try:
        assert told == [(10, SCHEMA_VERSION)]
        assert lib.search("マクロン") and lib.search("停")
        from tui.news.doctor import check

        assert check(lib) == []
    finally:
        lib.close()


def test_doctor_finds_a_character_index_that_lost_rows_and_repair_mends_it(seeded_db: Path, capsys):
    from tui.__main__ import main
    from tui.news.language import char_text

    con = sqlite3.connect(seeded_db)
    with con:
        rows = con.execute("SELECT pk, text FROM passages WHERE text LIKE '%マクロン%'").fetchall()
        con.executemany("INSERT INTO passages_chars(passages_chars, rowid, chars) VALUES('delete', ?, ?)",
                        [(pk, char_text(t)) for pk, t in rows])
    con.close()
    assert rows
    assert main(["search", "マクロン", "--json"]) == 0 and json.loads(capsys.readouterr()[0]) == []
    assert main(["doctor"]) == 1
    assert f"search: {len(rows)} of" in capsys.readouterr()[0]
    assert main(["doctor", "--repair"]) == 0
    capsys.readouterr()
    assert main(["search", "マクロン", "--json"]) == 0
    assert len(json.loads(capsys.readouterr()[0])) == len(rows)
    assert main(["doctor"]) == 0


def test_cli_search_json_keeps_its_shape_and_finds_one_character(seeded_db: Path, capsys):
    from tui.__main__ import main

    assert main(["search", "停", "--json"]) == 0
    hits = json.loads(capsys.readouterr()[0])
    assert hits and all(list(h) == ["article_id", "anchor", "title", "snippet", "score"] for h in hits)
    assert all("停" in h["snippet"] and isinstance(h["score"], float) for h in hits)


def test_rebuild_keeps_the_character_index(seeded_db: Path, tmp_path, capsys):
    from tui.__main__ import main

    copy = tmp_path / "copy.db"
    shutil.copyfile(seeded_db, copy)
    assert main(["--db", str(copy), "doctor", "--rebuild"]) == 0
    capsys.readouterr()
    lib = Library(copy)
    try:
        assert lib.search("マクロン")
    finally:
        lib.close()


def test_a_removed_article_leaves_the_character_index(lib, tmp_path):
    """`remove` takes the article's characters out of the index too: doctor finds nothing amiss."""
    from tui.news.doctor import search_problems

    write(tmp_path / "a.txt", "記事\n\n消える文面の停戦。\n")
    write(tmp_path / "b.txt", "記事二\n\n残る文面の停戦。\n")
    ids = lib.add([tmp_path]).ids
    [gone] = [i for i in ids if any("消える" in p.text for p in lib.article(i).passages)]
    lib.remove([gone])
    assert [h.snippet for h in lib.search("停")] == ["残る文面の停戦。"]
    assert search_problems(lib) == []
