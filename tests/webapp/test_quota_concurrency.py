"""Per-user quotas hold under real concurrency: 30 parallel submissions, each with a webhook,
by a user who already has 5 runs this hour, create at most the hourly limit of runs and of
webhooks, and never a run without its webhook. Needs a database that runs transactions in
parallel (PostgreSQL: ``DATABASE_URL=postgres://...``); on SQLite, whose IMMEDIATE transactions
(settings) take one write lock at a time, it is skipped."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client

from tests.hub_fakes import cache_model
from webapp.accounts.models import ApiToken
from webapp.api.models import Webhook
from webapp.evaluations.models import Run
from webapp.evaluations.services import suite_row
from webapp.submissions.models import Checkpoint

PARALLEL = 30
LIMIT = 20
PUBLIC = [(2, 1, 6, "", ("93.184.215.14", 443))]

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql",
                       reason="needs PostgreSQL (DATABASE_URL) for parallel transactions"),
]  # fmt: skip


def _earlier_runs(user: User, count: int) -> None:
    suite = suite_row("smoke")
    for i in range(count):
        checkpoint = Checkpoint.objects.create(source=f"old/m{i}", name=f"old-{i}",
                                               slug=f"old-{i}", submitted_by=user)  # fmt: skip
        Run.objects.create(checkpoint=checkpoint, suite=suite, suite_config={}, submitted_by=user)


def _submit_all(token: str) -> list[int]:
    """Every submission at once (a barrier), each in its own thread and connection."""
    barrier = threading.Barrier(PARALLEL)
    codes: list[int] = []

    def one(i: int) -> None:
        body = {
            "source": f"lab/m{i}",
            "suite": "smoke",
            "webhook_url": f"https://ci.example.org/{i}",
        }
        try:
            barrier.wait()
            response = Client().post("/api/submissions/", json.dumps(body),
                                     content_type="application/json",
                                     HTTP_AUTHORIZATION=f"Bearer {token}")  # fmt: skip
            codes.append(response.status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=one, args=(i,)) for i in range(PARALLEL)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return codes


def test_thirty_parallel_submissions_never_pass_the_hourly_quota(
    hf_cache: Path,
    settings,  # type: ignore[no-untyped-def]
) -> None:
    settings.POLYEVAL_SUBMISSIONS_PER_HOUR = LIMIT
    settings.POLYEVAL_API_WRITES_PER_HOUR = 1000
    for i in range(PARALLEL):
        cache_model(hf_cache, f"lab/m{i}")
    user = User.objects.create_user("ada", password="a-long-password-1")
    _earlier_runs(user, 5)
    token = ApiToken.issue(user, "ci")[1]
    with (
        mock.patch("webapp.jobs.publish"),
        mock.patch("socket.getaddrinfo", return_value=PUBLIC),
    ):
        codes = _submit_all(token)
    assert sorted(set(codes)) == [201, 429], codes
    assert codes.count(201) == LIMIT - 5
    assert Run.objects.filter(submitted_by=user).count() == LIMIT
    assert Webhook.objects.filter(created_by=user).count() == LIMIT - 5
    assert not Run.objects.filter(submitted_by=user, checkpoint__source__startswith="lab/",
                                  webhooks__isnull=True).exists()  # fmt: skip
