"""What ``POST /api/submissions/`` takes: unknown fields are a 400 naming each, a checkpoint
series and step can be given, and asking for another dtype, backend or device never silently
returns a run made differently."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest
from django.contrib.auth.models import User

from tests.hub_fakes import cache_model
from tests.webapp.test_bad_input_catalog import as_json, post_raw, researcher_token, row_counts
from tests.webapp.test_checkpoint_identity import api_submit
from webapp.evaluations.models import Run
from webapp.submissions.models import Checkpoint

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_broker():  # type: ignore[no-untyped-def]
    with mock.patch("webapp.jobs.publish"):
        yield


@pytest.fixture(autouse=True)
def m6(hf_cache: Path) -> None:
    cache_model(hf_cache, "alice/m6")
    cache_model(hf_cache, "lab/model")


def ada() -> User:
    return User.objects.create_user("ada", password="a-long-password-1")


def test_unknown_fields_are_a_400_naming_every_one_and_nothing_is_saved() -> None:
    token = researcher_token()
    before = row_counts()
    response = post_raw(token, as_json({"colour": "red", "trust_remote_code": "1"}))
    assert response.status_code == 400
    error = response.json()["error"]
    assert "unknown fields 'colour', 'trust_remote_code'" in error and "step" in error
    assert row_counts() == before


def test_series_and_step_are_stored_with_a_new_checkpoint() -> None:
    status, run = api_submit(ada(), series="pythia-160m", step=143000)
    assert status == 201, run
    checkpoint = Checkpoint.objects.get(source="alice/m6")
    assert (checkpoint.series, checkpoint.training_step) == ("pythia-160m", 143000)
    assert run["checkpoint"]["series"] == "pythia-160m" and run["checkpoint"]["step"] == 143000


def test_a_step_given_as_decimal_text_is_taken_too() -> None:
    assert api_submit(ada(), series="s", step="7")[0] == 201
    assert Checkpoint.objects.get(source="alice/m6").training_step == 7


@pytest.mark.parametrize(("step", "message"), [
    (-1, "step must be a whole number"), ("1e3", "step must be a whole number"),
    (2**31, "step must be a whole number"), (1.5, "step must be an integer, not a number"),
    (True, "step must be an integer, not a boolean"),
])  # fmt: skip
def test_a_step_that_is_not_a_whole_number_is_a_400(step: object, message: str) -> None:
    status, body = api_submit(ada(), series="s", step=step)
    assert status == 400 and message in str(body["error"])
    assert not Checkpoint.objects.exists()


def test_a_series_over_its_length_is_a_400() -> None:
    status, body = api_submit(ada(), series="s" * 201)
    assert status == 400 and "series is longer" in str(body["error"])


def test_another_dtype_is_another_checkpoint_with_its_own_run() -> None:
    who = ada()
    first = api_submit(who)[1]
    status, second = api_submit(who, dtype="bfloat16")
    assert status == 201 and second["id"] != first["id"]
    assert second["checkpoint"]["dtype"] == "bfloat16"
    assert sorted(Checkpoint.objects.values_list("dtype", flat=True)) == ["bfloat16", "float32"]


@pytest.mark.parametrize("asked", [{"device": "cuda"}, {"backend": "vllm"}])
def test_another_backend_or_device_than_the_existing_runs_is_a_400_naming_it(
    asked: dict[str, str],
) -> None:
    who = ada()
    existing = api_submit(who)[1]
    runs_before = Run.objects.count()
    status, body = api_submit(who, **asked)
    assert status == 400
    ((field, value),) = asked.items()
    assert f"{field} " in str(body["error"]) and repr(value) in str(body["error"])
    assert body["run"]["id"] == existing["id"]  # the run that exists, named: not passed off
    assert Run.objects.count() == runs_before


def test_the_same_backend_and_device_or_none_given_return_the_existing_run() -> None:
    who = ada()
    existing = api_submit(who, device="cpu")[1]
    assert api_submit(who, device="cpu", backend="hf") == (200, existing | {"created": False})
    assert api_submit(who)[1]["id"] == existing["id"]


def test_another_series_or_step_than_the_checkpoints_is_a_400() -> None:
    who = ada()
    api_submit(who, series="a", step=1)
    for other in ({"series": "b"}, {"step": 2}):
        status, body = api_submit(who, suite="demo", **other)
        assert status == 400 and "is recorded with" in str(body["error"]), body
    assert Run.objects.count() == 1  # the refused demo runs were undone
