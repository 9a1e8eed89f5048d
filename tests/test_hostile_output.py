"""Hostile input never reaches the terminal as a control sequence: a string of escape sequences in
every field of every input kind, through every command (real processes) and the reader's screens.

Two indexes: one built by importing hostile inputs (the way in must clean them), and one as an
older version may have left it, the same string written straight into every stored field (every
output must clean it again).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from textual.widgets import Input

from conftest import searched, settle
from test_web import Server
from tui.app import NewsReaderApp
from tui.news.library import Library
from tui.news.sanitize import clean_date, clean_line, clean_text
from tui.screens import BookmarksScreen, InputDialog, MainScreen, SearchScreen
from tui.widgets import ArticleList

ROOT = Path(__file__).parent.parent

# Clear the screen; write the clipboard (OSC 52, ended by BEL and by ST); a hyperlink (OSC 8);
# the 8-bit CSI; a bare BEL; a right-to-left override and isolate. No "/": it is also a file name.
HOSTILE = ("\x1b[2J\x1b]52;c;aGFja2Vk\x07\x1b]52;c;aGFja2Vk\x1b\\\x1b]8;;https:evil.example\x1b\\link\x1b]8;;\x1b\\"
           "\x9b2J\x07\u202e\u2066")
# What no output may hold: ESC, BEL, any C1 control, bidi overrides and isolates.
BAD = re.compile("[\x1b\x07\x80-\x9f\u202a-\u202e\u2066-\u2069]")
BAD_BYTES = re.compile(b"[\x1b\x07]")
# The XML form of the same string: character references survive a parser's decoding.
ENTITIES = "".join(f"&#{ord(c)};" if ord(c) < 32 or ord(c) >= 0x7f else c for c in HOSTILE)
# In HTML, only those beyond C0 (a page with a C0 reference has no main text for the extractor):
# the 8-bit CSI, OSC and NEL, the override and the isolate.
HTML_ENTITIES = "&#155;2J&#157;0;x&#156;&#133;&#8238;&#8294;"
BODY = ("ロシアとウクライナの停戦協議が12日、ジュネーブで再開した。テスト人物も出席し、双方に歩み寄りを求めた。"
        "協議は非公開で行われ、終了後に共同声明の発表は見送られた。協議は13日も続く見通しだ。")
_CITIES = ("ジュネーブ", "ウィーン", "イスタンブール", "ヘルシンキ", "オスロ", "ドーハ", "リヤド")


def body(n: int) -> str:
    """Input n's own text: one text under several names would be one article (one article per content)."""
    city = _CITIES[n]
    return (f"ロシアとウクライナの停戦協議が{n + 12}日、{city}で再開した。テスト人物も出席し、{city}では{n + 2}項目の論点で"
            f"歩み寄りを求めた。{city}の協議は非公開で行われ、終了後に第{n + 1}回の共同声明の発表は見送られた。"
            f"{city}での協議は{n + 13}日も続く見通しだ。")


def assert_clean(text: str | bytes, where: str) -> None:
    """No control sequence, C1 control or bidi override in `text`."""
    if isinstance(text, bytes):
        assert not BAD_BYTES.search(text), f"{where}: {text[:300]!r}"
        text = text.decode("utf-8", "replace")
    found = BAD.search(text)
    assert found is None, f"{where}: {found.group()!r} in …{text[max(0, found.start() - 80):found.end() + 80]!r}"


def strings(value) -> list[str]:
    """Every string in a JSON value, keys included."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (k, *strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def environment(db: Path, config: Path) -> dict[str, str]:
    return {**os.environ, "NEWSREADER_DB": str(db), "NEWSREADER_CONFIG": str(config), "PYTHONPATH": str(ROOT),
            "NEWSREADER_WORKERS": "1", "COLUMNS": "160"}


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    """`newsreader ARGS` as its own process; its stdout and stderr are checked for control sequences."""
    done = subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, env=env, timeout=300)
    assert_clean(done.stdout, f"stdout of {args}")
    assert_clean(done.stderr, f"stderr of {args}")
    return done


def hostile_html(title: str, n: int) -> str:
    text = body(n)
    return f"""<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>{title}{HOSTILE}{HTML_ENTITIES}</title>
<meta property="og:site_name" content="サイト{HTML_ENTITIES}">
<meta property="article:published_time" content="2025-03-12{HTML_ENTITIES}"></head><body><main><article>
<h1>{title}{HTML_ENTITIES}</h1><p>{text}{HTML_ENTITIES}</p><p>{text}{HOSTILE}</p><h2>見出し{HTML_ENTITIES}</h2><p>{text}</p>
</article></main></body></html>"""


def hostile_rss(base: str, n: int) -> str:
    content = f"<p>{body(n)}</p><p>{body(n)}</p>".replace("<", "&lt;").replace(">", "&gt;")
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>
<title>RSS の題{ENTITIES}</title><link>{base}/</link><description>d</description>
<item><title>RSS の記事{ENTITIES}</title><link>{base}/rss-item{ENTITIES}</link>
<pubDate>Wed, 12 Mar 2025 00:00:00 GMT{ENTITIES}</pubDate><description>{content}{ENTITIES}</description></item>
</channel></rss>"""


def hostile_json_feed(base: str, name: str, n: int) -> str:
    return json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": f"JSON の題{HOSTILE}", "home_page_url": base + HOSTILE,
        "items": [{"id": "1", "url": f"{base}/{name}{HOSTILE}", "title": f"{name} の記事{HOSTILE}",
                   "date_published": f"{HOSTILE}2025", "content_text": f"{body(n)}{HOSTILE}\n\n{body(n)}"}],
    })


def toml_string(text: str) -> str:
    return json.dumps(text)  # JSON's escapes (\u001b, \", \\) are TOML's


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """An index built by importing hostile inputs of every kind, as real processes."""
    root = tmp_path_factory.mktemp("hostile")
    config = root / "config"
    config.mkdir()
    (config / "actors.toml").write_text(
        f"[[actor]]\nid = {toml_string('evil' + HOSTILE)}\nname = {toml_string('テスト人物' + HOSTILE)}\n"
        f"kind = \"person\"\naliases = [\"テスト人物\", {toml_string('別名' + HOSTILE)}]\n"
        f"english = {toml_string('Test' + HOSTILE)}\n", encoding="utf-8")
    folder = root / f"in{HOSTILE}"
    folder.mkdir()
    (folder / f"{HOSTILE}記事.txt").write_text(f"テキストの記事{HOSTILE}\n\n{body(0)}{HOSTILE}\n\n{body(0)}\n",
                                              encoding="utf-8")
    (folder / f"{HOSTILE}メモ.md").write_text(f"# マークダウンの記事{HOSTILE}\n\n{body(1)}{HOSTILE}\n\n- 項目{HOSTILE}\n",
                                             encoding="utf-8")
    (folder / f"{HOSTILE}保存.html").write_text(hostile_html("保存したページ", 2), encoding="utf-8")
    (folder / f"{HOSTILE}feed.json").write_text(hostile_json_feed("https://example.jp", "ファイルのJSON", 3),
                                                encoding="utf-8")
    server = Server()
    server.add("/page.html", hostile_html("配信されたページ", 4))
    server.add("/feed.xml", hostile_rss(server.base, 5), "application/rss+xml")
    server.add("/feed.json", hostile_json_feed(server.base, "配信のJSON", 6), "application/feed+json")
    server.thread.start()
    db = root / "index.db"
    env = environment(db, config)
    try:
        added = run(env, "add", "-v", str(folder), *(f"{server.base}/{p}" for p in ("page.html", "feed.xml", "feed.json")))
    finally:
        server.httpd.shutdown()
    assert added.returncode == 0, added.stderr.decode()
    lib = Library(db)
    try:
        titles = [r.title for r in lib.articles().all()]
        first = lib.articles().all()[0]
    finally:
        lib.close()
    for kind in ("テキスト", "マークダウン", "保存したページ", "ファイルのJSON", "配信されたページ", "RSS", "配信のJSON"):
        assert any(kind in t for t in titles), f"no {kind} article was imported: {titles}"
    export = root / "bookmarks.json"
    export.write_text(json.dumps([
        {"id": f"b1{HOSTILE}", "article_id": first.id, "anchor": f"p0{HOSTILE}", "title": f"栞{HOSTILE}",
         "text": f"{BODY}{HOSTILE}", "note": f"メモ{HOSTILE}\n二行目",
         "created": "2025-03-12T09:00:00\x1b[2J\x9b2J\x07\u202e",  # a date once cleaned (an import checks it)
         "detached": False, "source": f"{first.source}{HOSTILE}"},
        {"id": f"b2{HOSTILE}", "article_id": f"x{HOSTILE}", "anchor": HOSTILE, "title": HOSTILE, "text": HOSTILE,
         "note": HOSTILE, "created": "2025-03-13", "detached": True, "source": HOSTILE},
    ]), encoding="utf-8")
    imported_marks = run(env, "bookmarks", "--import", str(export))
    assert imported_marks.returncode == 0, imported_marks.stderr.decode()
    return env


@pytest.fixture(scope="module")
def old_index(tmp_path_factory: pytest.TempPathFactory, _seeded_template: Path) -> dict[str, str]:
    """An index as an older version may have left it: the hostile string in every stored field."""
    root = tmp_path_factory.mktemp("old")
    db = root / "index.db"
    shutil.copyfile(_seeded_template, db)
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE articles SET title = title || ?1, source = source || ?1, site = 'サイト' || ?1,"
                    " published = ?1 || published", (HOSTILE,))
        con.execute("UPDATE passages SET text = text || ?1", (HOSTILE,))
        for pk, doc in con.execute("SELECT pk, doc FROM articles").fetchall():
            doc = json.loads(doc)
            doc["removed"] = [{"rule": "rule" + HOSTILE, "text": r["text"] + HOSTILE, "before": r.get("before", 0)}
                              for r in doc["removed"]] + [{"rule": HOSTILE, "text": HOSTILE, "before": 0}]
            doc["citations"] = [{"name": HOSTILE, "url": "https://x.example/" + HOSTILE, "published": HOSTILE}
                                for _ in doc["citations"]]
            doc["summary"]["article"] = [[a, t + HOSTILE] for a, t in doc["summary"]["article"]]
            doc["meta"] = {"title": HOSTILE, "published": HOSTILE, "site": HOSTILE, "url": "https://x/" + HOSTILE}
            con.execute("UPDATE articles SET doc=? WHERE pk=?", (json.dumps(doc, ensure_ascii=False), pk))
        con.execute("UPDATE actors SET name = name || ?1, aliases = json_array(?1, '別名' || ?1)", (HOSTILE,))
        aid, anchor = con.execute("SELECT a.id, p.anchor FROM passages p JOIN articles a ON a.pk = p.article"
                                  " LIMIT 1").fetchone()
        con.execute("INSERT INTO bookmarks(id, article_id, anchor, title, text, note, created, source, detached)"
                    " VALUES(?1 || 'b', ?2, ?3, '栞' || ?1, '本文' || ?1, 'メモ' || ?1, ?1, ?1, 0)",
                    (HOSTILE, aid, anchor))
        con.execute("INSERT INTO feeds(url, title, etag, last_modified, last_fetched, items, last_error, added)"
                    " VALUES('https://x.example/' || ?1, ?1, ?1, ?1, ?1, 1, ?1, ?1)", (HOSTILE,))
    con.close()
    config = root / "config"
    config.mkdir()
    return environment(db, config)


INDEXES = ["imported", "old_index"]
COMMANDS = [
    ("list",), ("list", "--json"), ("search", "停戦"), ("search", "停戦", "--json"), ("actors",), ("actors", "--json"),
    ("bookmarks",), ("bookmarks", "--json"), ("bookmarks", "--markdown"), ("feeds",), ("feeds", "--json"),
    ("doctor",), ("show", "{id}"), ("show", "{id}", "--json"), ("show", "{id}", "--removed"),
]


def article_ids(env: dict[str, str]) -> list[str]:
    lib = Library(env["NEWSREADER_DB"])
    try:
        return [r.id for r in lib.articles().all()]
    finally:
        lib.close()


@pytest.mark.parametrize("index", INDEXES)
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_no_command_writes_a_control_sequence(request: pytest.FixtureRequest, index: str, command: tuple) -> None:
    env = request.getfixturevalue(index)
    ids = article_ids(env) if "{id}" in command else [""]
    for aid in ids:
        done = run(env, *(arg.replace("{id}", aid) for arg in command))
        assert done.returncode in (0, 1), done.stderr.decode()  # doctor says 1 when it finds a problem
        assert done.stdout.strip() or done.stderr.strip(), f"{command} wrote nothing"


@pytest.mark.parametrize("command", [("list", "--db", "{db}"), ("--db", "{db}"), ("add", "{missing}"),
                                     ("bookmarks", "--import", "{db}"), ("show", HOSTILE)], ids=str)
def test_error_lines_quote_paths_without_control_sequences(tmp_path: Path, command: tuple) -> None:
    """A path or id in an error line (the CLI's, or the reader's before it starts) is data too."""
    junk = tmp_path / f"{HOSTILE}.db"
    junk.write_bytes(b"not an index, not JSON either " * 4)
    env = environment(tmp_path / "index.db", tmp_path)
    args = [a.replace("{db}", str(junk)).replace("{missing}", str(tmp_path / f"gone{HOSTILE}.txt")) for a in command]
    done = run(env, *args)
    assert done.returncode == 1 and done.stderr.strip(), done  # one line, naming what failed, and clean


def test_the_way_in_keeps_every_field_clean(imported: dict[str, str]) -> None:
    """What the index holds is clean already, and dates are dates or nothing."""
    con = sqlite3.connect(imported["NEWSREADER_DB"])
    try:
        for table in ("articles", "passages", "actors", "bookmarks", "feeds"):
            for row in con.execute(f"SELECT * FROM {table}"):
                for value in row:
                    if isinstance(value, str):
                        assert_clean(value, f"{table}: {row[:3]}")
        for published, raw, doc in con.execute("SELECT published, raw, doc FROM articles"):
            assert published is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", published), published
            assert_clean(zlib.decompress(raw).decode("utf-8"), "an article's stored text")
            for value in strings(json.loads(doc)):  # JSON text holds ESC escaped: look at the values
                assert_clean(value, "an article's citations, removed lines, summary or metadata")
    finally:
        con.close()


@pytest.fixture
def anyio_backend() -> str:
    """Textual runs on asyncio."""
    return "asyncio"


@pytest.mark.anyio
@pytest.mark.parametrize("index", INDEXES)
async def test_no_screen_of_the_reader_shows_a_control_sequence(request: pytest.FixtureRequest, index: str,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    env = request.getfixturevalue(index)
    monkeypatch.setenv("NEWSREADER_CONFIG", env["NEWSREADER_CONFIG"])
    app = NewsReaderApp(db=env["NEWSREADER_DB"])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        assert articles.count >= 5
        for n in range(articles.count):  # every row of the list, and every article opened in the body
            articles.cursor = n
            articles.action_choose()
            await settle(pilot)
            assert_clean(app.export_screenshot(), f"main screen, article {n}")
        await pilot.press("r")  # what cleaning removed, shown in the body
        await settle(pilot)
        assert_clean(app.export_screenshot(), "removed lines")
        await pilot.press("B")
        await settle(pilot)
        assert isinstance(app.screen, BookmarksScreen) and app.screen.bookmarks
        assert_clean(app.export_screenshot(), "bookmarks screen")
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"停戦")
        await searched(pilot, "停戦")
        assert app.screen.hits
        assert_clean(app.export_screenshot(), "search results")
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        app.screen.action_import()  # a notification quotes the path typed
        await pilot.pause()
        assert isinstance(app.screen, InputDialog)
        app.screen.query_one(Input).value = f"/nonexistent{HOSTILE}.txt"
        await pilot.press("enter")
        await settle(pilot)
        assert any("nonexistent" in n.message for n in app._notifications)
        assert_clean(app.export_screenshot(), "notifications")
        for note in app._notifications:
            assert_clean(note.message + note.title, "a notification")


def test_a_bookmarks_export_file_is_clean_too(old_index: dict[str, str]) -> None:
    """The reader's `x` writes the Markdown to a file that a user reads with `cat`."""
    lib = Library(old_index["NEWSREADER_DB"])
    try:
        markdown = lib.bookmarks_markdown()
    finally:
        lib.close()
    assert "栞" in markdown
    assert_clean(markdown, "bookmarks Markdown")


# --- the sanitizer itself -----------------------------------------------------------------------


@pytest.mark.parametrize("raw, text", [
    (HOSTILE, "link"),
    ("a\x9b31mb\x9b0m", "ab"),  # 8-bit CSI, with its parameters
    ("a\x1b]52;c;aGk=\x9cb", "ab"),  # OSC ended by the 8-bit ST
    ("a\x9d0;title\x9cb", "a0;titleb"),  # other C1 controls go alone: mis-decoded text is full of them
    ("a\u200bb\u200ec\u200fd\u061ce\u2060f\u00adg\ufeffh\U000e0041i", "abcdefghi"),
    ("行1\u2028行2\r\n行3\r行4", "行1\n行2\n行3\n行4"),
    ("👨\u200d👩\u200d👧 ✅\ufe0f 葛\U000e0100 é「東京」\t字", "👨\u200d👩\u200d👧 ✅\ufe0f 葛\U000e0100 é「東京」\t字"),
])
def test_clean_text(raw: str, text: str) -> None:
    assert clean_text(raw) == text


def test_single_line_fields_lose_their_line_breaks_and_tabs() -> None:
    assert clean_line("a\nb\tc\r\nd\u2029e") == "a b c d e"


@pytest.mark.parametrize("raw, day", [
    ("2025-11-26", "2025-11-26"), ("2025-02-30", None), ("2025-1-26", None), ("\x1b[2J2025", None),
    ("2025-11-26\x07", None), ("", None), (None, None), ("Wed, 26 No", None),
])
def test_a_date_is_a_date_or_nothing(raw: str | None, day: str | None) -> None:
    assert clean_date(raw) == day


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(HOSTILE) + list("\x1b[]\\;08mJ\x9c\x9d\x90\n\r\t\u2028あa")) | st.characters()))
def test_nothing_survives_cleaning_and_cleaning_twice_changes_nothing(raw: str) -> None:
    text, line = clean_text(raw), clean_line(raw)
    for out in (text, line):
        assert_clean(out, "cleaned")
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u200b\u200e\u200f\ufeff]", out)
    assert "\r" not in text and not re.search("[\n\t\r]", line)
    assert clean_text(text) == text and clean_line(line) == line


@pytest.mark.parametrize("ref", ["&#27;", "&#x1b;", "&#X1B;", "&#0027;", "&#155;", "&#x9b;", "&#7;"])
def test_a_page_with_a_control_character_reference_keeps_its_text(tmp_path: Path, ref: str) -> None:
    body = "<p>" + "政府は十二日、地方の交通を支える新しい方針を発表した。関係者は歓迎している。" * 4 + "</p>"
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>見出し</title></head><body><article><h1>見出し</h1>{body}"
                    f"<p>{ref}[2J{ref}]52;c;aGVsbG8=&#7;</p>{body}</article></body></html>", encoding="utf-8")
    lib = Library(tmp_path / "index.db")
    try:
        report = lib.add([page])
        assert report.added == 1, report.skipped
        text = "\n".join(p.text for p in lib.article(report.ids[0]).passages)
    finally:
        lib.close()
    assert "新しい方針を発表した" in text
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", text)
