"""The admin's run list and change page (issue 13, "Accounts and admin"): who submitted a run,
its suite and best score, re-runs linked both ways, and actions that say why they did nothing."""

from __future__ import annotations

import logging
from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.contrib.messages import INFO, WARNING
from django.test import Client
from django.utils import timezone

from webapp.evaluations.models import PassAtK, Run
from webapp.evaluations.services import rerun, suite_row
from webapp.submissions.models import Checkpoint

pytestmark = pytest.mark.django_db
RUNS = "/admin/evaluations/run/"


@pytest.fixture(autouse=True)
def no_broker():  # type: ignore[no-untyped-def]
    with mock.patch("webapp.jobs.publish") as send:
        yield send


@pytest.fixture
def admin_client() -> Client:
    client = Client()
    client.force_login(User.objects.create_superuser("root", password="a-long-password-1"))
    return client


def make_run(submitter: User | None = None, status: str = Run.Status.QUEUED) -> Run:
    suite = suite_row("smoke")
    n = Checkpoint.objects.count()
    checkpoint = Checkpoint.objects.create(name=f"lab/coder{n}", slug=f"coder-{n}",
                                           source=f"lab/coder{n}", revision="a" * 40)  # fmt: skip
    return Run.objects.create(checkpoint=checkpoint, suite=suite, suite_config=suite.config,
                              submitted_by=submitter, status=status)  # fmt: skip


def test_the_run_list_shows_submitter_suite_version_best_pass_at_1_and_parent(
    admin_client: Client,
) -> None:
    ada = User.objects.create_user("ada", password="a-long-password-1")
    parent = make_run(ada, Run.Status.SUCCEEDED)
    PassAtK.objects.create(run=parent, temperature=0.2, k=1, value=0.25)
    PassAtK.objects.create(run=parent, temperature=0.8, k=1, value=0.5)
    PassAtK.objects.create(run=parent, temperature=0.8, k=10, value=0.9)  # not pass@1
    rerun(parent, "rescore", User.objects.get(username="root"))
    html = admin_client.get(RUNS).content.decode()
    assert '<td class="field-submitter">ada</td>' in html
    assert '<td class="field-submitter">root</td>' in html  # the admin who re-ran it
    assert f'<td class="field-suite_version">smoke v{parent.suite.version}</td>' in html
    assert '<td class="field-best_pass_at_1">50.00 %</td>' in html
    assert f'href="/admin/evaluations/run/{parent.pk}/change/">run {parent.pk}</a>' in html


def test_a_parent_links_to_its_reruns_and_a_rerun_to_its_parent(admin_client: Client) -> None:
    parent = make_run(status=Run.Status.SUCCEEDED)
    first, second = rerun(parent, "rescore"), rerun(parent, "regenerate")
    page = admin_client.get(f"{RUNS}{parent.pk}/change/").content.decode()
    for child in (first, second):
        assert f'href="/admin/evaluations/run/{child.pk}/change/">run {child.pk}</a>' in page
    assert "(regenerated)" in page
    page = admin_client.get(f"{RUNS}{first.pk}/change/").content.decode()
    assert f'href="/admin/evaluations/run/{parent.pk}/change/">run {parent.pk}</a>' in page


def test_cancelling_a_finished_run_warns_why_nothing_was_cancelled(admin_client: Client) -> None:
    done = make_run(status=Run.Status.SUCCEEDED)
    Run.objects.filter(pk=done.pk).update(finished_at=timezone.now())
    response = admin_client.post(RUNS, {"action": "cancel_runs", "_selected_action": [done.pk]},
                                 follow=True)  # fmt: skip
    sent = [(m.level, m.message) for m in response.context["messages"]]
    assert sent == [(WARNING, f"run {done.pk} already finished (succeeded); nothing cancelled")]
    done.refresh_from_db()
    assert done.status == Run.Status.SUCCEEDED


def test_cancelling_a_mix_reports_the_cancelled_and_warns_for_the_rest(
    admin_client: Client,
) -> None:
    queued, failed = make_run(), make_run(status=Run.Status.FAILED)
    chosen = {"action": "cancel_runs", "_selected_action": [queued.pk, failed.pk]}
    response = admin_client.post(RUNS, chosen, follow=True)
    sent = sorted((m.level, m.message) for m in response.context["messages"])
    assert sent == [
        (INFO, f"Cancelled run {queued.pk}."),
        (WARNING, f"run {failed.pk} already finished (failed); nothing cancelled"),
    ]


def test_a_step_of_a_cancelled_run_is_logged_at_info_without_a_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from workers import tasks  # the worker's tasks, run eagerly (no broker)

    run = make_run(status=Run.Status.CANCELLED)
    with caplog.at_level(logging.INFO, logger="celery"):
        tasks.generate.apply(args=[run.pk])
    stopped = [r for r in caplog.records if "RunInactive" in r.getMessage()]
    assert stopped and all(r.levelno == logging.INFO and r.exc_info is None for r in stopped)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    run.refresh_from_db()
    assert run.status == Run.Status.CANCELLED and run.error == ""
