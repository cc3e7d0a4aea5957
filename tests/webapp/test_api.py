import csv
import io
import json
import zipfile

import pytest
from django.test import Client

from tests.factories import make_finished_run
from webapp.evaluations.models import FileResult, Sample

pytestmark = pytest.mark.django_db


def test_leaderboard_json_lists_models_with_scores_and_intervals(client: Client) -> None:
    make_finished_run("a", 0.3)
    data = client.get("/api/leaderboard/").json()
    (model,) = data["models"]
    assert model["slug"] == "a"
    assert model["humaneval_best_pass_at_1"]["value"] == 0.3
    assert model["perplexity"]["Python"]["nll"] == 100.0


def test_run_json_carries_progress_settings_and_record(client: Client) -> None:
    run = make_finished_run("b", 0.1)
    data = client.get(f"/api/runs/{run.pk}/").json()
    assert data["status"] == "succeeded"
    assert data["settings"]["name"] == "paper"
    progress = data["progress"]
    assert progress["samples"] == {"total": None, "generated": 0, "executed": 0, "done": 0}
    assert (progress["files"], progress["files_total"], progress["queue_ahead"]) == (0, None, None)
    assert client.get("/api/runs/999999/").status_code == 404


def test_model_json_lists_its_runs(client: Client) -> None:
    run = make_finished_run("c", 0.1)
    assert [r["id"] for r in client.get("/api/models/c/").json()["runs"]] == [run.pk]


def test_leaderboard_csv_has_a_row_per_model(client: Client) -> None:
    make_finished_run("d", 0.25)
    response = client.get("/leaderboard.csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    rows = [r for r in rows if r["kind"] == "measured"]  # the paper's reported rows are in it too
    assert response["Content-Type"] == "text/csv"
    assert rows[0]["model"] == "d" and float(rows[0]["pass@1"]) == 0.25
    assert float(rows[0]["Python:bits_per_byte"]) == 1.44
    assert rows[0]["dtype"] == "float32"  # the same source in another precision is another row


def test_run_bundle_holds_samples_files_and_record(client: Client) -> None:
    run = make_finished_run("e", 0.0)
    Sample.objects.create(
        run=run,
        task_id="HumanEval/0",
        temperature=0.8,
        index=0,
        completion="    return 1\n",
        status="failed",
        detail="AssertionError",
    )
    FileResult.objects.create(
        run=run,
        language="Python",
        file="f.py",
        sha256="0" * 64,
        nll=1.0,
        model_tokens=2,
        pygments_tokens=2,
        bytes=3,
    )
    response = client.get(f"/runs/{run.pk}/bundle.zip")
    assert response.streaming  # never built whole in memory
    bundle = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert set(bundle.namelist()) == {"README.md", "run.json", "samples.jsonl",
                                      "perplexity_files.jsonl"}  # fmt: skip
    (sample,) = [json.loads(line) for line in bundle.read("samples.jsonl").splitlines()]
    assert sample["completion"] == "    return 1\n" and sample["passed"] is False
    assert json.loads(bundle.read("run.json"))["id"] == run.pk


def test_api_page_documents_every_endpoint(client: Client) -> None:
    html = client.get("/api/").content.decode()
    for endpoint in ("/api/leaderboard/", "/api/models/", "/api/runs/", "bundle.zip"):
        assert endpoint in html
