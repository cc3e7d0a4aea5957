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

A duplicate submission queues no run, so the submissions' rate limit does not bound webhooks:
they have their own (``check_webhook_rate``, per user and hour, and ``MAX_WEBHOOKS_PER_RUN``),
and the same submission repeated gets its webhook back instead of a second one.

Each attempt is claimed in SQL before connecting (``attempts`` + 1, ``last_attempt_at``,
``sending``), so an attempt whose worker was killed is still counted (the reconciler requeues
only webhooks never attempted) and a second copy of the task does not POST while one is
sending. The whole POST has a wall-clock deadline (``DEADLINE_S``), well inside the task's
time limits, however slowly the receiver answers.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import http.client
import json
import logging
import socket
import threading
import time
import urllib.error
import urllib.request
from datetime import datetime, timedelta
from functools import partial
from types import TracebackType
from typing import Any

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Case, F, Q, QuerySet, Value, When
from django.urls import reverse
from django.utils import timezone

from webapp.accounts.quota import check_hourly_quota, lock_user
from webapp.api.models import Webhook
from webapp.api.webhook_addresses import (  # noqa: F401  (re-exported for the API view)
    WebhookUrlInvalid,
    check_url,
    public_addresses,
    resolve,
)
from webapp.api.webhook_slots import WEBHOOK_QUEUE
from webapp.evaluations.models import Run
from webapp.evaluations.serializers import run_summary

log = logging.getLogger(__name__)
DELIVER_TASK = "polyeval.deliver_webhook"
EVENT = "run.finished"
TIMEOUT_S = 5  # one connect, read or write
DEADLINE_S = 10  # the whole POST: resolving, connecting, TLS, sending, the answer's headers
MAX_ADDRESSES = 3  # tried per connection, of those the host resolves to
# The task (workers.tasks.deliver_webhook) has soft_time_limit=20 and time_limit=30: a claim
# older than this belongs to an attempt whose worker was killed, and may be taken over.
CLAIM_EXPIRY = timedelta(seconds=90)
MAX_ATTEMPTS = 9  # the first and the task's 8 retries: a stranded claim is retried up to this
MAX_WEBHOOKS_PER_RUN = 5  # per user
ERROR_TAIL = 2000


class WebhookRateLimited(Exception):
    """Over the hourly limit on new webhooks; the message is the API's 429 error."""


class TooManyWebhooks(ValueError):
    """The run has as many of the user's webhooks as allowed; the message is the API's 400."""


class WebhookFailed(Exception):
    """A delivery that did not get a 2xx answer; the Celery task retries it."""


# --- Subscribing and queueing ---------------------------------------------------------------


def check_webhook_rate(user: User | None, lock: bool = False) -> None:
    """Signed-in users may make ``POLYEVAL_SUBMISSIONS_PER_HOUR`` webhooks an hour, as many as
    runs: a duplicate submission queues no run (so the submissions' limit lets it through) but
    may add a webhook, POSTed at once if the run has finished. Staff and operators (no user)
    are not limited, as with runs. Checked before the submission, so a refusal saves nothing,
    and again in ``subscribe`` with ``lock`` (quota.lock_user): parallel ones count each other."""
    if user is not None:
        if lock:
            lock_user(user)
        hint = "try again later, or submit without webhook_url"
        check_hourly_quota(user, Webhook.objects.filter(created_by=user), "webhooks created",
                           WebhookRateLimited, hint)  # fmt: skip


def subscribe(run: Run, url: str, user: User | None) -> Webhook:
    """The user's webhook for ``run`` at ``url``. The same submission repeated (a retried
    request, a script run twice) gets the one made before: no second row, no second delivery.
    A new one is refused with ``TooManyWebhooks`` past ``MAX_WEBHOOKS_PER_RUN`` for the user,
    and is delivered at once if the run has already finished (a duplicate submission of a
    checkpoint evaluated before). The status is read after the webhook is saved: a run that
    finishes in between is then seen here, or its ``run_finished`` receiver sees the webhook,
    so it is never missed (at worst queued twice; a delivery is claimed, and sent once).
    The hourly limit is checked again under the user's lock, in the caller's transaction."""
    mine = Webhook.objects.filter(run=run, created_by=user)
    found = mine.filter(url=url).first()
    if found is not None:
        return found
    with transaction.atomic():
        check_webhook_rate(user, lock=True)
        return _subscribe_new(run, url, user, mine)


def _subscribe_new(run: Run, url: str, user: User | None, mine: QuerySet[Webhook]) -> Webhook:
    """A new webhook (or the one a simultaneous identical submission made), queued at once for
    a finished run."""
    if user is not None and mine.count() >= MAX_WEBHOOKS_PER_RUN:
        raise TooManyWebhooks(
            f"run {run.pk} already has {MAX_WEBHOOKS_PER_RUN} webhooks of yours (at most "
            f"{MAX_WEBHOOKS_PER_RUN} per run); reuse one of their URLs"
        )
    # Two simultaneous identical submissions: the unique constraint keeps one, both get it.
    webhook, created = Webhook.objects.get_or_create(run=run, url=url, created_by=user)
    if not created:
        return webhook
    if not Run.objects.filter(pk=run.pk, status__in=Run.ACTIVE).exists():
        queue_delivery(webhook.pk)
    return webhook


def on_run_finished(sender: object, run_id: int, **kwargs: Any) -> None:
    """``run_finished`` receiver: one delivery per webhook of the run not delivered yet."""
    pending = Webhook.objects.filter(run_id=run_id, delivered_at__isnull=True)
    for webhook_id in pending.values_list("pk", flat=True):
        queue_delivery(webhook_id)


def requeue_lost_deliveries(stale_after: timedelta) -> list[int]:
    """Undelivered webhooks whose message was lost, queued again by the reconciler
    (workers.tasks.reconcile): of runs that finished over ``stale_after`` ago with no attempt
    ever made (the broker was down when the run finished, or restarted without persistence),
    or whose claim outlived ``CLAIM_EXPIRY`` (the worker died mid-POST). A webhook whose last
    attempt ended is left to the task's retries: requeueing it would send it on every tick."""
    now = timezone.now()
    never_tried = Q(last_attempt_at__isnull=True, run__finished_at__lt=now - stale_after)
    # A claim that outlived CLAIM_EXPIRY: its worker died mid-POST and Celery acknowledged the
    # message (hard time limit) or its retries gave up while the claim was held.
    stranded = Q(sending=True, last_attempt_at__lt=now - CLAIM_EXPIRY,
                 attempts__lte=MAX_ATTEMPTS)  # fmt: skip
    lost = list(
        Webhook.objects.filter(never_tried | stranded, delivered_at__isnull=True).values_list(
            "pk", flat=True
        )
    )
    for webhook_id in lost:
        queue_delivery(webhook_id)
    return lost


def queue_delivery(webhook_id: int) -> None:
    """Queued after commit, so the worker finds the webhook (and the run's final state)."""
    transaction.on_commit(lambda: _send(webhook_id))


def _send(webhook_id: int) -> None:
    """Sent to the deliveries' own queue (webhook_slots), so a slow receiver never holds a run's
    worker. A broker that cannot take the message now loses nothing: the webhook is saved, and
    the reconciler queues it again (``requeue_lost_deliveries``)."""
    from kombu.exceptions import OperationalError

    from workers.app import app  # the Celery app only; tasks are addressed by name

    try:
        app.send_task(DELIVER_TASK, args=[webhook_id], queue=WEBHOOK_QUEUE)
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


def sign(secret: str, timestamp: int | str, body: bytes) -> str:
    """HMAC-SHA256, hex, of ``f"{timestamp}."`` and then the exact body, keyed with the
    webhook's secret: sent as ``X-PolyEval-Signature: sha256=<hex>`` beside
    ``X-PolyEval-Timestamp: <timestamp>`` (unix seconds, when the attempt was made). The time
    is signed so that a receiver can refuse an old delivery replayed by someone who saw it."""
    signed = f"{timestamp}.".encode() + body
    return hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()


def deliver(webhook_id: int) -> None:
    """POST the run's payload to the webhook, once. The attempt is claimed in SQL first
    (``_claim``): a delivered or deleted webhook, or one that another copy of the task is
    sending now, is not sent, so a retried or duplicated task is harmless. The outcome is
    recorded after; anything but a 2xx raises ``WebhookFailed`` so that Celery retries later."""
    webhook = (
        Webhook.objects.select_related("run__checkpoint", "run__suite")
        .filter(pk=webhook_id)
        .first()
    )
    if webhook is None or webhook.delivered_at is not None:
        return
    claimed_at = _claim(webhook.pk)
    if claimed_at is None:
        if Webhook.objects.filter(pk=webhook.pk, delivered_at__isnull=False).exists():
            return
        # Another copy is sending now, or its worker died mid-POST (the claim expires after
        # CLAIM_EXPIRY): retried later, never dropped.
        raise WebhookFailed(f"webhook {webhook_id}: another attempt is in progress")
    try:
        body = json.dumps(payload(webhook.run)).encode()
        status, error = _post(webhook, body, int(time.time()))
    except SoftTimeLimitExceeded:  # the task's backstop, past the POST's own deadline
        status, error = None, "timed out: the delivery task's soft time limit passed"
    except Exception as exc:  # not retried (a bug, not the receiver): recorded, then raised
        _record_attempt(webhook.pk, claimed_at, None, f"{type(exc).__name__}: {exc}")
        raise
    _record_attempt(webhook.pk, claimed_at, status, error)
    if error:
        raise WebhookFailed(f"webhook {webhook_id} to {webhook.url}: {error}")


def _claim(webhook_id: int) -> datetime | None:
    """Start an attempt, in one conditional UPDATE: counted (so an attempt whose worker is
    killed mid-POST still counts, and the reconciler leaves it alone) and marked ``sending``.
    None, and nothing changed, if the webhook is delivered or another attempt is sending now;
    a claim older than ``CLAIM_EXPIRY`` (beyond the task's hard time limit) is an attempt whose
    worker died, and is taken over. Returns the claim's time, which identifies it."""
    now = timezone.now()
    free = (
        Q(sending=False)
        | Q(last_attempt_at__isnull=True)
        | Q(last_attempt_at__lt=now - CLAIM_EXPIRY)
    )
    claimed = Webhook.objects.filter(free, pk=webhook_id, delivered_at__isnull=True).update(
        attempts=F("attempts") + 1,
        last_attempt_at=now,
        sending=True,
        last_status_code=None,
        last_error="attempt started, no outcome recorded (yet: if it stays, the worker stopped)",
    )
    return now if claimed else None


def _record_attempt(webhook_id: int, claimed_at: datetime, status: int | None, error: str) -> None:
    changes: dict[str, Any] = {
        "last_status_code": status,
        "last_error": error[-ERROR_TAIL:],
        # Only this attempt's own claim is released: a later one (that took over an expired
        # claim) is still sending.
        "sending": Case(When(last_attempt_at=claimed_at, then=Value(False)), default=F("sending")),
    }
    if not error:
        changes["delivered_at"] = timezone.now()
    Webhook.objects.filter(pk=webhook_id).update(**changes)


def _headers(webhook: Webhook, body: bytes, timestamp: int) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "User-Agent": "PolyEval-Webhook/1",
        "X-PolyEval-Event": EVENT,
        "X-PolyEval-Delivery": str(webhook.pk),
        "X-PolyEval-Timestamp": str(timestamp),
        "X-PolyEval-Signature": f"sha256={sign(webhook.secret, timestamp, body)}",
    }


def _post(webhook: Webhook, body: bytes, timestamp: int) -> tuple[int | None, str]:
    """The answer's status code and, unless it was a 2xx, what went wrong; within
    ``DEADLINE_S`` in all."""
    request = urllib.request.Request(
        webhook.url, data=body, method="POST", headers=_headers(webhook, body, timestamp)
    )
    status: int | None
    with _Deadline(DEADLINE_S) as deadline:
        try:
            with _opener(deadline).open(request, timeout=TIMEOUT_S) as response:
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
        return None, f"timed out: no complete answer within {DEADLINE_S} s"
    return status, error


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


def _opener(deadline: _Deadline) -> urllib.request.OpenerDirector:
    """No redirects (a 3xx is a failed delivery: a POST is not replayed elsewhere) and no
    environment proxies (the address checked must be the address dialled); every connection
    is made by ``_connect``, within ``deadline``, and checked by ``public_addresses`` unless
    private addresses are allowed."""
    return urllib.request.build_opener(
        urllib.request.ProxyHandler({}),
        _NoRedirects(),
        _HTTPHandler(deadline),
        _HTTPSHandler(deadline),
    )


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None  # urllib then raises HTTPError with the 3xx status


def _connect(
    deadline: _Deadline,
    address: tuple[str, int],
    timeout: float | None,
    source_address: tuple[str, int] | None,
) -> socket.socket:
    """``socket.create_connection``, to at most ``MAX_ADDRESSES`` of the host's addresses (all
    public, unless private ones are allowed), within ``deadline``, which watches the socket."""
    host, port = address
    if settings.POLYEVAL_WEBHOOK_ALLOW_PRIVATE:
        addresses = resolve(host, port)
    else:
        addresses = public_addresses(host, port)
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


class _HTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, deadline: _Deadline | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = partial(_connect, _required(deadline))


class _HTTPSConnection(http.client.HTTPSConnection):
    """TLS still verifies the certificate against the host name (SNI), not the address."""

    def __init__(self, *args: Any, deadline: _Deadline | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = partial(_connect, _required(deadline))


def _required(deadline: _Deadline | None) -> _Deadline:
    if deadline is None:
        raise TypeError("a webhook connection is made within a deadline")
    return deadline


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()
        self._deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_HTTPConnection, req, deadline=self._deadline)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline) -> None:
        super().__init__()  # the default, verifying TLS context
        self._deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_HTTPSConnection, req, deadline=self._deadline)
