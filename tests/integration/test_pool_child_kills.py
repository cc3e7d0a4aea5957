"""Kill -9 the pool child running ``generate``, then its replacement about 0.7 s later (issue
12, item 7): on the embedded filesystem broker this could wedge the worker for good, holding
the task without running it. The worker alone, with no beat, must still finish the run, on
both brokers (its wedge watchdog, workers.watchdog, and start-up reconciliation)."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest

from tests.integration.conftest import StartWorker, wait_for
from webapp import jobs
from webapp.evaluations.models import Run
from webapp.submissions.services import SubmissionRequest, submit

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

STALE_SECONDS = "2"
WEDGE_SECONDS = "5"


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def _kill_new_child(worker: int, not_these: set[int], timeout: float = 30) -> int:
    deadline = time.monotonic() + timeout
    while not (fresh := [c for c in _children(worker) if c not in not_these]):
        assert time.monotonic() < deadline, "no pool child appeared"
        time.sleep(0.02)
    os.kill(fresh[0], signal.SIGKILL)
    return fresh[0]


@pytest.fixture
def filesystem_sends(tmp_path: Path) -> Iterator[None]:
    """The submitter's side on the embedded broker: the test settings speak Redis, so the run
    is published into the worker's broker folder (the settings' transport options)."""
    from kombu import Connection

    from workers.app import app

    queue = str(tmp_path / "broker" / "queue")
    Path(queue).mkdir(parents=True, exist_ok=True)
    options = {"data_folder_in": queue, "data_folder_out": queue, "polling_interval": 0.1,
               "control_folder": str(tmp_path / "broker" / "control")}  # fmt: skip

    def send(task_name: str, *args: int) -> bool:
        with Connection("filesystem://", transport_options=options) as connection:
            app.send_task(task_name, args=list(args), connection=connection)
        return True

    with mock.patch.object(jobs, "publish", side_effect=send):
        yield


@pytest.mark.parametrize("broker", ["filesystem", "redis"])
def test_killing_the_pool_child_twice_never_wedges_the_worker(
    broker: str, tiny_model: Path, start_worker: StartWorker, request: pytest.FixtureRequest
) -> None:
    env = {"POLYEVAL_STALE_RUN_SECONDS": STALE_SECONDS, "POLYEVAL_WEDGE_SECONDS": WEDGE_SECONDS}
    if broker == "filesystem":
        env["REDIS_URL"] = ""
        request.getfixturevalue("filesystem_sends")
    worker = start_worker(**env)
    run, _ = submit(SubmissionRequest(str(tiny_model), name="tiny", suite="smoke"))
    deadline = time.monotonic() + 60
    while not (run.stage == Run.Stage.GENERATING and run.in_step):
        assert time.monotonic() < deadline, f"generation never started ({run.status})"
        time.sleep(0.02)
        run.refresh_from_db()

    first = _kill_new_child(worker.pid, set())
    time.sleep(0.7)
    _kill_new_child(worker.pid, {first})
    run = wait_for(run, timeout=90)

    assert run.status == Run.Status.SUCCEEDED, (run.failure_reason, run.error)
    assert worker.poll() is None  # the same worker (restarted in place, if it wedged)
