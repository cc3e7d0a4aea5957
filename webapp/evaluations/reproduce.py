"""The bundle's README.md: the commands that reproduce a run with ``python -m benchmark``
(benchmark/cli.py), from its frozen suite settings and its record.

One line runs the whole suite (``run --suite``); the steps spell the same settings out
(``generate`` with the seed, ``exec-samples``, ``perplexity`` with the window the run used), so
each can be checked or re-run alone. Both name the PolyEval commit to check out first: the
suite's settings are those of that commit's ``benchmark/suites.py``.
"""

from __future__ import annotations

import shlex
from typing import Any

from benchmark.suites import SUITES, HumanEvalConfig, PerplexityConfig, SuiteConfig
from benchmark.windows import FIXED
from webapp.evaluations.models import Run
from webapp.submissions.models import default_name, is_local_source

CLI = ["python", "-m", "benchmark"]


def model_args(run: Run) -> list[str]:
    """The checkpoint as the CLI's model options take it (benchmark.cli._model_args)."""
    checkpoint = run.checkpoint
    revision = ["--revision", checkpoint.revision] if checkpoint.revision else []
    # A local checkpoint's server path is not published: the reader runs it from their copy.
    model = (
        f"./{default_name(checkpoint.source)}"
        if is_local_source(checkpoint.source)
        else (checkpoint.source)
    )
    return ["--model", model, *revision, "--backend", run.backend,
            "--device", run.device, "--dtype", checkpoint.dtype]  # fmt: skip


def run_command(run: Run) -> list[str]:
    """``python -m benchmark run``: the whole suite, into ``run-<id>/``."""
    return [*CLI, "run", "--suite", run.suite.name, *model_args(run), "--out", f"run-{run.pk}"]


def step_commands(run: Run) -> list[list[str]]:
    """The suite's steps, one command each, with every setting that decides the result."""
    suite = SuiteConfig.from_dict(run.suite_config)
    commands: list[list[str]] = []
    if suite.humaneval is not None:
        commands += _humaneval_commands(run, suite.humaneval, suite.sandbox.timeout_s)
    if suite.perplexity is not None:
        commands += _perplexity_commands(run, suite.perplexity)
    if suite.multilang is not None:
        # Generation in 12 languages is ``run --suite`` alone; the bundle's samples (each with
        # its language) are executed and scored again per language by ``exec-samples``.
        ks = ",".join(map(str, suite.multilang.ks))
        commands.append([*CLI, "exec-samples", "samples.jsonl", "--out", "verdicts.jsonl",
                         "--k", ks, "--json"])  # fmt: skip
    return commands


def _humaneval_commands(run: Run, config: HumanEvalConfig, timeout_s: float) -> list[list[str]]:
    tasks = ["--tasks", ",".join(config.task_ids)] if config.task_ids is not None else []
    commands = []
    for temperature in config.temperatures:
        samples = f"samples-t{temperature}.jsonl"
        sampling = ["--n", str(config.n_samples), "--temperature", str(temperature),
                    "--top-p", str(config.top_p), "--max-new-tokens", str(config.max_new_tokens),
                    "--seed", str(config.seed), "--prompts-per-batch",
                    str(config.prompts_per_batch)]  # fmt: skip
        commands.append([*CLI, "generate", *model_args(run), *sampling, *tasks, "--out", samples])
        verdicts = f"verdicts-t{temperature}.jsonl"
        ks = ",".join(map(str, config.ks))
        commands.append([*CLI, "exec-samples", samples, "--out", verdicts,
                         "--timeout", str(timeout_s), "--k", ks])  # fmt: skip
    return commands


def _perplexity_commands(run: Run, config: PerplexityConfig) -> list[list[str]]:
    limit = config.max_files_per_language
    files = ["--max-files", str(limit)] if limit is not None else []
    window = _window_args(run, config)
    options = ["--corpus", config.corpus, *files, *window]
    return [
        [*CLI, "perplexity", *model_args(run), "--language", language, *options]
        for language in config.languages
    ]


def _window_args(run: Run, config: PerplexityConfig) -> list[str]:
    """The window the run used when its record has it (the same tokens whatever the rule),
    else the suite's rule."""
    window = run.record.get("perplexity", {}).get("window")
    if isinstance(window, int):
        return ["--window", str(window)]
    if config.window_rule == FIXED and config.window is not None:
        return ["--window", str(config.window)]
    return ["--window-rule", config.window_rule]


def readme(run: Run) -> str:
    """The README.md of ``run``'s bundle."""
    record: dict[str, Any] = run.record
    commit = str(record.get("polyeval_git_commit") or "")
    version = str(record.get("polyeval") or "")
    checkout = f"git checkout {commit} && " if commit else ""
    lines = [
        f"# PolyEval run {run.pk}: {run.checkpoint} on suite {run.suite.name} v{run.suite.version}",
        "",
        f"Status: {run.status}. PolyEval: {_polyeval(commit, version)}.",
        "",
        "## Reproduce in one line",
        "",
        "From a PolyEval checkout set up as its README says (`make setup`):",
        "",
        "```sh",
        checkout + shlex.join(run_command(run)),
        "```",
        "",
        *_suite_note(run, commit),
        "## The same, step by step",
        "",
        "Every setting that decides the scores, spelled out (seed, sampling, window):",
        "",
        "```sh",
        *(shlex.join(command) for command in step_commands(run)),
        "```",
        "",
        *_weights_section(record),
        "## Files",
        "",
        "- `run.json`: the run's settings, scores and reproducibility record",
        "- `samples.jsonl`: every completion with its verdict",
        "- `perplexity_files.jsonl`: every scored file's negative log-likelihood and counts",
        "",
    ]
    return "\n".join(lines)


def _polyeval(commit: str, version: str) -> str:
    if commit:
        return f"commit {commit}" + (f" (version {version})" if version else "")
    if version:
        return f"version {version} (the worker's commit was not recorded)"
    return "not recorded yet (the run has not finished)"


def _suite_note(run: Run, commit: str) -> list[str]:
    """Without a recorded commit, the one line runs this site's current suite: say whether
    that is still the run's."""
    if commit:
        return []
    current = SUITES.get(run.suite.name)
    frozen = SuiteConfig.from_dict(run.suite_config)
    name, version = run.suite.name, run.suite.version
    if current is not None and current.to_dict() == frozen.to_dict():
        return [f"Suite {name} v{version} is still this site's current version.", ""]
    return [f"Suite {name} has changed since this run (v{version}): check out a PolyEval "
            "version whose suite matches `run.json`'s settings first.", ""]  # fmt: skip


def _weights_section(record: dict[str, Any]) -> list[str]:
    """A local checkpoint's weights, checkable with ``sha256sum -c`` in its directory."""
    hashes = record.get("model", {}).get("weights_sha256")
    if not hashes:
        return []
    return [
        "## Weights",
        "",
        "The local checkpoint's safetensors files were (run in its directory):",
        "",
        "```sh",
        "sha256sum -c <<'EOF'",
        *(f"{digest}  {name}" for name, digest in sorted(hashes.items())),
        "EOF",
        "```",
        "",
    ]
