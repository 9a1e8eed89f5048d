"""The fetcher against hostile servers and feeds: the address guard, decoded-size cap and whole-fetch deadline.

Every server binds 127.0.0.1; other loopback addresses (127.0.0.2) stand for "another private host".
"""

from __future__ import annotations

import gzip
import os
import struct
import subprocess
import sys
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from test_web import ARTICLE_BODY, page
from tui.news import web
from tui.news.fetch import AddressRefused, FetchError, Guard, fetch, refusal

ROOT = Path(__file__).parent.parent
SECRET = "管理画面の秘密の設定値"  # what only the private /admin page says


class Server:
    """A 127.0.0.1 server whose routes write their whole answer themselves (so they can trickle)."""

    def __init__(self) -> None:
        self.hits: dict[str, int] = {}
        self.stop = threading.Event()
        routes = self.routes = {}
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                server.hits[self.path] = server.hits.get(self.path, 0) + 1
                route = routes.get(self.path)
                try:
                    if route is None:
                        self.send_error(404)
                    else:
                        route(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def add(self, path: str, body: bytes | str, ctype: str = "text/html; charset=utf-8", status: int = 200,
            headers: dict[str, str] | None = None) -> None:
        data = body.encode() if isinstance(body, str) else body

        def route(h):
            h.send_response(status)
            for k, v in {"Content-Type": ctype, "Content-Length": str(len(data)), **(headers or {})}.items():
                h.send_header(k, v)
            h.end_headers()
            h.wfile.write(data)

        self.routes[path] = route

    def close(self) -> None:
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    s = Server()
    s.add("/admin", page("管理画面", body=f"<p>{SECRET}。" + ARTICLE_BODY[3:]))
    s.add("/items/public-looking", page("公開記事"))
    yield s
    s.close()


def feed(*links: str, title: str = "外部のフィード") -> str:
    """An RSS feed whose items carry only a short summary, so each item's page gets fetched."""
    items = "".join(f"<item><title>項目{n}</title><link>{link}</link><description>短い要約{n}。</description></item>"
                    for n, link in enumerate(links))
    return f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{title}</title>
<link>https://example.org/</link>{items}</channel></rss>"""


def texts(lib) -> str:
    return "\n".join(p.text for row in lib.articles().all() for p in lib.article(row.id).passages)


def run(*args: str, db: Path, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "NEWSREADER_DB": str(db), "PYTHONPATH": str(ROOT), "NEWSREADER_WORKERS": "1",
                **(env or {})}
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, env=full_env, timeout=timeout)


# --- point 7: the address guard ----------------------------------------------------------------------


@pytest.mark.parametrize("address,kind", [
    ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("::1", "loopback"),
    ("10.1.2.3", "private"), ("172.16.0.1", "private"), ("192.168.1.1", "private"),
    ("169.254.1.1", "link-local"), ("fe80::1", "link-local"),
    ("fc00::1", "unique-local"), ("fd12:3456::1", "unique-local"),
    ("224.0.0.1", "multicast"), ("ff02::1", "multicast"),
    ("0.0.0.0", "unspecified"), ("::", "unspecified"),
    ("169.254.169.254", "metadata"), ("fd00:ec2::254", "metadata"), ("100.100.100.200", "metadata"),
    ("::ffff:127.0.0.1", "loopback"), ("::ffff:169.254.169.254", "metadata"), ("::ffff:10.0.0.1", "private"),
    ("64:ff9b::7f00:1", "loopback"), ("2002:a9fe:a9fe::1", "metadata"),
    ("100.64.0.1", "not a public"), ("240.0.0.1", "address"), ("::7f00:1", "not a public"),
])
def test_every_kind_of_non_public_address_is_refused(address, kind):
    reason = refusal(address)
    assert reason is not None and kind in reason, (address, reason)


@pytest.mark.parametrize("address", ["93.184.215.14", "8.8.8.8", "2606:4700:4700::1111", "::ffff:8.8.8.8"])
def test_public_addresses_pass(address):
    assert refusal(address) is None


@pytest.mark.parametrize("address", ["169.254.169.254", "fd00:ec2::254", "::ffff:169.254.169.254"])
def test_metadata_addresses_are_refused_even_with_allow_private(address):
    Guard(allow_private=True, trusted=frozenset({"127.0.0.1"})).check("127.0.0.1", ["127.0.0.1"])  # allowed
    with pytest.raises(AddressRefused, match=f"refused metadata.example \\({address}\\): a cloud metadata address"):
        Guard(allow_private=True, trusted=frozenset({address})).check("metadata.example", [address])


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::ffff:127.0.0.1]"])
def test_feed_file_item_on_a_private_host_is_not_fetched(lib, server, tmp_path, host):
    link = f"http://{host}:{server.port}/admin"
    path = tmp_path / "feed.xml"
    path.write_text(feed(link), encoding="utf-8")
    report = lib.add([path])
    assert server.hits.get("/admin") is None  # no connection at all
    assert report.added == 1  # the item, with its summary
    assert SECRET not in texts(lib) and "短い要約0" in texts(lib)
    [failure] = report.failures
    assert failure.startswith(link) and "loopback" in failure and "--allow-private" in failure
    assert "\n" not in failure


def test_feed_file_item_on_a_private_host_with_allow_private(lib, server, tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(feed(f"{server.base}/admin"), encoding="utf-8")
    report = lib.add([path], allow_private=True)
    assert server.hits["/admin"] == 1 and report.failures == []
    assert SECRET in texts(lib)


def test_feed_from_a_private_host_fetches_items_there_but_not_elsewhere(lib, server):
    other = f"http://127.0.0.2:{server.port}"
    server.add("/feed.xml", feed(f"{server.base}/items/public-looking", f"{other}/admin",
                                 f"{server.base}/hop"), "application/rss+xml")
    server.add("/hop", b"", status=302, headers={"Location": f"{other}/admin"})
    report = lib.add([f"{server.base}/feed.xml"])
    assert server.hits["/items/public-looking"] == 1  # the feed's own host
    assert server.hits["/hop"] == 1 and server.hits.get("/admin") is None
    assert report.added == 3
    hop, direct = sorted(report.failures)  # 127.0.0.1 sorts before 127.0.0.2
    assert direct.startswith(f"{other}/admin: refused 127.0.0.2: a loopback address")
    assert hop.startswith(f"{server.base}/hop: redirected to {other}/admin, refused 127.0.0.2")
    assert SECRET not in texts(lib)
    assert "停戦協議" in texts(lib) or "ジュネーブ" in texts(lib)


def test_the_users_own_url_may_be_private_but_not_its_redirect_elsewhere(lib, server):
    server.add("/to-admin", b"", status=302, headers={"Location": f"http://127.0.0.2:{server.port}/admin"})
    report = lib.add([f"{server.base}/admin", f"{server.base}/to-admin"])
    assert server.hits["/admin"] == 1 and report.added == 1  # typed by the user: allowed
    [failure] = report.failures
    assert failure.startswith(f"{server.base}/to-admin: redirected to http://127.0.0.2:")
    assert "loopback" in failure


def test_the_users_own_host_name_trusts_its_addresses_on_redirect(lib, server):
    server.add("/named", b"", status=302, headers={"Location": f"{server.base}/admin"})
    report = lib.add([f"http://localhost:{server.port}/named"])
    assert report.failures == [] and report.added == 1 and server.hits["/admin"] == 1


def local_news(n: int) -> str:
    """A short article of its own for page n (0 to 4)."""
    city, plan = ("札幌", "仙台", "金沢", "広島", "那覇")[n], ("図書館の開館", "路面電車の延伸", "港の再開発", "市場の移転",
                                                         "観光船の就航")[n]
    return (f"<p>{city}市で{plan}をめぐる説明会が開かれ、住民ら約{(n + 2) * 40}人が参加した。"
            f"市の担当者は{plan}の日程と費用について説明した。</p><p>参加者からは{city}の将来を心配する声が相次ぎ、"
            f"市は{n + 3}月までに計画を見直す考えを示した。</p>")


def test_item_pages_per_feed_are_capped_with_progress(lib, server, monkeypatch):
    monkeypatch.setattr(web, "MAX_ITEM_PAGES", 3)
    links = [f"{server.base}/items/{n}" for n in range(5)]
    for n in range(5):
        server.add(f"/items/{n}", page(f"記事{n}", body=local_news(n)))  # five articles, not one text five times
    server.add("/feed.xml", feed(*links), "application/rss+xml")
    seen = []
    report = lib.add([f"{server.base}/feed.xml"], progress=lambda source, outcome: seen.append((source, outcome)))
    assert sum(server.hits.get(f"/items/{n}", 0) for n in range(5)) == 3
    assert [s for s, o in seen if o == "page fetched"] == links[:3]
    assert report.added == 5  # the last two keep their summary
    [failure] = report.failures
    assert failure.startswith(f"{server.base}/feed.xml: 2 more item pages not fetched (at most 3")


def test_cli_allow_private_flag(server, tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text(feed(f"{server.base}/admin"), encoding="utf-8")
    db = tmp_path / "i.db"
    refused = run("-m", "tui", "add", str(path), db=db)
    assert server.hits.get("/admin") is None
    assert f"failed: {server.base}/admin: refused 127.0.0.1: a loopback address" in refused.stderr
    allowed = run("-m", "tui", "add", "--allow-private", str(path), db=tmp_path / "j.db")
    assert allowed.returncode == 0, allowed.stderr
    assert server.hits["/admin"] == 1 and "failed" not in allowed.stderr
    assert run("-m", "tui", "refresh", "--allow-private", db=db).returncode == 0


# --- point 8: decoded bytes are counted as they stream -------------------------------------------------


def gzip_bomb(gib: int = 1) -> bytes:
    """gzip(gzip(`gib` GiB of zeros)), a few KB, built without ever holding the zeros or the inner gzip's work."""
    zeros = bytes(1 << 20)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = c.compress(zeros) + c.flush(zlib.Z_FULL_FLUSH)  # byte-aligned, history reset: repeatable
    crc = 0
    for _ in range(1024 * gib):
        crc = zlib.crc32(zeros, crc)
    inner = (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + block * (1024 * gib) + b"\x03\x00"
             + struct.pack("<II", crc, (gib << 30) & 0xFFFFFFFF))
    return gzip.compress(inner, 9, mtime=0)


def test_nested_gzip_bomb_stops_at_the_cap_with_bounded_memory(server):
    bomb = gzip_bomb()
    assert len(bomb) < 10_000
    server.add("/bomb.html", bomb, headers={"Content-Encoding": "gzip, gzip"})
    fetcher = (
        "import sys\n"
        "from tui.news.fetch import FetchError, fetch\n"
        "try:\n"
        "    fetch(sys.argv[1])\n"
        "    print('fetched')\n"
        "except FetchError as exc:\n"
        "    print(exc)\n"
    )
    # The fetch runs in a grandchild: a child's peak RSS starts at its parent's size (fork keeps it),
    # and this test runner's is large. The small Python in between reports its one child's peak.
    script = (
        "import resource, subprocess, sys\n"
        "done = subprocess.run([sys.executable, '-c', sys.argv[1], sys.argv[2]], capture_output=True, text=True)\n"
        "print(done.stdout.strip() or done.stderr.strip().splitlines()[-1])\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)\n"  # KiB on Linux -> MiB
    )
    done = run("-c", script, fetcher, f"{server.base}/bomb.html", db=Path("/nonexistent/unused.db"), timeout=120)
    message, peak_mib = done.stdout.strip().splitlines()
    assert message == f"{server.base}/bomb.html: too large (over 10 MB)", done.stderr
    assert int(peak_mib) < 200, f"peak RSS {peak_mib} MiB"


def test_gzip_bomb_through_add_is_a_failure(lib, server):
    server.add("/bomb.html", gzip_bomb(), headers={"Content-Encoding": "gzip, gzip"})
    report = lib.add([f"{server.base}/bomb.html"])
    assert report.added == 0 and report.failures == [f"{server.base}/bomb.html: too large (over 10 MB)"]


@pytest.mark.parametrize("encoding,encode", [
    ("gzip", lambda b: gzip.compress(b)),
    ("x-gzip", lambda b: gzip.compress(b)),
    ("gzip, gzip", lambda b: gzip.compress(gzip.compress(b))),
    ("deflate", lambda b: zlib.compress(b)),
    ("deflate", lambda b: zlib.compress(b)[2:-4]),  # raw deflate, as some servers send it
    ("deflate, gzip", lambda b: gzip.compress(zlib.compress(b))),
    ("identity", lambda b: b),
])
def test_encoded_bodies_decode(server, encoding, encode):
    body = page("圧縮された記事").encode() * 40  # several decoder steps
    server.add("/page.html", encode(body), headers={"Content-Encoding": encoding})
    assert fetch(f"{server.base}/page.html").body == body


def test_unknown_encoding_is_one_line(server):
    server.add("/br.html", b"\x0b\x02\x80hello\x03", headers={"Content-Encoding": "br"})
    with pytest.raises(FetchError, match=r"/br\.html: unsupported content encoding br$"):
        fetch(f"{server.base}/br.html")


# --- point 9: one deadline for the whole fetch ---------------------------------------------------------


def trickle(server: Server, head: bool):
    """A route that sends one byte at a time, forever (until the client goes or the server stops)."""

    def route(h):
        if head:
            data = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" + b"X-Slow: " + b"a" * 10**6
        else:
            h.send_response(200)
            h.send_header("Content-Type", "text/html")
            h.send_header("Content-Length", str(10**6))
            h.end_headers()
            data = b"<html><body>" + b"a" * 10**6
        for i in range(len(data)):
            if server.stop.is_set():
                return
            h.wfile.write(data[i:i + 1])
            h.wfile.flush()
            time.sleep(0.2)

    return route


def test_trickling_body_hits_the_deadline_in_a_real_add(server, tmp_path):
    server.routes["/slow.html"] = trickle(server, head=False)
    done = run("-m", "tui", "add", f"{server.base}/slow.html", db=tmp_path / "i.db",
               env={"NEWSREADER_FETCH_DEADLINE": "2"}, timeout=90)
    assert f"failed: {server.base}/slow.html: timed out (no complete answer within 2 s)" in done.stderr
    assert done.stdout.strip().splitlines()[-1].endswith("1 skipped") and done.returncode == 1


def test_trickling_headers_hit_the_deadline(server):
    server.routes["/slow-head"] = trickle(server, head=True)
    with pytest.raises(FetchError, match=r"/slow-head: timed out \(no complete answer within 1 s\)$"):
        fetch(f"{server.base}/slow-head", deadline=1)
