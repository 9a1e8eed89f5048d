"""The daily basics of a feed reader, through real `newsreader` processes against feeds served on
127.0.0.1: OPML in and out, read state and marks, remove and unsubscribe, fetching an item's page
once, and text output typeset for Japanese."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from test_web import Server, page
from tui.news.library import Library

ROOT = Path(__file__).parent.parent


def run(*args: str, db: Path, columns: int = 120, config: Path | None = None) -> subprocess.CompletedProcess:
    """`newsreader ARGS` in a process of its own, output piped."""
    env = {**os.environ, "NEWSREADER_DB": str(db), "PYTHONPATH": str(ROOT), "COLUMNS": str(columns),
           "NEWSREADER_CONFIG": str(config or db.parent / "config"), "NEWSREADER_WORKERS": "1"}
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, encoding="utf-8",
                          env=env, cwd=ROOT, timeout=180)


def ok(*args: str, db: Path, **kw) -> str:
    r = run(*args, db=db, **kw)
    assert r.returncode == 0, (args, r.stdout, r.stderr)
    return r.stdout


def as_json(*args: str, db: Path) -> list:
    return json.loads(ok(*args, "--json", db=db))


def summary_rss(base: str, feed: str, n: int, date: str = "Mon, 01 Dec 2025 06:00:00 +0900",
                title: str | None = None) -> str:
    """A feed of `n` summary-only items, each linking to its page at /FEED/N."""
    items = "".join(
        f"<item><title>{feed}の記事{k}</title><link>{base}/{feed}/{k}</link><guid>{feed}-{k}</guid>"
        f"<pubDate>{date}</pubDate><description>短い要約{k}</description></item>" for k in range(1, n + 1))
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title or feed + "新聞"}</title>'
            f"<link>{base}/</link>{items}</channel></rss>")


@pytest.fixture
def server():
    s = Server()
    s.thread.start()
    yield s
    s.httpd.shutdown()


def serve_feed(server: Server, feed: str, n: int, **kw) -> str:
    server.add(f"/{feed}.rss", summary_rss(server.base, feed, n, **kw), "application/rss+xml")
    for k in range(1, n + 1):
        server.add(f"/{feed}/{k}", page(f"{feed}の記事{k}の本文", date="2025-12-01"))
    return f"{server.base}/{feed}.rss"


def page_hits(server: Server, feed: str) -> dict[str, int]:
    return {path: n for path, n in server.hits.items() if path.startswith(f"/{feed}/")}


# --- OPML ------------------------------------------------------------------------------------------------

OPML = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0"><head><title>my feeds</title></head><body>
  <outline text="ニュース">
    <outline text="国際"><outline type="rss" text="東西ニュース 国際" xmlUrl="http://127.0.0.1:9/world.rss"/></outline>
    <outline type="rss" text="地方版&#x202E;&#x9b;31m" xmlUrl="http://127.0.0.1:9/local.rss"/>
  </outline>
  <outline text="Tech"><outline type="rss" text="東西ニュース 国際" xmlUrl="http://127.0.0.1:9/world.rss"/></outline>
  <outline type="rss" text="Top &amp; &lt;b&gt;" xmlUrl="http://127.0.0.1:9/top.rss?a=1&amp;b=2"/>
  <outline type="rss" xmlUrl="http://127.0.0.1:9/untitled.rss"/>
</body></opml>
"""


def subscriptions(db: Path) -> list[tuple]:
    return sorted((f["url"], f["title"], tuple(sorted(f["tags"]))) for f in as_json("feeds", db=db))


def test_opml_with_folders_round_trips_through_add_and_feeds_opml(tmp_path):
    opml = tmp_path / "subs.opml"
    opml.write_text(OPML, encoding="utf-8")
    first = tmp_path / "a.db"
    r = run("add", str(opml), db=first)
    assert r.returncode == 0, r.stderr
    assert "4 feeds subscribed" in r.stdout
    subs = subscriptions(first)
    assert subs == [
        ("http://127.0.0.1:9/local.rss", "地方版", ("ニュース",)),  # a hostile title, cleaned
        ("http://127.0.0.1:9/top.rss?a=1&b=2", "Top & <b>", ()),
        ("http://127.0.0.1:9/untitled.rss", None, ()),
        ("http://127.0.0.1:9/world.rss", "東西ニュース 国際", ("Tech", "ニュース/国際")),  # two folders, nested
    ]
    exported = tmp_path / "out.opml"
    exported.write_text(ok("feeds", "--opml", db=first), encoding="utf-8")
    assert exported.read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">')
    second = tmp_path / "b.db"
    ok("add", str(exported), db=second)
    assert subscriptions(second) == subs
    # Exported again, the same document (but for its date).
    strip = lambda text: [line for line in text.splitlines() if "dateCreated" not in line]  # noqa: E731
    assert strip(ok("feeds", "--opml", db=second)) == strip(exported.read_text(encoding="utf-8"))
    # Added twice: nothing new, nothing doubled.
    assert "subscribed" not in ok("add", str(opml), db=first) and subscriptions(first) == subs


@pytest.mark.parametrize("doc, reason", [
    ('<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
     '<opml version="2.0"><body><outline text="&b;" xmlUrl="http://127.0.0.1:9/x.rss"/></body></opml>', "entities"),
    ('<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
     '<opml version="2.0"><body><outline text="&ext;" xmlUrl="http://127.0.0.1:9/x.rss"/></body></opml>', "entities"),
    ("<opml><body><outline", "not OPML"),
    ('<rss version="2.0"><channel></channel></rss>', "no <opml>"),
], ids=["expansion", "external", "truncated", "not-opml"])
def test_hostile_or_broken_opml_is_one_line_and_subscribes_nothing(tmp_path, doc, reason):
    opml = tmp_path / "bad.opml"
    opml.write_text(doc, encoding="utf-8")
    r = run("add", str(opml), db=tmp_path / "index.db")
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and reason in lines[0] and str(opml) in lines[0], r.stderr
    assert as_json("feeds", db=tmp_path / "index.db") == []


# --- read state, mark ------------------------------------------------------------------------------------


def test_read_state_in_list_json_mark_and_unread_counts(tmp_path, server):
    db = tmp_path / "index.db"
    a, b = serve_feed(server, "asahi", 3), serve_feed(server, "mainichi", 2)
    ok("add", a, b, db=db)
    rows = {r["title"]: r for r in as_json("list", db=db)}
    assert rows["asahiの記事1"]["read"] is False and rows["asahiの記事1"]["feed"] == "asahi新聞"
    assert rows["mainichiの記事2"]["feed"] == "mainichi新聞"
    seeds = [r for r in rows.values() if r["feed"] is None]
    assert len(seeds) == 5 and all(set(r) >= {"read", "feed"} for r in rows.values())
    unread = lambda: {f["url"]: f["unread"] for f in as_json("feeds", db=db)}  # noqa: E731
    assert unread() == {a: 3, b: 2}

    one, two = rows["asahiの記事1"]["id"], rows["mainichiの記事1"]["id"]
    assert ok("mark", one, two[:6], db=db).startswith("2 marked read")
    assert unread() == {a: 2, b: 1}
    listed = as_json("list", "--unread", db=db)
    assert len(listed) == 10 - 2 and {one, two}.isdisjoint(r["id"] for r in listed)
    assert ok("mark", "--unread", one, db=db).startswith("1 marked unread")
    assert unread() == {a: 3, b: 1}
    ok("mark", "--all", "--feed", a, db=db)
    assert unread() == {a: 0, b: 1} and len(as_json("list", "--unread", db=db)) == 5 + 1
    ok("mark", "--all", db=db)
    assert as_json("list", "--unread", db=db) == [] and unread() == {a: 0, b: 0}

    for args, says in ((("mark", "nosuchid"), "no article with id 'nosuchid'"),
                       (("mark", "--all", "--feed", f"{server.base}/nope.rss"), "no subscription to")):
        r = run(*args, db=db)
        assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1 and says in r.stderr, r.stderr
    assert run("mark", db=db).returncode == 2 and run("mark", one, "--all", db=db).returncode == 2


# --- remove, unsubscribe ---------------------------------------------------------------------------------


def test_remove_keeps_bookmarks_detached_with_their_text(tmp_path, server):
    db = tmp_path / "index.db"
    url = serve_feed(server, "kobe", 2)
    ok("add", url, db=db)
    lib = Library(db)
    try:
        row = next(r for r in lib.articles().all() if r.title == "kobeの記事1")
        article = lib.article(row.id)
        passage = next(p for p in article.passages if "ジュネーブ" in p.text)
        lib.toggle_bookmark(row.id, passage.anchor, "メモ")
        other = next(r for r in lib.articles().all() if r.title == "kobeの記事2")
    finally:
        lib.close()
    assert ok("remove", row.id, other.id, db=db).strip() == "2 articles removed"
    ids = {r["id"] for r in as_json("list", db=db)}
    assert row.id not in ids and other.id not in ids
    [mark] = as_json("bookmarks", db=db)
    assert mark["detached"] is True and mark["text"] == passage.text and mark["note"] == "メモ"
    assert all(h["article_id"] not in (row.id, other.id) for h in as_json("search", "ジュネーブ", db=db))
    lib = Library(db)
    try:
        assert lib.index.con.execute("SELECT count(*) FROM passages p LEFT JOIN articles a ON a.pk=p.article"
                                     " WHERE a.pk IS NULL").fetchone()[0] == 0
    finally:
        lib.close()
    # A refresh does not bring them back.
    ok("refresh", db=db)
    assert {r["id"] for r in as_json("list", db=db)} == ids
    r = run("remove", "nosuchid", db=db)
    assert r.returncode == 1 and r.stderr.strip() == "newsreader: no article with id 'nosuchid'"


def test_unsubscribe_keeps_articles_or_purges_those_without_bookmarks(tmp_path, server):
    db = tmp_path / "index.db"
    keep, purge = serve_feed(server, "keep", 2), serve_feed(server, "purge", 2)
    ok("add", keep, purge, db=db)
    lib = Library(db)
    try:
        row = next(r for r in lib.articles().all() if r.title == "purgeの記事1")
        lib.toggle_bookmark(row.id, lib.article(row.id).passages[1].anchor)
    finally:
        lib.close()
    assert "its articles stay" in ok("unsubscribe", keep, db=db)
    assert [f["url"] for f in as_json("feeds", db=db)] == [purge]
    titles = {r["title"]: r for r in as_json("list", db=db)}
    assert "keepの記事1" in titles and titles["keepの記事1"]["feed"] is None
    out = ok("unsubscribe", "--purge", purge, db=db)
    assert "1 article removed, 1 kept for their bookmarks" in out
    titles = {r["title"] for r in as_json("list", db=db)}
    assert "purgeの記事1" in titles and "purgeの記事2" not in titles and "keepの記事2" in titles
    assert as_json("feeds", db=db) == []
    r = run("unsubscribe", purge, db=db)
    assert r.returncode == 1 and len(r.stderr.strip().splitlines()) == 1 and "no subscription to" in r.stderr


# --- refresh fetches an item's page once -------------------------------------------------------------------


def etag_pages(server: Server, feed: str, n: int) -> list[tuple[str, str | None]]:
    """Serve /FEED/1..n with an ETag, answering 304 to a matching If-None-Match; returns the log of
    (path, If-None-Match) of every request."""
    log: list[tuple[str, str | None]] = []
    for k in range(1, n + 1):
        body = page(f"{feed}の記事{k}の本文", date="2025-12-01").encode("utf-8")
        tag = f'"{feed}-{k}-v1"'

        def route(h, body=body, tag=tag):
            log.append((h.path, h.headers.get("If-None-Match")))
            if h.headers.get("If-None-Match") == tag:
                return 304, {"ETag": tag, "Content-Length": "0"}, b""
            return 200, {"Content-Type": "text/html; charset=utf-8", "ETag": tag,
                         "Content-Length": str(len(body))}, body
        server.routes[f"/{feed}/{k}"] = route
    return log


def test_refresh_fetches_an_item_page_once_and_a_known_404_waits(tmp_path, server):
    db = tmp_path / "index.db"
    url = f"{server.base}/nhk.rss"
    server.add("/nhk.rss", summary_rss(server.base, "nhk", 3), "application/rss+xml")
    log = etag_pages(server, "nhk", 2)  # /nhk/3 is not there
    r = run("add", url, db=db)
    assert r.returncode == 1 and "/nhk/3" in r.stderr and "HTTP 404" in r.stderr  # told, and it fails
    assert "tried again from" in r.stderr, r.stderr
    assert page_hits(server, "nhk") == {"/nhk/1": 1, "/nhk/2": 1, "/nhk/3": 1}

    for _ in range(2):  # nothing changed: no page is fetched again, the 404 is not retried nor told again
        r = run("refresh", db=db)
        assert r.returncode == 0 and r.stderr == "", r.stderr
        assert r.stdout.strip().splitlines()[-1] == "0 added, 0 updated, 3 unchanged, 0 skipped"
    assert page_hits(server, "nhk") == {"/nhk/1": 1, "/nhk/2": 1, "/nhk/3": 1}
    assert server.hits["/nhk.rss"] == 3

    # The items' date changes: their pages are asked for again, conditionally (the server says 304).
    server.add("/nhk.rss", summary_rss(server.base, "nhk", 3, date="Tue, 02 Dec 2025 06:00:00 +0900"),
               "application/rss+xml")
    r = run("refresh", db=db)
    assert r.returncode == 1 and r.stdout.strip().splitlines()[-1].endswith(", 1 failed"), r.stdout
    assert log[-2:] == [("/nhk/1", '"nhk-1-v1"'), ("/nhk/2", '"nhk-2-v1"')]
    assert page_hits(server, "nhk") == {"/nhk/1": 2, "/nhk/2": 2, "/nhk/3": 2}  # a changed item is tried anew
    assert as_json("list", db=db)[0]["title"].startswith("nhk")

    # A week on, the known 404 is tried again.
    lib = Library(db)
    try:
        with lib.index.transaction() as con:
            con.execute("UPDATE feed_items SET page_checked='2025-01-01T00:00:00+00:00' WHERE link LIKE '%/nhk/3'")
    finally:
        lib.close()
    server.add("/nhk/3", page("nhk の記事3 の本文", date="2025-12-02"))
    r = run("refresh", db=db)
    assert r.returncode == 0, r.stderr
    assert page_hits(server, "nhk") == {"/nhk/1": 2, "/nhk/2": 2, "/nhk/3": 3}
    assert r.stdout.strip().splitlines()[-1] == "0 added, 1 updated, 2 unchanged, 0 skipped"


# --- text output: typeset, URLs whole ----------------------------------------------------------------------


def test_piped_text_output_breaks_no_word_and_keeps_urls_whole(tmp_path, server):
    from tui.news.typeset import wrap

    db = tmp_path / "index.db"
    lead = "米国とウクライナの首脳会談が開かれた翌日の記者会見で米国の"  # 29 characters, 58 cells
    passage = lead + "ルビオ国務長官は" + "大統領の発言について「合意は近い」と述べ、協議を続ける考えを示した。"
    assert passage.index("大統領") == 37  # after a 2-cell indent, 大統 fills cells 77 to 80 and 領 would wrap
    article = tmp_path / "kaiken.txt"
    article.write_text("首脳会談の翌日\n\n" + passage + "\n", encoding="utf-8")
    ok("add", str(article), db=db)
    lib = Library(db)
    try:
        row = next(r for r in lib.articles().all() if r.title == "首脳会談の翌日")
        anchor = next(p.anchor for p in lib.article(row.id).passages if p.text == passage)
        lib.toggle_bookmark(row.id, anchor, "大統領の発言についての覚え書き。" * 6)
    finally:
        lib.close()
    out = ok("bookmarks", db=db, columns=80).splitlines()
    assert out[1:1 + len(wrap(passage, 78))] == ["  " + line for line in wrap(passage, 78)]
    assert not any(a.endswith("大統") and b.lstrip(" ✎").startswith("領") for a, b in zip(out, out[1:])), out
    assert all(len(line) <= 80 for line in out)

    long_url = f"{server.base}/feeds/" + "national-and-international-news-" * 3 + "latest.rss"
    assert len(long_url) > 80
    server.add(long_url.removeprefix(server.base), summary_rss(server.base, "long", 0), "application/rss+xml")
    ok("add", long_url, db=db)
    out = ok("feeds", db=db, columns=80)
    assert f"  {long_url}" in out.splitlines(), out
    assert "…" not in out


# --- the daily flow ----------------------------------------------------------------------------------------


def test_daily_flow_subscribe_refresh_read_mark_all_unsubscribe(tmp_path, server):
    db = tmp_path / "index.db"
    morning, evening = serve_feed(server, "morning", 3), serve_feed(server, "evening", 2)
    opml = tmp_path / "subs.opml"
    opml.write_text(f"""<?xml version="1.0" encoding="UTF-8"?><opml version="2.0"><head><title>毎日</title></head><body>
<outline text="新聞"><outline type="rss" text="朝刊" xmlUrl="{morning}"/><outline type="rss" text="夕刊" xmlUrl="{evening}"/>
</outline></body></opml>""", encoding="utf-8")

    def state() -> tuple[int, dict[str, int]]:
        """(articles of the feeds not read, per the list), and unread per feed (per the feeds)."""
        listed = [r for r in as_json("list", db=db) if r["feed"] is not None]
        return sum(not r["read"] for r in listed), {f["url"]: f["unread"] for f in as_json("feeds", db=db)}

    assert "2 feeds subscribed" in ok("add", str(opml), db=db)
    feeds = as_json("feeds", db=db)
    assert [(f["title"], f["tags"], f["last_fetched"]) for f in feeds] == [("朝刊", ["新聞"], None), ("夕刊", ["新聞"], None)]
    assert state() == (0, {morning: 0, evening: 0}) and server.hits == {}

    assert ok("refresh", db=db).strip().splitlines()[-1] == "5 added, 0 updated, 0 unchanged, 0 skipped"
    assert state() == (5, {morning: 3, evening: 2})
    assert ok("refresh", db=db).strip().splitlines()[-1] == "0 added, 0 updated, 5 unchanged, 0 skipped"
    assert page_hits(server, "morning") == {f"/morning/{k}": 1 for k in (1, 2, 3)}  # one fetch per item
    assert page_hits(server, "evening") == {f"/evening/{k}": 1 for k in (1, 2)}
    assert [f["title"] for f in as_json("feeds", db=db)] == ["morning新聞", "evening新聞"]  # the feeds' own titles

    rows = {r["title"]: r["id"] for r in as_json("list", db=db)}
    ok("mark", rows["morningの記事1"], rows["eveningの記事2"], db=db)  # read two
    assert state() == (3, {morning: 2, evening: 1})
    assert {r["title"] for r in as_json("list", "--unread", db=db)} >= {"morningの記事2", "eveningの記事1"}

    ok("mark", "--all", db=db)
    assert state() == (0, {morning: 0, evening: 0}) and as_json("list", "--unread", db=db) == []

    ok("unsubscribe", evening, db=db)
    listed = as_json("list", db=db)
    assert state() == (0, {morning: 0})
    assert len([r for r in listed if r["title"].startswith("evening")]) == 2  # its articles stay, read
    assert all(r["read"] for r in listed if r["title"].startswith("evening"))
    assert "dateCreated" in ok("feeds", "--opml", db=db) and evening not in ok("feeds", "--opml", db=db)
