import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from tests.checkpoints import CONFIG, fake_checkpoint
from tests.hub_fakes import cache_model, fake_commit, fake_hub, hub_model_info
from webapp import jobs
from webapp.evaluations.models import Run
from webapp.submissions.models import Checkpoint
from webapp.submissions.services import SubmissionError, SubmissionRequest, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def model_dir(tmp_path: Path) -> Path:
    return fake_checkpoint(tmp_path / "m")


@pytest.fixture
def sent(django_capture_on_commit_callbacks):  # type: ignore[no-untyped-def]
    with mock.patch("webapp.jobs.publish") as send:
        yield send


def test_submitting_a_directory_queues_one_run_after_commit(
    model_dir: Path, sent, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    with django_capture_on_commit_callbacks(execute=True):
        run, created = submit(SubmissionRequest(str(model_dir), name="My Model", suite="smoke"))
    assert created and run.status == Run.Status.QUEUED
    assert run.checkpoint.slug == "my-model"
    assert run.suite_config["name"] == "smoke"
    sent.assert_called_once_with(jobs.EVALUATE, run.pk)


def test_resubmitting_returns_the_existing_run(model_dir: Path, sent) -> None:  # type: ignore[no-untyped-def]
    first, _ = submit(SubmissionRequest(str(model_dir), suite="smoke"))
    again, created = submit(SubmissionRequest(str(model_dir), suite="smoke"))
    assert (again.pk, created) == (first.pk, False)
    assert Checkpoint.objects.count() == 1


def test_a_failed_run_can_be_submitted_again(model_dir: Path, sent) -> None:  # type: ignore[no-untyped-def]
    first, _ = submit(SubmissionRequest(str(model_dir), suite="smoke"))
    Run.objects.filter(pk=first.pk).update(status=Run.Status.FAILED)
    again, created = submit(SubmissionRequest(str(model_dir), suite="smoke"))
    assert created and again.pk != first.pk


@pytest.mark.parametrize(
    ("source", "message"),
    [("/no/such/dir", "no such model directory"), ("not an id!", "neither an existing")],
)
def test_bad_sources_are_refused_with_a_specific_message(source: str, message: str) -> None:
    with pytest.raises(SubmissionError, match=message):
        submit(SubmissionRequest(source, suite="smoke"))
    assert Checkpoint.objects.count() == 0


def test_directory_without_config_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SubmissionError, match=r"no config\.json"):
        submit(SubmissionRequest(str(tmp_path), suite="smoke"))


def test_a_refused_checkpoint_saves_nothing_and_queues_nothing(tmp_path: Path, sent) -> None:  # type: ignore[no-untyped-def]
    folder = fake_checkpoint(tmp_path / "bad", {"architectures": ["BertModel"]})
    with pytest.raises(SubmissionError, match="not describe a causal language model"):
        submit(SubmissionRequest(str(folder), suite="smoke"))
    assert Checkpoint.objects.count() == 0 and Run.objects.count() == 0
    sent.assert_not_called()


def test_parameters_and_context_come_from_the_checkpoint(model_dir: Path, sent) -> None:  # type: ignore[no-untyped-def]
    run, _ = submit(SubmissionRequest(str(model_dir), suite="smoke"))
    assert (run.checkpoint.parameters, run.checkpoint.context_length) == (9, 1024)


def test_an_admin_allowance_lets_remote_code_through(tmp_path: Path, sent) -> None:  # type: ignore[no-untyped-def]
    folder = fake_checkpoint(tmp_path / "remote", {**CONFIG, "auto_map": {"AutoModel": "x.Y"}})
    with pytest.raises(SubmissionError, match="trust_remote_code"):
        submit(SubmissionRequest(str(folder), suite="smoke"))
    Checkpoint.objects.create(name="remote", slug="remote", source=str(folder.resolve()),
                              allow_remote_code=True)  # fmt: skip
    run, created = submit(SubmissionRequest(str(folder), suite="smoke"))
    assert created and run.checkpoint.slug == "remote"


def test_unknown_suite_is_refused(model_dir: Path) -> None:
    with pytest.raises(SubmissionError, match="unknown suite"):
        submit(SubmissionRequest(str(model_dir), suite="nope"))


def test_submit_command_reports_the_run(model_dir: Path, sent, capsys) -> None:  # type: ignore[no-untyped-def]
    call_command("submit", str(model_dir), "--suite", "smoke")
    assert "queued" in capsys.readouterr().out
    with pytest.raises(CommandError, match="no such model directory"):
        call_command("submit", "/missing/model", "--suite", "smoke")


def test_a_suite_changed_without_a_version_bump_is_refused(model_dir: Path, sent) -> None:  # type: ignore[no-untyped-def]
    from webapp.evaluations.models import Suite
    from webapp.evaluations.services import suite_row

    suite = suite_row("smoke")
    Suite.objects.filter(pk=suite.pk).update(config=suite.config | {"humaneval": None})
    with pytest.raises(SubmissionError, match="bump its version"):
        submit(SubmissionRequest(str(model_dir), suite="smoke"))


def test_a_hugging_face_id_in_the_cache_is_validated_and_stored_at_its_commit(
    hf_cache: Path, sent
) -> None:  # type: ignore[no-untyped-def]
    commit = cache_model(hf_cache, "lab/coder")
    run, created = submit(SubmissionRequest("lab/coder", suite="smoke"))
    checkpoint = run.checkpoint
    assert created and (checkpoint.revision, checkpoint.requested_revision) == (commit, "main")
    assert (checkpoint.parameters, checkpoint.context_length) == (9, 1024)


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"architectures": ["BertModel"]}, "not describe a causal language model"),
        ({**CONFIG, "auto_map": {"AutoModel": "x.Y"}}, "trust_remote_code"),
    ],
)
def test_a_cached_snapshot_that_breaks_a_rule_is_refused_and_saves_nothing(
    hf_cache: Path, sent, config: dict[str, object], message: str
) -> None:  # type: ignore[no-untyped-def]
    commit = cache_model(hf_cache, "lab/coder", config=config)
    with pytest.raises(SubmissionError, match=f"lab/coder@{commit}: .*{message}"):
        submit(SubmissionRequest("lab/coder", suite="smoke"))
    assert Checkpoint.objects.count() == 0 and Run.objects.count() == 0
    sent.assert_not_called()


def test_an_admin_allowance_on_the_commit_lets_a_cached_snapshot_through(
    hf_cache: Path, sent
) -> None:  # type: ignore[no-untyped-def]
    commit = cache_model(hf_cache, "lab/remote", config={**CONFIG, "auto_map": {"A": "x.Y"}})
    Checkpoint.objects.create(name="remote", slug="remote", source="lab/remote", revision=commit,
                              allow_remote_code=True)  # fmt: skip
    run, created = submit(SubmissionRequest("lab/remote", suite="smoke"))
    assert created and run.checkpoint.slug == "remote"


def test_an_uncached_id_offline_is_refused_with_how_to_fix_it(sent) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SubmissionError, match="huggingface-cli download lab/missing --revision v2"):
        submit(SubmissionRequest("lab/missing", revision="v2", suite="smoke"))
    assert Checkpoint.objects.count() == 0


def test_main_and_its_commit_hash_are_one_checkpoint(hf_cache: Path, sent) -> None:  # type: ignore[no-untyped-def]
    commit = cache_model(hf_cache, "lab/coder")
    first, _ = submit(SubmissionRequest("lab/coder", revision="main", suite="smoke"))
    again, created = submit(SubmissionRequest("lab/coder", revision=commit, suite="smoke"))
    assert (again.pk, created) == (first.pk, False)
    assert Checkpoint.objects.get().revision == commit


def test_an_id_the_hub_resolves_but_this_machine_lacks_is_queued_for_the_worker(sent) -> None:  # type: ignore[no-untyped-def]
    commit = fake_commit("v1")
    with (
        fake_hub({"lab/coder@v1": hub_model_info(commit, parameters=1_234)}) as endpoint,
        override_settings(POLYEVAL_HF_ENDPOINT=endpoint, POLYEVAL_HF_OFFLINE=False),
    ):
        run, created = submit(SubmissionRequest("lab/coder", revision="v1", suite="smoke"))
    checkpoint = run.checkpoint
    assert created and (checkpoint.revision, checkpoint.requested_revision) == (commit, "v1")
    # validated from the hub's model info (nothing downloaded); the worker downloads the commit
    assert (checkpoint.parameters, checkpoint.context_length) == (1_234, 1024)


def test_each_precision_asked_for_is_its_own_checkpoint(
    model_dir: Path,
    sent,  # type: ignore[no-untyped-def]
) -> None:
    run, _ = submit(SubmissionRequest(str(model_dir), suite="smoke", dtype="bfloat16"))
    assert run.checkpoint.dtype == "bfloat16"
    other, created = submit(SubmissionRequest(str(model_dir), suite="smoke", dtype="float32"))
    assert created and other.checkpoint.dtype == "float32"
    assert other.checkpoint.pk != run.checkpoint.pk
    assert (Checkpoint.objects.count(), Run.objects.count()) == (2, 2)
    with pytest.raises(SubmissionError, match="unknown dtype 'int8'"):
        submit(SubmissionRequest(str(model_dir), suite="smoke", dtype="int8"))


def test_the_submit_command_takes_a_dtype(model_dir: Path, sent) -> None:  # type: ignore[no-untyped-def]
    call_command("submit", str(model_dir), "--suite", "smoke", "--dtype", "float16")
    assert Checkpoint.objects.get().dtype == "float16"


@contextmanager
def on_the_hub(models: Mapping[str, str | dict[str, Any]]) -> Iterator[None]:
    """The site asks this fake hub (not offline) inside the ``with``."""
    with (
        fake_hub(models) as endpoint,
        override_settings(POLYEVAL_HF_ENDPOINT=endpoint, POLYEVAL_HF_OFFLINE=False),
    ):
        yield


@pytest.mark.parametrize(
    ("info", "message"),
    [
        ({"parameters": 400_000_000_000}, "400,000,000,000 parameters exceed this site's cap"),
        ({"config": {**CONFIG, "auto_map": {"AutoModel": "x.Y"}}}, "trust_remote_code"),
        ({"files": ("config.json", "tokenizer.json", "pytorch_model.bin"), "parameters": None},
         r"pickle-based weights \(pytorch_model\.bin\)"),
        ({"parameters": None}, "the hub reports no parameter count"),
    ],
    ids=["over-the-cap", "auto-map", "pickle-only", "no-safetensors-metadata"],
)  # fmt: skip
def test_an_uncached_id_the_hub_describes_as_breaking_a_rule_is_refused_and_saves_nothing(
    sent, info: dict[str, Any], message: str
) -> None:  # type: ignore[no-untyped-def]
    commit = fake_commit("big")
    with (
        on_the_hub({"lab/big@main": hub_model_info(commit, **info)}),
        pytest.raises(SubmissionError, match=f"^lab/big@{commit}: .*{message}"),
    ):
        submit(SubmissionRequest("lab/big", suite="smoke"))
    assert Checkpoint.objects.count() == 0 and Run.objects.count() == 0
    sent.assert_not_called()


def test_an_uncached_id_the_hub_gives_only_a_commit_for_is_not_queued_unchecked(sent) -> None:  # type: ignore[no-untyped-def]
    commit = fake_commit("bare")
    with on_the_hub({"lab/bare@main": commit}), pytest.raises(SubmissionError, match="siblings"):
        submit(SubmissionRequest("lab/bare", suite="smoke"))
    assert Checkpoint.objects.count() == 0 and Run.objects.count() == 0


def test_an_uncached_valid_id_is_stored_with_the_hubs_parameter_count(sent) -> None:  # type: ignore[no-untyped-def]
    commit = fake_commit("7b")
    info = hub_model_info(commit, parameters=6_738_415_616, config={
        "architectures": ["LlamaForCausalLM"], "model_type": "llama"})  # fmt: skip
    with on_the_hub({"lab/llama@main": info}):
        run, created = submit(SubmissionRequest("lab/llama", suite="smoke"))
    checkpoint = run.checkpoint
    assert created and (checkpoint.revision, checkpoint.requested_revision) == (commit, "main")
    assert (checkpoint.parameters, checkpoint.context_length) == (6_738_415_616, None)


def test_the_site_cap_applies_to_an_uncached_id(sent, settings) -> None:  # type: ignore[no-untyped-def]
    settings.POLYEVAL_MAX_PARAMETERS = 1_000
    with (
        on_the_hub({"lab/coder@main": hub_model_info(fake_commit("c"), parameters=1_001)}),
        pytest.raises(SubmissionError, match="1,001 parameters exceed this site's cap of 1,000"),
    ):
        submit(SubmissionRequest("lab/coder", suite="smoke"))
    assert Checkpoint.objects.count() == 0


def test_an_admin_allowance_on_the_commit_lets_an_uncached_id_through(sent) -> None:  # type: ignore[no-untyped-def]
    commit = fake_commit("remote")
    info = hub_model_info(commit, config={**CONFIG, "auto_map": {"AutoModel": "x.Y"}})
    Checkpoint.objects.create(name="remote", slug="remote", source="lab/remote", revision=commit,
                              allow_remote_code=True)  # fmt: skip
    with on_the_hub({"lab/remote@main": info}):
        run, created = submit(SubmissionRequest("lab/remote", suite="smoke"))
    assert created and run.checkpoint.slug == "remote"


def test_a_cached_snapshot_is_inspected_rather_than_the_hubs_description(
    hf_cache: Path, sent
) -> None:  # type: ignore[no-untyped-def]
    commit = cache_model(hf_cache, "lab/coder")
    with on_the_hub({"lab/coder@main": hub_model_info(commit, parameters=None)}):
        run, _ = submit(SubmissionRequest("lab/coder", suite="smoke"))
    assert run.checkpoint.parameters == 9  # from the snapshot's safetensors headers


# The model page (issue 13): scores per suite from stored aggregates; no server paths.


def finished_run(
    checkpoint: Checkpoint, suite_name: str = "smoke", status: str = Run.Status.SUCCEEDED
) -> Run:
    from webapp.evaluations.services import suite_row

    suite = suite_row(suite_name)
    return Run.objects.create(checkpoint=checkpoint, suite=suite, suite_config=suite.config,
                              status=status)  # fmt: skip


def language(run: Run, name: str, ppl: float, ppl_pygments: float, bpb: float) -> None:
    from webapp.evaluations.models import LanguageResult

    LanguageResult.objects.create(run=run, language=name, files=1, bytes=10, model_tokens=5,
                                  pygments_tokens=4, nll=1.0, ppl_model_token=ppl,
                                  ppl_pygments_token=ppl_pygments, bits_per_byte=bpb)  # fmt: skip


def scores_table(html: str) -> str:
    return html.split('<table id="model-scores">')[1].split("</table>")[0]


def test_the_model_page_shows_best_pass_at_k_and_mean_perplexity_per_suite(client) -> None:  # type: ignore[no-untyped-def]
    from webapp.evaluations.models import PassAtK

    checkpoint = Checkpoint.objects.create(name="lab/coder", slug="lab-coder", source="lab/coder")
    run = finished_run(checkpoint)
    for temperature, k, value in [(0.2, 1, 0.25), (0.8, 1, 0.125), (0.8, 10, 0.5),
                                  (0.8, 100, 0.75)]:  # fmt: skip
        PassAtK.objects.create(run=run, temperature=temperature, k=k, value=value)
    language(run, "python", 2.0, 3.0, 0.5)
    language(run, "c", 4.0, 5.0, 1.0)
    failed = finished_run(checkpoint, status=Run.Status.FAILED)
    PassAtK.objects.create(run=failed, temperature=0.2, k=1, value=0.99)  # not a score
    table = scores_table(client.get("/models/lab-coder/").content.decode())
    cells = re.findall(r"<td>([^<]*)</td>", table)
    assert cells == ["1", "25.00 %", "50.00 %", "75.00 %", "3.00", "4.00", "0.750"]
    assert f"{run.suite}</a>" in table


def test_the_model_page_costs_the_same_queries_for_one_suite_or_three(client) -> None:  # type: ignore[no-untyped-def]
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count(slug: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/models/{slug}/").status_code == 200
        return len(queries)

    one = Checkpoint.objects.create(name="lab/one", slug="one", source="lab/one")
    three = Checkpoint.objects.create(name="lab/three", slug="three", source="lab/three")
    finished_run(one)
    for name in ("smoke", "demo", "paper"):
        finished_run(three, name)
    assert len(scores_table(client.get("/models/three/").content.decode()).split("<tr>")) == 5
    assert count("three") == count("one")


def test_a_local_checkpoint_shows_its_path_to_staff_alone(client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from django.contrib.auth.models import User

    folder = str(fake_checkpoint(tmp_path / "secret-dir"))
    Checkpoint.objects.create(name="secret-dir", slug="local", source=folder)
    for who in (None, User.objects.create_user("ada", password="a-long-password-1")):
        if who is not None:
            client.force_login(who)
        html = client.get("/models/local/").content.decode()
        assert folder not in html and str(tmp_path) not in html and "local checkpoint" in html
    client.force_login(User.objects.create_user("root", password="x", is_staff=True))
    assert folder in client.get("/models/local/").content.decode()
