"""Every URL of the site, POSTed to by someone without credentials, or signed in but without
a CSRF token: refused, and nothing in the database changes. Walks the URL configuration, so
an endpoint added later is covered without being listed here."""

from __future__ import annotations

import re
from collections.abc import Iterator
from unittest import mock

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from tests.factories import make_queued_run
from webapp.evaluations.models import Run

pytestmark = pytest.mark.django_db

REFUSED = {401, 403, 405}


def site_routes(patterns: list[URLPattern | URLResolver] | None = None,
                prefix: str = "") -> Iterator[str]:  # fmt: skip
    """Every route of the project's own apps, as ``/runs/<int:pk>/`` (the admin is checked
    separately: its routes are regular expressions)."""
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        route = str(entry.pattern)
        if isinstance(entry, URLResolver):
            if entry.namespace != "admin":
                yield from site_routes(entry.url_patterns, prefix + route)
            continue
        yield "/" + prefix + route


def fill(route: str, run: Run) -> str:
    """A concrete path: ids of the existing run, its model's slug, "x" for anything else."""
    values = {"int": str(run.pk), "slug": run.checkpoint.slug}
    return re.sub(r"<(?:(\w+):)?\w+>", lambda m: values.get(m[1] or "", "x"), route)


ROUTES = sorted(set(site_routes()))


def snapshot() -> dict[str, int]:
    return {m._meta.label: m.objects.count() for m in apps.get_models()}


@pytest.fixture
def existing() -> Run:
    """A run and its model, so that routes with ids reach real objects."""
    return make_queued_run("/models/tiny")


def test_the_walk_finds_the_write_endpoints() -> None:
    assert {"/submit/", "/api/submissions/", "/accounts/tokens/",
            "/accounts/tokens/<int:pk>/revoke/", "/accounts/signup/",
            "/accounts/logout/"} <= set(ROUTES)  # fmt: skip


@pytest.mark.parametrize("route", ROUTES)
def test_an_anonymous_post_without_csrf_is_refused_and_changes_nothing(
    route: str, existing: Run
) -> None:
    path = fill(route, existing)
    before = snapshot()
    with mock.patch("webapp.jobs.publish") as send:
        response = Client(enforce_csrf_checks=True).post(path, {"source": "lab/model"})
    assert response.status_code in REFUSED, (path, response.status_code)
    assert snapshot() == before and not send.called


@pytest.mark.parametrize("route", ROUTES)
def test_a_signed_in_post_without_csrf_is_refused_and_changes_nothing(
    route: str, existing: Run
) -> None:
    path = fill(route, existing)
    user = User.objects.create_user("ada", password="a-long-password-1", is_staff=True)
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)  # a cookie alone must never authorise a write
    before = snapshot()
    with mock.patch("webapp.jobs.publish") as send:
        response = client.post(path, {"source": "/models/tiny", "name": "x"})
    assert response.status_code in REFUSED, (path, response.status_code)
    assert snapshot() == before and not send.called


def test_admin_actions_need_a_staff_login_and_csrf(existing: Run) -> None:
    before = snapshot()
    action = {"action": "cancel_runs", "_selected_action": [str(existing.pk)]}
    anonymous = Client().post("/admin/evaluations/run/", action)
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]
    staff = User.objects.create_user("root", password="a-long-password-1", is_staff=True,
                                     is_superuser=True)  # fmt: skip
    client = Client(enforce_csrf_checks=True)
    client.force_login(staff)
    no_csrf = client.post("/admin/evaluations/run/", action)
    assert no_csrf.status_code == 403
    signing_in = {"auth.User", "sessions.Session"}  # the staff user and its session
    assert {k: v for k, v in snapshot().items() if k not in signing_in} == {
        k: v for k, v in before.items() if k not in signing_in
    }
    assert Run.objects.get(pk=existing.pk).status == Run.Status.QUEUED  # not cancelled
