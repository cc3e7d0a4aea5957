"""Webhooks: the API takes a webhook_url, a finished run is POSTed to it, signed. Deliveries go
to a real HTTP server on 127.0.0.1; no broker (queued deliveries are recorded, not sent)."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.contrib.auth.models import User
from django.test import Client, override_settings
from django.utils import timezone

from tests.factories import make_finished_run, make_queued_run
from tests.hub_fakes import cache_model
from webapp import jobs
from webapp.accounts.models import ApiToken
from webapp.api import webhook_http
from webapp.api.models import Webhook
from webapp.api.webhook_http import DEADLINE_S, non_public_kind
from webapp.api.webhooks import CLAIM_EXPIRY, MAX_WEBHOOKS_PER_RUN, requeue_lost_deliveries, sign
from webapp.evaluations.models import Run, Sample
from webapp.evaluations.services import cancel_run
from webapp.evaluations.signals import run_finished
from webapp.submissions.models import Checkpoint
from workers import pipeline
from workers.webhook_delivery import WebhookFailed, deliver

pytestmark = pytest.mark.django_db
private_allowed = override_settings(POLYEVAL_WEBHOOK_ALLOW_PRIVATE=True)
private_refused = override_settings(POLYEVAL_WEBHOOK_ALLOW_PRIVATE=False)


@dataclass
class Received:
    path: str
    headers: Message  # names are case-insensitive, as in HTTP
    body: bytes


@dataclass
class Receiver:
    """A webhook receiver that answers ``status`` and records every request."""

    url: str
    status: int = 200
    requests: list[Received] = field(default_factory=list)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver(url="")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers["Content-Length"]))
            state.requests.append(Received(self.path, self.headers, body))
            self.send_response(state.status)
            if 300 <= state.status < 400:
                self.send_header("Location", "/elsewhere")
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            pass  # quiet test output

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture(autouse=True)
def queued() -> Iterator[mock.MagicMock]:
    """Tasks queued for the broker (webapp.jobs), recorded instead of sent."""
    with mock.patch("webapp.jobs.publish") as publish:
        yield publish


@pytest.fixture
def token(hf_cache: Path) -> str:
    """A researcher's API token; ``lab/model`` is in the (fake, offline) model cache."""
    cache_model(hf_cache, "lab/model")
    researcher = User.objects.create_user("ada", password="a-long-password-1")
    return ApiToken.issue(researcher, "ci")[1]


def post(client: Client, token: str, **body: object) -> Any:
    return client.post("/api/submissions/", json.dumps({"source": "lab/model", "suite": "smoke"}
                       | body), content_type="application/json",
                       HTTP_AUTHORIZATION=f"Bearer {token}")  # fmt: skip


def sent_ids(queued: mock.MagicMock) -> list[int]:
    """The webhook ids queued for delivery."""
    return [c.args[1] for c in queued.call_args_list if c.args[0] == jobs.DELIVER_WEBHOOK]


def verifies(secret: str, received: Received) -> bool:
    """What a receiver does, as the README shows it."""
    timestamp = received.headers["X-PolyEval-Timestamp"]
    signed = timestamp.encode() + b"." + received.body
    expected = "sha256=" + hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    fresh = abs(time.time() - int(timestamp)) <= 300  # older: a replay
    return fresh and hmac.compare_digest(expected, received.headers["X-PolyEval-Signature"])


# --- Delivery -------------------------------------------------------------------------------


@private_allowed
def test_a_finished_run_posts_a_signed_payload(receiver: Receiver) -> None:
    run = make_finished_run("signed", 0.5)
    webhook = Webhook.objects.create(run=run, url=f"{receiver.url}/hook?k=1")
    deliver(webhook.pk)
    (received,) = receiver.requests
    assert received.path == "/hook?k=1"
    assert received.headers["Content-Type"] == "application/json"
    assert received.headers["X-PolyEval-Event"] == "run.finished"
    assert received.headers["X-PolyEval-Delivery"] == str(webhook.pk)
    timestamp = received.headers["X-PolyEval-Timestamp"]
    assert abs(int(timestamp) - time.time()) < 60
    assert verifies(webhook.secret, received)
    assert not verifies("another-secret", received)
    assert received.headers["X-PolyEval-Signature"] == "sha256=" + sign(
        webhook.secret, timestamp, received.body
    )
    data = json.loads(received.body)
    assert (data["event"], data["run_id"], data["status"]) == ("run.finished", run.pk, "succeeded")
    assert data["failure_reason"] == "" and data["api_path"] == f"/api/runs/{run.pk}/"
    assert data["run"]["model"] == "signed" and data["run"]["url"] == f"/runs/{run.pk}/"
    webhook.refresh_from_db()
    assert webhook.delivered_at is not None and webhook.last_attempt_at is not None
    assert (webhook.attempts, webhook.last_status_code, webhook.last_error) == (1, 200, "")
    assert not webhook.sending


@private_allowed
def test_a_500_leaves_the_webhook_undelivered_and_raises_for_a_retry(receiver: Receiver) -> None:
    webhook = Webhook.objects.create(run=make_finished_run("flaky", 0.1), url=receiver.url)
    receiver.status = 500
    with pytest.raises(WebhookFailed, match="HTTP 500"):
        deliver(webhook.pk)
    webhook.refresh_from_db()
    assert webhook.delivered_at is None
    assert (webhook.attempts, webhook.last_status_code) == (1, 500)
    assert "500" in webhook.last_error
    receiver.status = 204  # the retry succeeds
    deliver(webhook.pk)
    webhook.refresh_from_db()
    assert webhook.delivered_at is not None and webhook.attempts == 2
    assert (webhook.last_status_code, webhook.last_error) == (204, "")


@private_allowed
def test_a_second_delivery_after_success_sends_nothing(receiver: Receiver) -> None:
    webhook = Webhook.objects.create(run=make_finished_run("once", 0.1), url=receiver.url)
    deliver(webhook.pk)
    deliver(webhook.pk)  # a retried or duplicated task
    assert len(receiver.requests) == 1
    webhook.refresh_from_db()
    assert webhook.attempts == 1


@private_allowed
def test_a_redirect_is_a_failed_delivery_and_is_not_followed(receiver: Receiver) -> None:
    webhook = Webhook.objects.create(run=make_finished_run("moved", 0.1), url=receiver.url)
    receiver.status = 307
    with pytest.raises(WebhookFailed, match="HTTP 307"):
        deliver(webhook.pk)
    assert [r.path for r in receiver.requests] == ["/"]


@private_allowed
def test_an_unreachable_receiver_is_a_failed_attempt_without_a_status() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    webhook = Webhook.objects.create(
        run=make_finished_run("gone", 0.1), url=f"http://127.0.0.1:{port}/"
    )
    with pytest.raises(WebhookFailed):
        deliver(webhook.pk)
    webhook.refresh_from_db()
    assert (webhook.attempts, webhook.last_status_code, webhook.delivered_at) == (1, None, None)
    assert "refused" in webhook.last_error.lower()


@private_refused
def test_delivery_checks_the_address_it_dials_not_only_the_submitted_url(
    receiver: Receiver,
) -> None:
    """A public name at submission may resolve to a private address by delivery time."""
    webhook = Webhook.objects.create(run=make_finished_run("rebound", 0.1), url=receiver.url)
    with pytest.raises(WebhookFailed, match="loopback"):
        deliver(webhook.pk)
    assert receiver.requests == []
    webhook.refresh_from_db()
    assert webhook.attempts == 1 and webhook.delivered_at is None


@private_allowed
def test_the_signature_covers_the_timestamp_so_a_replay_can_be_refused(receiver: Receiver) -> None:
    webhook = Webhook.objects.create(run=make_finished_run("replayed", 0.1), url=receiver.url)
    deliver(webhook.pk)
    (received,) = receiver.requests
    assert verifies(webhook.secret, received)
    with mock.patch("time.time", return_value=time.time() + 3600):  # replayed an hour later
        assert not verifies(webhook.secret, received)
    restamped = int(received.headers["X-PolyEval-Timestamp"]) + 1  # the replayer's fresh time
    received.headers.replace_header("X-PolyEval-Timestamp", str(restamped))
    assert not verifies(webhook.secret, received)


@pytest.fixture
def trickler() -> Iterator[str]:
    """A receiver that starts its answer, then sends one header byte every 0.2 s for ever:
    never slow enough for a socket timeout (10 s per read)."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(10)
    stop = threading.Event()

    def serve() -> None:
        try:
            conn, _ = server.accept()
        except OSError:
            return
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
            while not stop.wait(0.2):
                try:
                    conn.sendall(b"a")
                except OSError:
                    return  # the client hung up

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/"
    stop.set()
    thread.join(15)
    server.close()


@private_allowed
def test_a_receiver_trickling_its_answer_is_cut_off_at_the_deadline(trickler: str) -> None:
    webhook = Webhook.objects.create(run=make_finished_run("trickled", 0.1), url=trickler)
    started = time.monotonic()
    with (
        mock.patch.object(webhook_http, "DEADLINE_S", 1),
        pytest.raises(WebhookFailed, match="timed out"),
    ):
        deliver(webhook.pk)
    assert time.monotonic() - started < 5  # not for as long as the receiver likes
    webhook.refresh_from_db()
    assert (webhook.attempts, webhook.delivered_at, webhook.sending) == (1, None, False)
    assert webhook.last_error == "timed out: no complete answer within 1 s"


@private_allowed
def test_a_tls_handshake_that_never_completes_is_cut_off_at_the_deadline() -> None:
    with socket.create_server(("127.0.0.1", 0)) as silent:  # accepts, then never says a word
        url = f"https://127.0.0.1:{silent.getsockname()[1]}/"
        webhook = Webhook.objects.create(run=make_finished_run("mute", 0.1), url=url)
        started = time.monotonic()
        with (
            mock.patch.object(webhook_http, "DEADLINE_S", 1),
            pytest.raises(WebhookFailed, match="timed out: no complete answer within 1 s"),
        ):
            deliver(webhook.pk)
        assert time.monotonic() - started < 5  # not TIMEOUT_S (10 s)


@private_refused
def test_at_most_three_of_a_hosts_addresses_are_tried_per_connection() -> None:
    addresses = [f"93.184.215.{n}" for n in range(1, 9)]  # public, and all silently dropping
    dialled: list[str] = []

    def resolve(host: str, port: int, **_: Any) -> list[tuple[Any, ...]]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in addresses]

    def connect(address: tuple[str, int], timeout: float, *_: Any) -> socket.socket:
        assert timeout <= webhook_http.TIMEOUT_S
        dialled.append(address[0])
        raise TimeoutError("timed out")

    webhook = Webhook.objects.create(
        run=make_finished_run("many", 0.1), url="https://hooks.example.com/"
    )
    with (
        mock.patch("socket.getaddrinfo", side_effect=resolve),
        mock.patch("socket.create_connection", side_effect=connect),
        pytest.raises(WebhookFailed, match="timed out"),
    ):
        deliver(webhook.pk)
    assert dialled == addresses[:3]


class Killed(BaseException):
    """What the task's hard time limit does: the worker process dies, mid-POST."""


@private_allowed
def test_an_attempt_is_counted_before_connecting_so_a_killed_one_is_not_requeued_forever(
    receiver: Receiver, queued: mock.MagicMock, django_capture_on_commit_callbacks: Any
) -> None:
    run = make_finished_run("killed", 0.1)
    Run.objects.filter(pk=run.pk).update(finished_at=timezone.now() - timedelta(hours=1))
    webhook = Webhook.objects.create(run=run, url=receiver.url)
    with mock.patch.object(webhook_http, "post", side_effect=Killed), pytest.raises(Killed):
        deliver(webhook.pk)
    webhook.refresh_from_db()
    assert webhook.attempts == 1 and webhook.last_attempt_at is not None and webhook.sending
    assert "no outcome recorded" in webhook.last_error
    with django_capture_on_commit_callbacks(execute=True):
        assert requeue_lost_deliveries(timedelta(minutes=5)) == []  # not on every tick
    assert sent_ids(queued) == []


@private_allowed
def test_the_tasks_soft_time_limit_is_recorded_as_a_timed_out_attempt_and_retried(
    receiver: Receiver,
) -> None:
    webhook = Webhook.objects.create(run=make_finished_run("slow-dns", 0.1), url=receiver.url)
    with (
        mock.patch.object(webhook_http, "post", side_effect=SoftTimeLimitExceeded()),
        pytest.raises(WebhookFailed, match="timed out"),
    ):
        deliver(webhook.pk)
    webhook.refresh_from_db()
    assert (webhook.attempts, webhook.sending, webhook.delivered_at) == (1, False, None)
    assert webhook.last_error == "timed out: the delivery task's soft time limit passed"
    deliver(webhook.pk)  # Celery's retry, seconds later: not held back by the finished attempt
    webhook.refresh_from_db()
    assert len(receiver.requests) == 1 and webhook.attempts == 2
    assert webhook.delivered_at is not None


def test_the_tasks_time_limits_leave_room_for_the_post_and_end_before_a_claim_expires() -> None:
    from workers.tasks import deliver_webhook

    assert DEADLINE_S < deliver_webhook.soft_time_limit < deliver_webhook.time_limit
    assert deliver_webhook.time_limit < CLAIM_EXPIRY.total_seconds()


@private_allowed
def test_a_second_copy_of_the_task_sends_nothing_while_the_first_is_sending(
    receiver: Receiver,
) -> None:
    webhook = Webhook.objects.create(run=make_finished_run("twice", 0.1), url=receiver.url)
    real_post = webhook_http.post
    posts: list[object] = []

    def post_while_a_copy_runs(*args: Any, **kwargs: Any) -> webhook_http.Answer:
        posts.append(args)
        if len(posts) == 1:  # the duplicate task, arriving mid-POST: retried later, not sent
            with pytest.raises(WebhookFailed, match="another attempt is in progress"):
                deliver(webhook.pk)
        return real_post(*args, **kwargs)

    with mock.patch.object(webhook_http, "post", side_effect=post_while_a_copy_runs):
        deliver(webhook.pk)
    assert len(posts) == 1 and len(receiver.requests) == 1
    webhook.refresh_from_db()
    assert webhook.attempts == 1 and webhook.delivered_at is not None


@private_allowed
def test_a_claim_holds_while_its_task_could_still_be_sending_and_is_taken_over_after(
    receiver: Receiver,
) -> None:
    now = timezone.now()
    begun = now - timedelta(seconds=30)
    sending = Webhook.objects.create(run=make_finished_run("busy", 0.1), url=f"{receiver.url}/busy",
                                     attempts=1, sending=True, last_attempt_at=begun)  # fmt: skip
    with pytest.raises(WebhookFailed, match="another attempt is in progress"):
        deliver(sending.pk)  # Celery retries it: a claim is never simply dropped
    assert receiver.requests == []
    sending.refresh_from_db()
    assert sending.attempts == 1
    expired = now - CLAIM_EXPIRY - timedelta(seconds=1)  # its worker must be dead by now
    dead = Webhook.objects.create(run=make_finished_run("dead", 0.1), url=f"{receiver.url}/dead",
                                  attempts=1, sending=True, last_attempt_at=expired)  # fmt: skip
    deliver(dead.pk)
    assert [r.path for r in receiver.requests] == ["/dead"]
    dead.refresh_from_db()
    assert (dead.attempts, dead.sending) == (2, False) and dead.delivered_at is not None


# --- Submitting with a webhook_url -----------------------------------------------------------


@private_refused
@pytest.mark.parametrize(
    ("url", "error"),
    [
        ("ftp://example.com/hook", "webhook_url must be an http or https URL, not 'ftp'"),
        ("http:///hook", "webhook_url has no host"),
        ("https://user:pw@example.com/", "webhook_url may not contain a user name or password"),
        ("http://127.0.0.1/", "webhook_url may not point at a loopback address (127.0.0.1)"),
        ("http://10.0.0.1/", "webhook_url may not point at a private address (10.0.0.1)"),
        ("http://[::ffff:127.0.0.1]/", "loopback address"),
        ("http://169.254.169.254/latest/", "link-local address (169.254.169.254)"),
        ("http://[2002:a00:1::]/", "private address (2002:a00:1::, which embeds 10.0.0.1)"),
        ("http://[2002:7f00:1::]/", "loopback address (2002:7f00:1::, which embeds 127.0.0.1)"),
        (
            "http://[2001:0:a00:1::f5ff:fffe]/",
            "private address (2001:0:a00:1::f5ff:fffe, which embeds 10.0.0.1)",
        ),  # Teredo: server and client
        ("http://[fec0::1]/", "site-local address (fec0::1)"),
        ("http://[64:ff9b::a00:1]/", "(64:ff9b::a00:1, which embeds 10.0.0.1)"),  # NAT64
        (42, "webhook_url must be a string"),
    ],
)
def test_a_bad_webhook_url_is_refused_before_anything_is_saved(
    client: Client, token: str, url: object, error: str
) -> None:
    response = post(client, token, webhook_url=url)
    assert response.status_code == 400
    assert error in response.json()["error"]
    assert (Run.objects.count(), Checkpoint.objects.count(), Webhook.objects.count()) == (0, 0, 0)


@private_refused
def test_a_host_name_is_refused_if_it_resolves_to_a_private_address(
    client: Client, token: str
) -> None:
    def resolve(host: str, port: int, **_: Any) -> list[tuple[Any, ...]]:
        address = {"hooks.example.com": "10.1.2.3", "ci.example.org": "93.184.215.14"}[host]
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    with mock.patch("socket.getaddrinfo", side_effect=resolve):
        refused = post(client, token, webhook_url="https://hooks.example.com/x")
        assert refused.status_code == 400
        assert "hooks.example.com resolves to 10.1.2.3" in refused.json()["error"]
        assert Run.objects.count() == 0
        accepted = post(client, token, webhook_url="https://ci.example.org/x")
    assert accepted.status_code == 201 and Webhook.objects.get().url == "https://ci.example.org/x"


def test_an_ipv6_address_is_judged_by_the_ipv4_address_it_embeds() -> None:
    assert non_public_kind("2002:5db8:d70e::") is None  # 6to4 of 93.184.215.14: public
    assert non_public_kind("::ffff:93.184.215.14") is None
    assert non_public_kind("2002:a00:1::") == "private"
    assert non_public_kind("fec0::1") == "site-local"


@private_allowed
def test_the_same_webhook_url_submitted_again_for_the_same_run_gets_the_same_webhook(
    client: Client, token: str, receiver: Receiver, queued: mock.MagicMock,
    django_capture_on_commit_callbacks: Any,
) -> None:  # fmt: skip
    first = post(client, token).json()
    Run.objects.filter(pk=first["id"]).update(status=Run.Status.SUCCEEDED)
    with django_capture_on_commit_callbacks(execute=True):
        answers = [post(client, token, webhook_url=receiver.url) for _ in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 200]
    hooks = [a.json()["webhook"] for a in answers]
    assert hooks[0] == hooks[1] == hooks[2]  # with its secret: the same submitter asks
    assert Webhook.objects.count() == 1
    assert sent_ids(queued) == [hooks[0]["id"]]  # delivered once, not once per submission


@private_allowed
@override_settings(POLYEVAL_SUBMISSIONS_PER_HOUR=2)
def test_duplicate_submissions_cannot_make_more_webhooks_an_hour_than_the_submission_limit(
    client: Client, token: str, receiver: Receiver, queued: mock.MagicMock, hf_cache: Path,
    django_capture_on_commit_callbacks: Any,
) -> None:  # fmt: skip
    first = post(client, token).json()  # one run: its duplicates queue none, so pass its limit
    Run.objects.filter(pk=first["id"]).update(status=Run.Status.SUCCEEDED)
    with django_capture_on_commit_callbacks(execute=True):
        answers = [post(client, token, webhook_url=f"{receiver.url}/{n}") for n in range(3)]
    assert [a.status_code for a in answers] == [200, 200, 429]
    assert answers[2].json()["error"] == (
        "rate limit: 2 webhooks created in the last hour (at most 2); try again later, or "
        "submit without webhook_url"
    )
    assert Webhook.objects.count() == 2 and len(sent_ids(queued)) == 2
    cache_model(hf_cache, "lab/other")
    refused = post(client, token, source="lab/other", webhook_url=f"{receiver.url}/new")
    assert refused.status_code == 429  # checked before the submission: nothing saved
    assert (Run.objects.count(), Checkpoint.objects.count(), Webhook.objects.count()) == (1, 1, 2)
    assert post(client, token).status_code == 200  # without a webhook_url: as before


@private_allowed
@override_settings(POLYEVAL_SUBMISSIONS_PER_HOUR=1)
def test_staff_are_not_limited_in_webhooks_an_hour(
    client: Client, token: str, receiver: Receiver
) -> None:
    User.objects.filter(username="ada").update(is_staff=True)
    answers = [post(client, token, webhook_url=f"{receiver.url}/{n}") for n in range(3)]
    assert [a.status_code for a in answers] == [201, 200, 200]
    assert Webhook.objects.count() == 3


@private_allowed
@override_settings(POLYEVAL_SUBMISSIONS_PER_HOUR=100)
def test_a_run_takes_at_most_five_webhooks_from_one_user(
    client: Client, token: str, receiver: Receiver
) -> None:
    urls = [f"{receiver.url}/{n}" for n in range(MAX_WEBHOOKS_PER_RUN + 1)]
    answers = [post(client, token, webhook_url=url) for url in urls]
    assert [a.status_code for a in answers] == [201] + [200] * (MAX_WEBHOOKS_PER_RUN - 1) + [400]
    run_id = answers[0].json()["id"]
    assert answers[-1].json()["error"] == (
        f"run {run_id} already has 5 webhooks of yours (at most 5 per run); reuse one of their URLs"
    )
    assert Webhook.objects.count() == MAX_WEBHOOKS_PER_RUN
    assert post(client, token, webhook_url=urls[0]).status_code == 200  # an existing one: fine


@private_allowed
def test_a_submission_with_a_webhook_url_returns_its_secret(
    client: Client, token: str, receiver: Receiver, queued: mock.MagicMock,
    django_capture_on_commit_callbacks: Any,
) -> None:  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, token, webhook_url=f"{receiver.url}/done")
    assert response.status_code == 201
    webhook = Webhook.objects.get()
    assert response.json()["webhook"] == {
        "id": webhook.pk, "url": f"{receiver.url}/done", "secret": webhook.secret,
    }  # fmt: skip
    assert len(webhook.secret) >= 40 and webhook.created_by is not None
    assert webhook.run_id == response.json()["id"]
    assert sent_ids(queued) == []  # the run is queued, not finished: nothing to tell yet
    assert "webhook" not in post(client, token).json()  # optional


@private_allowed
def test_a_duplicate_of_a_finished_run_is_delivered_at_once(
    client: Client, token: str, receiver: Receiver, queued: mock.MagicMock,
    django_capture_on_commit_callbacks: Any,
) -> None:  # fmt: skip
    first = post(client, token).json()
    Run.objects.filter(pk=first["id"]).update(status=Run.Status.SUCCEEDED)
    with django_capture_on_commit_callbacks(execute=True):
        again = post(client, token, webhook_url=receiver.url)
    assert again.status_code == 200 and again.json()["id"] == first["id"]
    webhook_id = again.json()["webhook"]["id"]
    assert sent_ids(queued) == [webhook_id]
    deliver(webhook_id)  # what the queued task does
    assert json.loads(receiver.requests[0].body)["status"] == "succeeded"


# --- The run_finished signal ------------------------------------------------------------------


def test_cancelling_a_run_fires_the_signal_after_commit_and_queues_undelivered_webhooks(
    tmp_path: Path, queued: mock.MagicMock, django_capture_on_commit_callbacks: Any
) -> None:
    run = make_queued_run(str(tmp_path))
    waiting = Webhook.objects.create(run=run, url="https://ci.example.org/a")
    Webhook.objects.create(run=run, url="https://ci.example.org/b", delivered_at=run.created_at)
    heard = mock.Mock()
    run_finished.connect(heard)
    try:
        with django_capture_on_commit_callbacks() as callbacks:
            assert cancel_run(run)
        assert len(callbacks) == 1 and heard.call_count == 0 and sent_ids(queued) == []
        with django_capture_on_commit_callbacks(execute=True):
            callbacks[0]()  # the commit: the signal, and the delivery its receiver queues
    finally:
        run_finished.disconnect(heard)
    assert heard.call_args.kwargs["run_id"] == run.pk
    assert sent_ids(queued) == [waiting.pk]  # the delivered one is not sent again


def test_a_failed_run_queues_its_webhook_once(
    tmp_path: Path, queued: mock.MagicMock, django_capture_on_commit_callbacks: Any
) -> None:
    run = make_queued_run(str(tmp_path))
    webhook = Webhook.objects.create(run=run, url="https://ci.example.org/a")
    with django_capture_on_commit_callbacks(execute=True):
        pipeline.mark_failed(run.pk, RuntimeError("boom"))
        pipeline.mark_failed(run.pk, RuntimeError("a duplicate delivery fails too"))
    assert sent_ids(queued) == [webhook.pk]  # the second call changed no row: no signal


def test_a_run_that_succeeds_queues_its_webhook(
    tmp_path: Path, queued: mock.MagicMock, django_capture_on_commit_callbacks: Any
) -> None:
    run = make_queued_run(str(tmp_path))  # the smoke suite: 3 problems x 2 samples at T=0.8
    for task in ("HumanEval/0", "HumanEval/2", "HumanEval/4"):
        for index in range(2):
            Sample.objects.create(run=run, task_id=task, temperature=0.8, index=index,
                                  completion="    return True\n", status="passed")  # fmt: skip
    webhook = Webhook.objects.create(run=run, url="https://ci.example.org/a")
    with django_capture_on_commit_callbacks(execute=True):
        pipeline.finalize(run.pk)
    assert Run.objects.get(pk=run.pk).status == Run.Status.SUCCEEDED
    assert sent_ids(queued) == [webhook.pk]


def test_the_api_page_documents_webhooks(client: Client) -> None:
    html = client.get("/api/").content.decode()
    for needle in ("webhook_url", "X-PolyEval-Signature", "X-PolyEval-Delivery", "compare_digest",
                   "X-PolyEval-Timestamp", "429", f"A 2xx answer within {DEADLINE_S} s",
                   f"{webhook_http.TIMEOUT_S} s at most for any one of them",
                   f"at most {webhook_http.MAX_ADDRESSES} of the host"):  # fmt: skip
        assert needle in html


def test_a_webhook_never_tried_or_stranded_mid_post_is_queued_again_by_the_reconciler(
    tmp_path: Path, queued: mock.MagicMock, django_capture_on_commit_callbacks: Any
) -> None:
    run = make_queued_run(str(tmp_path))
    long_ago = timezone.now() - timedelta(hours=1)
    Run.objects.filter(pk=run.pk).update(status=Run.Status.SUCCEEDED, finished_at=long_ago)
    lost = Webhook.objects.create(run=run, url="https://ci.example.org/lost")
    Webhook.objects.create(run=run, url="https://ci.example.org/retrying", attempts=2,
                           last_attempt_at=long_ago)  # fmt: skip
    stranded = Webhook.objects.create(run=run, url="https://ci.example.org/killed", attempts=1,
                                      last_attempt_at=long_ago, sending=True)  # fmt: skip
    Webhook.objects.create(run=run, url="https://ci.example.org/done", delivered_at=long_ago)
    recent = make_queued_run(str(tmp_path / "recent"))  # just finished: its message may wait
    Run.objects.filter(pk=recent.pk).update(status=Run.Status.FAILED, finished_at=timezone.now())
    Webhook.objects.create(run=recent, url="https://ci.example.org/soon")
    with django_capture_on_commit_callbacks(execute=True):
        assert sorted(requeue_lost_deliveries(timedelta(minutes=5))) == [lost.pk, stranded.pk]
    assert sorted(sent_ids(queued)) == [lost.pk, stranded.pk]
