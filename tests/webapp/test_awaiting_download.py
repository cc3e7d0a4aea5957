"""An uncached Hugging Face id is no dead end (issue 13, "Submitting offline"): its run awaits an
admin's approval, the worker then fetches and checks the weights (here from the fake hub of
tests/hub_fakes.py), and no submitter is shown the server's paths or network errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.contrib.messages import WARNING
from django.test import Client, override_settings

from benchmark.checkpoint import CheckpointError
from benchmark.hub import HubError, cached_snapshot
from tests.checkpoints import fake_checkpoint
from tests.hub_fakes import fake_commit, fake_hub, hub_model_info
from webapp.accounts.models import ApiToken
from webapp.evaluations.models import Run
from webapp.submissions.models import Checkpoint
from webapp.submissions.services import SubmissionRequest, submit
from workers import downloads
from workers.failures import classify

pytestmark = pytest.mark.django_db
RUNS = "/admin/evaluations/run/"
LEAKS = ("huggingface-cli", "hf-cache", "Errno", "resolution", "127.0.0.1", "could not be reached")


@pytest.fixture(autouse=True)
def sent():  # type: ignore[no-untyped-def]
    with mock.patch("webapp.jobs.publish") as send:
        yield send


def user(name: str, **extra: Any) -> User:
    return User.objects.create_user(name, password="a-long-password-1", **extra)


def signed_in(who: User) -> Client:
    client = Client()
    client.force_login(who)
    return client


def form_submit(client: Client, source: str) -> str:
    fields = {"source": source, "suite": "smoke", "backend": "hf", "device": "cpu"}
    return client.post("/submit/", fields, follow=True).content.decode()


def awaiting_run(who: User | None = None, source: str = "lab/coder") -> Run:
    run, created = submit(SubmissionRequest(source, suite="smoke"), who or user("ada"))
    assert created and run.status == Run.Status.AWAITING_DOWNLOAD
    return run


# Submitting


def test_an_uncached_id_offline_makes_a_run_awaiting_download_and_queues_nothing(
    sent, hf_cache: Path
) -> None:  # type: ignore[no-untyped-def]
    html = form_submit(signed_in(user("ada")), "lab/coder")
    run = Run.objects.get()
    assert run.status == Run.Status.AWAITING_DOWNLOAD
    assert (run.checkpoint.source, run.checkpoint.revision) == ("lab/coder", "main")
    assert f"Run {run.pk} awaits an admin&#x27;s approval" in html
    assert str(hf_cache) not in html and not [leak for leak in LEAKS if leak in html]
    sent.assert_not_called()


def test_an_unreachable_hub_is_not_shown_to_the_submitter(hf_cache: Path) -> None:
    _, secret = ApiToken.issue(user("ada"), "ci")
    with override_settings(POLYEVAL_HF_OFFLINE=False, POLYEVAL_HF_ENDPOINT="http://127.0.0.1:9"):
        response = Client().post(
            "/api/submissions/", json.dumps({"source": "lab/coder", "suite": "smoke"}),
            content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {secret}",
        )  # fmt: skip
    text = response.content.decode()
    assert response.status_code == 201 and response.json()["status"] == "awaiting_download"
    assert str(hf_cache) not in text and not [leak for leak in LEAKS if leak in text]


def test_a_model_the_hub_does_not_have_is_refused_without_the_hubs_address() -> None:
    with on_the_hub({}) as endpoint:
        html = form_submit(signed_in(user("ada")), "lab/nothing")
    assert "the Hugging Face hub has no model lab/nothing at revision main" in html
    assert endpoint not in html and not Run.objects.exists()


def test_submitting_the_same_uncached_id_again_returns_the_awaiting_run() -> None:
    first = awaiting_run()
    again, created = submit(SubmissionRequest("lab/coder", suite="smoke"), user("bob"))
    assert (again.pk, created) == (first.pk, False)


def test_only_staff_are_offered_a_local_directory() -> None:
    assert "local model directory" not in signed_in(user("ada")).get("/submit/").content.decode()
    staff = signed_in(user("root", is_staff=True)).get("/submit/").content.decode()
    assert "local model directory" in staff


# The admin's decision


@pytest.fixture
def admin() -> Client:
    return signed_in(User.objects.create_superuser("root", password="a-long-password-1"))


def test_approving_a_download_queues_the_run_once_after_commit(
    sent, admin: Client, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    run = awaiting_run()
    with django_capture_on_commit_callbacks(execute=True):
        first = admin.post(RUNS, {"action": "approve_downloads", "_selected_action": [run.pk]},
                           follow=True)  # fmt: skip
    assert [m.message for m in first.context["messages"]] == [f"Approved and queued run {run.pk}."]
    run.refresh_from_db()
    assert run.status == Run.Status.QUEUED and run.record["download"]["approved_by"] == "root"
    sent.assert_called_once_with("polyeval.evaluate", run.pk)
    again = admin.post(RUNS, {"action": "approve_downloads", "_selected_action": [run.pk]},
                       follow=True)  # fmt: skip
    assert [(m.level, m.message) for m in again.context["messages"]] == [
        (WARNING, f"run {run.pk} is queued, not awaiting download; nothing approved")
    ]
    sent.assert_called_once()


def test_declining_a_download_shows_the_reason_to_the_submitter(admin: Client) -> None:
    ada = user("ada")
    run = awaiting_run(ada)
    reason = "Over 7B parameters: ask us by email first."
    admin.post(RUNS, {"action": "decline_downloads", "_selected_action": [run.pk],
                      "reason": reason})  # fmt: skip
    run.refresh_from_db()
    assert (run.status, run.failure_reason) == (Run.Status.FAILED, "download_refused")
    page = signed_in(ada).get(f"/runs/{run.pk}/").content.decode()
    assert reason in page and "an admin declined to download it" in page
    mine = signed_in(ada).get("/accounts/runs/").content.decode()
    assert "an admin declined to download it" in mine


def test_declining_without_a_reason_changes_nothing_and_says_why(admin: Client) -> None:
    run = awaiting_run()
    response = admin.post(RUNS, {"action": "decline_downloads", "_selected_action": [run.pk]},
                          follow=True)  # fmt: skip
    assert [(m.level, m.message) for m in response.context["messages"]] == [
        (WARNING, "give a reason (shown to the submitter); nothing declined")
    ]
    run.refresh_from_db()
    assert run.status == Run.Status.AWAITING_DOWNLOAD


# The worker


@contextmanager
def on_the_hub(
    models: dict[str, Any], asked: list[str] | None = None, files: dict[str, Path] | None = None
) -> Iterator[str]:
    """The fake hub, asked by the worker (not offline) inside the ``with``."""
    with (
        fake_hub(models, asked, files=files) as endpoint,
        override_settings(POLYEVAL_HF_ENDPOINT=endpoint, POLYEVAL_HF_OFFLINE=False),
    ):
        yield endpoint


def approved(run: Run) -> Run:
    Run.objects.filter(pk=run.pk).update(status=Run.Status.QUEUED,
                                         record={"download": {"approved_by": "root"}})  # fmt: skip
    run.refresh_from_db()
    return run


def test_the_worker_fetches_checks_and_pins_an_approved_download(
    tmp_path: Path, hf_cache: Path
) -> None:
    run = approved(awaiting_run())
    commit = fake_commit("coder")
    files = {f"lab/coder@{commit}": fake_checkpoint(tmp_path / "on-the-hub")}
    asked: list[str] = []
    with on_the_hub({"lab/coder@main": hub_model_info(commit)}, asked, files):
        assert downloads.needs_download(run.pk)
        downloads.fetch_weights(run.pk)
    snapshot = cached_snapshot("lab/coder", commit, hf_cache)
    assert snapshot is not None
    assert sorted(p.name for p in snapshot.iterdir()) == [
        "config.json", "model.safetensors", "tokenizer.json"]  # fmt: skip
    assert (hf_cache / "models--lab--coder" / "refs" / "main").read_text() == commit
    assert sum("/resolve/" in path for path in asked) == 3
    run.refresh_from_db()
    checkpoint = run.checkpoint
    assert (checkpoint.revision, checkpoint.requested_revision) == (commit, "main")
    assert checkpoint.parameters == 9  # read from the fetched safetensors header
    assert run.record["download"]["commit"] == commit and not downloads.needs_download(run.pk)


def test_the_worker_refuses_weights_the_hub_describes_as_breaking_a_rule_before_fetching(
    hf_cache: Path,
) -> None:
    run = approved(awaiting_run())
    commit = fake_commit("pickle")
    info = hub_model_info(commit, files=("config.json", "tokenizer.json", "pytorch_model.bin"),
                          parameters=None)  # fmt: skip
    asked: list[str] = []
    with (
        on_the_hub({"lab/coder@main": info}, asked),
        pytest.raises(CheckpointError, match="pickle"),
    ):
        downloads.fetch_weights(run.pk)
    assert not any("/resolve/" in path for path in asked)
    assert not (hf_cache / "models--lab--coder").exists()


def test_an_offline_worker_fails_the_download_with_its_own_reason() -> None:
    run = approved(awaiting_run())
    with override_settings(POLYEVAL_HF_OFFLINE=False, POLYEVAL_HF_ENDPOINT="http://127.0.0.1:9"), \
            pytest.raises(HubError) as raised:  # fmt: skip
        downloads.fetch_weights(run.pk)
    assert classify(raised.value) == Run.FailureReason.DOWNLOAD


def test_a_fetched_commit_already_submitted_by_its_hash_joins_that_checkpoint(
    tmp_path: Path,
) -> None:
    run = approved(awaiting_run())
    commit = fake_commit("coder")
    twin = Checkpoint.objects.create(name="lab/coder", slug="twin", source="lab/coder",
                                     revision=commit)  # fmt: skip
    stand_in = run.checkpoint
    files = {f"lab/coder@{commit}": fake_checkpoint(tmp_path / "hub")}
    with on_the_hub({"lab/coder@main": hub_model_info(commit)}, files=files):
        downloads.fetch_weights(run.pk)
    run.refresh_from_db()
    assert run.checkpoint == twin and not Checkpoint.objects.filter(pk=stand_in.pk).exists()


def test_the_evaluation_starts_with_the_download_only_when_one_was_approved() -> None:
    from workers import tasks

    waiting = awaiting_run()
    plain = approved(awaiting_run(user("bob"), source="lab/other"))
    Run.objects.filter(pk=waiting.pk).update(status=Run.Status.QUEUED)  # never approved
    names = {}
    for run in (waiting, plain):
        with mock.patch.object(tasks, "chain") as chain:
            tasks.evaluate.run(run.pk)
        names[run.pk] = [step.task for step in chain.call_args.args]
    assert names[plain.pk][0] == "polyeval.fetch_weights"
    assert names[waiting.pk][0] == "polyeval.generate"


def test_an_approved_download_is_loaded_from_the_files_the_worker_fetched(
    tiny_model: Path, hf_cache: Path
) -> None:
    from workers import model_cache

    run = approved(awaiting_run())
    commit = fake_commit("tiny")
    names = sorted(p.name for p in tiny_model.iterdir() if p.is_file())
    info = hub_model_info(commit, files=names, config=json.loads(
        (tiny_model / "config.json").read_text()))  # fmt: skip
    with on_the_hub({"lab/coder@main": info}, files={f"lab/coder@{commit}": tiny_model}):
        downloads.fetch_weights(run.pk)
    run.refresh_from_db()
    model_cache._loaded.clear()
    backend = model_cache.backend_for(run)
    [(_, spec)] = model_cache._loaded
    assert spec.source == str(cached_snapshot("lab/coder", commit, hf_cache))
    assert backend.describe()["parameters"] == run.checkpoint.parameters
    model_cache._loaded.clear()


def test_an_awaiting_runs_admin_page_says_how_to_decide_it(admin: Client) -> None:
    run = awaiting_run()
    page = admin.get(f"{RUNS}{run.pk}/change/").content.decode()
    assert "awaiting approval to download lab/coder@main" in page
    assert f'href="{RUNS}?status__exact=awaiting_download"' in page
