"""Shared test data: runs as the pages and the workers meet them, and what a reader sees."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

from benchmark.suites import get_suite
from webapp.evaluations.models import LanguageResult, PassAtK, Run, Sample, Suite
from webapp.evaluations.services import suite_row
from webapp.submissions.models import Checkpoint


def make_finished_run(name: str, pass_at_1: float, suite_name: str = "paper") -> Run:
    """A succeeded run of a new checkpoint named ``name``, with pass@1 at T=0.8 and one
    language's perplexity, on the default (paper) board unless told."""
    checkpoint = Checkpoint.objects.get_or_create(name=name, slug=name, source=f"/m/{name}")[0]
    suite = suite_row(suite_name)
    run = Run.objects.create(
        checkpoint=checkpoint, suite=suite, suite_config=suite.config, status=Run.Status.SUCCEEDED
    )
    PassAtK.objects.create(run=run, temperature=0.8, k=1, value=pass_at_1)
    LanguageResult.objects.create(
        run=run,
        language="Python",
        files=1,
        bytes=100,
        model_tokens=50,
        pygments_tokens=40,
        nll=100.0,
        ppl_model_token=7.39,
        ppl_pygments_token=12.18,
        bits_per_byte=1.44,
    )
    return run


def make_queued_run(source: str, settings: dict[str, Any] | None = None) -> Run:
    """A queued run of the smoke suite for a new checkpoint at ``source`` (a model folder),
    with the suite's settings unless told."""
    config = get_suite("smoke").to_dict()
    suite, _ = Suite.objects.get_or_create(name="smoke", version=1, defaults={"config": config})
    checkpoint = Checkpoint.objects.create(
        name="tiny", slug=Checkpoint.unique_slug("tiny"), source=source
    )
    return Run.objects.create(checkpoint=checkpoint, suite=suite, suite_config=settings or config)


def visible_text(html: str) -> str:
    """What a reader sees: tags dropped, entities decoded."""
    return unescape(re.sub(r"<[^>]+>", "", html))


MULTILANG_TASKS = ("HumanEval_0_has_close_elements", "HumanEval_53_add")


def make_multilang_run(
    name: str, per_problem: int = 2, languages: tuple[str, ...] = ("c", "go")
) -> Run:
    """A succeeded run of the multilingual-demo suite cut to ``languages``: ``per_problem``
    samples of each of ``MULTILANG_TASKS`` per language (even indexes pass, Go's second problem
    fails to compile), and PassAtK rows per language and for their mean at T = 0.8."""
    checkpoint = Checkpoint.objects.get_or_create(name=name, slug=name, source=f"/m/{name}")[0]
    suite = suite_row("multilingual-demo")
    config = suite.config | {
        "multilang": suite.config["multilang"]
        | {
            "languages": list(languages),
            "task_ids": [[c, list(MULTILANG_TASKS)] for c in languages],
        }
    }
    run = Run.objects.create(
        checkpoint=checkpoint, suite=suite, suite_config=config, status=Run.Status.SUCCEEDED
    )
    Sample.objects.bulk_create(
        Sample(run=run, language=code, task_id=task, temperature=0.8, index=i,
               completion=f"    return {i}; // {code}\n",
               status=_multilang_status(code, task, i),
               detail="" if i % 2 == 0 else "AssertionError")
        for code in languages
        for task in MULTILANG_TASKS
        for i in range(per_problem)
    )  # fmt: skip
    for code, value in [*((c, 0.5) for c in languages), ("mean", 0.5)]:
        PassAtK.objects.create(run=run, language=code, temperature=0.8, k=1, value=value,
                               ci_low=0.25, ci_high=0.75)  # fmt: skip
    return run


def _multilang_status(code: str, task: str, index: int) -> str:
    if index % 2 == 0:
        return "passed"
    return "compile_error" if code == "go" and task == MULTILANG_TASKS[1] else "failed"


def multilingual_suite(languages: list[str] | None = None, name: str = "multilingual") -> Suite:
    """A stored multilingual suite (a ``multilang`` section in its config), made here so that
    the board's tests do not depend on benchmark/suites.py's copy of it."""
    from webapp.leaderboard.multilang import ML_CODES

    config = {"name": name, "version": 1, "humaneval": None, "perplexity": None,
              "multilang": {"languages": languages or list(ML_CODES), "n_samples": 20,
                            "temperatures": [0.2, 0.8], "task_ids": None}}  # fmt: skip
    return Suite.objects.get_or_create(name=name, version=1, defaults={"config": config})[0]


def make_multilingual_run(name: str, pass_at_1: dict[str, float], suite: Suite) -> Run:
    """A succeeded run with, per language code, pass@1 (CI ± 0.05) and pass@10 at T=0.2 and a
    worse pass@1 at T=0.8, and the worker's ``mean`` rows (the mean of the codes)."""
    checkpoint = Checkpoint.objects.get_or_create(name=name, slug=name, source=f"/m/{name}")[0]
    run = Run.objects.create(
        checkpoint=checkpoint, suite=suite, suite_config=suite.config, status=Run.Status.SUCCEEDED
    )
    rows = []
    scores = dict(pass_at_1)
    if scores:
        scores["mean"] = sum(pass_at_1.values()) / len(pass_at_1)
    for language, value in scores.items():
        rows += [
            PassAtK(run=run, language=language, temperature=0.2, k=1, value=value,
                    ci_low=max(value - 0.05, 0.0), ci_high=min(value + 0.05, 1.0)),
            PassAtK(run=run, language=language, temperature=0.8, k=1, value=value / 2),
            PassAtK(run=run, language=language, temperature=0.8, k=10,
                    value=min(2 * value, 1.0), ci_low=value, ci_high=1.0),
        ]  # fmt: skip
    PassAtK.objects.bulk_create(rows)
    return run
