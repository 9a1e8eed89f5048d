"""A feed body is only ever bytes to parse, never a path to open. Served from 127.0.0.1."""

from __future__ import annotations

import pytest

from test_web import Server
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
