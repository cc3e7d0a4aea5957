"""Webhooks: the API takes a webhook_url, a finished run is POSTed to it, signed. Deliveries go
to a real HTTP server on 127.0.0.1; no broker (queued deliveries are recorded, not sent)."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.test import Client, override_settings

from tests.hub_fakes import cache_model
from tests.webapp.test_pages import make_run
from tests.workers.test_pipeline import make_run as make_queued_run
from webapp.accounts.models import ApiToken
from webapp.api.models import Webhook
from webapp.api.webhooks import WebhookFailed, deliver, sign
from webapp.evaluations.models import Run, Sample
from webapp.evaluations.services import cancel_run
from webapp.evaluations.signals import run_finished
from webapp.submissions.models import Checkpoint
from workers import pipeline

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
    """Deliveries queued for the broker (webhook ids); runs are never queued for real."""
    with (
        mock.patch("webapp.evaluations.services._send"),
        mock.patch("webapp.api.webhooks._send") as send,
    ):
        yield send


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
    return [c.args[0] for c in queued.call_args_list]


def verifies(secret: str, received: Received) -> bool:
    """What a receiver does, as the README shows it."""
    expected = "sha256=" + hmac.new(secret.encode(), received.body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, received.headers["X-PolyEval-Signature"])


# --- Delivery -------------------------------------------------------------------------------


@private_allowed
def test_a_finished_run_posts_a_signed_payload(receiver: Receiver) -> None:
    run = make_run("signed", 0.5)
    webhook = Webhook.objects.create(run=run, url=f"{receiver.url}/hook?k=1")
    deliver(webhook.pk)
    (received,) = receiver.requests
    assert received.path == "/hook?k=1"
    assert received.headers["Content-Type"] == "application/json"
    assert received.headers["X-PolyEval-Event"] == "run.finished"
    assert received.headers["X-PolyEval-Delivery"] == str(webhook.pk)
    assert verifies(webhook.secret, received)
    assert not verifies("another-secret", received)
    assert received.headers["X-PolyEval-Signature"] == "sha256=" + sign(
        webhook.secret, received.body
    )
    data = json.loads(received.body)
    assert (data["event"], data["run_id"], data["status"]) == ("run.finished", run.pk, "succeeded")
    assert data["failure_reason"] == "" and data["api_path"] == f"/api/runs/{run.pk}/"
    assert data["run"]["model"] == "signed" and data["run"]["url"] == f"/runs/{run.pk}/"
    webhook.refresh_from_db()
    assert webhook.delivered_at is not None
    assert (webhook.attempts, webhook.last_status_code, webhook.last_error) == (1, 200, "")


@private_allowed
def test_a_500_leaves_the_webhook_undelivered_and_raises_for_a_retry(receiver: Receiver) -> None:
    webhook = Webhook.objects.create(run=make_run("flaky", 0.1), url=receiver.url)
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
    webhook = Webhook.objects.create(run=make_run("once", 0.1), url=receiver.url)
    deliver(webhook.pk)
    deliver(webhook.pk)  # a retried or duplicated task
    assert len(receiver.requests) == 1
    webhook.refresh_from_db()
    assert webhook.attempts == 1


@private_allowed
def test_a_redirect_is_a_failed_delivery_and_is_not_followed(receiver: Receiver) -> None:
    webhook = Webhook.objects.create(run=make_run("moved", 0.1), url=receiver.url)
    receiver.status = 307
    with pytest.raises(WebhookFailed, match="HTTP 307"):
        deliver(webhook.pk)
    assert [r.path for r in receiver.requests] == ["/"]


@private_allowed
def test_an_unreachable_receiver_is_a_failed_attempt_without_a_status() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    webhook = Webhook.objects.create(run=make_run("gone", 0.1), url=f"http://127.0.0.1:{port}/")
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
    webhook = Webhook.objects.create(run=make_run("rebound", 0.1), url=receiver.url)
    with pytest.raises(WebhookFailed, match="loopback"):
        deliver(webhook.pk)
    assert receiver.requests == []
    webhook.refresh_from_db()
    assert webhook.attempts == 1 and webhook.delivered_at is None


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
    for needle in ("webhook_url", "X-PolyEval-Signature", "X-PolyEval-Delivery", "compare_digest"):
        assert needle in html


def test_a_webhook_whose_message_was_lost_is_queued_again_by_the_reconciler(
    tmp_path: Path, queued: mock.MagicMock, django_capture_on_commit_callbacks: Any
) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from webapp.api.webhooks import requeue_lost_deliveries

    run = make_queued_run(str(tmp_path))
    long_ago = timezone.now() - timedelta(hours=1)
    Run.objects.filter(pk=run.pk).update(status=Run.Status.SUCCEEDED, finished_at=long_ago)
    lost = Webhook.objects.create(run=run, url="https://ci.example.org/lost")
    Webhook.objects.create(run=run, url="https://ci.example.org/retrying", attempts=2)
    Webhook.objects.create(run=run, url="https://ci.example.org/done", delivered_at=long_ago)
    with django_capture_on_commit_callbacks(execute=True):
        assert requeue_lost_deliveries(timedelta(minutes=5)) == [lost.pk]
    assert sent_ids(queued) == [lost.pk]


def test_a_broker_outage_while_queueing_a_delivery_raises_nothing() -> None:
    from kombu.exceptions import OperationalError

    from webapp.api import webhooks

    with mock.patch("workers.app.app.send_task", side_effect=OperationalError("refused")):
        webhooks._send(1)  # logged; the reconciler queues it again later
