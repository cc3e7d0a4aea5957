"""Webhooks: tell a submitter's URL, once and signed, that its run has finished.

A training pipeline passes ``webhook_url`` with its submission instead of polling
``/api/runs/<id>/``. Deliveries are queued by task name (``polyeval.deliver_webhook``, which
calls ``deliver``), from the web process and the workers alike, so neither imports
``workers.tasks``; the task retries with backoff while ``deliver`` raises ``WebhookFailed``.

The URL comes from an outside user and the server POSTs to it, so unless
``POLYEVAL_WEBHOOK_ALLOW_PRIVATE`` is on it must point at public addresses only (no SSRF into
the server's own network). That is checked when it is submitted, for a clear 400, and again
on every connection, against the addresses actually dialled: a name may resolve elsewhere by
the time its run finishes (DNS rebinding).
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import ipaddress
import json
import logging
import socket
import urllib.error
import urllib.request
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone

from webapp.api.models import Webhook
from webapp.evaluations.models import Run
from webapp.evaluations.serializers import run_summary

log = logging.getLogger(__name__)
DELIVER_TASK = "polyeval.deliver_webhook"
EVENT = "run.finished"
TIMEOUT_S = 10
MAX_URL_LENGTH = 500
ERROR_TAIL = 2000


class WebhookUrlInvalid(ValueError):
    """A ``webhook_url`` the server will not POST to; the message is the API's 400 error."""


class WebhookFailed(Exception):
    """A delivery that did not get a 2xx answer; the Celery task retries it."""


# --- Checking the URL -----------------------------------------------------------------------


def check_url(value: object) -> str:
    """``value`` if the server may POST to it, else ``WebhookUrlInvalid`` saying why."""
    if not isinstance(value, str):
        raise WebhookUrlInvalid("webhook_url must be a string")
    if len(value) > MAX_URL_LENGTH:
        raise WebhookUrlInvalid(f"webhook_url is longer than {MAX_URL_LENGTH} characters")
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https"):
        raise WebhookUrlInvalid(
            f"webhook_url must be an http or https URL, not {parts.scheme or 'schemeless'!r}"
        )
    if not parts.hostname:
        raise WebhookUrlInvalid("webhook_url has no host (expected https://HOST/PATH)")
    if parts.username is not None or parts.password is not None:
        raise WebhookUrlInvalid("webhook_url may not contain a user name or password")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:
        raise WebhookUrlInvalid("webhook_url has an invalid port") from None
    if not settings.POLYEVAL_WEBHOOK_ALLOW_PRIVATE:
        public_addresses(parts.hostname, port)
    return value


def public_addresses(host: str, port: int) -> list[str]:
    """The addresses ``host`` resolves to (an IP literal resolves to itself), refused with
    ``WebhookUrlInvalid`` if any of them is not public: one bad answer is enough to reach it."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        found = []
    addresses = list(dict.fromkeys(str(info[4][0]) for info in found))
    if not addresses:
        raise WebhookUrlInvalid(f"webhook_url's host {host!r} does not resolve")
    for address in addresses:
        kind = non_public_kind(address)
        if kind is not None:
            where = address if address == host else f"{host} resolves to {address}"
            raise WebhookUrlInvalid(
                f"webhook_url may not point at a {kind} address ({where}); use a public host"
            )
    return addresses


def non_public_kind(address: str) -> str | None:
    """Why ``address`` is off limits (loopback, private, ...), or None for a public one."""
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.ip_address(
        address.split("%", 1)[0]  # an IPv6 zone ("fe80::1%eth0") is not part of the address
    )
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped  # ::ffff:127.0.0.1 reaches 127.0.0.1
    kinds = (
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("multicast", ip.is_multicast),
        ("unspecified", ip.is_unspecified),
        ("private", ip.is_private),
        ("reserved", ip.is_reserved or not ip.is_global),
    )
    return next((kind for kind, hit in kinds if hit), None)


# --- Subscribing and queueing ---------------------------------------------------------------


def subscribe(run: Run, url: str, user: User | None) -> Webhook:
    """A webhook for ``run``, delivered at once if the run has already finished (a duplicate
    submission of a checkpoint evaluated before). The status is read after the webhook is
    saved: a run that finishes in between is then seen here, or its ``run_finished`` receiver
    sees the webhook, so it is never missed (at worst queued twice; delivery is idempotent)."""
    webhook = Webhook.objects.create(run=run, url=url, created_by=user)
    active = (Run.Status.QUEUED, Run.Status.RUNNING)
    if not Run.objects.filter(pk=run.pk, status__in=active).exists():
        queue_delivery(webhook.pk)
    return webhook


def on_run_finished(sender: object, run_id: int, **kwargs: Any) -> None:
    """``run_finished`` receiver: one delivery per webhook of the run not delivered yet."""
    pending = Webhook.objects.filter(run_id=run_id, delivered_at__isnull=True)
    for webhook_id in pending.values_list("pk", flat=True):
        queue_delivery(webhook_id)


def requeue_lost_deliveries(stale_after: timedelta) -> list[int]:
    """Webhooks of runs that finished over ``stale_after`` ago with no delivery attempt: the
    message was lost (the broker was down when the run finished, or restarted without
    persistence). Queued again by the reconciler (workers.tasks.reconcile)."""
    cutoff = timezone.now() - stale_after
    lost = Webhook.objects.filter(
        delivered_at__isnull=True, attempts=0, run__finished_at__lt=cutoff
    ).values_list("pk", flat=True)
    for webhook_id in lost:
        queue_delivery(webhook_id)
    return list(lost)


def queue_delivery(webhook_id: int) -> None:
    """Queued after commit, so the worker finds the webhook (and the run's final state)."""
    transaction.on_commit(lambda: _send(webhook_id))


def _send(webhook_id: int) -> None:
    """A broker that cannot take the message now loses nothing: the webhook is saved, and the
    reconciler queues it again (``requeue_lost_deliveries``)."""
    from kombu.exceptions import OperationalError

    from workers.app import app  # the Celery app only; tasks are addressed by name

    try:
        app.send_task(DELIVER_TASK, args=[webhook_id])
    except (OperationalError, OSError) as exc:
        log.warning("webhook %s saved but not queued now (%s)", webhook_id, exc)


# --- Delivering -----------------------------------------------------------------------------


def payload(run: Run) -> dict[str, Any]:
    """What the receiver needs to act without a second request, and where to get the rest."""
    return {
        "event": EVENT,
        "run_id": run.pk,
        "status": run.status,
        "failure_reason": run.failure_reason,
        "run": run_summary(run),
        "api_path": reverse("api:run", args=[run.pk]),
    }


def sign(secret: str, body: bytes) -> str:
    """HMAC-SHA256 of the exact body, hex: sent as ``X-PolyEval-Signature: sha256=<hex>``."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def deliver(webhook_id: int) -> None:
    """POST the run's payload to the webhook, recording the attempt. A delivered (or deleted)
    webhook is not sent again, so a retried or duplicated task is harmless; anything but a 2xx
    raises ``WebhookFailed`` so that Celery retries later."""
    webhook = (
        Webhook.objects.select_related("run__checkpoint", "run__suite")
        .filter(pk=webhook_id)
        .first()
    )
    if webhook is None or webhook.delivered_at is not None:
        return
    status, error = _post(webhook, json.dumps(payload(webhook.run)).encode())
    _record_attempt(webhook, status, error)
    if error:
        raise WebhookFailed(f"webhook {webhook_id} to {webhook.url}: {error}")


def _headers(webhook: Webhook, body: bytes) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "User-Agent": "PolyEval-Webhook/1",
        "X-PolyEval-Event": EVENT,
        "X-PolyEval-Delivery": str(webhook.pk),
        "X-PolyEval-Signature": f"sha256={sign(webhook.secret, body)}",
    }


def _post(webhook: Webhook, body: bytes) -> tuple[int | None, str]:
    """The answer's status code and, unless it was a 2xx, what went wrong."""
    request = urllib.request.Request(
        webhook.url, data=body, method="POST", headers=_headers(webhook, body)
    )
    try:
        with _opener().open(request, timeout=TIMEOUT_S) as response:
            status = int(response.status)
    except urllib.error.HTTPError as exc:
        exc.close()
        return exc.code, f"HTTP {exc.code} {exc.reason}"
    except (OSError, ValueError, http.client.HTTPException) as exc:  # network, refused address
        return None, f"{type(exc).__name__}: {exc}"
    return status, "" if 200 <= status < 300 else f"HTTP {status}"


def _record_attempt(webhook: Webhook, status: int | None, error: str) -> None:
    changes: dict[str, Any] = {
        "attempts": F("attempts") + 1,  # in SQL: concurrent attempts are all counted
        "last_status_code": status,
        "last_error": error[-ERROR_TAIL:],
    }
    if not error:
        changes["delivered_at"] = timezone.now()
    Webhook.objects.filter(pk=webhook.pk).update(**changes)


def _opener() -> urllib.request.OpenerDirector:
    """No redirects (a 3xx is a failed delivery: a POST is not replayed elsewhere) and no
    environment proxies (the address checked must be the address dialled); unless private
    addresses are allowed, every connection is checked by ``public_addresses``."""
    handlers: list[urllib.request.BaseHandler] = [urllib.request.ProxyHandler({}), _NoRedirects()]
    if not settings.POLYEVAL_WEBHOOK_ALLOW_PRIVATE:
        handlers += [_PublicHTTPHandler(), _PublicHTTPSHandler()]
    return urllib.request.build_opener(*handlers)


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # urllib then raises HTTPError with the 3xx status


def _connect_public(
    address: tuple[str, int], timeout: float | None, source_address: tuple[str, int] | None
) -> socket.socket:
    """``socket.create_connection``, to the host's public addresses only."""
    host, port = address
    failure: OSError = OSError(f"could not connect to {host}:{port}")
    for ip in public_addresses(host, port):
        try:
            return socket.create_connection((ip, port), timeout, source_address)
        except OSError as exc:
            failure = exc
    raise failure


class _PublicHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _connect_public


class _PublicHTTPSConnection(http.client.HTTPSConnection):
    """TLS still verifies the certificate against the host name (SNI), not the address."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _connect_public


class _PublicHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_PublicHTTPConnection, req)


class _PublicHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_PublicHTTPSConnection, req)  # the default, verifying TLS context
