"""The pipeline steps, called directly (no broker): resumption and the known-good gate."""

import os
import shutil
from pathlib import Path

import pytest

from benchmark.checkpoint import CheckpointFileTooLarge
from benchmark.execution import SandboxUnhealthy
from benchmark.suites import get_suite
from tests.checkpoints import with_renamed_tensors
from tests.factories import make_queued_run
from webapp.evaluations.models import Run, Sample
from workers import pipeline, tasks

pytestmark = pytest.mark.django_db


def test_generation_resumes_where_it_stopped_and_reproduces_lost_samples(tiny_model: Path) -> None:
    run = make_queued_run(str(tiny_model))
    pipeline.generate(run.pk)
    first = {(s.task_id, s.index): (s.pk, s.completion) for s in run.samples.all()}
    assert len(first) == 6
    run.samples.filter(task_id="HumanEval/2").delete()  # as if the worker died there
    pipeline.generate(run.pk)
    again = {(s.task_id, s.index): (s.pk, s.completion) for s in run.samples.all()}
    assert again.keys() == first.keys()
    for key, (pk, completion) in again.items():
        assert completion == first[key][1]
        if key[0] != "HumanEval/2":
            assert pk == first[key][0]  # kept, not regenerated


def test_an_unhealthy_sandbox_fails_the_run_and_publishes_no_score(tmp_path: Path) -> None:
    settings = get_suite("smoke").to_dict()
    settings["sandbox"]["timeout_s"] = 0.0001  # even canonical solutions cannot finish
    run = make_queued_run(str(tmp_path), settings)
    Sample.objects.create(
        run=run, task_id="HumanEval/0", temperature=0.8, index=0, completion="    return True\n"
    )
    with pytest.raises(SandboxUnhealthy) as raised:
        pipeline.execute(run.pk)
    pipeline.mark_failed(run.pk, raised.value)
    run.refresh_from_db()
    assert run.status == Run.Status.FAILED
    assert "sandbox unhealthy" in run.error
    assert run.failure_reason == Run.FailureReason.SANDBOX_UNHEALTHY
    assert not run.pass_at_k.exists()
    assert run.samples.get().status == "pending"  # nothing was judged on a broken sandbox


def test_a_broken_checkpoint_fails_with_reason_model_load(tmp_path: Path) -> None:
    (tmp_path / "config.json").write_text('{"architectures": ["GPT2LMHeadModel"]}')
    run = make_queued_run(str(tmp_path))
    with pytest.raises(Exception) as raised:
        pipeline.generate(run.pk)
    pipeline.mark_failed(run.pk, raised.value)
    run.refresh_from_db()
    assert run.failure_reason in (Run.FailureReason.TOKENIZER, Run.FailureReason.MODEL_LOAD)
    assert "could not be loaded" in run.error


def test_weights_that_match_nothing_end_the_run_failed_with_reason_weights(
    tiny_model: Path, tmp_path: Path
) -> None:
    run = make_queued_run(str(with_renamed_tensors(tiny_model, tmp_path / "renamed")))
    assert pipeline.start(run.pk)
    result = tasks.generate.apply(args=[run.pk])  # the worker's task, run in this process
    assert result.failed()
    run.refresh_from_db()
    assert run.status == Run.Status.FAILED
    assert run.failure_reason == Run.FailureReason.WEIGHTS
    assert "WeightsMismatch" in run.error and "29 missing (lm_head.weight," in run.error
    assert "wrong.transformer.h.0.attn.c_attn.weight" in run.error  # an unexpected one
    assert not run.samples.exists() and not run.pass_at_k.exists()


def test_a_completion_with_a_nul_byte_is_stored_displayably_and_judged_failed(
    tmp_path: Path,
) -> None:
    run = make_queued_run(str(tmp_path))
    sample = pipeline._sample(run, "HumanEval/0", 0.8, 0, "    return 1\x00\n")
    sample.save()  # PostgreSQL refuses NUL in text; the stored copy has none
    assert "\x00" not in sample.completion and sample.status == "failed"
    assert "NUL byte" in sample.detail


def test_an_oversized_config_fails_with_reason_file_too_large_before_loading(
    tmp_path: Path, tiny_model: Path
) -> None:
    """A checkpoint whose config.json grew past the cap after submission is refused by name
    before the loader reads it (it used to fail, misleadingly, as ``tokenizer``)."""
    folder = tmp_path / "m"
    shutil.copytree(tiny_model, folder)
    with (folder / "config.json").open("r+b") as fh:
        os.truncate(fh.fileno(), 60 << 20)  # sparse: its size is all the check reads
    run = make_queued_run(str(folder))
    with pytest.raises(CheckpointFileTooLarge) as raised:
        pipeline.generate(run.pk)
    pipeline.mark_failed(run.pk, raised.value)
    run.refresh_from_db()
    assert run.failure_reason == Run.FailureReason.FILE_TOO_LARGE
    assert "config.json is 62,914,560 bytes, over this site's cap" in run.error


def test_the_run_record_says_which_window_rule_applied_and_why(tiny_model: Path) -> None:
    from benchmark.languages import PYGMENTS_COUNT_VERSION

    config = get_suite("smoke").to_dict()
    config["humaneval"] = None
    config["perplexity"] |= {"window_rule": "neox_half", "languages": ["C"]}
    run = make_queued_run(str(tiny_model), config)
    pipeline.score_perplexity(run.pk)
    pipeline.finalize(run.pk)
    run.refresh_from_db()
    record = run.record["perplexity"]
    assert (record["window"], record["window_rule"]) == (1024, "neox_half")
    assert "eval_adapter.py:53" in record["window_reason"]
    assert record["pygments_version"] == PYGMENTS_COUNT_VERSION
    assert (record["backend"], record["dtype"], record["corpus"]) == ("hf", "float32", "seed-v1")
