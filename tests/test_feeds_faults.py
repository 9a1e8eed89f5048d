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


def japanese_page(charset_meta: str | None = None) -> str:
    """A small, well-formed page with only characters every Japanese codec has."""
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
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
    server.add("/ja/2", japanese_page().encode("euc_jp"), "text/html; charset=iso-8859-1")
    report = lib.add([f"{server.base}/short.rss"])
    assert report.added == 2, report.failures
    for aid in report.ids:
        assert "三年ぶりに再開" in texts(lib, aid)


def test_text_with_a_wrong_charset_header(lib, server):
    server.add("/t.txt", (HEADLINE + "\n\n" + "\n\n".join(PARAGRAPHS)).encode("euc_jp"),
               "text/plain; charset=iso-8859-1")
    report = lib.add([f"{server.base}/t.txt"])
    assert "三年ぶりに再開" in texts(lib, report.ids[0])
