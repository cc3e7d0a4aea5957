"""Every error under /api/ answers JSON with an ``error``; the site's other pages keep HTML."""

from __future__ import annotations

import json
from pathlib import Path
from unittest import mock

import pytest
from django.contrib.auth.models import User
from django.test import Client, override_settings

from tests.webapp.test_bad_input_catalog import as_json, post_raw, researcher_token
from webapp.api.request_body import MAX_BODY_BYTES

pytestmark = pytest.mark.django_db


def error_of(response) -> str:  # type: ignore[no-untyped-def]
    assert response["Content-Type"].startswith("application/json"), response.content[:200]
    body = json.loads(response.content)
    assert body["status"] == response.status_code
    return str(body["error"])


def test_an_unknown_api_url_is_a_json_404_naming_the_path() -> None:
    response = Client().get("/api/no-such-thing/")
    assert response.status_code == 404
    assert "/api/no-such-thing/" in error_of(response)


def test_an_unknown_run_model_or_suite_is_a_json_404_naming_it() -> None:
    assert "no run 424242" in error_of(Client().get("/api/runs/424242/"))
    assert "no model 'ghost'" in error_of(Client().get("/api/models/ghost/"))
    assert "ghost" in error_of(Client().get("/api/leaderboard/?suite=ghost"))


def test_a_wrong_method_is_a_json_405_that_names_the_allowed_one() -> None:
    response = Client().get("/api/submissions/")
    assert response.status_code == 405 and "POST" in error_of(response)
    assert response.json()["allowed"] == ["POST"] and response["Allow"] == "POST"


def test_a_post_to_a_read_endpoint_is_a_json_405_not_a_csrf_refusal() -> None:
    response = Client(enforce_csrf_checks=True).post("/api/runs/", {"x": "1"})
    assert response.status_code == 405 and "GET" in error_of(response)
    assert response.json()["allowed"] == ["GET", "HEAD"]


def test_a_csrf_refusal_under_api_is_json() -> None:
    response = Client(enforce_csrf_checks=True).post("/api/", {"x": "1"})
    assert response.status_code == 403 and error_of(response)


def test_a_missing_token_is_a_json_401() -> None:
    response = Client().post("/api/submissions/", b"{}", content_type="application/json")
    assert response.status_code == 401 and "token" in error_of(response)


def test_a_body_over_the_cap_is_a_json_413() -> None:
    response = post_raw(researcher_token(), as_json({"name": "x" * MAX_BODY_BYTES}))
    assert response.status_code == 413 and "larger than" in error_of(response)


def test_going_over_the_write_limit_is_a_json_429(settings) -> None:  # type: ignore[no-untyped-def]
    settings.POLYEVAL_API_WRITES_PER_HOUR = 0
    response = post_raw(researcher_token(), as_json({}))
    assert response.status_code == 429 and error_of(response)


def test_a_malformed_body_is_a_json_400() -> None:
    response = post_raw(researcher_token(), b"[1]")
    assert response.status_code == 400 and "JSON object" in error_of(response)


def test_a_server_error_under_api_is_a_json_500_without_the_traceback() -> None:
    from tests.factories import make_finished_run as make_run

    run = make_run("boom", 0.1)
    with mock.patch("webapp.api.views.run_detail", side_effect=RuntimeError("secret detail")):
        response = Client(raise_request_exception=False).get(f"/api/runs/{run.pk}/")
    assert response.status_code == 500
    message = error_of(response)
    assert "internal server error" in message and "secret detail" not in message


@override_settings(DEBUG=False)
def test_pages_outside_the_api_keep_their_html_errors() -> None:
    response = Client().get("/runs/424242/")
    assert response.status_code == 404
    assert not response["Content-Type"].startswith("application/json")
    staff = User.objects.create_user("s", password="a-long-password-1", is_staff=True)
    client = Client()
    client.force_login(staff)
    assert not client.get("/no-such-page/")["Content-Type"].startswith("application/json")


def test_json_errors_keep_extra_fields_the_view_gave(hf_cache: Path) -> None:
    data = Client().get("/api/leaderboard/?suite=ghost").json()
    assert {"error", "status", "suites"} <= set(data)
