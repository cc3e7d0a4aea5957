"""Accounts, tokens and the two write paths: the form (session + CSRF) and the API (token)."""

import json
from pathlib import Path
from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.test import Client

from tests.checkpoints import fake_checkpoint
from tests.hub_fakes import cache_model
from webapp.accounts.models import ApiToken
from webapp.evaluations.models import Run

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_broker():  # type: ignore[no-untyped-def]
    with mock.patch("webapp.jobs.publish") as send:
        yield send


@pytest.fixture
def researcher() -> User:
    return User.objects.create_user("ada", password="a-long-password-1")


def post_json(client: Client, body: object, token: str | None = None):  # type: ignore[no-untyped-def]
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
    return client.post("/api/submissions/", json.dumps(body), content_type="application/json",
                       **headers)  # fmt: skip


def test_signing_up_signs_in_and_leads_to_tokens(client: Client) -> None:
    password = "a-long-password-1"
    fields = {"username": "grace", "password1": password, "password2": password}
    response = client.post("/accounts/signup/", fields)
    assert response.status_code == 302 and response["Location"] == "/accounts/tokens/"
    assert User.objects.filter(username="grace").exists()


def test_a_token_is_shown_once_and_stored_hashed(client: Client, researcher: User) -> None:
    client.force_login(researcher)
    html = client.post("/accounts/tokens/", {"name": "ci"}).content.decode()
    secret = html.split('<code id="new-token">')[1].split("<")[0]
    stored = ApiToken.objects.get()
    assert secret.startswith("pe_") and stored.key_hash != secret and secret not in stored.hint
    assert secret not in client.get("/accounts/tokens/").content.decode()


def test_the_form_needs_a_signed_in_user(client: Client) -> None:
    assert client.get("/submit/")["Location"].startswith("/accounts/login/")


def test_the_form_refuses_a_post_without_csrf(researcher: User, tmp_path: Path) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(researcher)
    folder = fake_checkpoint(tmp_path / "m")
    assert client.post("/submit/", {"source": str(folder)}).status_code == 403
    assert Run.objects.count() == 0


def test_the_form_queues_a_run_and_shows_errors_in_place(
    client: Client, researcher: User, hf_cache: Path
) -> None:
    cache_model(hf_cache, "bigcode/tiny-model")
    client.force_login(researcher)
    fields = {"suite": "smoke", "backend": "hf", "device": "cpu"}
    bad = client.post("/submit/", {"source": "not an id", **fields})
    assert bad.status_code == 200 and "not a Hugging Face id" in bad.content.decode()
    good = client.post("/submit/", {"source": "bigcode/tiny-model", **fields})
    run = Run.objects.get()
    assert good["Location"] == f"/runs/{run.pk}/" and run.submitted_by == researcher


def test_asking_the_form_for_another_device_names_the_existing_runs_difference(
    client: Client, researcher: User, hf_cache: Path
) -> None:
    cache_model(hf_cache, "bigcode/tiny-model")
    client.force_login(researcher)
    fields = {"source": "bigcode/tiny-model", "suite": "smoke", "backend": "hf", "device": "cpu"}
    client.post("/submit/", fields)
    again = client.post("/submit/", fields | {"device": "cuda"}, follow=True).content.decode()
    assert "device &#x27;cpu&#x27;, not &#x27;cuda&#x27;" in again and Run.objects.count() == 1
    same = client.post("/submit/", fields, follow=True).content.decode()
    assert "already evaluated or in progress" in same and "not &#x27;" not in same


def test_only_staff_may_name_a_directory_on_the_server(
    client: Client, researcher: User, tmp_path: Path
) -> None:
    folder = fake_checkpoint(tmp_path / "m")
    fields = {"source": str(folder), "suite": "smoke", "backend": "hf", "device": "cpu"}
    client.force_login(researcher)
    refused = client.post("/submit/", fields).content.decode()
    assert "local directories can be submitted only by admins" in refused
    assert Run.objects.count() == 0
    researcher.is_staff = True
    researcher.save()
    assert client.post("/submit/", fields).status_code == 302 and Run.objects.count() == 1


def test_the_api_needs_a_valid_token(client: Client, tmp_path: Path) -> None:
    body = {"source": str(fake_checkpoint(tmp_path / "m")), "suite": "smoke"}
    assert post_json(client, body).status_code == 401
    assert post_json(client, body, "pe_wrong").status_code == 401
    assert Run.objects.count() == 0


def test_the_api_queues_once_and_links_a_duplicate(
    client: Client, researcher: User, hf_cache: Path
) -> None:
    cache_model(hf_cache, "bigcode/tiny-model")
    _, secret = ApiToken.issue(researcher, "ci")
    body = {"source": "bigcode/tiny-model", "suite": "smoke", "name": "<b>x</b>"}
    first = post_json(client, body, secret)
    again = post_json(client, body, secret)
    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json()["id"] == again.json()["id"] and again.json()["created"] is False
    assert "<b>x</b>" not in client.get(f"/runs/{first.json()['id']}/").content.decode()


def test_the_api_explains_bad_input(client: Client, researcher: User) -> None:
    _, secret = ApiToken.issue(researcher, "ci")
    response = client.post("/api/submissions/", "not json", content_type="application/json",
                           HTTP_AUTHORIZATION=f"Bearer {secret}")  # fmt: skip
    assert response.status_code == 400 and "JSON object" in response.json()["error"]
    assert "not a Hugging Face id" in post_json(client, {"source": "/etc"}, secret).json()["error"]
    invalid = post_json(client, {"source": "a/b", "backend": "tpu"}, secret)
    assert invalid.status_code == 400 and "backend" in invalid.json()["error"]


def test_submissions_are_rate_limited_per_user(
    client: Client,
    researcher: User,
    hf_cache: Path,
    settings,  # type: ignore[no-untyped-def]
) -> None:
    settings.POLYEVAL_SUBMISSIONS_PER_HOUR = 2
    for i in range(2):
        cache_model(hf_cache, f"lab/model-{i}")
    _, secret = ApiToken.issue(researcher, "ci")
    codes = [
        post_json(client, {"source": f"lab/model-{i}", "suite": "smoke"}, secret).status_code
        for i in range(3)
    ]  # fmt: skip
    assert codes == [201, 201, 429]


def test_sign_up_refuses_a_password_equal_to_the_username(client: Client) -> None:
    fields = {"username": "alice", "password1": "alice", "password2": "alice"}
    response = client.post("/accounts/signup/", fields)
    html = response.content.decode()
    assert response.status_code == 200 and not User.objects.filter(username="alice").exists()
    assert "too similar to the username" in html and "too short" in html
