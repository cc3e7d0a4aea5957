"""Listing the runs that have a message waiting, from real messages in a real Redis."""

from __future__ import annotations

from typing import Any

import pytest
from celery import chain

from workers import broker_queues
from workers.app import app


@pytest.fixture
def redis_db(redis_url: str, settings: Any) -> str:
    """The tests' Redis database as the broker the reconciler lists (skipped without one)."""
    settings.CELERY_BROKER_URL = redis_url
    return redis_url


def test_runs_with_messages_in_any_queue_are_listed(redis_db: str) -> None:
    with app.connection_for_write(redis_db) as connection:
        app.send_task("polyeval.evaluate", args=[7], connection=connection)  # default queue
        app.send_task("polyeval.generate", args=[8], connection=connection, priority=6)
        chain(  # a chain's head carries the rest of the chain in its body
            app.signature("polyeval.execute", args=[9], immutable=True),
            app.signature("polyeval.finalize", args=[9], immutable=True),
        ).apply_async(connection=connection)
        app.send_task("polyeval.reconcile", connection=connection)  # names no run
    assert broker_queues.waiting_run_ids() == {7, 8, 9}


def test_a_message_of_another_task_or_not_json_names_no_run() -> None:
    assert broker_queues.run_id_of(b"not json") is None
    assert broker_queues.run_id_of(b'{"headers": {"task": "polyeval.deliver_webhook"}}') is None


def test_an_unreadable_run_message_makes_the_listing_unknown(redis_db: str) -> None:
    import redis

    garbled = b'{"headers": {"task": "polyeval.generate"}, "body": "compressed:eJzLSM3Jy=="}'
    with pytest.raises(broker_queues.Unreadable):
        broker_queues.run_id_of(garbled)
    redis.Redis.from_url(redis_db).lpush("gpu", garbled)
    assert broker_queues.waiting_run_ids() is None  # not "no run is waiting"


def test_an_unreachable_broker_means_unknown_not_empty(settings: Any) -> None:
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:9/0"  # nothing listens on the discard port
    assert broker_queues.waiting_run_ids() is None


def test_the_embedded_broker_folder_is_listed(tmp_path, redis_db: str) -> None:  # type: ignore[no-untyped-def]
    import redis

    with app.connection_for_write(redis_db) as connection:
        app.send_task("polyeval.evaluate", args=[5], connection=connection)
    raw = redis.Redis.from_url(redis_db).lrange("default", 0, -1)
    (tmp_path / "123_abc.default.msg").write_bytes(raw[0])
    options = {"data_folder_in": str(tmp_path)}
    assert broker_queues.run_ids(broker_queues._folder_messages(options)) == {5}
