"""Feeds, charsets and failures that used to look like success, served from 127.0.0.1 (never the internet)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from test_web import Server, page
from tui.news.library import Library

ROOT = Path(__file__).parent.parent

# Our own Japanese text, for the charset fixtures.
HEADLINE = "港町の朝市が再開"
PARAGRAPHS = (
    "港町の朝市が三年ぶりに再開した。地元の漁師たちは早朝から水揚げした魚を並べ、"
    "訪れた人々と言葉を交わしていた。市の担当者によると、初日だけで二千人近くが訪れたという。",
    "朝市は毎週土曜日に開かれる予定で、来月からは野菜や花の店も加わる見通しだ。"
    "運営する組合の代表は「町に活気が戻ってうれしい」と話した。",
)
# Another article of the same town (served under another URL, the same text would be one article).
SECOND = (
    "港町の朝市が三年ぶりに再開したのに合わせ、駅前の商店街でも記念の催しが開かれた。"
    "子どもたちが描いた港の絵が店先に飾られ、買い物客の目を楽しませていた。",
    "商店街の会長は「朝市の客に町を歩いてもらいたい」と話し、来年は合同の祭りを計画しているという。",
)


def japanese_page(charset_meta: str | None = None, paragraphs: tuple[str, ...] = PARAGRAPHS) -> str:
    """A small, well-formed page with only characters every Japanese codec has."""
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head>{meta}<title>{HEADLINE}</title></head>"
            f"<body><article><h1>{HEADLINE}</h1>{body}</article></body></html>")


def japanese_rss(base: str, declaration: str | None = None, pub_date: str = "Sat, 01 Mar 2025 06:00:00 +0900") -> str:
    decl = f'<?xml version="1.0" encoding="{declaration}"?>' if declaration else '<?xml version="1.0"?>'
    items = "".join(
        f"<item><title>{HEADLINE}その{n + 1}</title><link>{base}/ja/{n + 1}</link><pubDate>{pub_date}</pubDate>"
        f"<description>{p * 4}</description></item>" for n, p in enumerate(PARAGRAPHS))
    return f"{decl}<rss version=\"2.0\"><channel><title>港町だより</title><link>{base}/</link>{items}</channel></rss>"


@pytest.fixture
def server():
    s = Server()
    s.thread.start()
    yield s
    s.httpd.shutdown()


@pytest.fixture
def lib(tmp_path):
    library = Library(tmp_path / "index.db")
    yield library
    library.close()


def texts(lib: Library, article_id: str) -> str:
    a = lib.article(article_id)
    return a.title + "\n" + "\n".join(p.text for p in a.passages)


# --- 12: a page served as a feed --------------------------------------------------------------------


@pytest.mark.parametrize("html", [
    page("フィードのふりをしたページ"),  # HTML5, not well-formed XML
    japanese_page("utf-8").replace(HEADLINE, "フィードのふりをしたページ"),  # well-formed: parsed to zero items
], ids=["html5", "well-formed"])
def test_html_served_as_a_feed_is_imported_as_a_page_and_not_subscribed(lib, server, html):
    server.add("/news.rss", html, "application/rss+xml; charset=utf-8")
    report = lib.add([f"{server.base}/news.rss"])
    assert report.added == 1, (report.skipped, report.failures)
    assert lib.article(report.ids[0]).title == "フィードのふりをしたページ"
    assert lib.feeds() == []  # never an empty subscription
    assert any("HTML page" in n and "imported as a page" in n for n in report.notes), report.notes
    assert not report.failures


def test_xml_that_is_no_feed_is_a_failure_and_no_subscription(lib, server, capsys, monkeypatch):
    from tui.__main__ import main

    server.add("/odd.rss", '<?xml version="1.0"?><catalog><book>本</book></catalog>', "application/rss+xml")
    monkeypatch.setenv("NEWSREADER_DB", str(lib.path))
    assert main(["add", f"{server.base}/odd.rss"]) == 1
    out, err = capsys.readouterr()
    assert out.strip().splitlines()[-1] == "0 added, 0 updated, 0 unchanged, 1 skipped"
    assert f"{server.base}/odd.rss: not a feed" in err
    assert lib.feeds() == []


def test_a_valid_empty_feed_is_still_a_subscription(lib, server):
    server.add("/empty.rss", '<?xml version="1.0"?><rss version="2.0"><channel><title>準備中</title>'
               '<link>http://127.0.0.1/</link><description>まだ記事はない</description></channel></rss>',
               "application/rss+xml")
    report = lib.add([f"{server.base}/empty.rss"])
    assert not report.failures
    [feed] = lib.feeds()
    assert feed["title"] == "準備中" and feed["items"] == 0


# --- 13: wrong or missing charset declarations ------------------------------------------------------


@pytest.mark.parametrize("codec,ctype", [
    ("cp932", "text/html; charset=utf-8"),
    ("euc_jp", "text/html; charset=iso-8859-1"),
    ("euc_jp", "text/html; charset=windows-1252"),
    ("cp932", "text/html"),
    ("iso2022_jp", "text/html; charset=utf-8"),
])
def test_page_with_a_wrong_charset_header_is_read_from_its_bytes(lib, server, codec, ctype):
    server.add("/p.html", japanese_page().encode(codec), ctype)
    report = lib.add([f"{server.base}/p.html"])
    assert report.added == 1, report.failures
    text = texts(lib, report.ids[0])
    assert lib.article(report.ids[0]).title == HEADLINE
    assert "三年ぶりに再開" in text and "活気が戻ってうれしい" in text


def test_page_with_a_wrong_meta_charset_is_read_from_its_bytes(lib, server):
    server.add("/m.html", japanese_page("iso-8859-1").encode("euc_jp"), "text/html")
    report = lib.add([f"{server.base}/m.html"])
    assert lib.article(report.ids[0]).title == HEADLINE


def test_a_right_declaration_is_kept(lib, server):
    server.add("/ok.html", japanese_page("euc-jp").encode("euc_jp"), "text/html; charset=EUC-JP")
    server.add("/fr.html", "<html><head><title>Café crème</title></head><body><article><h1>Café crème</h1>"
               "<p>À la terrasse du café, on commande une crème brûlée et un thé glacé, déjà prêts.</p>"
               "<p>Le garçon apporte l'addition, très élevée, et s'éloigne.</p></article></body></html>"
               .encode("latin-1"), "text/html; charset=iso-8859-1")
    report = lib.add([f"{server.base}/ok.html", f"{server.base}/fr.html"])
    assert report.added == 2
    titles = {r.title for r in lib.articles().all()}
    assert {HEADLINE, "Café crème"} <= titles


@pytest.mark.parametrize("codec,declaration,ctype", [
    ("euc_jp", None, "application/rss+xml"),  # EUC-JP with no declaration anywhere
    ("euc_jp", None, "application/rss+xml; charset=iso-8859-1"),
    ("cp932", None, "application/rss+xml; charset=utf-8"),
    ("cp932", "UTF-8", "application/rss+xml"),  # the XML declaration lies
    ("euc_jp", "EUC-JP", "application/rss+xml; charset=utf-8"),  # the header lies, the declaration is right
])
def test_feed_with_a_wrong_or_missing_charset_is_read_from_its_bytes(lib, server, codec, declaration, ctype):
    server.add("/ja.rss", japanese_rss(server.base, declaration).encode(codec), ctype)
    report = lib.add([f"{server.base}/ja.rss"])
    assert report.added == 2, (report.skipped, report.failures)
    assert {r.title for r in lib.articles().all()} >= {f"{HEADLINE}その1", f"{HEADLINE}その2"}
    assert lib.feeds()[0]["title"] == "港町だより"
    assert any("三年ぶりに再開" in texts(lib, i) for i in report.ids)


def test_item_page_with_a_wrong_charset_header(lib, server):
    rss = japanese_rss(server.base, "UTF-8").replace(PARAGRAPHS[0] * 4, "短い").replace(PARAGRAPHS[1] * 4, "短い")
    server.add("/short.rss", rss, "application/rss+xml; charset=utf-8")
    server.add("/ja/1", japanese_page().encode("cp932"), "text/html; charset=utf-8")
    server.add("/ja/2", japanese_page(paragraphs=SECOND).encode("euc_jp"), "text/html; charset=iso-8859-1")
    report = lib.add([f"{server.base}/short.rss"])
    assert report.added == 2, report.failures
    for aid in report.ids:
        assert "三年ぶりに再開" in texts(lib, aid)


def test_text_with_a_wrong_charset_header(lib, server):
    server.add("/t.txt", (HEADLINE + "\n\n" + "\n\n".join(PARAGRAPHS)).encode("euc_jp"),
               "text/plain; charset=iso-8859-1")
    report = lib.add([f"{server.base}/t.txt"])
    assert "三年ぶりに再開" in texts(lib, report.ids[0])


# --- 17: feed dates in the publisher's own zone -----------------------------------------------------


def own_text(n: int) -> str:
    """Item n's own text: items of one text would be one article (one article per content)."""
    return "".join(f"第{n}号の記事の{k}番目の文として、港町の話題{n * 100 + k}を伝える。" for k in range(12))


def test_feed_dates_keep_the_publishers_offset(lib, server):
    rss = japanese_rss(server.base, "UTF-8", pub_date="Wed, 26 Nov 2025 07:30:00 +0900")
    atom = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom 版</title><id>urn:a</id><updated>2025-11-26T07:30:00+09:00</updated>
<entry><title>朝のアトム記事</title><link href="{server.base}/a/1"/><id>urn:a1</id>
<published>2025-11-26T07:30:00+09:00</published><updated>2025-11-26T07:30:00+09:00</updated>
<content type="html">&lt;p&gt;{own_text(1)}&lt;/p&gt;</content></entry>
<entry><title>夜のアトム記事</title><link href="{server.base}/a/2"/><id>urn:a2</id>
<updated>2025-11-25T20:15:00-05:00</updated>
<content type="html">&lt;p&gt;{own_text(2)}&lt;/p&gt;</content></entry></feed>"""
    jsonfeed = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "JSON 版", "items": [
        {"id": "1", "url": f"{server.base}/j/1", "title": "朝のJSON記事", "content_text": own_text(3),
         "date_published": "2025-11-26T07:30:00+09:00"},
        {"id": "2", "url": f"{server.base}/j/2", "title": "夜のJSON記事", "content_text": own_text(4),
         "date_published": "2025-11-25T23:30:00-08:00"},
        {"id": "3", "url": f"{server.base}/j/3", "title": "日付の壊れたJSON記事", "content_text": own_text(5),
         "date_published": "\x1b[2Jnot a date"}]}, ensure_ascii=False)
    server.add("/d.rss", rss, "application/rss+xml")
    server.add("/d.atom", atom, "application/atom+xml")
    server.add("/d.json", jsonfeed, "application/feed+json")
    report = lib.add([f"{server.base}/d.rss", f"{server.base}/d.atom", f"{server.base}/d.json"])
    assert report.added == 7, report.failures
    dates = {r.title: r.published for r in lib.articles().all()}
    assert dates[f"{HEADLINE}その1"] == "2025-11-26"  # was 2025-11-25: the date in UTC
    assert dates["朝のアトム記事"] == "2025-11-26"
    assert dates["夜のアトム記事"] == "2025-11-25"  # 2025-11-26 in UTC
    assert dates["朝のJSON記事"] == "2025-11-26"
    assert dates["夜のJSON記事"] == "2025-11-25"
    assert dates["日付の壊れたJSON記事"] is None


# --- 14: failures exit 1 with their reason ------------------------------------------------------------


def run(*args: str, db: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "NEWSREADER_DB": str(db), "PYTHONPATH": str(ROOT), "COLUMNS": "120"}
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=ROOT, timeout=120)


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_cli_failed_inputs_exit_1_with_one_reason_each_and_the_rest_imported(tmp_path, server):
    good = tmp_path / "good.txt"
    good.write_text("良い記事\n\n" + PARAGRAPHS[0] + "\n", encoding="utf-8")
    dead = f"http://127.0.0.1:{closed_port()}/feed.xml"
    missing = tmp_path / "nope.txt"
    r = run("add", str(good), dead, "htp://bad", "ftp://example.org/feed.xml", str(missing), db=tmp_path / "i.db")
    assert r.returncode == 1, r.stderr
    assert r.stdout.strip().splitlines()[-1] == "1 added, 0 updated, 0 unchanged, 4 skipped"
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 4 and "Traceback" not in r.stderr, lines
    assert any(dead in line and "cannot connect" in line for line in lines)
    assert any("htp://bad" in line and "unsupported URL scheme 'htp'" in line for line in lines)
    assert any("ftp://example.org/feed.xml" in line and "unsupported URL scheme 'ftp'" in line for line in lines)
    assert any(str(missing) in line and "no such file or directory" in line for line in lines)
    assert not any("no such file" in line for line in lines if "://" in line)


def test_cli_refresh_of_a_dead_feed_exits_1_and_keeps_last_fetched(tmp_path, server):
    server.add("/live.rss", japanese_rss(server.base, "UTF-8"), "application/rss+xml")
    db = tmp_path / "i.db"
    assert run("add", f"{server.base}/live.rss", db=db).returncode == 0
    lib = Library(db)
    before = lib.feeds()[0]
    lib.close()
    assert before["last_fetched"] and before["last_error"] is None
    server.routes.pop("/live.rss")
    r = run("refresh", db=db)
    assert r.returncode == 1
    assert f"{server.base}/live.rss" in r.stderr and "HTTP 404" in r.stderr and "Traceback" not in r.stderr
    lib = Library(db)
    after = lib.feeds()[0]
    lib.close()
    assert "HTTP 404" in after["last_error"]
    assert after["last_fetched"] == before["last_fetched"]  # it did not fetch anything


def test_refresh_of_a_feed_that_became_a_page_is_a_failure(lib, server):
    server.add("/turns.rss", japanese_rss(server.base, "UTF-8"), "application/rss+xml")
    lib.add([f"{server.base}/turns.rss"])
    n = lib.count()
    server.add("/turns.rss", japanese_page("utf-8"), "application/rss+xml")
    report = lib.refresh()
    assert lib.count() == n and report.failed == [f"{server.base}/turns.rss"]
    assert "not a feed" in lib.feeds()[0]["last_error"]


def test_item_page_failure_is_reported_but_is_no_failed_input(lib, server):
    rss = japanese_rss(server.base, "UTF-8").replace(PARAGRAPHS[0] * 4, "短い要約")
    server.add("/s.rss", rss, "application/rss+xml")  # /ja/1 is missing: its summary is kept
    report = lib.add([f"{server.base}/s.rss"])
    assert report.added == 2 and report.failed == []
    assert any("/ja/1" in f and "HTTP 404" in f for f in report.failures)


# --- 14, in the reader: the import dialog tells why ------------------------------------------------


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
async def test_reader_import_of_a_missing_path_says_why(seeded_db: Path, tmp_path: Path, anyio_backend) -> None:
    from textual.widgets import Input

    from tui.app import NewsReaderApp
    from tui.screens import InputDialog

    missing = tmp_path / "nowhere" / "notes.txt"
    app = NewsReaderApp(db=str(seeded_db))
    async with app.run_test(size=(140, 40)) as pilot:
        for _ in range(2):
            await app.workers.wait_for_complete()
            await pilot.pause()
        await pilot.press("i")
        assert isinstance(app.screen, InputDialog)
        app.screen.query_one(Input).value = str(missing)
        await pilot.press("enter")
        for _ in range(2):
            await app.workers.wait_for_complete()
            await pilot.pause()
        shown = [(n.title, n.message) for n in app._notifications]
    assert ("Import finished", "0 added, 0 updated, 0 unchanged, 1 skipped") in shown
    assert any(str(missing) in message and "no such file or directory" in message and title == "Could not import"
               for title, message in shown), shown
