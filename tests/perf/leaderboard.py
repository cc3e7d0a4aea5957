"""Leaderboard latency under load: PostgreSQL, gunicorn, concurrent clients from another process.

Seeds 1,000 models x 20 runs of the demo suite (plus, for every tenth model, a newer smoke run
that must not reach the demo board) into a fresh PostgreSQL database, starts the app under gunicorn
on 127.0.0.1, then drives it from a second process with 32 concurrent keep-alive clients and
prints p50/p95/p99 latency and throughput (goal: p95 < 50 ms at 32 clients). Not a test:

    .venv/bin/python tests/perf/leaderboard.py [--models 1000] [--runs 20] [--clients 32]
        [--requests 3000] [--database-url postgres://postgres@127.0.0.1:5432/polyeval_perf]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[2]
# Leaderboard views a visitor would open (the 3.8 MB JSON export is not a page view): the
# seeded suite's board, and the default (paper) board with the reported rows.
SUITE = "demo"
PATHS = [f"/?suite={SUITE}", f"/?suite={SUITE}&sort=pass@1&dir=desc",
         f"/?suite={SUITE}&norm=bits_per_byte", f"/?suite={SUITE}&q=model-00",
         f"/?suite={SUITE}&sort=Python", f"/?suite={SUITE}&page=2", "/"]  # fmt: skip


def recreate_database(url: str) -> None:
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = url.replace(f"/{name}", "/postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def seed(models: int, runs: int) -> None:
    """Runs inside a Django-configured process (see ``--seed``)."""
    import django

    django.setup()
    from django.utils import timezone

    from benchmark.languages import LANGUAGES
    from webapp.evaluations.models import LanguageResult, PassAtK, Run
    from webapp.evaluations.services import suite_row
    from webapp.submissions.models import Checkpoint

    rng = random.Random(0)
    suite, smoke = suite_row(SUITE), suite_row("smoke")
    checkpoints = Checkpoint.objects.bulk_create(
        Checkpoint(name=f"model-{i:04d}", slug=f"model-{i:04d}", source=f"/models/{i}",
                   parameters=rng.randint(10**7, 10**10))
        for i in range(models)
    )  # fmt: skip
    now = timezone.now()
    for chunk in range(0, models, 100):
        batch = [
            # One live run per checkpoint and suite (a constraint): the others are re-runs.
            Run(checkpoint=c, suite=suite, settings=suite.config, status=Run.Status.SUCCEEDED,
                stage=Run.Stage.DONE, finished_at=now - timezone.timedelta(minutes=r),
                rerun_kind="regenerate" if r else "")
            for c in checkpoints[chunk : chunk + 100]
            for r in range(runs)
        ]  # fmt: skip
        batch += [
            Run(checkpoint=c, suite=smoke, settings=smoke.config, status=Run.Status.SUCCEEDED,
                stage=Run.Stage.DONE, finished_at=now)
            for c in checkpoints[chunk : chunk + 100 : 10]
        ]  # fmt: skip
        created = Run.objects.bulk_create(batch)
        PassAtK.objects.bulk_create(
            PassAtK(run=run, temperature=t, k=k, value=v, ci_low=v * 0.8, ci_high=min(1, v * 1.2))
            for run in created
            for t in (0.2, 0.8)
            for k, v in ((1, rng.random() * 0.3), (10, rng.random() * 0.5), (100, rng.random()))
        )  # fmt: skip
        LanguageResult.objects.bulk_create(
            LanguageResult(run=run, language=lang, files=100, bytes=500_000, model_tokens=150_000,
                           pygments_tokens=120_000, nll=nll, ppl_model_token=2.7 ** (nll / 150_000),
                           ppl_pygments_token=2.7 ** (nll / 120_000), bits_per_byte=nll / 346_574)
            for run in created
            for lang in LANGUAGES
            for nll in (rng.uniform(1e5, 3e5),)
        )  # fmt: skip


def client(base: str, clients: int, total: int) -> None:
    """Runs in its own process: ``clients`` threads, keep-alive connections, random paths."""
    parts = urlsplit(base)
    latencies: list[float] = []
    errors: list[int] = []
    lock = threading.Lock()
    per_client = total // clients

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
        mine = []
        for _ in range(per_client):
            started = time.perf_counter()
            try:
                conn.request("GET", rng.choice(PATHS))
                response = conn.getresponse()
                response.read()
                ok = response.status == 200
            except OSError:
                ok = False
                conn.close()
            mine.append(time.perf_counter() - started)
            if not ok:
                errors.append(1)
        with lock:
            latencies.extend(mine)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    q = statistics.quantiles(latencies, n=100)
    print(json.dumps({"requests": len(latencies), "errors": len(errors), "clients": clients,
                      "throughput_rps": round(len(latencies) / elapsed, 1),
                      "p50_ms": round(1000 * q[49], 1), "p95_ms": round(1000 * q[94], 1),
                      "p99_ms": round(1000 * q[98], 1)}))  # fmt: skip


def wait_until_up(base: str, timeout: float = 60) -> None:
    parts = urlsplit(base)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
            conn.request("GET", "/")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError("gunicorn did not come up")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--models", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--requests", type=int, default=3200)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn processes")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/polyeval_perf"
    )
    parser.add_argument(
        "--redis-url",
        default="redis://127.0.0.1:6379/14",
        help="shared page cache of the gunicorn workers (emptied first)",
    )
    parser.add_argument("--seed", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--client", default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seed:
        return seed(args.models, args.runs)
    if args.client:
        return client(args.client, args.clients, args.requests)
    import redis

    redis.Redis.from_url(args.redis_url).flushdb()
    env = os.environ | {"DATABASE_URL": args.database_url, "DJANGO_DEBUG": "0",
                        "DJANGO_SECURE_SSL_REDIRECT": "0",
                        "REDIS_URL": args.redis_url,
                        "DJANGO_SECRET_KEY": "perf-only-" + "x" * 40,
                        "DJANGO_SETTINGS_MODULE": "webapp.polyeval.settings"}  # fmt: skip
    python = sys.executable
    recreate_database(args.database_url)
    subprocess.run([python, "manage.py", "migrate", "-v", "0"], cwd=REPO, env=env, check=True)
    started = time.perf_counter()
    subprocess.run([python, __file__, "--seed", "--models", str(args.models), "--runs",
                    str(args.runs)], cwd=REPO, env=env, check=True)  # fmt: skip
    print(
        f"seeded {args.models} models x {args.runs} runs in {time.perf_counter() - started:.0f} s"
    )
    base = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen(
        [python, "-m", "gunicorn", "webapp.polyeval.wsgi:application", "--bind",
         f"127.0.0.1:{args.port}", "--workers", str(args.workers), "--worker-class", "gthread",
         "--threads", "8", "--log-level", "warning"], cwd=REPO, env=env)  # fmt: skip
    try:
        wait_until_up(base)
        cold = time.perf_counter()
        for path in PATHS:  # first renders (cache misses) in one worker
            conn = http.client.HTTPConnection("127.0.0.1", args.port, timeout=60)
            conn.request("GET", path)
            html = conn.getresponse().read().decode()
            if path == PATHS[0] and 'class="row-measured"' not in html:
                raise RuntimeError(f"{path} does not show the seeded models")
        each = 1000 * (time.perf_counter() - cold) / len(PATHS)
        print(f"first render of {len(PATHS)} pages: {each:.0f} ms each (cache misses)")
        subprocess.run([python, __file__, "--client", base, "--clients", str(args.clients),
                        "--requests", str(args.requests)], cwd=REPO, check=True)  # fmt: skip
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
