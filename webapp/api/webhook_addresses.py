"""Where a webhook may point. The URL comes from an outside user and the server POSTs to it,
so unless ``POLYEVAL_WEBHOOK_ALLOW_PRIVATE`` is on, every address it resolves to must be public
(no SSRF into the server's own network), IPv6 forms that carry an IPv4 address included. The
API checks it when it is submitted, for a clear 400; delivery checks it again on every
connection (webapp.api.webhooks), since a name may resolve elsewhere later."""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings

MAX_URL_LENGTH = 500


class WebhookUrlInvalid(ValueError):
    """A ``webhook_url`` the server will not POST to; the message is the API's 400 error."""


def check_url(value: object) -> str:
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
    if not settings.POLYEVAL_WEBHOOK_ALLOW_PRIVATE:
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
