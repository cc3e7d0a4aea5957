"""A webhook's HTTP side, without Django: where a URL may point, and one POST within a deadline.

The URL comes from an outside user and the server POSTs to it, so unless private addresses
are allowed (``allow_private``: the ``POLYEVAL_WEBHOOK_ALLOW_PRIVATE`` setting, read by the
callers) every address it resolves to must be public (no SSRF into the server's own network),
IPv6 forms that carry an IPv4 address included. The API checks it when it is submitted, for a
clear 400 (``check_url``); ``post`` checks it again on every connection, against the addresses
actually dialled, since a name may resolve elsewhere by the time its run finishes (DNS
rebinding). ``post`` is the seam tests replace to stand in for a receiver.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from functools import partial
from types import TracebackType
from typing import Any, NamedTuple
from urllib.parse import urlsplit

MAX_URL_LENGTH = 500
TIMEOUT_S = 5  # one connect, read or write
DEADLINE_S = 10  # the whole POST: resolving, connecting, TLS, sending, the answer's headers
MAX_ADDRESSES = 3  # tried per connection, of those the host resolves to


class WebhookUrlInvalid(ValueError):
    """A ``webhook_url`` the server will not POST to; the message is the API's 400 error."""


def check_url(value: object, allow_private: bool) -> str:
    """``value`` if the server may POST to it, else ``WebhookUrlInvalid`` saying why."""
    if not isinstance(value, str):
        raise WebhookUrlInvalid("webhook_url must be a string")
    if len(value) > MAX_URL_LENGTH:
        raise WebhookUrlInvalid(f"webhook_url is longer than {MAX_URL_LENGTH} characters")
    if any(char.isspace() or not char.isprintable() for char in value):
        raise WebhookUrlInvalid("webhook_url may not contain spaces or control characters")
    try:
        parts = urlsplit(value)
        hostname = parts.hostname
    except ValueError as exc:  # "http://[::1/": an unclosed or invalid bracketed host
        raise WebhookUrlInvalid(f"webhook_url is not a valid URL ({exc})") from None
    if parts.scheme not in ("http", "https"):
        raise WebhookUrlInvalid(
            f"webhook_url must be an http or https URL, not {parts.scheme or 'schemeless'!r}"
        )
    if not hostname:
        raise WebhookUrlInvalid("webhook_url has no host (expected https://HOST/PATH)")
    if parts.username is not None or parts.password is not None:
        raise WebhookUrlInvalid("webhook_url may not contain a user name or password")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise WebhookUrlInvalid("webhook_url has an invalid port") from None
    if not allow_private:
        public_addresses(hostname, port)
    return value


def resolve(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to (an IP literal resolves to itself), in order."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, ValueError):  # ValueError: a NUL in the name
        found = []
    addresses = list(dict.fromkeys(str(info[4][0]) for info in found))
    if not addresses:
        raise WebhookUrlInvalid(f"webhook_url's host {host!r} does not resolve")
    return addresses


def public_addresses(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to, refused with ``WebhookUrlInvalid`` if any of them is
    not public: one bad answer is enough to reach it."""
    addresses = resolve(host, port)
    for address in addresses:
        kind = non_public_kind(address)
        if kind is not None:
            where = address if address == host else f"{host} resolves to {address}"
            inner = embedded_ipv4(_ip(address))
            if inner:
                where += f", which embeds {' and '.join(map(str, inner))}"
            raise WebhookUrlInvalid(
                f"webhook_url may not point at a {kind} address ({where}); use a public host"
            )
    return addresses


def non_public_kind(address: str) -> str | None:
    """Why ``address`` is off limits (loopback, private, site-local, ...), or None for a public
    one. An IPv6 address that carries an IPv4 one (``embedded_ipv4``) is off limits if that
    IPv4 address is: the packets can end up there."""
    ip = _ip(address)
    inner = embedded_ipv4(ip)
    mapped = isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None
    # ::ffff:93.184.215.14 is that IPv4 address itself; the others are also IPv6 addresses.
    for checked in (*inner, *(() if mapped else (ip,))):
        kinds = (
            ("loopback", checked.is_loopback),
            ("link-local", checked.is_link_local),
            ("site-local", isinstance(checked, ipaddress.IPv6Address) and checked.is_site_local),
            ("multicast", checked.is_multicast),
            ("unspecified", checked.is_unspecified),
            ("private", checked.is_private),
            ("reserved", checked.is_reserved or not checked.is_global),
        )
        kind = next((kind for kind, hit in kinds if hit), None)
        if kind is not None:
            return kind
    return None


NAT64 = ipaddress.IPv6Network("64:ff9b::/96")  # RFC 6052's well-known prefix


def embedded_ipv4(
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address,
) -> tuple[ipaddress.IPv4Address, ...]:
    """The IPv4 addresses an IPv6 address reaches through: IPv4-mapped (``::ffff:10.0.0.1``),
    6to4 (``2002:a00:1::``), Teredo (its server and client) and NAT64 (``64:ff9b::a00:1``)."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return ()
    if ip.ipv4_mapped is not None:
        return (ip.ipv4_mapped,)
    if ip.sixtofour is not None:
        return (ip.sixtofour,)
    if ip.teredo is not None:
        return tuple(dict.fromkeys(ip.teredo))
    if ip in NAT64:
        return (ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF),)
    return ()


def _ip(address: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address:
    # An IPv6 zone ("fe80::1%eth0") is not part of the address.
    return ipaddress.ip_address(address.split("%", 1)[0])


# --- One POST ---------------------------------------------------------------------------------


class Answer(NamedTuple):
    """The answer's status code (None if none came) and, unless it was a 2xx, what went wrong."""

    status: int | None
    error: str


def post(
    url: str, body: bytes, headers: dict[str, str], *, allow_private: bool,
    deadline_s: float | None = None,
) -> Answer:  # fmt: skip
    """POST ``body`` to ``url`` within ``deadline_s`` (``DEADLINE_S``) in all, without
    redirects or proxies, to public addresses only unless ``allow_private``."""
    seconds = DEADLINE_S if deadline_s is None else deadline_s
    request = urllib.request.Request(url, data=body, method="POST", headers=headers)
    status: int | None
    with _Deadline(seconds) as deadline:
        try:
            with _opener(deadline, allow_private).open(request, timeout=TIMEOUT_S) as response:
                status = int(response.status)
            error = "" if 200 <= status < 300 else f"HTTP {status}"
        except urllib.error.HTTPError as exc:
            exc.close()
            status, error = exc.code, f"HTTP {exc.code} {exc.reason}"
        except (OSError, ValueError, http.client.HTTPException) as exc:  # network, refused IP
            status, error = None, f"{type(exc).__name__}: {exc}"
    # Even a status read counts as cut off: http.client takes the cut for the headers' end. A
    # socket timeout sized to the time left can also fire a moment before the timer does.
    if deadline.cut_off or (error and deadline.remaining() <= 0):
        return Answer(None, f"timed out: no complete answer within {seconds:g} s")
    return Answer(status, error)


class _Deadline:
    """A wall-clock limit on one POST. A socket's timeout bounds each read or write, not their
    sum: a receiver trickling a header byte every few seconds, or a host with many silent
    addresses, would hold the worker past the task's hard time limit, which kills it before
    the outcome is recorded. Instead, every connection made for the POST is shut down when the
    deadline passes (the blocked read then ends at once), and no connection starts after it."""

    def __init__(self, seconds: float) -> None:
        self._ends = time.monotonic() + seconds
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self._cut_off = False
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._timer.cancel()
        with self._lock:
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()

    @property
    def cut_off(self) -> bool:
        """Whether the deadline passed while the POST was on: its connections were shut."""
        return self._cut_off

    def remaining(self) -> float:
        return self._ends - time.monotonic()

    def watch(self, sock: socket.socket) -> None:
        """Shut ``sock``'s connection down at the deadline. Through a duplicate descriptor: TLS
        moves the connection to a new socket object, and the descriptor stays valid (never
        reused by another connection) until the POST is over."""
        with self._lock:
            duplicate = sock.dup()
            self._sockets.append(duplicate)
            if self._cut_off:
                _shut(duplicate)

    def _expire(self) -> None:
        with self._lock:
            self._cut_off = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # closed already
        sock.shutdown(socket.SHUT_RDWR)


def _opener(deadline: _Deadline, allow_private: bool) -> urllib.request.OpenerDirector:
    """No redirects (a 3xx is a failed delivery: a POST is not replayed elsewhere) and no
    environment proxies (the address checked must be the address dialled); every connection
    is made by ``_connect``, within ``deadline``, and checked by ``public_addresses`` unless
    private addresses are allowed."""
    connect = partial(_connect, deadline, allow_private)
    return urllib.request.build_opener(
        urllib.request.ProxyHandler({}),
        _NoRedirects(),
        _HTTPHandler(connect),
        _HTTPSHandler(connect),
    )


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # urllib then raises HTTPError with the 3xx status


def _connect(
    deadline: _Deadline,
    allow_private: bool,
    address: tuple[str, int],
    timeout: float | None,
    source_address: tuple[str, int] | None,
) -> socket.socket:
    """``socket.create_connection``, to at most ``MAX_ADDRESSES`` of the host's addresses (all
    public, unless private ones are allowed), within ``deadline``, which watches the socket."""
    host, port = address
    addresses = resolve(host, port) if allow_private else public_addresses(host, port)
    per_operation = timeout if isinstance(timeout, int | float) else TIMEOUT_S
    failure: OSError = OSError(f"could not connect to {host}:{port}")
    for ip in addresses[:MAX_ADDRESSES]:
        remaining = deadline.remaining()
        if remaining <= 0:
            raise TimeoutError(f"timed out connecting to {host}:{port}")
        try:
            sock = socket.create_connection(
                (ip, port), min(per_operation, remaining), source_address
            )
        except OSError as exc:
            failure = exc
            continue
        deadline.watch(sock)
        return sock
    raise failure


Connect = Callable[[tuple[str, int], float | None, tuple[str, int] | None], socket.socket]


class _HTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, connect: Connect | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _required(connect)


class _HTTPSConnection(http.client.HTTPSConnection):
    """TLS still verifies the certificate against the host name (SNI), not the address."""

    def __init__(self, *args: Any, connect: Connect | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _required(connect)


def _required(connect: Connect | None) -> Connect:
    if connect is None:
        raise TypeError("a webhook connection is made within a deadline")
    return connect


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, connect: Connect) -> None:
        super().__init__()
        self._connect = connect

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_HTTPConnection, req, connect=self._connect)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, connect: Connect) -> None:
        super().__init__()  # the default, verifying TLS context
        self._connect = connect

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_HTTPSConnection, req, connect=self._connect)
