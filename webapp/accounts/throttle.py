"""Per client address limits (sign-ups, API writes): one address cannot open accounts without
end, each with its own per-user quotas, nor flood the API. Counted in the cache, per hour
window (a fixed window: at a window's edge up to twice the limit can pass in a short time),
shared between web processes when the cache is Redis (settings.CACHES).

Behind a reverse proxy every request comes from the proxy, so the client is read from
``X-Forwarded-For``, but only when the request comes from a proxy listed in
``POLYEVAL_TRUSTED_PROXIES`` (anyone else can write that header): the client is then the
last address in it that is not a trusted proxy."""

from __future__ import annotations

import ipaddress
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest

WINDOW_S = 3600


class Throttled(Exception):
    """Over a per-address limit; the message is the 429 answer."""


def client_address(request: HttpRequest) -> str:
    """The client's address: REMOTE_ADDR, or behind trusted proxies the forwarded one."""
    remote = str(request.META.get("REMOTE_ADDR", ""))
    if not _trusted(remote):
        return remote
    forwarded = str(request.META.get("HTTP_X_FORWARDED_FOR", ""))
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    for hop in reversed(hops):
        if not _trusted(hop):
            return hop
    return remote  # the header names only proxies (or nothing): the nearest one is the client


def _trusted(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in settings.POLYEVAL_TRUSTED_PROXIES)


def _key(kind: str, address: str) -> str:
    return f"throttle|{kind}|{address}|{int(time.time()) // WINDOW_S}"


def check(kind: str, address: str, limit: int, what: str) -> None:
    """Raise ``Throttled`` if ``address`` has made ``limit`` or more ``kind`` this hour."""
    made = cache.get(_key(kind, address), 0)
    if made >= limit:
        raise Throttled(f"rate limit: {made} {what} from your address this hour (at most "
                        f"{limit}); try again later")  # fmt: skip


def count(kind: str, address: str) -> int:
    """One more ``kind`` from ``address`` this hour; the new total."""
    key = _key(kind, address)
    cache.add(key, 0, timeout=WINDOW_S * 2)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, timeout=WINDOW_S * 2)
        return 1


def take(kind: str, address: str, limit: int, what: str) -> None:
    """Count one ``kind`` from ``address``, and refuse it past ``limit``. The count comes first
    (an atomic increment), so parallel requests cannot all pass; refused ones count too."""
    made = count(kind, address)
    if made > limit:
        raise Throttled(f"rate limit: {made - 1} {what} from your address this hour (at most "
                        f"{limit}); try again later")  # fmt: skip
