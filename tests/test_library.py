"""The library façade over a real SQLite index and the real tokenizer."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.news.index import APPLICATION_ID, SCHEMA_VERSION
from tui.news.library import Library, NewsError
from tui.news.pipeline import analyse
from tui.news.models import Document

SEEDS = Path(__file__).parent.parent / "seeds"

ARTICLE = """外相会談の行方
公開日:2024/11/02
両国の外相は停戦に向けた協議を続けた。
EUは声明で協議の継続を歓迎した。
米国の高官も会談に同席した。
"""


@pytest.fixture
def lib(tmp_path):
    library = Library(tmp_path / "index.db")
    yield library
    library.close()


@pytest.fixture
def seeded(tmp_path):
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    library = Library(tmp_path / "index.db")
    report = library.add([folder])
    assert report.added == 5
    yield library, folder
    library.close()


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- import -------------------------------------------------------------------------


def test_reimport_is_unchanged_and_keeps_ids(seeded):
    lib, folder = seeded
    before = [r.id for r in lib.articles().all()]
    report = lib.add([folder])
    assert (report.added, report.updated, report.unchanged, len(report.skipped)) == (0, 0, 5, 0)
    assert [r.id for r in lib.articles().all()] == before


def test_changed_article_is_updated_in_place(lib, tmp_path):
    path = write(tmp_path / "a.txt", ARTICLE)
    first = lib.add([path])
    aid = first.ids[0]
    write(path, ARTICLE.replace("米国の高官", "英国の首相"))
    report = lib.add([path])
    assert (report.added, report.updated) == (0, 1)
    assert report.ids == [aid] and lib.count() == 1
    assert lib.search("英国") and not lib.search("高官")


def test_same_text_at_two_sources_is_one_article_with_both(lib, tmp_path):
    # Was two articles; the contract now says one article per content, listing every place (issue 18).
    a = write(tmp_path / "a.txt", ARTICLE)
    b = write(tmp_path / "b.txt", ARTICLE)
    report = lib.add([a, b])
    assert (report.added, report.unchanged, report.merged) == (1, 1, 1) and len(set(report.ids)) == 1
    assert lib.article(report.ids[0]).sources == (str(a.resolve()), str(b.resolve()))


def test_source_is_the_absolute_path(lib, tmp_path, monkeypatch):
    write(tmp_path / "a.txt", ARTICLE)
    monkeypatch.chdir(tmp_path)
    lib.add(["a.txt"])
    assert lib.articles().all()[0].source == str((tmp_path / "a.txt").resolve())


def test_nothing_left_after_cleaning_is_skipped(lib, tmp_path):
    path = write(tmp_path / "chrome.txt", "Menu\n広告\nスポンサーリンク\n")
    report = lib.add([path])
    assert report.added == 0 and report.skipped[0].reason == "nothing left after cleaning"


def test_seeding_happens_once_on_an_empty_index(lib):
    assert lib.ensure_seeded().added == 5
    assert lib.ensure_seeded() is None
    assert lib.count() == 5


def test_list_is_newest_first_with_undated_last(seeded):
    lib, _ = seeded
    dates = [r.published for r in lib.articles().all()]
    dated = [d for d in dates if d]
    assert dated == sorted(dated, reverse=True)
    assert dates[-1] is None


def test_paging_matches_the_whole_list(seeded):
    lib, _ = seeded
    whole = lib.articles().all()
    assert lib.articles().page(1, 2) == whole[1:3]
    assert lib.articles().count() == 5


def test_a_failed_write_leaves_no_half_article(lib, tmp_path):
    art = analyse(Document(str(tmp_path / "x.txt"), ARTICLE))
    broken = art._replace(passages=art.passages + (art.passages[0],))  # a duplicate seq breaks the insert
    from tui.news.library import ImportReport

    with pytest.raises(sqlite3.IntegrityError):
        lib.write_many([broken], ImportReport())
    assert lib.count() == 0
    assert lib.index.con.execute("SELECT count(*) FROM passages").fetchone()[0] == 0


def test_a_failed_write_forgets_the_actors_it_wrote(lib, tmp_path):
    """The connection remembers the actor definitions it wrote so an import writes each once; a
    rolled-back write took them with it, so the next write of the same actors stores them again."""
    from tui.news.library import ImportReport

    art = analyse(Document(str(tmp_path / "x.txt"), ARTICLE))
    assert art.actors  # the article names actors (米国, EU…): the point of the test
    broken = art._replace(passages=art.passages + (art.passages[0],))
    with pytest.raises(sqlite3.IntegrityError):
        lib.write_many([broken], ImportReport())
    assert lib.index.con.execute("SELECT count(*) FROM actors").fetchone()[0] == 0
    assert lib.write_many([art], ImportReport()) == ["added"]
    stored = {actor.id for actor, _ in lib.article(art.id).actors}
    assert stored == {a[0] for a in art.actors if a[0] in dict(art.actor_counts)} and stored


# --- reading ----------------------------------------------------------------------------


def test_article_by_id_and_prefix(seeded):
    lib, _ = seeded
    row = lib.articles().all()[0]
    assert lib.article(row.id).title == row.title
    assert lib.article(row.id[:6]).id == row.id
    with pytest.raises(NewsError):
        lib.article("nope")


def test_anchors_are_stable_across_reimport(lib, tmp_path):
    path = write(tmp_path / "a.txt", ARTICLE)
    aid = lib.add([path]).ids[0]
    anchors = {p.text: p.anchor for p in lib.article(aid).passages}
    write(path, "前置きの一文を足した。\n" + ARTICLE)
    lib.add([path])
    after = {p.text: p.anchor for p in lib.article(aid).passages}
    assert all(after[t] == a for t, a in anchors.items() if t in after)


def test_page_bullets_are_the_article_summary(seeded):
    lib, _ = seeded
    for row in lib.articles().all():
        a = lib.article(row.id)
        bullets = [p.text for p in a.passages if p.kind in ("summary", "keypoint")]
        assert [t for _, t in a.summary_article] == bullets
        assert bullets


# --- search -------------------------------------------------------------------------------


@pytest.mark.parametrize("query", ["停戦", "EU", "米国", "ゼレンスキー", "eu"])
def test_search_finds_short_japanese_words(seeded, query):
    lib, _ = seeded
    hits = lib.search(query)
    assert hits
    for h in hits:
        assert h.spans, h.snippet
        s, e = h.spans[0]
        assert h.snippet[s:e].lower() == query.lower()


def test_search_snippet_is_original_text_not_tokens(seeded):
    lib, _ = seeded
    hit = lib.search("停戦")[0]
    passage = next(p.text for p in lib.article(hit.article_id).passages if p.anchor == hit.anchor)
    assert hit.snippet.strip("…") in passage


def test_search_with_no_match_and_empty_query(seeded):
    lib, _ = seeded
    assert lib.search("存在しない単語列ですよ") == []
    assert lib.search("   ") == []
    assert lib.search('"') == []


def test_search_ranks_by_relevance_within_the_window(lib, tmp_path):
    write(tmp_path / "a.txt", "見出し一\n停戦について一度だけ触れた長い段落であり、ほかの話題がたくさん続いていくのである。\n")
    write(tmp_path / "b.txt", "見出し二\n停戦、停戦、停戦。\n")
    lib.add([tmp_path])
    hits = lib.search("停戦")
    assert hits[0].snippet.startswith("停戦、停戦")
    assert hits[0].score >= hits[-1].score


# --- bookmarks -----------------------------------------------------------------------------


def test_bookmark_toggle_and_survive_reimport(lib, tmp_path):
    path = write(tmp_path / "a.txt", ARTICLE)
    aid = lib.add([path]).ids[0]
    passage = lib.article(aid).passages[2]
    bm = lib.toggle_bookmark(aid, passage.anchor)
    assert bm and bm.text == passage.text and lib.bookmarked_anchors(aid) == {passage.anchor}
    write(path, "前置きの一文を足した。\n" + ARTICLE)  # the passage moves down
    lib.add([path])
    [again] = lib.bookmarks()
    assert not again.detached and again.anchor == passage.anchor
    assert lib.toggle_bookmark(aid, passage.anchor) is None
    assert lib.bookmarks() == []


def test_bookmark_detaches_when_its_passage_goes(lib, tmp_path):
    path = write(tmp_path / "a.txt", ARTICLE)
    aid = lib.add([path]).ids[0]
    target = next(p for p in lib.article(aid).passages if "EU" in p.text)
    lib.toggle_bookmark(aid, target.anchor)
    write(path, ARTICLE.replace("EUは声明で協議の継続を歓迎した。\n", ""))
    lib.add([path])
    [bm] = lib.bookmarks()
    assert bm.detached and bm.text == target.text
    write(path, ARTICLE)  # the passage comes back: so does the bookmark
    lib.add([path])
    assert not lib.bookmarks()[0].detached


def test_bookmarks_export_import_round_trip(seeded, tmp_path):
    lib, folder = seeded
    row = lib.articles().all()[0]
    for p in lib.article(row.id).passages[1:3]:
        bm = lib.toggle_bookmark(row.id, p.anchor)
        lib.set_note(bm.id, "メモ: 重要")
    exported = [b.__dict__ for b in lib.bookmarks()]
    other = Library(tmp_path / "other.db")
    try:
        other.add([folder])
        assert other.import_bookmarks(exported) == (2, 0, 0, 0)
        assert other.import_bookmarks(exported) == (0, 0, 2, 0)
        assert [b.__dict__ for b in other.bookmarks()] == exported
    finally:
        other.close()


def test_bookmarks_markdown(seeded):
    lib, _ = seeded
    row = lib.articles().all()[0]
    p = lib.article(row.id).passages[1]
    bm = lib.toggle_bookmark(row.id, p.anchor)
    lib.set_note(bm.id, "後で読む")
    md = lib.bookmarks_markdown()
    assert f"## {row.title}" in md and row.source in md and "> " + p.text.splitlines()[0] in md and "後で読む" in md


def test_delete_and_restore_bookmark(seeded):
    lib, _ = seeded
    row = lib.articles().all()[0]
    bm = lib.toggle_bookmark(row.id, lib.article(row.id).passages[1].anchor)
    gone = lib.delete_bookmark(bm.id)
    assert lib.bookmarks() == []
    lib.restore_bookmark(gone)
    assert lib.bookmarks() == [bm]


# --- the index file --------------------------------------------------------------------------


def test_index_is_marked_as_ours_and_versioned(lib):
    con = lib.index.con
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_file_that_is_not_ours_is_refused_untouched(tmp_path):
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t(x)")
    con.commit()
    con.close()
    before = other.read_bytes()
    with pytest.raises(NewsError, match="not a newsreader index"):
        Library(other)
    assert other.read_bytes() == before


def test_a_text_file_is_refused_untouched(tmp_path):
    path = write(tmp_path / "notes.db", "just some notes\n")
    with pytest.raises(NewsError, match="not a newsreader index"):
        Library(path)
    assert path.read_text() == "just some notes\n"


def test_a_corrupt_index_is_refused_untouched(tmp_path):
    path = tmp_path / "index.db"
    Library(path).close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    with pytest.raises(NewsError, match="corrupt|not a newsreader"):
        Library(path)
    assert path.read_bytes() == bytes(data)


def test_a_directory_is_refused(tmp_path):
    with pytest.raises(NewsError, match="directory"):
        Library(tmp_path)


def test_migrates_an_index_of_the_first_schema_version(tmp_path):
    """A stored index written by schema 1 opens, migrates, and keeps articles and bookmarks."""
    path = tmp_path / "v1.db"
    shutil.copy(Path(__file__).parent / "data" / "index-v1.db", path)
    import sqlite3

    old = sqlite3.connect(path)
    before = sorted(old.execute("SELECT p.text, m.start, m.end FROM mentions m JOIN passages p ON p.pk = m.passage"))
    old.close()
    told, progress = [], []
    lib = Library(path, on_upgrade=lambda a, b: told.append((a, b)),
                  upgrade_progress=lambda done, total: progress.append((done, total)))
    try:
        assert told == [(1, SCHEMA_VERSION)]  # told once, before the upgrade ran
        # The FTS rebuild (schema 7) told how far it had come, up to every passage.
        passages = lib.index.con.execute("SELECT count(*) FROM passages").fetchone()[0]
        assert progress and progress[-1] == (passages, passages) and passages > 0
        assert [d for d, _ in progress] == sorted(d for d, _ in progress)
        # Mentions moved from their table into their passages (schema 5), every one kept.
        after = sorted(lib.index.con.execute(
            "SELECT p.text, m.value ->> 1, m.value ->> 2 FROM passages p, json_each(p.mentions) m"))
        assert after == before and len(after) == 108
        assert sum(len(lib.article(a.id).mentions) for a in lib.articles().all()) == 108
        assert lib.index.con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert lib.count() == 5
        names = {r[0] for r in lib.index.con.execute("SELECT name FROM sqlite_master")}
        assert "passages_anchor" not in names and "mentions" not in names  # schemas 6 and 5
        [bm] = lib.bookmarks()
        assert bm.note == "v1 note" and bm.text
        assert lib.bookmarked_anchors(bm.article_id) == {bm.anchor}
        assert lib.feeds() == []
        assert lib.search("停戦")
        # The FTS table was made anew with unicode61 (schema 7) and every passage tokenized again.
        sql = lib.index.con.execute("SELECT sql FROM sqlite_master WHERE name='passages_fts'").fetchone()[0]
        assert "unicode61" in sql
        texts = [r[0] for r in lib.index.con.execute("SELECT text FROM passages")]
        with_ceasefire = sum(1 for t in texts if "停戦" in t)
        assert len(lib.search("停戦", limit=1000)) == with_ceasefire > 0
    finally:
        lib.close()


def test_index_words_agree_with_fugashi_nodes():
    """The formatted-output parser gives the same words as fugashi's node API."""
    from tui.news.language import normalize, parse, surfaces, tagger
    from tui.news.paths import seeds_dir

    for path in sorted(seeds_dir().glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            norm = normalize(line)
            nodes = [w for w in tagger()(norm)]
            assert surfaces(norm) == [w.surface for w in nodes]
            full = parse(norm)
            assert full[4::5] == [w.surface for w in nodes]
            assert full[0::5] == [w.feature_raw.split(",")[0] for w in nodes]


_INDEX_ALPHABET = ("米国停戦合意、。「」・ーabcXYZ012 \t\n\u3000★※%$#@!?()[]{}<>|\\~^_-+=*&'\"`;:,./"
                   "\x00\u200b\U0001F600ｱｲｳアイウひらがな漢字①Ⅻ㍻…")


def _fts_terms(tokens: str) -> list[str]:
    """The terms FTS5 indexes for a token string, in order, with the index's own tokenizer."""
    import sqlite3

    from tui.news.index import FTS_TOKENIZER

    con = sqlite3.connect(":memory:")
    con.execute(f"CREATE VIRTUAL TABLE f USING fts5(t, tokenize='{FTS_TOKENIZER}')")
    con.execute("CREATE VIRTUAL TABLE v USING fts5vocab(f, 'instance')")
    con.execute("INSERT INTO f(t) VALUES(?)", (tokens,))
    return [t for t, in con.execute("SELECT term FROM v ORDER BY offset")]


def _letter_runs(text: str) -> list[str]:
    """The runs of letters and numbers in each fugashi token of `text`: what the index should hold."""
    import re

    from tui.news.language import surfaces

    return [run for s in surfaces(text.lower()) for run in re.split(r"[^\w]|_", s) if run]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_INDEX_ALPHABET, max_size=40))
def test_the_index_holds_the_letters_and_numbers_of_every_token(text):
    """Punctuation and symbols are never terms; every token's letters and numbers are, in order.

    Old FTS rows are deleted by tokenizing again, and queries go through the same function."""
    import unicodedata

    from tui.news.language import index_tokens

    nfkc = unicodedata.normalize("NFKC", text)
    assert _fts_terms(index_tokens(nfkc)) == _letter_runs(nfkc)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_INDEX_ALPHABET + " \u3000\t\n", max_size=60))
def test_index_tokens_are_the_fugashi_surfaces_one_space_apart(text):
    """MeCab's own space-separated output gives exactly the token surfaces fugashi's nodes give
    (a NUL, which would end MeCab's C string, counts as a space)."""
    import unicodedata

    from tui.news.language import index_tokens, tagger

    nfkc = unicodedata.normalize("NFKC", text)
    assert index_tokens(nfkc) == " ".join(w.surface for w in tagger()(nfkc.lower().replace("\x00", " ")))


def test_index_terms_of_the_samples():
    import unicodedata

    from tui.news.language import index_tokens, tagger
    from tui.news.paths import seeds_dir

    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir().glob("*.txt"))]
    for text in texts + [line for t in texts for line in t.splitlines()]:
        nfkc = unicodedata.normalize("NFKC", text)
        assert _fts_terms(index_tokens(nfkc)) == _letter_runs(nfkc)
        # the words a part-of-speech filter keeps are all there (a name joined by ・ splits in two)
        nodes = tagger()(nfkc.lower())
        assert index_tokens(nfkc) == " ".join(w.surface for w in nodes)
        kept = _fts_terms(" ".join(w.surface for w in nodes if not w.feature_raw.startswith(("補助記号", "空白"))))
        assert set(kept) <= set(_fts_terms(index_tokens(nfkc)))
    assert _fts_terms(index_tokens("米国と、「停戦」。")) == ["米国", "と", "停戦"]


def test_a_surname_finds_the_full_name_joined_by_a_dot(tmp_path):
    """ウォロディミル・ゼレンスキー is one fugashi token; the index splits it at the dot."""
    src = tmp_path / "a.txt"
    src.write_text("会談の記事\n\nウォロディミル・ゼレンスキー大統領が停戦案を示した。\n", encoding="utf-8")
    lib = Library(tmp_path / "i.db")
    try:
        lib.add([src])
        [hit] = lib.search("ゼレンスキー")
        assert hit.snippet == "ウォロディミル・ゼレンスキー大統領が停戦案を示した。" and hit.spans
        assert lib.search("ウォロディミル・ゼレンスキー") and not lib.search("、")
    finally:
        lib.close()


def test_passage_keys_are_never_reused(tmp_path):
    """Keys are handed out by the writer: after a re-import the old keys stay retired (FTS rows)."""
    lib = Library(tmp_path / "i.db")
    src = tmp_path / "a.txt"
    src.write_text("停戦の記事\n\n米国とロシアが停戦で合意した。\n\n二つ目の段落。", encoding="utf-8")
    lib.add([src])
    first = [r[0] for r in lib.index.con.execute("SELECT pk FROM passages")]
    src.write_text("停戦の記事\n\n米国とロシアが協議を続けた。\n\n二つ目の段落。", encoding="utf-8")
    lib.add([src])
    second = [r[0] for r in lib.index.con.execute("SELECT pk FROM passages")]
    assert min(second) > max(first)
    assert lib.search("協議") and not lib.search("合意")
    assert lib.index.con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    lib.index.con.execute("INSERT INTO passages_fts(passages_fts, rank) VALUES('integrity-check', 0)")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_document_that_fails_analysis_is_skipped_not_fatal(tmp_path, workers):
    """One broken document among many becomes a skip with its reason; the rest are analysed, in order."""
    from tui.news.analyser import POOL_THRESHOLD, analyse_all

    docs = [Document(str(tmp_path / f"{i}.txt"), ARTICLE.replace("外相会談", f"外相会談{i}"))
            for i in range(POOL_THRESHOLD + 2)]
    docs[5] = Document(str(tmp_path / "bad.txt"), None)  # not text at all: analysis raises inside
    results = list(analyse_all(docs, workers=workers))
    assert [d.source for d, _ in results] == [d.source for d in docs]
    reasons = [r for _, r in results if isinstance(r, str)]
    assert len(reasons) == 1 and reasons[0].startswith("analysis failed: ")
    assert all(not isinstance(r, str) for d, r in results if d is not docs[5])


def test_the_full_text_index_merges_its_segments_sixteen_at_a_time(tmp_path):
    """A new index and a migrated one both carry the FTS5 automerge setting."""
    from tui.news.index import FTS_AUTOMERGE

    lib = Library(tmp_path / "i.db")
    try:
        row = lib.index.con.execute("SELECT v FROM passages_fts_config WHERE k='automerge'").fetchone()
        assert row == (FTS_AUTOMERGE,) and FTS_AUTOMERGE > 4
        row = lib.index.con.execute("SELECT v FROM passages_fts_config WHERE k='crisismerge'").fetchone()
        assert row[0] > FTS_AUTOMERGE
    finally:
        lib.close()


def test_an_import_restores_the_connections_settings(tmp_path):
    """The import's larger page cache and rarer checkpoints last only as long as the import."""
    from tui.news.importer import IMPORT_CACHE_KIB, IMPORT_WAL_PAGES

    lib = Library(tmp_path / "i.db")
    try:
        con = lib.index.con
        before = [con.execute(f"PRAGMA {p}").fetchone()[0] for p in ("cache_size", "wal_autocheckpoint")]
        assert before[0] != -IMPORT_CACHE_KIB and before[1] != IMPORT_WAL_PAGES
        src = tmp_path / "a.txt"
        src.write_text("停戦の記事\n\n米国とロシアが停戦で合意した。\n", encoding="utf-8")
        lib.add([src])
        assert [con.execute(f"PRAGMA {p}").fetchone()[0] for p in ("cache_size", "wal_autocheckpoint")] == before
        assert lib.search("停戦")
    finally:
        lib.close()
