"""Enclosures (audio, video, images) of feed items: read from RSS, Atom and Media RSS feeds served on
127.0.0.1, checked, stored with their article, listed by `show` and offered by `o` in the reader."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import settle
from test_web import ARTICLE_BODY, DAY_TWO_BODY, JSON_BODY, Server
from tui.news.enclosures import human_size
from tui.news.library import Library
from tui.news.models import Enclosure

ROOT = Path(__file__).parent.parent
SNOW_BODY = ("<p>北海道で記録的な大雪となり、札幌市では24時間の降雪量が観測史上最多を更新した。"
                "JRは全線で運転を見合わせ、新千歳空港では欠航が相次いだ。</p>"
                "<p>気象台は、週末にかけて再び強い寒気が流れ込むとして、交通機関への影響に警戒を呼びかけている。"
                "自治体は除雪作業を急いでいる。</p>"
                "<p>札幌市内では路線バスの運休も広がり、通勤や通学の足に大きな乱れが出た。市は臨時の除雪車を出し、"
                "幹線道路から順に雪を運び出している。住民には不要不急の外出を控えるよう呼びかけた。</p>")
LONG_URL = "https://media.example.jp/podcasts/2025/03/12/" + "episode-" * 12 + "ceasefire-talks-geneva.mp3"


def _escaped(html: str) -> str:
    return html.replace("<", "&lt;").replace(">", "&gt;")


def rss(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>放送</title><link>{base}/</link>
<item><title>停戦協議の音声</title><link>{base}/items/1</link><guid>{base}/items/1</guid>
<description>{_escaped(ARTICLE_BODY)}</description>
<enclosure url="{LONG_URL}" type="audio/mpeg" length="12897485"/>
<enclosure url="{base}/files/map.png" type="image/png" length="0"/></item>
<item><title>大雪の動画</title><link>{base}/items/2</link><guid>{base}/items/2</guid>
<description>{_escaped(SNOW_BODY)}</description>
<media:content url="{base}/files/snow.mp4" type="video/mp4" fileSize="73400320" medium="video"/>
<media:content url="{base}/files/snow.jpg" medium="image"/></item>
</channel></rss>"""


def atom(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom 放送</title><id>urn:enc</id><updated>2025-03-13T00:00:00Z</updated>
<entry><title>二日目の音声</title><link href="{base}/atom/1"/><id>urn:enc:1</id><updated>2025-03-13T00:00:00Z</updated>
<link rel="enclosure" href="{base}/files/day2.m4a" type="audio/mp4" length="2048"/>
<content type="html">{_escaped(DAY_TWO_BODY)}</content></entry></feed>"""


def hostile(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>怪しい</title>
<item><title>制裁延長</title><link>{base}/items/h</link><description>{_escaped(JSON_BODY)}</description>
<enclosure url="javascript:alert(1)" type="audio/mpeg" length="5"/>
<enclosure url="data:audio/mpeg;base64,AAAA" type="audio/mpeg" length="5"/>
<enclosure url="{base}/files/a\x07b.mp3" type="audio/mpeg" length="5"/>
<enclosure url="{base}/files/c\u202eb.mp3" type="audio/mpeg" length="5"/>
<enclosure url="{base}/files/ok.mp3" type="audio/mpeg\x1b[31m\x07" length="99999999999999999999999999"/>
<enclosure url="{base}/files/neg.mp3" type="&#27;]0;title&#7;audio/ogg" length="-3"/>
</item></channel></rss>"""


@pytest.fixture
def server():
    s = Server()
    s.thread.start()
    s.add("/enc.rss", rss(s.base), "application/rss+xml")
    s.add("/enc.atom", atom(s.base), "application/atom+xml")
    s.add("/hostile.rss", hostile(s.base), "application/rss+xml")
    yield s
    s.httpd.shutdown()


def by_title(lib: Library) -> dict:
    return {r.title: lib.article(r.id) for r in lib.articles().all()}


def test_rss_atom_and_media_rss_enclosures_are_stored_with_their_article(lib, server):
    report = lib.add([f"{server.base}/enc.rss", f"{server.base}/enc.atom"])
    assert report.added == 3, report.line()
    articles = by_title(lib)
    assert articles["停戦協議の音声"].enclosures == (
        Enclosure(LONG_URL, "audio/mpeg", 12897485), Enclosure(f"{server.base}/files/map.png", "image/png", None))
    assert articles["大雪の動画"].enclosures == (
        Enclosure(f"{server.base}/files/snow.mp4", "video/mp4", 73400320),
        Enclosure(f"{server.base}/files/snow.jpg", "image", None))
    assert articles["二日目の音声"].enclosures == (Enclosure(f"{server.base}/files/day2.m4a", "audio/mp4", 2048),)
    assert not any(a.enclosures for t, a in articles.items() if t not in ("停戦協議の音声", "大雪の動画", "二日目の音声"))


def test_a_hostile_feed_keeps_only_http_urls_and_clean_fields(lib, server):
    report = lib.add([f"{server.base}/hostile.rss"])
    assert report.added == 1, report.line()
    files = lib.article(report.ids[0]).enclosures
    # javascript:, data: and a URL holding a control character go; the type loses its escape sequence
    # (or is no type at all), an absurd or negative length is no length.
    assert [e.url for e in files] == [f"{server.base}/files/ok.mp3", f"{server.base}/files/neg.mp3"]
    assert files[0].length is None and files[1].length is None
    assert files[0].type in ("audio/mpeg", None) and files[1].type in ("audio/ogg", None)
    for e in files:
        assert not any(ord(c) < 32 or 0x7f <= ord(c) <= 0x9f for c in f"{e.url}{e.type}")


def test_enclosures_follow_their_item_and_go_with_their_article(lib, server):
    lib.add([f"{server.base}/enc.atom"])
    article = by_title(lib)["二日目の音声"]
    # The feed changes only the enclosure: the article's text is unchanged, its enclosures follow.
    server.add("/enc.atom", atom(server.base).replace('length="2048"', 'length="4096"'), "application/atom+xml")
    report = lib.refresh()
    assert report.unchanged == 1 and report.added == report.updated == 0
    assert lib.article(article.id).enclosures[0].length == 4096
    lib.remove([article.id])
    assert lib.index.con.execute("SELECT count(*) FROM enclosures").fetchone()[0] == 0


def test_a_rebuild_keeps_the_enclosures(lib, server):
    from tui.news.rebuild import rebuild

    lib.add([f"{server.base}/enc.rss"])
    before = {t: a.enclosures for t, a in by_title(lib).items()}
    rebuild(lib)
    again = Library(lib.path)
    try:
        assert {t: a.enclosures for t, a in by_title(again).items()} == before
    finally:
        again.close()


def test_human_sizes():
    assert [human_size(n) for n in (None, 1, 812, 4096, 12897485, 1610612736)] == [
        "size unknown", "1 B", "812 B", "4.0 KB", "12.3 MB", "1.5 GB"]


def run(*args: str, db: Path, columns: int = 80) -> subprocess.CompletedProcess:
    env = {**os.environ, "NEWSREADER_DB": str(db), "PYTHONPATH": str(ROOT), "COLUMNS": str(columns),
           "NEWSREADER_CONFIG": str(db.parent / "config"), "NEWSREADER_WORKERS": "1"}
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True, text=True, encoding="utf-8",
                          env=env, cwd=ROOT, timeout=180)


def test_show_lists_the_enclosures_with_type_size_and_the_whole_url(server, tmp_path):
    db = tmp_path / "index.db"
    assert run("add", f"{server.base}/enc.rss", db=db).returncode == 0
    listed = json.loads(run("list", "--json", db=db).stdout)
    aid = next(a["id"] for a in listed if a["title"] == "停戦協議の音声")
    shown = run("show", aid, db=db)
    assert shown.returncode == 0, shown.stderr
    lines = shown.stdout.splitlines()
    at = lines.index("📎 audio/mpeg · 12.3 MB")
    assert lines[at + 1].strip() == LONG_URL  # piped at 80 columns: the URL whole, on one line
    assert "📎 image/png · size unknown" in lines and f"   {server.base}/files/map.png" in lines
    data = json.loads(run("show", aid, "--json", db=db).stdout)
    assert data["enclosures"] == [{"url": LONG_URL, "type": "audio/mpeg", "length": 12897485},
                                  {"url": f"{server.base}/files/map.png", "type": "image/png", "length": None}]
    other = next(a["id"] for a in listed if a["title"] != "停戦協議の音声" and a["title"] != "大雪の動画")
    assert json.loads(run("show", other, "--json", db=db).stdout)["enclosures"] == []


@pytest.fixture
def anyio_backend() -> str:
    """Textual runs on asyncio."""
    return "asyncio"


@pytest.mark.anyio
async def test_o_offers_the_enclosures_with_type_and_size(lib, server, db_path, monkeypatch):
    from textual.widgets import OptionList

    from tui.app import NewsReaderApp
    from tui.screens.link_picker import LinkPicker
    from tui.widgets.article_body import ArticleBody

    lib.add([f"{server.base}/enc.rss"])
    article = by_title(lib)["停戦協議の音声"]
    lib.set_state("last_article", article.id)
    app = NewsReaderApp(db=str(db_path))
    opened: list[str] = []
    monkeypatch.setattr(app, "open_url", lambda url, **kw: opened.append(url))
    import webbrowser  # a browser to be found (webbrowser remembers what it found: it looks again)

    monkeypatch.setenv("BROWSER", "true")
    monkeypatch.setattr(webbrowser, "_tryorder", None)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        assert app.screen.query_one(ArticleBody).article.id == article.id
        flat = app.screen.query_one(ArticleBody).rendered_text().replace("\n", "")
        assert "📎 audio/mpeg · 12.3 MB" in flat  # listed at the body's end
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, LinkPicker)
        options = app.screen.query_one(OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert prompts[0].startswith("Source of this passage") and f"{server.base}/items/1" in prompts[0]
        assert prompts[1] == f"📎 audio/mpeg · 12.3 MB\n{LONG_URL}"
        assert prompts[2] == f"📎 image/png · size unknown\n{server.base}/files/map.png"
        await pilot.press("down", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, LinkPicker)
        assert opened == [LONG_URL]


def test_an_index_of_schema_12_gains_the_enclosures_table(seeded_db: Path):
    import sqlite3

    from tui.news.store.schema import SCHEMA_VERSION

    con = sqlite3.connect(seeded_db)
    with con:
        con.execute("DROP TABLE enclosures")
        con.execute("PRAGMA user_version=12")
    con.close()
    told: list[tuple[int, int]] = []
    lib = Library(seeded_db, on_upgrade=lambda a, b: told.append((a, b)))
    try:
        assert told == [(12, SCHEMA_VERSION)]
        first = lib.articles().all()[0]
        assert lib.article(first.id).enclosures == ()
        lib.remove([first.id])  # its rows go, the enclosures' with them
        assert lib.index.con.execute("SELECT count(*) FROM enclosures").fetchone()[0] == 0
    finally:
        lib.close()


def test_the_link_picker_keys_have_ids_and_tooltips_and_can_be_remapped() -> None:
    from tui.app import NewsReaderApp
    from tui.screens.link_picker import LinkPicker
    from tui.settings import binding_ids

    assert all(binding.id and binding.tooltip for binding in LinkPicker.BINDINGS)
    assert {"links.cancel", "links.copy"} <= binding_ids(NewsReaderApp())


def test_an_article_analysed_again_by_repair_keeps_its_enclosures(lib, server):
    from tui.news.doctor import repair
    from tui.news.language import fts_text

    lib.add([f"{server.base}/enc.atom"])
    article = by_title(lib)["二日目の音声"]
    con = lib.index.con
    pk = con.execute("SELECT pk FROM articles WHERE id=?", (article.id,)).fetchone()[0]
    with lib.index.transaction():  # the article loses its passages, as a damaged index may
        rows = con.execute("SELECT pk, text FROM passages WHERE article=?", (pk,)).fetchall()
        con.executemany("INSERT INTO passages_fts(passages_fts, rowid, tokens) VALUES('delete', ?, ?)",
                        [(ppk, fts_text(t)) for ppk, t in rows])
        con.execute("DELETE FROM passages WHERE article=?", (pk,))
    assert "1 articles without passages analysed again" in repair(lib)
    again = lib.article(article.id)
    assert len(again.passages) == len(article.passages) and again.enclosures == article.enclosures
