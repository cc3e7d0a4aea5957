"""'My runs' (issue 13, "Accounts and admin"): a signed-in user's own runs, newest first."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from webapp.accounts import runs
from webapp.evaluations.models import PassAtK, Run
from webapp.evaluations.services import suite_row
from webapp.submissions.models import Checkpoint, Submission

pytestmark = pytest.mark.django_db


def user(name: str) -> User:
    return User.objects.create_user(name, password="a-long-password-1")


def submitted(who: User, model: str, days_ago: int = 0, **run: object) -> Run:
    suite = suite_row("smoke")
    checkpoint = Checkpoint.objects.create(name=model, slug=model.replace("/", "-"), source=model)
    made = Run.objects.create(checkpoint=checkpoint, suite=suite, suite_config=suite.config,
                              submitted_by=who, **run)  # fmt: skip
    submission = Submission.objects.create(run=made, user=who, label=f"{model} label")
    when = timezone.now() - timedelta(days=days_ago)
    Submission.objects.filter(pk=submission.pk).update(created_at=when)
    return made


def rows(html: str) -> list[str]:
    table = html.split('<table id="my-runs">')[1].split("</table>")[0]
    return re.findall(r"<tr><td>.*?</tr>", table, flags=re.S)


def test_my_runs_needs_a_signed_in_user(client: Client) -> None:
    assert client.get("/accounts/runs/")["Location"].startswith("/accounts/login/")


def test_my_runs_lists_only_my_runs_newest_first_with_their_details(client: Client) -> None:
    ada, bob = user("ada"), user("bob")
    old = submitted(ada, "lab/old", days_ago=3, status=Run.Status.SUCCEEDED, stage="done")
    new = submitted(ada, "lab/new", days_ago=1, status=Run.Status.RUNNING, stage="generating")
    submitted(bob, "lab/bobs")
    PassAtK.objects.create(run=old, temperature=0.2, k=1, value=0.125)
    PassAtK.objects.create(run=old, temperature=0.8, k=1, value=0.375)
    PassAtK.objects.create(run=old, temperature=0.8, k=10, value=0.875)  # not pass@1
    client.force_login(ada)
    listed = rows(client.get("/accounts/runs/").content.decode())
    assert len(listed) == 2 and "lab/bobs" not in "".join(listed)
    assert f'href="/runs/{new.pk}/"' in listed[0] and f'href="/runs/{old.pk}/"' in listed[1]
    assert "Running" in listed[0] and "generating" in listed[0] and "lab/new label" in listed[0]
    assert f"{old.suite}" in listed[1] and "37.50 %" in listed[1] and "87.50" not in listed[1]
    assert 'href="/models/lab-old/"' in listed[1]


def test_my_runs_is_paginated(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(runs, "PER_PAGE", 2)
    ada = user("ada")
    made = [submitted(ada, f"lab/m{i}", days_ago=i) for i in range(3)]  # m0 is the newest
    client.force_login(ada)
    first = client.get("/accounts/runs/").content.decode()
    second = client.get("/accounts/runs/?page=2").content.decode()
    assert len(rows(first)) == 2 and "page 1 of 2" in first and 'href="?page=2"' in first
    assert len(rows(second)) == 1 and f'href="/runs/{made[2].pk}/"' in second


def test_the_navigation_links_to_my_runs(client: Client) -> None:
    html = client.get("/submit/", follow=True).content.decode()  # the sign-in page
    assert 'href="/accounts/runs/">My runs</a>' in html
