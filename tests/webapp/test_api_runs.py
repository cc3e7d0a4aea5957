"""``GET /api/runs/``: filters, cursor pages in a stable order, ``mine=1`` with a token, and a
fixed number of queries per page."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import make_finished_run as make_run
from webapp.accounts.models import ApiToken
from webapp.evaluations.models import Run
from webapp.submissions.models import Submission

pytestmark = pytest.mark.django_db


def ids(response) -> list[int]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.content[:300]
    return [run["id"] for run in response.json()["runs"]]


def token_for(user: User) -> str:
    return ApiToken.issue(user, "ci")[1]


def bearer(secret: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {secret}"}


def test_runs_are_listed_newest_first_with_the_run_endpoints_fields_and_scores() -> None:
    older, newer = make_run("a", 0.1), make_run("b", 0.2)
    data = Client().get("/api/runs/").json()
    assert [r["id"] for r in data["runs"]] == [newer.pk, older.pk]
    first = data["runs"][0]
    detail = Client().get(first["api_url"]).json()
    assert {k: detail[k] for k in first} == first  # the list's fields are the run's own
    assert set(detail) - set(first) == {"progress", "settings", "record"}
    assert first["pass_at_k"][0]["value"] == 0.2 and first["perplexity"][0]["language"] == "Python"
    assert first["checkpoint"]["source"] == "local:b" and first["checkpoint"]["dtype"] == "float32"


def test_each_filter_narrows_the_list() -> None:
    paper, demo = make_run("a", 0.1), make_run("b", 0.2, "demo")
    demo.checkpoint.series = "pythia"
    demo.checkpoint.save()
    Run.objects.filter(pk=paper.pk).update(status=Run.Status.FAILED)
    client = Client()
    assert ids(client.get("/api/runs/?suite=demo")) == [demo.pk]
    assert ids(client.get(f"/api/runs/?suite=paper&version={paper.suite.version}")) == [paper.pk]
    assert ids(client.get("/api/runs/?suite=paper&version=999")) == []
    assert ids(client.get("/api/runs/?status=failed")) == [paper.pk]
    assert ids(client.get("/api/runs/?model=b")) == [demo.pk]
    assert ids(client.get("/api/runs/?source=/m/a")) == [paper.pk]
    assert ids(client.get("/api/runs/?series=pythia")) == [demo.pk]


def test_since_keeps_runs_created_at_or_after_it() -> None:
    old, new = make_run("a", 0.1), make_run("b", 0.2)
    Run.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=10))
    day = (timezone.now() - timedelta(days=1)).date().isoformat()
    assert ids(Client().get(f"/api/runs/?since={day}")) == [new.pk]
    assert ids(Client().get("/api/runs/", {"since": "2000-01-01T00:00:00+00:00"})) == [
        new.pk, old.pk,
    ]  # fmt: skip


def test_cursor_pages_visit_every_run_once_even_when_runs_are_added_meanwhile() -> None:
    made = [make_run(f"m{i}", 0.1).pk for i in range(5)]
    client, seen, url = Client(), [], "/api/runs/?limit=2"
    first = client.get(url).json()
    seen += [r["id"] for r in first["runs"]]
    make_run("late", 0.1)  # newer than every page: must not shift the pages after the first
    url = first["next"]
    while url:
        page = client.get(url).json()
        assert page["limit"] == 2 and len(page["runs"]) <= 2
        seen += [r["id"] for r in page["runs"]]
        url = page["next"]
    assert seen == sorted(made, reverse=True)


@pytest.mark.parametrize(("query", "message"), [
    ("limit=0", "limit must be from 1 to 200"),
    ("limit=201", "limit must be from 1 to 200"),
    ("limit=ten", "limit must be an integer"),
    ("cursor=-3", "cursor must be at least 1"),
    ("version=v2", "version must be an integer"),
    ("status=done", "unknown status 'done'"),
    ("since=yesterday", "since must be an ISO 8601 date"),
    ("since=2026-02-30", "since must be an ISO 8601 date"),
    ("mine=maybe", "mine must be 1 or 0"),
    ("colour=red&size=1", "unknown parameters 'colour', 'size'"),
])  # fmt: skip
def test_a_bad_parameter_is_a_json_400_naming_it(query: str, message: str) -> None:
    response = Client().get(f"/api/runs/?{query}")
    assert response.status_code == 400 and message in response.json()["error"]


def test_mine_lists_the_callers_runs_with_their_own_label() -> None:
    ada, bob = (User.objects.create_user(n, password="a-long-password-1") for n in ("ada", "bob"))
    shared, adas, bobs = make_run("s", 0.1), make_run("a", 0.1), make_run("b", 0.1)
    Submission.objects.create(run=shared, user=ada, label="ada's name for it")
    Submission.objects.create(run=shared, user=bob, label="bob's")
    Submission.objects.create(run=adas, user=ada)
    Submission.objects.create(run=bobs, user=bob)
    data = Client().get("/api/runs/?mine=1", **bearer(token_for(ada))).json()
    assert [r["id"] for r in data["runs"]] == [adas.pk, shared.pk]
    assert [r["label"] for r in data["runs"]] == ["", "ada's name for it"]
    public = Client().get("/api/runs/").json()["runs"]
    assert all("label" not in r for r in public)  # labels are their submitters' alone


def test_mine_or_submitter_without_a_token_is_a_json_401() -> None:
    for query in ("mine=1", "submitter=ada"):
        response = Client().get(f"/api/runs/?{query}")
        assert response.status_code == 401 and "token" in response.json()["error"]


def test_a_bad_token_is_a_401_even_for_the_public_list() -> None:
    response = Client().get("/api/runs/", **bearer("not-a-token"))
    assert response.status_code == 401


def test_only_staff_may_list_another_users_runs_by_submitter() -> None:
    ada = User.objects.create_user("ada", password="a-long-password-1")
    root = User.objects.create_user("root", password="a-long-password-1", is_staff=True)
    run = make_run("a", 0.1)
    Submission.objects.create(run=run, user=ada)
    bob = User.objects.create_user("bob", password="a-long-password-1")
    refused = Client().get("/api/runs/?submitter=ada", **bearer(token_for(bob)))
    assert refused.status_code == 403
    assert ids(Client().get("/api/runs/?submitter=ada", **bearer(token_for(root)))) == [run.pk]
    assert ids(Client().get("/api/runs/?submitter=ada", **bearer(token_for(ada)))) == [run.pk]


@pytest.mark.parametrize("query", ["", "mine=1&suite=paper"])
def test_a_page_costs_the_same_queries_for_two_runs_as_for_twenty(query: str) -> None:
    ada = User.objects.create_user("ada", password="a-long-password-1")
    auth = bearer(token_for(ada))

    def cost(runs: int) -> int:
        Run.objects.all().delete()
        for i in range(runs):
            Submission.objects.create(run=make_run(f"q{runs}-{i}", 0.1), user=ada)
        with CaptureQueriesContext(connection) as queries:
            assert len(ids(Client().get(f"/api/runs/?limit=50&{query}", **auth))) == runs
        return len(queries)

    assert cost(2) == cost(20)


def test_the_api_page_documents_the_run_list_its_filters_and_json_errors() -> None:
    html = Client().get("/api/").content.decode()
    assert 'href="/api/runs/"' in html
    documented = ("mine=1", "submitter=USERNAME", "since=DATE", "cursor", "limit=N",
                  'id="errors"', '"series"?', '"step"?', "README.md", "weights_sha256")  # fmt: skip
    for words in documented:
        assert words in html, words


def test_mine_includes_an_admins_rerun_which_has_no_submission_once() -> None:
    root = User.objects.create_user("root", password="a-long-password-1", is_staff=True)
    other = User.objects.create_user("ada", password="a-long-password-1")
    original = make_run("a", 0.1)
    Submission.objects.create(run=original, user=root)
    Submission.objects.create(run=original, user=other)
    rerun = make_run("b", 0.1)
    Run.objects.filter(pk=rerun.pk).update(submitted_by=root, rerun_kind="rescore")
    assert ids(Client().get("/api/runs/?mine=1", **bearer(token_for(root)))) == [
        rerun.pk, original.pk,
    ]  # fmt: skip


def test_since_with_an_unescaped_plus_in_its_zone_is_read_as_meant() -> None:
    old, new = make_run("a", 0.1), make_run("b", 0.2)
    Run.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=10))
    moment = (timezone.now() - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%S")
    assert ids(Client().get(f"/api/runs/?since={moment}+02:00")) == [new.pk]
