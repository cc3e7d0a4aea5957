"""The run bundle's README.md reproduces the run in one line: its commands parse with the
CLI's own argparse and name the model, revision, seed and window; the record names the PolyEval
commit and, for a local checkpoint, the sha256 of each weights file, computed by the worker."""

from __future__ import annotations

import hashlib
import io
import json
import re
import shlex
import subprocess
import zipfile
from pathlib import Path

import pytest
from django.test import Client

from benchmark.cli import _parser
from benchmark.suites import get_suite
from webapp.evaluations.models import Run
from webapp.evaluations.services import suite_row
from webapp.submissions.models import Checkpoint

pytestmark = pytest.mark.django_db
COMMIT = "0123456789abcdef0123456789abcdef01234567"


def bundle_readme(run: Run) -> str:
    response = Client().get(f"/runs/{run.pk}/bundle.zip")
    bundle = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert bundle.namelist()[0] == "README.md"
    return bundle.read("README.md").decode()


def code_lines(readme: str) -> list[str]:
    """The lines of the README's ``sh`` blocks."""
    blocks = re.findall(r"```sh\n(.*?)```", readme, re.S)
    return [line for block in blocks for line in block.splitlines()]


def cli_args(line: str) -> list[str]:
    """A README command as argv for benchmark.cli (after an optional ``git checkout X &&``)."""
    words = shlex.split(line)
    if words[:2] == ["git", "checkout"]:
        assert words[3] == "&&"
        words = words[4:]
    assert words[:3] == ["python", "-m", "benchmark"], line
    return words[3:]


def hf_run(suite: str = "demo", record: dict | None = None) -> Run:  # type: ignore[type-arg]
    checkpoint = Checkpoint.objects.create(
        name="lab/m", slug="lab-m", source="lab/m", revision="f" * 40, dtype="bfloat16"
    )
    row = suite_row(suite)
    return Run.objects.create(checkpoint=checkpoint, suite=row, suite_config=row.config,
                              backend="hf", device="cuda", record=record or {})  # fmt: skip


def test_the_one_line_command_parses_and_names_the_model_revision_and_suite() -> None:
    run = hf_run(record={"polyeval_git_commit": COMMIT, "polyeval": "0.1.0"})
    readme = bundle_readme(run)
    (one_line,) = [line for line in code_lines(readme) if " run " in line]
    assert one_line.startswith(f"git checkout {COMMIT} && python -m benchmark run ")
    args = _parser().parse_args(cli_args(one_line))
    assert (args.model, args.revision, args.suite) == ("lab/m", "f" * 40, "demo")
    assert (args.backend, args.device, args.dtype) == ("hf", "cuda", "bfloat16")
    assert f"commit {COMMIT}" in readme


def test_every_step_command_parses_and_carries_the_suites_seed_and_sampling() -> None:
    run = hf_run(record={"perplexity": {"window": 512, "window_rule": "model_context"}})
    lines = [line for line in code_lines(bundle_readme(run)) if "python -m benchmark" in line]
    parsed = [_parser().parse_args(cli_args(line)) for line in lines]
    config = get_suite("demo")
    assert config.humaneval is not None and config.perplexity is not None
    generate = [a for a in parsed if a.handler.__name__ == "_cmd_generate"]
    assert sorted(a.temperature for a in generate) == sorted(config.humaneval.temperatures)
    for args in generate:
        assert (args.model, args.revision, args.seed) == ("lab/m", "f" * 40, config.humaneval.seed)
        assert args.n == config.humaneval.n_samples and args.top_p == config.humaneval.top_p
        assert args.tasks.split(",") == list(config.humaneval.task_ids or ())
    perplexity = [a for a in parsed if a.handler.__name__ == "_cmd_perplexity"]
    assert sorted(a.language for a in perplexity) == sorted(config.perplexity.languages)
    assert {(a.window, a.corpus, a.max_files) for a in perplexity} == {
        (512, config.perplexity.corpus, config.perplexity.max_files_per_language)
    }  # the window the run used, as recorded


def test_without_a_recorded_window_the_step_names_the_suites_rule() -> None:
    run = hf_run(suite="paper")
    lines = [line for line in code_lines(bundle_readme(run)) if " perplexity " in line]
    rules = {_parser().parse_args(cli_args(line)).window_rule for line in lines}
    assert rules == {"authors"}


def test_without_a_commit_the_readme_names_the_version_and_whether_the_suite_is_current() -> None:
    run = hf_run(record={"polyeval": "0.1.0"})
    readme = bundle_readme(run)
    assert "version 0.1.0 (the worker's commit was not recorded)" in readme
    assert "is still this site's current version" in readme
    assert "git checkout" not in readme
    run.suite_config["humaneval"]["seed"] = 99  # as if the suite had changed since
    Run.objects.filter(pk=run.pk).update(suite_config=run.suite_config)
    assert "has changed since this run" in bundle_readme(run)


def test_a_local_checkpoint_is_reproduced_from_its_folder_and_its_weights_hashes() -> None:
    run = hf_run(record={"model": {"weights_sha256": {"model.safetensors": "ab" * 32}}})
    Checkpoint.objects.filter(pk=run.checkpoint_id).update(source="/models/my dir", revision="")
    readme = bundle_readme(Run.objects.get(pk=run.pk))
    (one_line,) = [line for line in code_lines(readme) if " run " in line]
    args = _parser().parse_args(cli_args(one_line))
    # The server's path is not published: the reader runs their copy of the folder.
    assert args.model == "./my dir" and args.revision is None  # quoted, and parsed back
    assert "/models/" not in readme
    assert f"{'ab' * 32}  model.safetensors" in readme


def test_the_worker_records_the_commit_and_each_weights_files_sha256(
    tiny_model: Path,
    settings,  # type: ignore[no-untyped-def]
) -> None:
    from workers import pipeline, provenance

    settings.POLYEVAL_GIT_COMMIT = COMMIT
    provenance.git_commit.cache_clear()
    config = get_suite("smoke").to_dict()
    config["humaneval"] = None
    config["perplexity"] |= {"languages": ["C"]}
    checkpoint = Checkpoint.objects.create(name="tiny", slug="tiny", source=str(tiny_model))
    row = suite_row("smoke")
    run = Run.objects.create(checkpoint=checkpoint, suite=row, suite_config=config)
    pipeline.score_perplexity(run.pk)
    pipeline.finalize(run.pk)
    provenance.git_commit.cache_clear()
    run.refresh_from_db()
    expected = {path.name: hashlib.sha256(path.read_bytes()).hexdigest()
                for path in tiny_model.glob("*.safetensors")}  # fmt: skip
    assert expected and run.record["model"]["weights_sha256"] == expected
    assert run.record["polyeval_git_commit"] == COMMIT
    readme = bundle_readme(run)
    assert f"commit {COMMIT}" in readme
    assert all(f"{digest}  {name}" in readme for name, digest in expected.items())


def test_without_a_setting_the_commit_is_the_checkouts_head(settings) -> None:  # type: ignore[no-untyped-def]
    from workers import provenance

    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=provenance.REPO_DIR,
                          capture_output=True, text=True, check=False).stdout.strip()  # fmt: skip
    settings.POLYEVAL_GIT_COMMIT = ""
    provenance.git_commit.cache_clear()
    try:
        assert provenance.git_commit() == head  # "" where the checkout has no .git
    finally:
        provenance.git_commit.cache_clear()


def test_the_readmes_generate_command_run_as_written_reproduces_the_workers_samples(
    tiny_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from benchmark.cli import main
    from workers import pipeline

    checkpoint = Checkpoint.objects.create(name="tiny", slug="tiny", source=str(tiny_model))
    row = suite_row("smoke")
    run = Run.objects.create(checkpoint=checkpoint, suite=row, suite_config=row.config)
    pipeline.generate(run.pk)
    stored = [(s.task_id, s.completion) for s in run.samples.order_by("task_id", "index")]
    (line,) = [line for line in code_lines(bundle_readme(run)) if " generate " in line]
    monkeypatch.chdir(tmp_path)  # the command's --out is relative, as written
    (tmp_path / tiny_model.name).symlink_to(tiny_model)  # the reader's copy of the folder
    assert main(cli_args(line)) == 0
    out = tmp_path / _parser().parse_args(cli_args(line)).out
    rows = [json.loads(text) for text in out.read_text().splitlines()]
    assert len(stored) == 6 and [(r["task_id"], r["completion"]) for r in rows] == stored
