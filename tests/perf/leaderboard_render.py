"""Leaderboard render cost, uncached: the page and its chart data. Not a test:

    PYTHONPATH=$PWD .venv/bin/python tests/perf/leaderboard_render.py [--models 40] [--repeat 10]

Seeds ``--models`` checkpoints on the paper board (12 languages, pass@1/10/100 at 4
temperatures) into a throwaway SQLite database, then times ``/`` and, when the site has it,
``/leaderboard/charts.json`` with the cache cleared before every request, and prints the median.
Run it on two checkouts to compare them (the script only makes HTTP requests through Django's
test client)."""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--models", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    os.environ["POLYEVAL_DATA_DIR"] = tempfile.mkdtemp(prefix="polyeval-perf-")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "webapp.polyeval.settings_test")
    import django

    django.setup()
    from django.conf import settings
    from django.core.cache import cache
    from django.core.management import call_command
    from django.test import Client

    settings.ALLOWED_HOSTS = ["testserver"]  # what Django's test client sends
    call_command("migrate", verbosity=0)
    seed(args.models)
    client = Client()
    for path in ("/", "/?norm=bits_per_byte", "/leaderboard/charts.json"):
        times = []
        for _ in range(args.repeat):
            cache.clear()
            start = time.perf_counter()
            response = client.get(path)
            times.append(time.perf_counter() - start)
        if response.status_code != 200:
            print(f"{path}: HTTP {response.status_code} (not on this checkout)")
            continue
        median_ms, size = 1000 * statistics.median(times), len(response.content)
        where = Path(sys.argv[0]).resolve().parents[2]
        print(f"{path}: median {median_ms:.1f} ms uncached, {size:,} bytes "
              f"({args.models} models, {args.repeat} requests, checkout {where})")  # fmt: skip


def seed(models: int) -> None:
    from benchmark.languages import LANGUAGES
    from webapp.evaluations.models import LanguageResult, PassAtK, Run
    from webapp.evaluations.services import suite_row
    from webapp.submissions.models import Checkpoint

    suite = suite_row("paper")
    for i in range(models):
        name = f"org/model-{i:03d}"
        checkpoint = Checkpoint.objects.create(
            name=name, slug=f"model-{i:03d}", source=name, revision=f"{i:040x}",
            parameters=10**6 * (i + 1), series="perf", training_step=i * 1000,
        )  # fmt: skip
        run = Run.objects.create(checkpoint=checkpoint, suite=suite, suite_config=suite.config,
                                 status=Run.Status.SUCCEEDED)  # fmt: skip
        PassAtK.objects.bulk_create(
            PassAtK(run=run, temperature=t, k=k, value=min(1.0, i / models + k / 1000))
            for t in (0.2, 0.4, 0.6, 0.8)
            for k in (1, 10, 100)
        )
        LanguageResult.objects.bulk_create(
            LanguageResult(run=run, language=lang, files=10, bytes=10_000, model_tokens=3_000,
                           pygments_tokens=2_000, nll=3_000.0 * (1 + i / models),
                           ppl_model_token=2.7, ppl_pygments_token=4.5, bits_per_byte=0.43)
            for lang in LANGUAGES
        )  # fmt: skip


if __name__ == "__main__":
    main()
