"""Which runs have a message waiting in the broker, read straight from the broker's storage.

Celery has no transport-independent way to list a queue, so the two transports PolyEval uses
are read directly: Redis (kombu keeps each queue as a list, one key per priority step) and the
embedded filesystem broker (one file per message). Messages already handed to a worker are not
listed: Redis keeps them in its ``unacked`` hash, the filesystem broker deletes them. Whether
such a run is alive is told by its heartbeat (workers.recovery).
"""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from django.conf import settings

log = logging.getLogger(__name__)

#: kombu's Redis transport: a queue's messages of priority p > 0 live under
#: ``f"{queue}{SEP}{p}"`` (kombu.transport.redis.Channel.sep and PRIORITY_STEPS).
REDIS_PRIORITY_SEP = "\x06\x16"
REDIS_PRIORITY_STEPS = (0, 3, 6, 9)
#: The run steps (workers.tasks): each takes the run id as its first argument.
RUN_TASKS = frozenset(
    f"polyeval.{step}"
    for step in ("evaluate", "generate", "execute", "score_perplexity", "finalize")
)


class Unreadable(ValueError):
    """A run step's message that cannot be read: the listing is not to be trusted."""


def run_id_of(message: bytes | str) -> int | None:
    """The run id a serialized kombu message is about, or None for a message of another task.

    A message is JSON: ``headers.task`` names the task and ``body`` holds, base64-encoded,
    Celery's protocol-2 body ``[args, kwargs, embed]``; every run step takes the run id first.
    A run step's message that cannot be read (another serializer, compression, a half-written
    file) raises ``Unreadable``: taking it for "no message" could requeue a waiting run.
    """
    try:
        envelope = json.loads(message)
        task = envelope["headers"]["task"]
    except (ValueError, KeyError, TypeError):
        return None  # not a Celery task message: nothing to say about runs
    if task not in RUN_TASKS:
        return None
    try:
        body: Any = envelope["body"]
        if envelope.get("properties", {}).get("body_encoding") == "base64":
            body = base64.b64decode(body)
        args, kwargs = json.loads(body)[:2]
        run_id = args[0] if args else kwargs["run_id"]
    except (ValueError, KeyError, TypeError, IndexError) as exc:
        raise Unreadable(f"a {task} message could not be read: {exc}") from None
    if not isinstance(run_id, int):
        raise Unreadable(f"a {task} message names no run id: {run_id!r}")
    return run_id


def run_ids(messages: Iterable[bytes | str]) -> set[int]:
    return {run for run in map(run_id_of, messages) if run is not None}


def queue_names() -> list[str]:
    """Every queue a run task can be routed to (the routes plus the default queue)."""
    routed = {route["queue"] for route in settings.CELERY_TASK_ROUTES.values()}
    return sorted(routed | {settings.CELERY_TASK_DEFAULT_QUEUE})


def waiting_run_ids() -> set[int] | None:
    """Run ids with a message waiting in a queue; None when the broker cannot be listed (an
    unknown transport, or the broker is unreachable right now)."""
    url = str(settings.CELERY_BROKER_URL)
    try:
        if url.startswith(("redis://", "rediss://")):
            return run_ids(_redis_messages(url, queue_names()))
        if url.startswith("filesystem://"):
            return run_ids(_folder_messages(settings.CELERY_BROKER_TRANSPORT_OPTIONS))
    except (OSError, ConnectionError, Unreadable) as exc:
        log.warning("cannot list the broker's queues (%s): orphans are judged by heartbeat", exc)
        return None
    return None


def _redis_messages(url: str, queues: list[str]) -> list[bytes]:
    import redis

    client = redis.Redis.from_url(url, socket_timeout=10, socket_connect_timeout=5)
    try:
        keys = [q if p == 0 else f"{q}{REDIS_PRIORITY_SEP}{p}"
                for q in queues for p in REDIS_PRIORITY_STEPS]  # fmt: skip
        pipe = client.pipeline(transaction=False)
        for key in keys:
            pipe.lrange(key, 0, -1)
        return [message for found in pipe.execute() for message in found]
    except redis.RedisError as exc:
        raise ConnectionError(str(exc)) from exc
    finally:
        client.close()


def _folder_messages(options: dict[str, Any]) -> list[bytes]:
    folder = Path(options["data_folder_in"])
    messages = []
    for path in folder.glob("*.msg"):
        try:
            messages.append(path.read_bytes())
        except FileNotFoundError:
            continue  # taken by a worker while we listed
    return messages
