"""Pages, feeds and URLs, served from a local HTTP server on 127.0.0.1 (never the internet)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tui.news import fetch as fetch_mod
from tui.news.library import Library

ARTICLE_BODY = (
    "<p>ロシアとウクライナの停戦協議が12日、ジュネーブで再開した。米国のルビオ国務長官も出席し、"
    "双方に歩み寄りを求めた。協議は非公開で行われ、終了後に共同声明の発表は見送られた。</p>"
    "<h2>各国の立場</h2><ul><li>米国は仲介を続ける方針を示した</li><li>EUは制裁を維持する考えを示した</li></ul>"
    "<table><tr><th>国</th><th>立場</th></tr><tr><td>ロシア</td><td>条件付きで容認</td></tr>"
    "<tr><td>ウクライナ</td><td>領土の割譲に反対</td></tr></table>"
    "<p>協議は13日も続く見通しだ。関係者によると、次回は捕虜交換の手順が議題になる。"
    "The talks will continue on Thursday, officials said, with prisoner exchanges on the agenda.</p>"
)

# Other articles than ARTICLE_BODY's: served under other URLs, the same text would be one article.
DAY_TWO_BODY = (
    "<p>ジュネーブでの停戦協議は13日、二日目に入った。捕虜交換の手順をめぐり、双方の代表団が夜まで議論を重ねた。"
    "仲介役の国連の担当者は、合意文書の草案がまとまりつつあると記者団に語った。</p>"
    "<p>一方、前線では砲撃が続いており、東部の集落では住民の避難が進められている。"
    "赤十字国際委員会は、人道回廊の設置を改めて求める声明を出した。</p>"
)
JSON_BODY = (
    "<p>欧州連合は14日、ブリュッセルで外相理事会を開き、対ロシア制裁の延長を全会一致で決めた。"
    "延長は半年ごとに見直されており、今回で十数回目となる。</p>"
    "<p>一部の加盟国はエネルギー価格への影響を懸念したが、最終的には結束を優先した。"
    "外交筋は、次回の見直しでは対象の拡大も議題になるとの見方を示している。</p>"
)


def page(title: str, body: str = ARTICLE_BODY, date: str = "2025-03-12") -> str:
    return f"""<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>{title} | 東西ニュース</title>
<meta property="og:site_name" content="東西ニュース"><meta property="article:published_time" content="{date}T09:00:00+09:00">
</head><body><header><nav><a href="/">ホーム</a> <a href="/world">国際</a> <a href="/login">ログイン</a>
<a href="/rank">ランキング</a></nav></header>
<aside><h3>人気記事</h3><ul><li><a href="/a">芸能ニュースの見出しその一</a></li><li><a href="/b">スポーツの見出しその二</a></li></ul></aside>
<main><article><h1>{title}</h1>{body}<div class="ad">広告</div></article></main>
<footer><p>© 2025 東西ニュース All Rights Reserved.</p><p>利用規約 | プライバシーポリシー</p></footer></body></html>"""


def rss(base: str) -> str:
    full = ARTICLE_BODY.replace("<", "&lt;").replace(">", "&gt;")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>東西ニュース 国際</title><link>{base}/</link><description>国際ニュース</description>
<item><title>全文のある記事</title><link>{base}/items/full</link><pubDate>Wed, 12 Mar 2025 00:00:00 GMT</pubDate>
<description>短い要約</description><content:encoded>{full}</content:encoded></item>
<item><title>要約だけの記事</title><link>{base}/items/summary-only.html</link><pubDate>Thu, 13 Mar 2025 00:00:00 GMT</pubDate>
<description>協議二日目の要約です。</description></item>
</channel></rss>"""


def atom(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom 版</title><id>urn:x</id><updated>2025-03-14T00:00:00Z</updated>
<entry><title>Atom の記事</title><link href="{base}/atom/1"/><id>urn:1</id><updated>2025-03-14T00:00:00Z</updated>
<content type="html">{ARTICLE_BODY.replace('<', '&lt;').replace('>', '&gt;')}</content></entry></feed>"""


class Server:
    def __init__(self):
        self.hits: dict[str, int] = {}
        routes = self.routes = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                server.hits[self.path] = server.hits.get(self.path, 0) + 1
                route = routes.get(self.path)
                if route is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                status, headers, body = route(self)
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                if body:
                    self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def add(self, path, body, ctype="text/html; charset=utf-8", status=200, headers=None):
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = lambda h: (status, {"Content-Type": ctype, "Content-Length": str(len(data)),
                                                **(headers or {})}, data)


@pytest.fixture
def server():
    s = Server()
    s.add("/page.html", page("停戦協議が再開"))
    s.add("/items/full", page("全文のある記事"))
    s.add("/items/summary-only.html", page("要約だけの記事の本文", body=DAY_TWO_BODY, date="2025-03-13"))
    s.add("/atom/1", page("Atom の記事"))
    s.add("/feed.xml", rss(s.base), "application/rss+xml")
    s.add("/atom.xml", atom(s.base), "application/atom+xml")
    s.add("/feed.json", json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "JSON 版", "items": [
        {"id": "1", "url": f"{s.base}/json/1", "title": "JSON の記事", "content_html": JSON_BODY,
         "date_published": "2025-03-15T00:00:00Z"}]}, ensure_ascii=False), "application/feed+json")
    s.add("/image.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")
    s.add("/huge.html", b"<html>" + b"x" * (2 * 1024 * 1024), "text/html")
    s.routes["/redirect"] = lambda h: (302, {"Location": "/page.html", "Content-Length": "0"}, b"")
    s.routes["/loop"] = lambda h: (302, {"Location": "/loop", "Content-Length": "0"}, b"")
    s.thread.start()
    yield s
    s.httpd.shutdown()


@pytest.fixture
def lib(tmp_path):
    library = Library(tmp_path / "index.db")
    yield library
    library.close()


def test_page_by_url_keeps_article_drops_chrome(lib, server):
    report = lib.add([f"{server.base}/page.html"])
    assert report.added == 1, report.skipped
    a = lib.article(report.ids[0])
    text = "\n".join(p.text for p in a.passages)
    assert a.title == "停戦協議が再開" and a.published == "2025-03-12"
    assert "ジュネーブで再開した" in text and "The talks will continue on Thursday" in text
    assert any(p.kind == "table" and "ウクライナ | 領土の割譲に反対" in p.text for p in a.passages)
    assert any(p.kind == "list" and "EUは制裁を維持する考えを示した" in p.text for p in a.passages)
    assert any(p.kind == "heading" and p.text == "各国の立場" for p in a.passages)
    for junk in ("ログイン", "ランキング", "芸能ニュース", "All Rights Reserved", "利用規約"):
        assert junk not in text
    assert a.source == f"{server.base}/page.html"


def test_saved_page_file(lib, tmp_path):
    path = tmp_path / "saved.html"
    path.write_text(page("保存したページ"), encoding="utf-8")
    report = lib.add([path])
    assert report.added == 1
    a = lib.article(report.ids[0])
    assert a.title == "保存したページ" and any("ジュネーブ" in p.text for p in a.passages)


def test_saved_page_in_shift_jis(lib, tmp_path):
    path = tmp_path / "sjis.html"
    path.write_bytes(page("シフトJISのページ").replace('charset="utf-8"', 'charset="shift_jis"')
                     .replace("charset=utf-8", "charset=shift_jis").replace("©", "(c)").encode("cp932"))
    report = lib.add([path])
    assert report.added == 1
    assert lib.article(report.ids[0]).title == "シフトJISのページ"


def test_feed_by_url_full_and_summary_only_items(lib, server):
    report = lib.add([f"{server.base}/feed.xml"])
    assert report.added == 2, (report.skipped, report.failures)
    rows = {r.title: r for r in lib.articles().all()}
    full = lib.article(rows["全文のある記事"].id)
    assert full.source == f"{server.base}/items/full" and full.published == "2025-03-12"
    assert any("ジュネーブ" in p.text for p in full.passages)
    assert server.hits.get("/items/full") is None  # full content: no fetch needed
    summary_only = lib.article(rows["要約だけの記事"].id)
    assert server.hits["/items/summary-only.html"] == 1
    assert any("ジュネーブ" in p.text for p in summary_only.passages)  # the full page, not the summary
    [feed] = lib.feeds()
    assert feed["url"] == f"{server.base}/feed.xml" and feed["title"] == "東西ニュース 国際" and feed["items"] == 2


def test_refresh_is_conditional_and_imports_only_changes(lib, server):
    etag = '"v1"'

    def feed_route(h):
        if h.headers.get("If-None-Match") == etag:
            return 304, {"Content-Length": "0"}, b""
        body = rss(server.base).encode()
        return 200, {"Content-Type": "application/rss+xml", "ETag": etag, "Content-Length": str(len(body))}, body

    server.routes["/feed.xml"] = feed_route
    lib.add([f"{server.base}/feed.xml"])
    report = lib.refresh()
    assert (report.added, report.updated) == (0, 0)
    assert server.hits["/feed.xml"] == 2 and server.hits["/items/summary-only.html"] == 1
    etag = '"v2"'
    report = lib.refresh()
    assert report.added == 0 and report.unchanged == 2


def test_atom_and_json_feeds(lib, server):
    report = lib.add([f"{server.base}/atom.xml", f"{server.base}/feed.json"])
    assert report.added == 2, report.skipped
    titles = {r.title for r in lib.articles().all()}
    assert {"Atom の記事", "JSON の記事"} <= titles


def test_feed_file(lib, server, tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(rss(server.base), encoding="utf-8")
    report = lib.add([path])
    assert report.added == 2
    assert lib.feeds() == []  # a file is not a subscription


def test_redirect_is_followed(lib, server):
    report = lib.add([f"{server.base}/redirect"])
    assert report.added == 1
    assert lib.article(report.ids[0]).title == "停戦協議が再開"


@pytest.mark.parametrize("path,reason", [
    ("/missing", "HTTP 404"),
    ("/image.png", "content type image/png"),
    ("/loop", "too many redirects"),
])
def test_failures_are_one_line_and_others_go_on(lib, server, path, reason):
    report = lib.add([f"{server.base}{path}", f"{server.base}/page.html"])
    assert report.added == 1
    assert len(report.failures) == 1 and reason in report.failures[0]
    assert report.failures[0].startswith(f"{server.base}{path}") and "\n" not in report.failures[0]


def test_oversized_body_is_refused(lib, server, monkeypatch):
    monkeypatch.setattr(fetch_mod, "MAX_BYTES", 1024 * 1024)
    report = lib.add([f"{server.base}/huge.html"])
    assert report.added == 0 and "too large" in report.failures[0]


def test_unreachable_host_fails_fast(lib, server):
    server.httpd.shutdown()
    server.httpd.server_close()
    report = lib.add([f"{server.base}/page.html"])
    assert report.added == 0 and "cannot connect" in report.failures[0]


def test_failed_refresh_keeps_articles_and_records_error(lib, server):
    lib.add([f"{server.base}/feed.xml"])
    n = lib.count()
    server.routes.pop("/feed.xml")
    report = lib.refresh()
    assert lib.count() == n and "HTTP 404" in report.failures[0]
    assert "HTTP 404" in lib.feeds()[0]["last_error"]


def test_markdown_file_keeps_headings_and_lists(lib, tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# 会談の記録\n\n停戦について協議した。\n\n## 論点\n\n- 領土\n- 安全保障\n", encoding="utf-8")
    a = lib.article(lib.add([path]).ids[0])
    assert [(p.kind, p.text) for p in a.passages] == [
        ("heading", "会談の記録"), ("paragraph", "停戦について協議した。"), ("heading", "論点"), ("list", "領土\n安全保障")]


def test_cli_add_and_feeds_json(server, tmp_path, capsys, monkeypatch):
    from tui.__main__ import main

    monkeypatch.setenv("NEWSREADER_DB", str(tmp_path / "i.db"))
    assert main(["add", f"{server.base}/feed.xml", f"{server.base}/missing"]) == 1  # one input failed
    out, err = capsys.readouterr()
    assert out.strip().splitlines()[-1] == "2 added, 0 updated, 0 unchanged, 1 skipped"
    assert f"{server.base}/missing" in err and "HTTP 404" in err
    assert main(["feeds", "--json"]) == 0
    feeds = json.loads(capsys.readouterr()[0])
    assert feeds[0]["url"] == f"{server.base}/feed.xml" and set(feeds[0]) >= {"title", "url", "last_fetched", "items", "last_error"}
    assert main(["refresh"]) == 0
    assert capsys.readouterr()[0].strip().splitlines()[-1].startswith("0 added")


ENGLISH = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Talks resume in Geneva | World Wire</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/login">Log in</a></nav><main><article>
<h1>Talks resume in Geneva</h1>
<p>Negotiators from Russia and Ukraine met in Geneva on Wednesday for a second round of talks.</p>
<p>Share</p>
<h2>What is on the table</h2>
<p>The agenda includes a prisoner exchange and a ceasefire along the front line, officials said.</p>
<p>Talks resume in Geneva as both sides signal caution.</p>
<ul><li>Prisoner exchange</li><li>Energy infrastructure</li></ul>
<p>"We are ready to continue," the Ukrainian delegation said in a statement.</p>
</article></main><footer>Copyright 2025 World Wire. All rights reserved.</footer></body></html>"""


def test_our_rules_keep_what_trafilatura_keeps_on_an_english_page(lib, tmp_path):
    import trafilatura

    from tui.news.cleaning import norm

    alone = trafilatura.extract(ENGLISH, output_format="txt", favor_recall=True) or ""
    path = tmp_path / "en.html"
    path.write_text(ENGLISH, encoding="utf-8")
    a = lib.article(lib.add([path]).ids[0])
    ours = norm(" ".join(p.text for p in a.passages))
    dropped = [r.text for r in a.removed]
    for line in alone.splitlines():
        line = line.strip().lstrip("-* ").strip()
        if line and line not in ("Share",):
            assert norm(line) in ours, (line, dropped)
    assert all(r.rule in ("chrome", "repeated", "empty-heading") for r in a.removed), dropped
