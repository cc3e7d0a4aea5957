"""Run page cost for a paper-sized run: page size and server time of the run page, filtered
outcome pages, the outcomes fragment and the progress JSON.

Seeds one run of 49,200 samples (164 problems x 100 samples x 3 temperatures; bulk_create)
with its scores, files and a reproducibility record into a fresh database, then requests each
page through Django's test client (in process: the view, its queries and the template, not
the network). Per page it prints the size and the median of ``--repeat`` requests, with the
cache emptied before each (as a first visit: an ended run's counts are cached afterwards, see
webapp.evaluations.outcomes) and without, as wall clock and as this process's CPU time (for
SQLite the database runs in process too, so CPU time is the figure a busy machine disturbs
least). Goal: the run page under 500 KB and 200 ms. Exits 1 if a page is not a 200 or is over
500 KB; times are only printed. Not a test:

    .venv/bin/python tests/perf/run_page.py [--samples 49200] [--repeat 7]
        [--database-url postgres://postgres@127.0.0.1:5432/polyeval_runpage]

SQLite (a fresh file in a temporary folder) unless ``--database-url`` is given; a PostgreSQL
database named there is dropped and created again. Smoke mode for CI: ``--samples 900
--repeat 1``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
PROBLEMS, PER_PROBLEM, TEMPERATURES = 164, 100, (0.2, 0.4, 0.8)
SIZE_LIMIT = 500 * 1024
# (status, detail) in rotation: about a third pass, the rest fail in assorted ways.
VERDICTS = [
    ("passed", ""),
    ("failed", "AssertionError"),
    ("passed", ""),
    ("failed", "TypeError: unsupported operand type(s) for +: 'int' and 'str'"),
    ("failed", "NameError: name 'helper' is not defined"),
    ("timeout", "time limit exceeded (3.0 s)"),
    ("failed", "IndexError: list index out of range"),
    ("failed", "SyntaxError: invalid syntax (<string>, line 7)"),
    ("passed", ""),
    ("failed", "exit status 1"),
    ("boundary_error", "returned an object of type generator that cannot cross the boundary"),
]
COMPLETION = (
    "    result = []\n    for i, value in enumerate(numbers):\n"
    "        if i and abs(value - numbers[i - 1]) < threshold:  # sample {n}\n"
    "            result.append((i, value))\n    return sorted(result, key=lambda p: p[1])\n"
)


def recreate_database(url: str) -> None:
    import psycopg

    name = urlsplit(url).path.lstrip("/")
    with psycopg.connect(url.replace(f"/{name}", "/postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def seed(samples: int) -> int:
    """One finished paper run with ``samples`` samples; returns its id."""
    from datetime import timedelta

    from django.utils import timezone

    from webapp.evaluations.errors import error_type
    from webapp.evaluations.models import FileResult, LanguageResult, PassAtK, Run, Sample
    from webapp.evaluations.services import suite_row
    from webapp.submissions.models import Checkpoint

    suite = suite_row("paper")
    checkpoint = Checkpoint.objects.create(name="perf-model", slug="perf-model", source="/m/p")
    now = timezone.now()
    run = Run.objects.create(
        checkpoint=checkpoint, suite=suite, suite_config=suite.config, status=Run.Status.SUCCEEDED,
        stage=Run.Stage.DONE, started_at=now - timedelta(hours=5), finished_at=now,
        samples_total=samples, files_total=120, record=_record(),
    )  # fmt: skip
    per_problem = max(1, -(-samples // (PROBLEMS * len(TEMPERATURES))))
    keys = ((t, p, i) for t in TEMPERATURES for p in range(PROBLEMS) for i in range(per_problem))
    rows = []
    for n, (temperature, problem, index) in zip(range(samples), keys, strict=False):
        status, detail = VERDICTS[n % len(VERDICTS)]
        rows.append(Sample(run=run, task_id=f"HumanEval/{problem}", temperature=temperature,
                           index=index, completion=COMPLETION.format(n=n), status=status,
                           detail=detail, error_type=error_type(detail)))  # fmt: skip
    Sample.objects.bulk_create(rows, batch_size=2000)
    PassAtK.objects.bulk_create(
        PassAtK(run=run, temperature=t, k=k, value=0.1 * k**0.3, ci_low=0.05, ci_high=0.5)
        for t in TEMPERATURES
        for k in (1, 10, 100)
    )
    for language in ("Python", "C", "Go", "Java"):
        LanguageResult.objects.create(
            run=run, language=language, files=30, bytes=900_000, model_tokens=300_000,
            pygments_tokens=250_000, nll=400_000.0, ppl_model_token=3.8, ppl_pygments_token=4.9,
            bits_per_byte=0.64,
        )  # fmt: skip
    FileResult.objects.bulk_create(
        FileResult(run=run, language="Python", file=f"files/Python/pkg/module_{i}.py",
                   sha256=f"{i:064x}", nll=1000.0 + i, model_tokens=500, pygments_tokens=400,
                   bytes=2000)
        for i in range(120)
    )  # fmt: skip
    return run.pk


def _record() -> dict[str, object]:
    """About the size of a paper run's record: per-temperature scores and CIs, the sandbox,
    the model, the perplexity window."""
    per_t = {str(t): {f"pass@{k}": 0.1 for k in (1, 10, 100)} for t in TEMPERATURES}
    return {
        "polyeval": "0.1.0", "python": "3.11.7", "platform": "Linux-6.1-x86_64",
        "pygments_count": "2.11.2",
        "model": {"source": "/m/p", "revision": "a" * 40, "dtype": "float16", "device": "cuda",
                  "parameters": 2_700_000_000, "context_length": 2048},
        "suite": {"name": "paper", "version": 3, "sha256": "b" * 64},
        "humaneval": {"by_temperature": per_t,
                      "ci95": {t: {m: [0.05, 0.5] for m in v} for t, v in per_t.items()},
                      "per_problem": {f"HumanEval/{p}": [0.3, 0.2, 0.1] for p in range(PROBLEMS)},
                      "dataset_sha256": "c" * 64},
        "perplexity": {"corpus": "polyeval-v1", "manifest_sha256": "d" * 64, "window": 2048},
    }  # fmt: skip


def measure(pk: int, repeat: int) -> list[dict[str, object]]:
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    run = f"/runs/{pk}/"
    pages = [run, f"{run}?status=failed", f"{run}?status=failed&page=40",
             f"{run}?error=AssertionError", f"{run}?problem=HumanEval/163",
             f"{run}outcomes/?status=timeout&page=3", f"{run}progress.json"]  # fmt: skip
    client.get(run)  # the process's first request (templates compiled, URLs loaded)
    figures = []
    for url in pages:
        response = client.get(url)  # the size
        cold, cold_cpu = _timed(client, url, repeat, uncached=True)
        warm, warm_cpu = _timed(client, url, repeat, uncached=False)
        figures.append({"url": url, "status": response.status_code,
                        "bytes": len(response.content),
                        "uncached_ms": cold, "uncached_cpu_ms": cold_cpu,
                        "cached_ms": warm, "cached_cpu_ms": warm_cpu})  # fmt: skip
    return figures


def _timed(client: Any, url: str, repeat: int, uncached: bool) -> tuple[float, float]:
    """Median wall and CPU milliseconds of ``repeat`` requests; ``uncached``: the cache is
    emptied before each, so an ended run's counts are counted again as on a first visit."""
    from django.core.cache import cache

    times, cpu = [], []
    for _ in range(repeat):
        if uncached:
            cache.clear()
        started, started_cpu = time.perf_counter(), time.process_time()
        client.get(url)
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return round(1000 * statistics.median(times), 1), round(1000 * statistics.median(cpu), 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=PROBLEMS * PER_PROBLEM * len(TEMPERATURES))
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--database-url", default="", help="default: SQLite in a temporary file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="polyeval-runpage-") as folder:
        url = args.database_url or f"sqlite:///{folder}/perf.sqlite3"
        if args.database_url:
            recreate_database(url)
        os.environ.update({"DATABASE_URL": url, "POLYEVAL_DATA_DIR": folder,
                           "DJANGO_SETTINGS_MODULE": "webapp.polyeval.settings_test"})  # fmt: skip
        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", verbosity=0)
        started = time.perf_counter()
        pk = seed(args.samples)
        seeded = time.perf_counter() - started
        figures = measure(pk, args.repeat)
        from django.db import connection

        vendor = connection.vendor
    print(json.dumps({"database": vendor, "samples": args.samples,
                      "seed_s": round(seeded, 1), "pages": figures}, indent=1))  # fmt: skip
    bad = [f for f in figures if f["status"] != 200 or int(str(f["bytes"])) > SIZE_LIMIT]
    for f in bad:
        print(f"FAIL {f['url']}: status {f['status']}, {f['bytes']} bytes", file=sys.stderr)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
