"""Fetching URLs with httpx: a deadline, a size cap, a redirect limit, a content-type check and an address guard.

Every failure is a `FetchError` whose message names the URL and the reason in one line.

The address guard keeps URLs that come from inside a feed or page (an item's link, a redirect) off
loopback, private, link-local and metadata addresses. It checks every address a host name resolves
to, then connects to the address it checked, so a second DNS answer cannot swap it (rebinding).
Environment proxies are not used, since a proxy would resolve the names itself.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import threading
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from time import monotonic

TIMEOUT_S = 15.0  # per connect, read or write
DEADLINE_S = 30.0  # per fetch, all of it: DNS, connect, headers, body, redirects
DEADLINE_ENV = "NEWSREADER_FETCH_DEADLINE"  # seconds; overrides DEADLINE_S (tests use a short one)
MAX_BYTES = 10 * 1024 * 1024  # decoded bytes, whatever the content encodings
MAX_REDIRECTS = 5
USER_AGENT = "newsreader/0.1 (+terminal news reader)"
_CHUNK = 64 * 1024  # decoded bytes per step of a decoder: memory stays flat whatever the ratio

PAGE_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json",
              "application/xml", "text/xml", "application/json")
TEXT_TYPES = ("text/plain", "text/markdown")

# Cloud metadata services (AWS, GCP, Azure, OpenStack; AWS over IPv6; Alibaba; ECS tasks).
METADATA = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254", "fd00:ec2::254", "100.100.100.200", "169.254.170.2"))
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_UNIQUE_LOCAL = ipaddress.ip_network("fc00::/7")


class FetchError(Exception):
    """A URL could not be fetched; the message says which and why."""


class AddressRefused(FetchError):
    """The guard refused an address; the message says which and why (without the URL)."""


@dataclass(frozen=True)
class Response:
    """What a fetch brought back."""

    url: str  # after redirects
    status: int
    content_type: str
    charset: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    addresses: frozenset[str] = frozenset()  # every address the fetch's host names resolved to

    @property
    def not_modified(self) -> bool:
        """True for a 304 answer to a conditional request."""
        return self.status == 304


@dataclass
class Guard:
    """Which addresses a fetch may reach: public ones, plus `trusted`, or any with `allow_private`."""

    allow_private: bool = False
    trusted: frozenset[str] = frozenset()  # private addresses the feed (or the user's URL) came from
    own_host: str | None = None  # the host of a URL the user gave: it may be private

    def check(self, host: str, addresses: Iterable[str]) -> None:
        """Raise AddressRefused unless every address of `host` may be reached."""
        if self.own_host is not None and host.lower() == self.own_host:
            self.trusted |= frozenset(addresses)  # a redirect to another name of the same host is fine
            return
        for address in addresses:
            reason = refusal(address)
            shown = host if host == address else f"{host} ({address})"
            if is_metadata(address):  # never a news page, and where cloud credentials live
                raise AddressRefused(f"refused {shown}: {reason}")
            if reason and not self.allow_private and address not in self.trusted:
                raise AddressRefused(f"refused {shown}: {reason}; --allow-private fetches it")


def refusal(address: str) -> str | None:
    """Why an address must not be fetched from inside a feed or page, or None for a public one."""
    ip = ipaddress.ip_address(address)
    if ip in METADATA:
        return "a cloud metadata address"
    embedded = _embedded(ip)
    if embedded is not None:
        inner = refusal(str(embedded))
        return f"{inner} (inside an IPv6 address)" if inner else None
    for test, kind in (("is_loopback", "loopback"), ("is_unspecified", "unspecified"),
                       ("is_link_local", "link-local"), ("is_multicast", "multicast")):
        if getattr(ip, test):
            return f"a {kind} address"
    if ip.version == 6 and ip in _UNIQUE_LOCAL:
        return "a unique-local address"
    if ip.is_private:
        return "a private address"
    if ip.is_reserved or not ip.is_global:
        return "not a public address"
    return None


def is_metadata(address: str) -> bool:
    """True for a cloud metadata address, also inside an IPv6 one: refused even with --allow-private."""
    ip = ipaddress.ip_address(address)
    return ip in METADATA or _embedded(ip) in METADATA


def _embedded(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one carries (IPv4-mapped, 6to4, NAT64), if any."""
    if isinstance(ip, ipaddress.IPv4Address):
        return None
    return ip.ipv4_mapped or ip.sixtofour or (ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF) if ip in _NAT64 else None)


def deadline_s() -> float:
    """The deadline of one fetch: DEADLINE_S, or the environment's NEWSREADER_FETCH_DEADLINE."""
    try:
        value = float(os.environ.get(DEADLINE_ENV, ""))
    except ValueError:
        return DEADLINE_S
    return value if 0 < value < 24 * 3600 else DEADLINE_S  # not NaN, not infinite


# --- the network under httpx: resolve, check, connect to the checked address, keep the deadline ------


class _Expired(Exception):
    """The fetch's deadline passed."""


# httpcore takes any object with the methods of its NetworkBackend and NetworkStream: these two are
# plain classes so that importing this module does not import httpx (commands without URLs never do).


class _Stream:
    """A connection whose every read and write ends by the fetch's deadline."""

    def __init__(self, inner, backend: _Backend) -> None:
        self._inner, self._backend = inner, backend

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        import httpcore

        return self._inner.read(max_bytes, self._backend.timeout(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        import httpcore

        self._inner.write(buffer, self._backend.timeout(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname: str | None = None, timeout: float | None = None) -> _Stream:
        import httpcore

        inner = self._inner.start_tls(ssl_context, server_hostname,
                                      self._backend.timeout(timeout, httpcore.ConnectTimeout))
        return _Stream(inner, self._backend)

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class _Backend:
    """Resolves a host, has the guard check every address, connects to a checked one."""

    def __init__(self, guard: Guard, end: float) -> None:
        self.guard, self.end = guard, end
        self.addresses: set[str] = set()
        self._sockets: list[socket.socket] = []
        self._lock = threading.RLock()
        # A watchdog for what a per-call timeout cannot bound (a TLS handshake fed a byte at a time):
        # at the deadline every socket of the fetch is shut down, so a blocked call returns.
        self._watchdog = threading.Timer(max(0.0, end - monotonic()), self._shut_all)
        self._watchdog.daemon = True
        self._watchdog.start()

    def timeout(self, timeout: float | None, error: type[Exception]) -> float:
        left = self.end - monotonic()
        if left <= 0:
            raise error("deadline passed")
        return left if timeout is None else min(timeout, left)

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options=None) -> _Stream:
        import httpcore

        addresses = _resolve(host, port, self.timeout(timeout, httpcore.ConnectTimeout))
        self.guard.check(host, addresses)
        self.addresses.update(addresses)
        error: Exception = httpcore.ConnectError(f"{host} has no address")
        for address in addresses:  # the checked addresses only: no second lookup
            try:
                stream = httpcore.SyncBackend().connect_tcp(
                    address, port, self.timeout(timeout, httpcore.ConnectTimeout), local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
                continue
            with self._lock:
                self._sockets.append(stream.get_extra_info("socket"))
                if monotonic() >= self.end:
                    self._shut_all()
            return _Stream(stream, self)
        raise error

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options=None):
        import httpcore

        raise httpcore.ConnectError("unix sockets are not fetched")

    def _shut_all(self) -> None:
        with self._lock:
            for sock in self._sockets:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def close(self) -> None:
        """Stop the watchdog."""
        self._watchdog.cancel()


def _resolve(host: str, port: int, timeout: float) -> list[str]:
    """Every address of `host`, looked up within `timeout` (getaddrinfo itself has none)."""
    import httpcore

    result: list = []

    def lookup() -> None:
        try:
            result.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except OSError as exc:
            result.append(exc)

    thread = threading.Thread(target=lookup, daemon=True)
    thread.start()
    thread.join(timeout)
    if not result:
        raise httpcore.ConnectTimeout(f"looking up {host} took too long")
    if isinstance(result[0], OSError):
        raise httpcore.ConnectError(f"cannot resolve {host} ({result[0].strerror or result[0]})")
    return list(dict.fromkeys(info[4][0] for info in result[0]))


def _transport(backend: _Backend):
    """httpx's own transport, over the guarded backend."""
    import httpcore
    import httpx

    context = _ssl_context()
    transport = httpx.HTTPTransport(verify=context)
    transport._pool = httpcore.ConnectionPool(ssl_context=context, network_backend=backend)  # type: ignore[arg-type]
    return transport


@lru_cache(maxsize=1)
def _ssl_context():
    import httpx

    return httpx.create_ssl_context()  # loading the CA bundle takes a while: once a process


# --- decoding: as the bytes stream, a bounded step at a time ------------------------------------------


def _inflate(chunks: Iterable[bytes], encoding: str) -> Iterator[bytes]:
    """Decode one content encoding, never producing more than _CHUNK bytes from one step."""
    d = None
    for chunk in chunks:
        data = chunk
        while data:
            if d is None:
                wbits = zlib.MAX_WBITS | 16  # gzip
                if encoding == "deflate":  # zlib-wrapped as the RFC says, or raw as some servers send
                    zlib_header = len(data) > 1 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
                    wbits = zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS
                d = zlib.decompressobj(wbits)
            out = d.decompress(data, _CHUNK)
            if out:
                yield out
            data = d.unconsumed_tail
            while len(out) == _CHUNK and not data:  # output may still be pending inside zlib
                out = d.decompress(b"", _CHUNK)
                if out:
                    yield out
                data = d.unconsumed_tail
            if d.eof:  # what follows the end of the stream is ignored, as browsers do
                return


def _decoded(raw: Iterable[bytes], encodings: list[str]) -> Iterator[bytes]:
    """The body with its content encodings undone, last applied first."""
    stream: Iterable[bytes] = raw
    for encoding in reversed(encodings):
        stream = _inflate(stream, encoding)
    return iter(stream)


def _encodings(header: str) -> list[str]:
    names = [e.strip().lower() for e in header.split(",") if e.strip()]
    names = ["gzip" if e == "x-gzip" else e for e in names if e != "identity"]
    unknown = [e for e in names if e not in ("gzip", "deflate")]
    if unknown:
        raise FetchError(f"unsupported content encoding {unknown[0]}")
    return names


# --- the fetch ------------------------------------------------------------------------------------------


def fetch(url: str, etag: str | None = None, last_modified: str | None = None,
          accept: tuple[str, ...] = PAGE_TYPES + FEED_TYPES + TEXT_TYPES, guard: Guard | None = None,
          deadline: float | None = None) -> Response:
    """GET a URL within the limits; conditional when an ETag or Last-Modified is given.

    `guard`: which addresses the fetch may reach; None for a URL the user gave, whose own host may be
    private (redirects elsewhere are checked). `deadline`: seconds for the whole fetch (`deadline_s()`).
    """
    import httpx

    if not url.startswith(("http://", "https://")):
        raise FetchError(f"{url}: only http and https URLs can be fetched")
    if guard is None:
        guard = Guard(own_host=_host(url))
    limit = deadline if deadline is not None else deadline_s()
    backend = _Backend(guard, monotonic() + limit)
    headers = {"User-Agent": USER_AGENT, "Accept": ", ".join(accept) + ", */*;q=0.1",
               "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    try:
        with httpx.Client(transport=_transport(backend), timeout=TIMEOUT_S, headers=headers) as client:
            for _hop in range(MAX_REDIRECTS + 1):
                with client.stream("GET", current) as r:
                    if r.has_redirect_location:
                        current = str(r.url.join(r.headers["location"]))
                        if not current.startswith(("http://", "https://")):
                            raise FetchError(f"{url}: redirected to {current}, which is not http or https")
                        continue
                    return _read(url, r, accept, frozenset(backend.addresses))
            raise FetchError(f"{url}: too many redirects (more than {MAX_REDIRECTS})")
    except AddressRefused as exc:
        hop = "" if current == url else f"redirected to {current}, "
        raise FetchError(f"{url}: {hop}{exc}") from None
    except FetchError:
        raise
    except (httpx.HTTPError, httpx.InvalidURL) as exc:
        if monotonic() >= backend.end:
            raise FetchError(f"{url}: timed out (no complete answer within {limit:g} s)") from None
        if isinstance(exc, httpx.TimeoutException):
            raise FetchError(f"{url}: timed out after {TIMEOUT_S:g} s") from None
        if isinstance(exc, httpx.ConnectError):
            raise FetchError(f"{url}: cannot connect ({_short(exc)})") from None
        raise FetchError(f"{url}: {_short(exc) or type(exc).__name__}") from None
    finally:
        backend.close()


def _read(url: str, r, accept: tuple[str, ...], addresses: frozenset[str]) -> Response:
    """The body of a final (non-redirect) answer, decoded within MAX_BYTES."""
    if r.status_code == 304:
        return Response(str(r.url), 304, "", None, b"", addresses=addresses)
    if r.status_code >= 400:
        raise FetchError(f"{url}: HTTP {r.status_code} {r.reason_phrase}".rstrip())
    ctype = r.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype and not ctype.startswith(accept):
        raise FetchError(f"{url}: not a page or feed (content type {ctype})")
    declared = r.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > MAX_BYTES:
        raise FetchError(f"{url}: too large ({int(declared) // 2**20} MB > {MAX_BYTES // 2**20} MB)")
    try:
        encodings = _encodings(r.headers.get("content-encoding", ""))
    except FetchError as exc:
        raise FetchError(f"{url}: {exc}") from None
    chunks, size = [], 0
    try:
        for chunk in _decoded(r.iter_raw(), encodings):
            size += len(chunk)
            if size > MAX_BYTES:
                raise FetchError(f"{url}: too large (over {MAX_BYTES // 2**20} MB)")
            chunks.append(chunk)
    except zlib.error as exc:
        raise FetchError(f"{url}: the {', '.join(encodings)} body does not decode ({exc})") from None
    return Response(str(r.url), r.status_code, ctype, r.charset_encoding, b"".join(chunks),
                    r.headers.get("etag"), r.headers.get("last-modified"), addresses)


def _host(url: str) -> str | None:
    import httpx

    try:
        return httpx.URL(url).raw_host.decode("ascii").lower() or None
    except (httpx.InvalidURL, UnicodeDecodeError):
        return None


def _short(exc: Exception) -> str:
    return " ".join(str(exc).split())[:160]
