"""Real Redis and real ``celery worker`` processes for the integration tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from django.db import connection

from webapp import jobs
from webapp.evaluations.models import Run

REPO = Path(__file__).resolve().parents[2]
StartWorker = Callable[..., subprocess.Popen[bytes]]


def database_url() -> str:
    """The test database, as a URL a worker subprocess can open."""
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def redis_broker(redis_url: str, settings: Any) -> Iterator[str]:
    """The tests' Redis database (skipped without one), as the broker of this process too: what
    the web side queues (``jobs.publish``) goes there, and the reconciler lists it."""
    from workers.app import app

    def publish(task_name: str, *args: int) -> bool:
        with app.connection_for_write(redis_url) as connection:
            app.send_task(task_name, args=list(args), connection=connection)
        return True

    settings.CELERY_BROKER_URL = redis_url
    with mock.patch.object(jobs, "publish", side_effect=publish):
        yield redis_url


@pytest.fixture
def start_worker(redis_broker: str, tmp_path: Path) -> Iterator[StartWorker]:
    """Starts ``celery worker`` processes, each in its own session (so a test can kill one
    whole, pool included); stops whatever is left at the end and prints their logs. The
    ``REDIS_URL`` override points a worker at another broker; ``beat=True`` starts
    ``celery beat`` instead (the periodic reconciler)."""
    started: list[tuple[subprocess.Popen[bytes], Path]] = []

    def start(beat: bool = False, **env_overrides: str) -> subprocess.Popen[bytes]:
        env = (
            os.environ
            | {
                "REDIS_URL": redis_broker,
                "POLYEVAL_TEST_REAL_BROKER": "1",  # not the unit tests' in-memory broker
                "DATABASE_URL": database_url(),
                "DJANGO_SETTINGS_MODULE": "webapp.polyeval.settings_test",
                "POLYEVAL_DATA_DIR": str(tmp_path),
            }
            | env_overrides
        )
        n = len(started)
        log = tmp_path / f"{'beat' if beat else 'worker'}-{n}.log"
        argv = [sys.executable, "-m", "celery", "-A", "workers.app", "worker",
                "-Q", "default,gpu,sandbox", "--concurrency", "1", "--loglevel", "INFO",
                "--hostname", f"test-{os.getpid()}-{n}@%h",
                "--without-gossip", "--without-mingle"]  # fmt: skip
        if beat:
            schedule = str(tmp_path / f"beat-schedule-{n}")
            argv = [sys.executable, "-m", "celery", "-A", "workers.app", "beat",
                    "--schedule", schedule, "--loglevel", "INFO"]  # fmt: skip
        with log.open("wb") as out:
            proc = subprocess.Popen(argv, cwd=REPO, env=env, stdout=out,
                                    stderr=subprocess.STDOUT, start_new_session=True)  # fmt: skip
        started.append((proc, log))
        return proc

    yield start
    for proc, log in started:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
        print(f"--- {log.name}\n{log.read_text()[-3000:]}")


def wait_for(run: Run, timeout: float) -> Run:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        run.refresh_from_db()
        if not run.is_active:
            return run
        time.sleep(0.5)
    pytest.fail(f"run {run.pk} still {run.status}/{run.stage} after {timeout}s")
