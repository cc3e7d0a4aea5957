"""A failed run's error as the public sees it: the first line, without the server's paths;
staff see the whole traceback."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client

from webapp.evaluations.models import Run
from webapp.evaluations.services import suite_row
from webapp.submissions.models import Checkpoint

pytestmark = pytest.mark.django_db

ERROR = (
    "OSError: cannot read /root/.cache/huggingface/hub/models--lab--m/config.json\n\n"
    'Traceback (most recent call last):\n  File "/srv/polyeval/workers/pipeline.py", line 9\n'
)


def make_failed() -> Run:
    checkpoint = Checkpoint.objects.create(name="m", slug="m", source="lab/m")
    suite = suite_row("smoke")
    return Run.objects.create(
        checkpoint=checkpoint, suite=suite, suite_config=suite.config,
        status=Run.Status.FAILED, error=ERROR,
    )  # fmt: skip


def test_the_public_error_is_its_first_line_without_server_paths() -> None:
    assert make_failed().public_error == "OSError: cannot read \N{HORIZONTAL ELLIPSIS}/config.json"


def test_visitors_and_the_api_never_see_the_traceback_or_paths(client: Client) -> None:
    run = make_failed()
    for path in (f"/runs/{run.pk}/", f"/api/runs/{run.pk}/"):
        body = client.get(path).content.decode()
        assert "config.json" in body and "/root/" not in body and "Traceback" not in body


def test_staff_see_the_whole_traceback_on_the_run_page(client: Client) -> None:
    run = make_failed()
    client.force_login(User.objects.create_user("admin", is_staff=True))
    body = client.get(f"/runs/{run.pk}/").content.decode()
    assert "Traceback" in body and "/srv/polyeval/workers/pipeline.py" in body
