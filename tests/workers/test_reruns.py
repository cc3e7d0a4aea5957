"""Admin re-runs and cancellation (services and pipeline; no broker)."""

from pathlib import Path
from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.test import Client

from tests.factories import make_queued_run
from webapp.evaluations.models import PassAtK, Run, Sample
from webapp.evaluations.services import cancel_run, rerun
from workers import pipeline

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_broker():  # type: ignore[no-untyped-def]
    with mock.patch("webapp.jobs.publish") as send:
        yield send


def test_a_rescore_copies_generations_with_fresh_verdicts(tmp_path: Path, no_broker) -> None:  # type: ignore[no-untyped-def]
    old = make_queued_run(str(tmp_path))  # the smoke suite: 3 problems x 2 samples at T=0.8
    for task in ("HumanEval/0", "HumanEval/2", "HumanEval/4"):
        for index in range(2):
            Sample.objects.create(run=old, task_id=task, temperature=0.8, index=index,
                                  completion="    return True\n", status="passed")  # fmt: skip
    new = rerun(old, "rescore")
    assert (new.parent, new.rerun_kind) == (old, "rescore")
    assert set(new.samples.values_list("status", flat=True)) == {"pending"}
    pipeline.generate(new.pk)  # the stored generations are reused: no model is even loaded
    assert new.samples.count() == 6


def test_a_regenerate_starts_from_nothing(tmp_path: Path) -> None:
    old = make_queued_run(str(tmp_path))
    Sample.objects.create(run=old, task_id="HumanEval/0", temperature=0.8, index=0, completion="")
    assert not rerun(old, "regenerate").samples.exists()


def test_a_cancelled_run_stops_and_is_not_marked_failed(tmp_path: Path) -> None:
    run = make_queued_run(str(tmp_path))
    assert cancel_run(run) and not cancel_run(run)  # only active runs can be cancelled
    assert pipeline.start(run.pk) is False
    with pytest.raises(pipeline.RunInactive):
        pipeline.generate(run.pk)  # a step already on its way stops too
    run.refresh_from_db()
    assert run.status == Run.Status.CANCELLED


def test_the_run_page_shows_the_score_change_of_a_rerun(tmp_path: Path, client: Client) -> None:
    old = make_queued_run(str(tmp_path))
    new = rerun(old, "rescore")
    PassAtK.objects.create(run=old, temperature=0.8, k=1, value=0.25)
    PassAtK.objects.create(run=new, temperature=0.8, k=1, value=0.5)
    html = client.get(f"/runs/{new.pk}/").content.decode()
    assert f"run {old.pk}</a>" in html and "25.00 % → 50.00 %" in html and "change 25.00 %" in html


def test_admin_actions_cancel_and_rerun(tmp_path: Path, client: Client) -> None:
    admin = User.objects.create_superuser("root", password="a-long-password-1")
    client.force_login(admin)
    run = make_queued_run(str(tmp_path))
    url = "/admin/evaluations/run/"
    client.post(url, {"action": "rescore_runs", "_selected_action": [run.pk]})
    assert Run.objects.filter(parent=run, rerun_kind="rescore").count() == 1
    client.post(url, {"action": "cancel_runs", "_selected_action": [run.pk]})
    run.refresh_from_db()
    assert run.status == Run.Status.CANCELLED
