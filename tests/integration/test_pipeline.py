"""Submit the tiny model, let a real ``celery worker`` process on a real Redis broker evaluate it,
and check what was stored and what the leaderboard shows."""

from __future__ import annotations

import math
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from webapp.evaluations.models import Run
from webapp.submissions.services import SubmissionRequest, submit

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

REPO = Path(__file__).resolve().parents[2]


def database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    auth = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{auth}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def redis_broker() -> Iterator[str]:
    """The test settings' Redis database, emptied before and after."""
    import redis

    url = settings.CELERY_BROKER_URL
    assert url.startswith("redis://"), "the integration test needs a Redis broker (REDIS_URL)"
    client = redis.Redis.from_url(url)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.fail(f"Redis is not reachable at {url}; start it (see README)")
    client.flushdb()
    yield url
    client.flushdb()


@pytest.fixture
def worker(redis_broker: str, tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    env = os.environ | {
        "REDIS_URL": redis_broker,
        "DATABASE_URL": database_url(),
        "DJANGO_SETTINGS_MODULE": "webapp.polyeval.settings_test",
        "POLYEVAL_DATA_DIR": str(tmp_path),
    }
    log = (tmp_path / "worker.log").open("wb")
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "workers.app",
            "worker",
            "-Q",
            "default,gpu,sandbox",
            "--concurrency",
            "1",
            "--loglevel",
            "INFO",
            "--hostname",
            f"test-{os.getpid()}@%h",
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    yield proc
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()
    print((tmp_path / "worker.log").read_text()[-3000:])


def wait_for(run: Run, timeout: float) -> Run:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        run.refresh_from_db()
        if not run.is_active:
            return run
        time.sleep(0.5)
    pytest.fail(f"run {run.pk} still {run.status}/{run.stage} after {timeout}s")


def test_a_submitted_model_is_evaluated_through_the_queue(tiny_model: Path, worker) -> None:  # type: ignore[no-untyped-def]
    run, created = submit(SubmissionRequest(str(tiny_model), name="tiny", suite="smoke"))
    assert created
    run = wait_for(run, timeout=240)
    assert run.status == Run.Status.SUCCEEDED, run.error

    samples = run.samples.all()
    assert samples.count() == 3 * 2  # 3 problems x n=2 at one temperature
    assert not samples.filter(status="pending").exists()
    pass_at_1 = run.pass_at_k.get(temperature=0.8, k=1)
    passed = samples.filter(status="passed").count()
    assert pass_at_1.value == pytest.approx(passed / 6)
    assert pass_at_1.ci_low is not None and pass_at_1.ci_low <= pass_at_1.value <= pass_at_1.ci_high

    languages = {r.language: r for r in run.language_results.all()}
    assert set(languages) == {"Python", "C"}
    for result in languages.values():
        assert result.files == 1
        assert result.ppl_model_token == pytest.approx(math.exp(result.nll / result.model_tokens))
    assert run.file_results.count() == 2

    record = run.record
    assert len(record["humaneval"]["dataset_sha256"]) == 64
    assert len(record["perplexity"]["manifest_sha256"]) == 64
    assert record["model"]["backend"] == "hf" and record["model"]["torch"]
    assert record["humaneval"]["sampling"]["seed"] == 1234
    assert record["humaneval"]["sandbox"]["mode"] == "bwrap"
    assert record["suite"]["name"] == "smoke" and len(record["suite"]["sha256"]) == 64
    assert record["polyeval"]

    html = Client().get("/").content.decode()
    assert f"/runs/{run.pk}/" in html and "tiny" in html
    run_html = Client().get(f"/runs/{run.pk}/").content.decode()
    assert "HumanEval/4" in run_html and "succeeded" in run_html
