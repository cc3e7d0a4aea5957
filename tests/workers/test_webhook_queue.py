"""Webhook deliveries: their own queue, a global cap on those in flight, short attempts
(issue 12, item 8). No host is resolved here: deliveries themselves are replaced."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from unittest import mock

import pytest
from django.conf import settings
from django.core.cache import cache

from webapp import jobs
from webapp.api import webhook_http
from workers import webhook_slots
from workers.app import app
from workers.tasks import _consumes_runs, deliver_webhook


@pytest.fixture(autouse=True)
def free_slots() -> Iterator[None]:
    cache.clear()
    yield
    cache.clear()


def test_deliveries_are_routed_to_the_webhooks_queue() -> None:
    assert settings.CELERY_TASK_ROUTES[jobs.DELIVER_WEBHOOK] == {"queue": "webhooks"}
    route = app.amqp.router.route({}, jobs.DELIVER_WEBHOOK)
    assert route["queue"].name == "webhooks"


def test_the_web_process_sends_a_delivery_into_the_webhooks_queue_by_name() -> None:
    """Through the tests' in-memory broker: the queue is the route's, not the sender's."""
    with app.connection_for_write() as connection:
        for name in ("webhooks", "default"):
            connection.SimpleQueue(name).clear()
        assert jobs.publish(jobs.DELIVER_WEBHOOK, 41)
        message = connection.SimpleQueue("webhooks").get(timeout=5)
        assert (message.headers["task"], message.headers["argsrepr"]) == (
            "polyeval.deliver_webhook",
            "[41]",
        )
        message.ack()
        assert connection.SimpleQueue("default").qsize() == 0


def test_the_cap_refuses_one_slot_more_than_allowed(settings) -> None:  # type: ignore[no-untyped-def]
    settings.POLYEVAL_WEBHOOK_CONCURRENCY = 2
    with (
        webhook_slots.delivery_slot() as first,
        webhook_slots.delivery_slot() as second,
        webhook_slots.delivery_slot() as third,
    ):
        assert (first, second, third) == (True, True, False)
    with webhook_slots.delivery_slot() as again:
        assert again  # released on the way out


def test_a_delivery_over_the_cap_is_deferred_to_its_queue_keeping_its_retries(settings) -> None:  # type: ignore[no-untyped-def]
    settings.POLYEVAL_WEBHOOK_CONCURRENCY = 3
    inside, release = threading.Semaphore(0), threading.Event()

    def slow_receiver(webhook_id: int) -> None:
        inside.release()
        assert release.wait(10)

    with (
        mock.patch("workers.tasks.deliver", side_effect=slow_receiver) as deliver,
        mock.patch("workers.app.app.send_task") as send,
    ):
        threads = [threading.Thread(target=deliver_webhook.apply, args=([i],)) for i in range(3)]
        for thread in threads:
            thread.start()
        for _ in threads:
            assert inside.acquire(timeout=10)  # three deliveries in flight
        deliver_webhook.apply(args=[99], retries=2)  # the fourth
        release.set()
        for thread in threads:
            thread.join(10)
    assert sorted(c.args[0] for c in deliver.call_args_list) == [0, 1, 2]
    (call,) = send.call_args_list
    assert call.args == (jobs.DELIVER_WEBHOOK,) and call.kwargs["args"] == [99]
    assert call.kwargs["queue"] == "webhooks" and call.kwargs["retries"] == 2
    assert webhook_slots.DEFER_S <= call.kwargs["countdown"] <= 2 * webhook_slots.DEFER_S


def test_attempts_are_short_and_a_slot_outlives_its_task() -> None:
    assert webhook_http.TIMEOUT_S <= 5 and webhook_http.DEADLINE_S <= 10
    assert (
        webhook_http.DEADLINE_S < deliver_webhook.soft_time_limit < deliver_webhook.time_limit <= 30
    )
    assert deliver_webhook.time_limit < webhook_slots.SLOT_TTL


def test_only_a_worker_of_run_queues_reconciles_when_it_starts() -> None:
    def consumer(*names: str) -> mock.Mock:
        queues = [mock.Mock() for _ in names]
        for queue, name in zip(queues, names, strict=True):
            queue.name = name
        return mock.Mock(task_consumer=mock.Mock(queues=queues))

    assert not _consumes_runs(consumer("webhooks"))
    assert _consumes_runs(consumer("default", "gpu", "sandbox"))
    assert _consumes_runs(None)  # unknown: reconciles, as before
