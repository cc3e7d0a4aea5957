"""The catalog of bad submissions, through the API a training pipeline uses: each is refused
with a message that names the problem, and leaves the database exactly as it was. Hostile
names are stored as given and shown only escaped."""

from __future__ import annotations

import json
import struct
from collections.abc import Callable
from pathlib import Path
from unittest import mock

import pytest
from django.apps import apps
from django.contrib.auth.models import User
from django.test import Client, override_settings
from django.utils import timezone

from tests.checkpoints import CONFIG, fake_checkpoint, safetensors_bytes
from tests.hub_fakes import cache_model
from webapp.accounts.models import ApiToken
from webapp.evaluations.models import PassAtK, Run

pytestmark = pytest.mark.django_db

Breaker = Callable[[Path], str]


@pytest.fixture(autouse=True)
def no_broker():  # type: ignore[no-untyped-def]
    with mock.patch("webapp.jobs.publish") as send:
        yield send


def row_counts() -> dict[str, int]:
    """Rows in every table of the project's own apps (what a refusal must not change)."""
    ours = ("submissions", "evaluations", "api")
    return {m._meta.label: m.objects.count() for m in apps.get_models()
            if m._meta.app_label in ours}  # fmt: skip


def staff_token() -> str:
    """Staff may name directories on the workers' disks (others submit Hugging Face ids)."""
    admin = User.objects.create_user("admin", password="a-long-password-1", is_staff=True)
    return ApiToken.issue(admin, "ci")[1]


def api_submit(token: str, **body: object) -> tuple[int, dict[str, object]]:
    response = Client().post("/api/submissions/", json.dumps(body | {"suite": "smoke"}),
                             content_type="application/json",
                             HTTP_AUTHORIZATION=f"Bearer {token}")  # fmt: skip
    return response.status_code, response.json()


def _missing(folder: Path) -> str:
    return str(folder / "does-not-exist")


def _not_causal(folder: Path) -> str:
    config = CONFIG | {"architectures": ["BertForMaskedLM"], "model_type": "bert"}
    return str(fake_checkpoint(folder, config))


def _no_tokenizer(folder: Path) -> str:
    (fake_checkpoint(folder) / "tokenizer.json").unlink()
    return str(folder)


def _remote_code(folder: Path) -> str:
    auto_map = {"AutoModelForCausalLM": "modeling_evil.EvilForCausalLM"}
    return str(fake_checkpoint(folder, CONFIG | {"auto_map": auto_map}))


def _oversized(folder: Path) -> str:
    fake_checkpoint(folder)
    (folder / "model.safetensors").write_bytes(safetensors_bytes({"w": [1000, 1000]}))
    return str(folder)


def _truncated_safetensors(folder: Path) -> str:
    fake_checkpoint(folder)
    (folder / "model.safetensors").write_bytes(struct.pack("<Q", 1 << 40) + b"{}")
    return str(folder)


def _tensor_past_the_end(folder: Path) -> str:
    fake_checkpoint(folder)
    raw = json.dumps({"w": {"dtype": "F32", "shape": [4], "data_offsets": [0, 4096]}}).encode()
    (folder / "model.safetensors").write_bytes(struct.pack("<Q", len(raw)) + raw + b"\0" * 16)
    return str(folder)


def _pickle_only(folder: Path) -> str:
    (fake_checkpoint(folder) / "model.safetensors").unlink()
    (folder / "pytorch_model.bin").write_bytes(b"\x80\x04not really a pickle")
    return str(folder)


def _config_not_json(folder: Path) -> str:
    (fake_checkpoint(folder) / "config.json").write_text("{'architectures': nope")
    return str(folder)


CATALOG: list[tuple[str, Breaker, str]] = [
    ("missing path", _missing, "no such model directory"),
    ("not a causal LM", _not_causal, "does not describe a causal language model"),
    ("missing tokenizer", _no_tokenizer, "no tokenizer found"),
    ("remote code", _remote_code, "needs trust_remote_code"),
    ("oversized model", _oversized, "exceed this site's cap of 1,000"),
    ("corrupt safetensors header", _truncated_safetensors, "header length"),
    ("tensor outside the file", _tensor_past_the_end, "lies outside the file"),
    ("pickle weights", _pickle_only, "pickle-based weights"),
    ("config not JSON", _config_not_json, "config.json is not valid JSON"),
]


@override_settings(POLYEVAL_MAX_PARAMETERS=1_000)
@pytest.mark.parametrize(("case", "breaker", "message"), CATALOG, ids=[c[0] for c in CATALOG])
def test_each_bad_checkpoint_is_refused_specifically_and_changes_nothing(
    case: str, breaker: Breaker, message: str, tmp_path: Path
) -> None:
    token = staff_token()
    before = row_counts()
    # The webhook's host must resolve to a public address; this machine may have no DNS.
    public = [(2, 1, 6, "", ("93.184.215.14", 443))]
    with mock.patch("socket.getaddrinfo", return_value=public):
        status, body = api_submit(token, source=breaker(tmp_path / "model"), name=case,
                                  webhook_url="https://ci.example.org/hook")  # fmt: skip
    assert status == 400 and message in str(body["error"]), body
    assert row_counts() == before


def test_a_bad_cached_hugging_face_snapshot_is_refused_for_a_researcher(hf_cache: Path) -> None:
    cache_model(hf_cache, "lab/bert", config=CONFIG | {"architectures": ["BertModel"]})
    researcher = User.objects.create_user("ada", password="a-long-password-1")
    before = row_counts()
    status, body = api_submit(ApiToken.issue(researcher, "ci")[1], source="lab/bert")
    assert status == 400 and "does not describe a causal language model" in str(body["error"])
    assert row_counts() == before


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"not json", "must be a JSON object"),
        (b"[1, 2]", "must be a JSON object"),
        (b'{"source": "lab/m", "suite": "no-such-suite"}', "suite"),
        (b'{"source": "lab/m", "backend": "<script>"}', "backend"),
        (b'{"source": "lab/m", "dtype": "int4"}', "dtype"),
        (b'{"source": "' + b"x" * 600 + b'"}', "source"),
    ],
)
def test_a_malformed_api_body_is_refused_and_changes_nothing(body: bytes, message: str) -> None:
    token = staff_token()
    before = row_counts()
    response = Client().post("/api/submissions/", body, content_type="application/json",
                             HTTP_AUTHORIZATION=f"Bearer {token}")  # fmt: skip
    assert response.status_code == 400 and message in response.json()["error"]
    assert row_counts() == before


HOSTILE = '<script>alert("pwned")</script><img src=x onerror=alert(1)>'


def test_a_hostile_model_name_is_stored_as_given_and_shown_only_escaped(tmp_path: Path) -> None:
    status, answer = api_submit(staff_token(), source=str(fake_checkpoint(tmp_path / "m")),
                                label=HOSTILE)  # fmt: skip
    assert status == 201 and answer["label"] == HOSTILE  # the submitter's label, as given
    run = Run.objects.get()
    assert run.checkpoint.name == "m"  # a label never names the model
    run.checkpoint.name = HOSTILE  # as an admin may rename it
    run.checkpoint.save()
    Run.objects.filter(pk=run.pk).update(status=Run.Status.SUCCEEDED, finished_at=timezone.now())
    PassAtK.objects.create(run=run, temperature=0.8, k=1, value=0.25)  # on the leaderboard now
    client = Client()
    client.force_login(User.objects.get(username="admin"))  # who sees the label too
    for url in (f"/?suite={run.suite.name}", f"/models/{run.checkpoint.slug}/", f"/runs/{run.pk}/",
                f"/compare/?a={run.pk}&b={run.pk}"):  # fmt: skip
        html = client.get(url).content.decode()
        assert "&lt;script&gt;alert(" in html, url  # shown, as text
        assert "<script>alert" not in html and "<img src=x" not in html, url
    assert client.get(f"/api/models/{run.checkpoint.slug}/").json()["name"] == HOSTILE
