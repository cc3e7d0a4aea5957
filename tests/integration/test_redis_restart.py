"""Restart Redis in the middle of a run, the worst way: a Redis of its own, without persistence,
so every queued and unacknowledged message is gone when it comes back. No run may be lost or
left stuck: the running one finishes with its stored samples kept, the queued one (whose
message vanished) is found by the reconciler and evaluated, and one submitted while Redis was
down is saved and evaluated too."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest

from tests.integration.conftest import StartWorker, wait_for
from webapp import jobs
from webapp.evaluations.models import Run, Sample
from webapp.submissions.services import SubmissionRequest, submit

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

# Longer than the slowest generation batch of the tiny model here (a run that is working must
# never look orphaned), short enough for the test.
STALE_SECONDS = "20"
RECONCILE_SECONDS = "2"
OUTAGE_SECONDS = 5.0


class RedisServer:
    """A ``redis-server`` on a free port that keeps nothing on disk; stop() and start() again
    on the same port are a restart that loses every message."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        argv = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", str(self.folder)]  # fmt: skip
        self.proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while not self.ping():
            assert time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.05)

    def stop(self) -> None:
        assert self.proc is not None
        self.proc.kill()  # no shutdown save, no goodbye to clients
        self.proc.wait()

    def ping(self) -> bool:
        import redis

        try:
            return bool(redis.Redis.from_url(self.url, socket_timeout=1).ping())
        except redis.RedisError:
            return False

    def send(self, task_name: str, *args: int) -> None:
        """What the web process's ``jobs.publish`` does, against this broker."""
        from workers.app import app

        with app.connection_for_write(self.url) as connection:
            app.send_task(task_name, args=list(args), connection=connection)


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[RedisServer]:
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    server = RedisServer(tmp_path)
    server.start()
    yield server
    if server.proc is not None and server.proc.poll() is None:
        server.stop()


def _copy_model(source: Path, target: Path) -> Path:
    return Path(shutil.copytree(source, target))  # a second checkpoint of the same weights


def _send_unless_down(server: RedisServer) -> mock.Mock:
    """The submitter's side: publishing to a Redis that is down fails like the real thing,
    and ``jobs.publish`` keeps the saved run (the reconciler queues it later)."""
    from kombu.exceptions import OperationalError

    def send(task_name: str, *args: int) -> bool:
        try:
            server.send(task_name, *args)
        except (OperationalError, OSError) as exc:
            jobs.log.warning("%s%s saved, not queued: %s", task_name, list(args), exc)
            return False
        return True

    return mock.patch.object(jobs, "publish", side_effect=send)


def test_a_redis_restart_loses_no_run_and_leaves_none_stuck(
    tiny_model: Path, tmp_path: Path, start_worker: StartWorker, own_redis: RedisServer
) -> None:
    env = {"REDIS_URL": own_redis.url, "POLYEVAL_STALE_RUN_SECONDS": STALE_SECONDS,
           "POLYEVAL_RECONCILE_SECONDS": RECONCILE_SECONDS}  # fmt: skip
    start_worker(**env)
    start_worker(beat=True, **env)
    with _send_unless_down(own_redis):
        running, _ = submit(SubmissionRequest(str(tiny_model), name="running", suite="demo"))
        second = _copy_model(tiny_model, tmp_path / "second")
        queued, _ = submit(SubmissionRequest(str(second), name="queued", suite="smoke"))
        deadline = time.monotonic() + 180
        while Sample.objects.filter(run=running).count() < 40:
            assert time.monotonic() < deadline, "generation never started"
            time.sleep(0.2)
        queued.refresh_from_db()
        assert queued.status == Run.Status.QUEUED  # its message waits in Redis's default queue

        own_redis.stop()  # every message is gone: the queued run's and the running step's
        kept = dict(Sample.objects.filter(run=running).values_list("pk", "completion"))
        third = _copy_model(tiny_model, tmp_path / "third")
        during, _ = submit(SubmissionRequest(str(third), name="during", suite="smoke"))
        time.sleep(OUTAGE_SECONDS)
        own_redis.start()

        finished = [wait_for(run, timeout=420) for run in (running, queued, during)]

    for run in finished:
        assert run.status == Run.Status.SUCCEEDED, (run.checkpoint.name, run.failure_reason,
                                                    run.error)  # fmt: skip
    running = finished[0]
    after = dict(Sample.objects.filter(run=running).values_list("pk", "completion"))
    assert len(after) == 200 and {pk: after[pk] for pk in kept} == kept
    assert running.language_results.count() == 12
    assert [run.samples.count() for run in finished[1:]] == [6, 6]
    requeued = _requeued_by_reconciler(tmp_path)
    assert {queued.pk, during.pk} <= requeued and running.pk not in requeued
    print(
        f"kept {len(kept)} of 200 samples stored before the restart; the reconciler "
        f"requeued runs {sorted(requeued)}; the running run {running.pk} was never requeued"
    )


def _requeued_by_reconciler(logs: Path) -> set[int]:
    """Run ids the workers' logs say the reconciler queued again (workers.recovery)."""
    found = re.findall(r"run (\d+) made no progress .* queueing it again",
                       "".join(p.read_text() for p in logs.glob("worker-*.log")))  # fmt: skip
    return {int(pk) for pk in found}
