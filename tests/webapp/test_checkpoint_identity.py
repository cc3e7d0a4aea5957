"""Nobody squats a model: a checkpoint is (source, revision, dtype), its name comes from the
source unless an admin sets it, and each submitter's label is theirs alone (issue 12, item 4)."""

from __future__ import annotations

import json
from pathlib import Path
from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from tests.hub_fakes import cache_model
from webapp.accounts.models import ApiToken
from webapp.evaluations.models import PassAtK, Run
from webapp.submissions.models import Checkpoint, Submission

pytestmark = pytest.mark.django_db

SQUAT = "alice-m6 (official, broken)"


@pytest.fixture(autouse=True)
def no_broker():  # type: ignore[no-untyped-def]
    with mock.patch("webapp.jobs.publish") as send:
        yield send


@pytest.fixture(autouse=True)
def m6(hf_cache: Path) -> str:
    cache_model(hf_cache, "alice/m6")
    return "alice/m6"


def user(name: str) -> User:
    return User.objects.create_user(name, password="a-long-password-1")


def api_submit(who: User, **body: object) -> tuple[int, dict[str, object]]:
    _, secret = ApiToken.issue(who, "ci")
    response = Client().post(
        "/api/submissions/", json.dumps({"source": "alice/m6", "suite": "smoke"} | body),
        content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {secret}",
    )  # fmt: skip
    return response.status_code, response.json()


def page(path: str, who: User | None = None) -> str:
    client = Client()
    if who is not None:
        client.force_login(who)
    return client.get(path).content.decode()


def succeed(run: Run) -> None:
    """As if the run finished with a score: it is on its board now."""
    Run.objects.filter(pk=run.pk).update(status=Run.Status.SUCCEEDED, finished_at=timezone.now())
    PassAtK.objects.create(run=run, temperature=0.8, k=1, value=0.25)


def test_another_precision_of_a_submitted_id_is_accepted_as_its_own_checkpoint() -> None:
    status, first = api_submit(user("alice"), label=SQUAT, dtype="float16")
    assert status == 201 and first["label"] == SQUAT
    status, second = api_submit(user("bob"), label="bob's m6", dtype="float32")
    assert status == 201 and second["label"] == "bob's m6"  # not refused
    checkpoints = Checkpoint.objects.order_by("dtype")
    assert [(c.source, c.dtype, c.name) for c in checkpoints] == [
        ("alice/m6", "float16", "alice/m6"), ("alice/m6", "float32", "alice/m6"),
    ]  # fmt: skip
    assert first["model"] != second["model"]  # two slugs, two rows on the board
    assert str(checkpoints[0]).endswith("(float16)") and "float" not in str(checkpoints[1])
    assert Client().get(f"/api/models/{first['model']}/").json()["dtype"] == "float16"


def test_one_precision_is_one_checkpoint_and_each_submitter_keeps_their_label() -> None:
    alice, carol = user("alice"), user("carol")
    assert api_submit(alice, label=SQUAT)[0] == 201
    status, answer = api_submit(carol, label="carol's m6")
    assert status == 200 and answer["created"] is False and answer["label"] == "carol's m6"
    run = Run.objects.get()
    assert run.checkpoint.name == "alice/m6"
    labels = {s.user.username: s.label for s in Submission.objects.filter(run=run)}
    assert labels == {"alice": SQUAT, "carol": "carol's m6"}
    assert "carol's m6" not in json.dumps(api_submit(alice)[1])  # the same run, her label kept
    assert Submission.objects.get(run=run, user=alice).label == SQUAT


def test_a_label_is_shown_to_its_submitter_alone_and_never_as_the_model_name() -> None:
    alice, carol = user("alice"), user("carol")
    api_submit(alice, label=SQUAT)
    api_submit(carol, label="carol's m6")
    run = Run.objects.get()
    succeed(run)
    slug = run.checkpoint.slug
    assert "Your label" in page(f"/runs/{run.pk}/", alice)
    assert "alice-m6 (official" in page(f"/runs/{run.pk}/", alice)
    assert "alice-m6 (official" in page(f"/models/{slug}/", alice)
    for viewer in (None, carol):
        for path in (f"/runs/{run.pk}/", f"/models/{slug}/", "/?suite=smoke",
                     "/leaderboard.csv?suite=smoke"):  # fmt: skip
            text = page(path, viewer)
            assert "alice/m6" in text and "alice-m6 (official" not in text, (path, viewer)
    for path in (f"/api/runs/{run.pk}/", f"/api/models/{slug}/", "/api/leaderboard/?suite=smoke"):
        text = page(path)
        assert "alice-m6 (official" not in text and "carol's" not in text, path
    board = Client().get("/api/leaderboard/?suite=smoke").json()["models"]
    assert [(m["model"], m["dtype"]) for m in board] == [("alice/m6", "float32")]


def test_the_old_name_field_is_taken_as_the_submitters_label() -> None:
    status, answer = api_submit(user("mallory"), name=SQUAT)
    assert status == 201 and answer["label"] == SQUAT
    assert Checkpoint.objects.get().name == "alice/m6"


def test_an_admin_renames_a_checkpoint_and_later_labels_leave_the_name_alone() -> None:
    api_submit(user("alice"), label=SQUAT)
    checkpoint = Checkpoint.objects.get()
    admin = User.objects.create_user("root", password="a-long-password-1", is_staff=True,
                                     is_superuser=True)  # fmt: skip
    client = Client()
    client.force_login(admin)
    form = {field: getattr(checkpoint, field) or "" for field in
            ("slug", "source", "revision", "requested_revision", "dtype", "series",
             "parameters", "context_length")}  # fmt: skip
    changed = client.post(f"/admin/submissions/checkpoint/{checkpoint.pk}/change/",
                          form | {"name": "M6 (Alice Lab)"})  # fmt: skip
    assert changed.status_code == 302, changed.content.decode()[:2000]
    api_submit(user("bob"), label="my m6")
    checkpoint.refresh_from_db()
    assert (checkpoint.name, checkpoint.slug) == ("M6 (Alice Lab)", form["slug"])
    assert "M6 (Alice Lab)" in page("/api/models/" + checkpoint.slug + "/")


def test_an_operator_names_a_model_with_manage_py_submit() -> None:
    api_submit(user("alice"), label=SQUAT)
    call_command("submit", "alice/m6", "--suite", "smoke", "--name", "M6", "--label", "nightly")
    checkpoint = Checkpoint.objects.get()
    assert checkpoint.name == "M6"
    labels = dict(Submission.objects.values_list("user__username", "label"))
    assert labels == {"alice": SQUAT, None: "nightly"}


@pytest.mark.django_db(transaction=True)
def test_existing_names_from_ordinary_users_become_their_labels() -> None:
    """Migration 0005: an ordinary user's name was their label (now theirs alone, the model
    named from its source); an operator's or staff member's name is kept as admin-set."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    before = [("submissions", "0004_checkpoint_requested_revision")]
    after = [("submissions", "0005_checkpoint_identity_and_labels")]
    executor = MigrationExecutor(connection)
    try:
        _check_labels_migration(executor, before, after)
    finally:  # every app at its newest again, whatever went back with submissions
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())


def _check_labels_migration(executor, before, after) -> None:  # type: ignore[no-untyped-def]
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    executor.migrate(before)
    evaluations = executor.loader.graph.leaf_nodes("evaluations")  # left as they are
    old = executor.loader.project_state(before + evaluations).apps
    OldUser, OldSuite = old.get_model("auth", "User"), old.get_model("evaluations", "Suite")
    OldCheckpoint = old.get_model("submissions", "Checkpoint")
    OldRun = old.get_model("evaluations", "Run")
    alice = OldUser.objects.create(username="alice")
    staff = OldUser.objects.create(username="staff", is_staff=True)
    suite = OldSuite.objects.create(name="smoke", version=1, config={})
    rows = [("alice/m6", SQUAT, alice), ("/models/tiny", "tiny-random", None),
            ("lab/coder", "Lab Coder 1B", staff)]  # fmt: skip
    for source, name, by in rows:
        checkpoint = OldCheckpoint.objects.create(
            source=source, name=name, slug=source.replace("/", "-"), submitted_by=by
        )
        OldRun.objects.create(checkpoint=checkpoint, suite=suite, suite_config={}, submitted_by=by)
    executor = MigrationExecutor(connection)
    executor.migrate(after)
    names = dict(Checkpoint.objects.values_list("source", "name"))
    assert names == {"alice/m6": "alice/m6", "/models/tiny": "tiny-random",
                     "lab/coder": "Lab Coder 1B"}  # fmt: skip
    labels = {(s.user.username, s.run.checkpoint.source): s.label
              for s in Submission.objects.select_related("user", "run__checkpoint")}  # fmt: skip
    assert labels == {("alice", "alice/m6"): SQUAT, ("staff", "lab/coder"): ""}
    assert Checkpoint.objects.get(source="alice/m6").slug == "alice-m6"  # addresses stay


def test_a_local_checkpoints_server_path_is_never_in_the_public_api(client: Client) -> None:
    checkpoint = Checkpoint.objects.create(name="mine", slug="mine", source="/srv/models/mine")
    body = client.get(f"/api/models/{checkpoint.slug}/").content.decode()
    assert "/srv/models" not in body and '"local:mine"' in body
