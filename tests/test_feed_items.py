"""A feed item's own content: read as the article it is (no page extraction), and a feed body is
only ever bytes to parse, never a path to open. Served from 127.0.0.1."""

from __future__ import annotations

import pytest

from test_web import ARTICLE_BODY, Server
from tui.news.htmltext import to_markdown
from tui.news.library import Library


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


def test_item_html_becomes_markdown_blocks_directly():
    text = to_markdown(ARTICLE_BODY + "<script>alert(1)</script><blockquote><p>引用</p></blockquote>"
                       "<ol><li>一</li><li>二</li></ol><p>改行<br>の後</p>", "見出し")
    assert text.startswith("# 見出し\n\nロシアとウクライナの停戦協議が12日")
    assert "## 各国の立場" in text and "- 米国は仲介を続ける方針を示した" in text
    assert "| 国 | 立場 |\n|---|---|\n| ロシア | 条件付きで容認 |" in text
    assert "> 引用" in text and "1. 一\n2. 二" in text and "改行\nの後" in text and "alert" not in text
    assert to_markdown("<p> </p><script>x</script>") == ""


def test_full_content_item_keeps_its_structure(lib, server):
    body = ARTICLE_BODY.replace("<", "&lt;").replace(">", "&gt;")
    server.add("/f.rss", f"""<?xml version="1.0"?><rss version="2.0"><channel><title>全文</title>
<item><title>全文の記事</title><link>{server.base}/f/1</link><description>{body}</description></item>
</channel></rss>""", "application/rss+xml")
    report = lib.add([f"{server.base}/f.rss"])
    assert report.added == 1 and "/f/1" not in server.hits  # the content is the article: no page fetched
    article = lib.article(report.ids[0])
    kinds = {p.kind for p in article.passages}
    assert {"heading", "paragraph", "list", "table"} <= kinds, kinds
    assert any("ジュネーブ" in p.text for p in article.passages)


def test_a_feed_body_that_names_a_local_file_is_not_opened(lib, server, tmp_path):
    local = tmp_path / "local.rss"
    local.write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>手元のフィード</title>
<item><title>手元にしかない記事</title><link>http://127.0.0.1:9/x</link>
<description>これは手元のファイルにしかない記事の本文です。外から読ませてはいけない。</description></item>
</channel></rss>""", encoding="utf-8")
    server.add("/path.rss", str(local), "application/rss+xml")
    report = lib.add([f"{server.base}/path.rss"])
    assert report.added == 0 and report.failed == [f"{server.base}/path.rss"]
    assert all(r.title != "手元にしかない記事" for r in lib.articles().all())


def test_an_html_title_loses_its_markup_and_scripts(lib, server):
    server.add("/t.atom", f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>題</title><id>urn:t</id><updated>2025-03-14T00:00:00Z</updated>
<entry><title type="html">&lt;script&gt;alert(1)&lt;/script&gt;停戦 &lt;b&gt;協議&lt;/b&gt;</title>
<link href="{server.base}/t/1"/><id>urn:t1</id><updated>2025-03-14T00:00:00Z</updated>
<content type="html">{ARTICLE_BODY.replace('<', '&lt;').replace('>', '&gt;')}</content></entry></feed>""",
               "application/atom+xml")
    report = lib.add([f"{server.base}/t.atom"])
    assert report.added == 1
    assert lib.article(report.ids[0]).title == "停戦 協議"
