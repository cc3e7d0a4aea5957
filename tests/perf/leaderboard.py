"""Leaderboard latency for queries no cache has seen: PostgreSQL, gunicorn, clients in another
process.

Seeds N models x R runs of the demo suite (plus, for every tenth model, a newer smoke run that
must not reach the demo board) into a fresh PostgreSQL database with COPY, builds the boards
(``manage.py rebuild_boards``), starts the app under gunicorn on 127.0.0.1 and sends distinct,
never-repeated leaderboard queries (random sort column, direction, normalisation, search,
page, size filter: the page cache never hits). Prints the median of one-at-a-time requests,
then p50/p95/p99 with ``--clients`` concurrent keep-alive clients, and the load average (the
machine may be shared). Goals at 1,000 x 20: median <= 50 ms alone, p95 <= 200 ms with 8
clients; at 20,000 models the median grows < 2x. Not a test:

    .venv/bin/python tests/perf/leaderboard.py [--models 1000] [--runs 20] [--clients 8]
        [--requests 800] [--sequential 200] [--compare-models 1000,20000]
        [--database-url postgres://postgres@127.0.0.1:5432/polyeval_perf]
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
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

REPO = Path(__file__).resolve().parents[2]
SUITE = "demo"
LANGUAGE_SORTS = ("C", "C#", "C++", "Go", "Java", "JavaScript", "PHP", "Python", "Ruby", "Rust",
                  "Scala", "TypeScript")  # fmt: skip
SORTS = ("rank", "model", "params", "pass@1", "pass@10", "pass@100", "mean", *LANGUAGE_SORTS)
NORMS = ("ppl_pygments_token", "ppl_model_token", "bits_per_byte")


def distinct_queries(count: int, models: int, seed: int = 0) -> list[str]:
    """``count`` different leaderboard URLs a visitor could open: every one sorts by a random
    column in a random direction and normalisation, and searches, pages or filters by size."""
    rng = random.Random(seed)
    digits = len(str(max(models - 1, 1)))
    pages = max(1, models // 100)
    seen: set[str] = set()
    while len(seen) < count:
        params: dict[str, object] = {"suite": SUITE, "sort": rng.choice(SORTS),
                                     "norm": rng.choice(NORMS)}  # fmt: skip
        if rng.random() < 0.5:
            params["dir"] = "desc"
        what = rng.random()
        if what < 0.4:  # a name prefix: from a handful of models to a tenth of them
            prefix = "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(1, digits)))
            params["q"] = f"model-{prefix}"
        elif what < 0.8:
            params["page"] = rng.randint(1, pages)
        else:
            params["min_params"] = rng.randint(0, 9000)  # millions
        url = "/?" + urlencode(params)
        if url in seen and len(seen) > 20 * count:  # pragma: no cover - a tiny board
            break
        seen.add(url)
    return sorted(seen, key=lambda _: rng.random())


def database_exists(url: str) -> bool:
    import psycopg

    try:
        psycopg.connect(url).close()
    except psycopg.OperationalError:
        return False
    return True


def recreate_database(url: str) -> None:
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = url.replace(f"/{name}", "/postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def seed(models: int, runs: int) -> None:
    """Runs inside a Django-configured process (see ``--seed``): rows are written with COPY
    (20,000 models x 20 runs is 7 million rows), ids chosen here, sequences moved past them."""
    import django

    django.setup()
    from datetime import timedelta

    from django.utils import timezone

    from benchmark.languages import LANGUAGES
    from webapp.evaluations.models import LanguageResult, PassAtK, Run
    from webapp.evaluations.services import suite_row
    from webapp.submissions.models import Checkpoint

    rng = random.Random(0)
    suite, smoke = suite_row(SUITE), suite_row("smoke")
    checkpoints = [
        Checkpoint(pk=i + 1, name=f"model-{i:0{len(str(models - 1))}d}",
                   slug=f"model-{i}", source=f"/models/{i}",
                   parameters=rng.randint(10**7, 10**10))
        for i in range(models)
    ]  # fmt: skip
    copy_rows(Checkpoint, checkpoints)
    now = timezone.now()
    run_ids = iter(range(1, 10**9))

    def all_runs() -> Iterator[Run]:
        for c in checkpoints:
            for r in range(runs):  # one live run per checkpoint and suite: the others re-runs
                yield Run(pk=next(run_ids), checkpoint=c, suite=suite, suite_config=suite.config,
                          status=Run.Status.SUCCEEDED, stage=Run.Stage.DONE,
                          finished_at=now - timedelta(minutes=r),
                          rerun_kind="regenerate" if r else "", created_at=now)  # fmt: skip
            if c.pk % 10 == 1:
                yield Run(pk=next(run_ids), checkpoint=c, suite=smoke, suite_config=smoke.config,
                          status=Run.Status.SUCCEEDED, stage=Run.Stage.DONE, finished_at=now,
                          created_at=now)  # fmt: skip

    created = list(all_runs())
    copy_rows(Run, created)
    # The 7 million result rows as plain tuples: building model instances is the slow part.
    pass_rows = (  # language "": HumanEval's (Python) scores, as the worker stores them
        (next(ids), run.pk, "", t, k, v, v * 0.8, min(1, v * 1.2))
        for ids in [iter(range(1, 10**9))]
        for run in created
        for t in (0.2, 0.8)
        for k, v in ((1, rng.random() * 0.3), (10, rng.random() * 0.5), (100, rng.random()))
    )
    copy_tuples(PassAtK, ["id", "run_id", "language", "temperature", "k", "value", "ci_low",
                          "ci_high"], pass_rows)  # fmt: skip
    language_rows = (
        (next(ids), run.pk, lang, 100, 500_000, 150_000, 120_000, nll, 2.7 ** (nll / 150_000),
         2.7 ** (nll / 120_000), nll / 346_574)
        for ids in [iter(range(1, 10**9))]
        for run in created
        for lang in LANGUAGES
        for nll in (rng.uniform(1e5, 3e5),)
    )  # fmt: skip
    copy_tuples(LanguageResult, ["id", "run_id", "language", "files", "bytes", "model_tokens",
                                 "pygments_tokens", "nll", "ppl_model_token",
                                 "ppl_pygments_token", "bits_per_byte"], language_rows)  # fmt: skip
    # COPY leaves no planner statistics, and autovacuum may not have run before the boards are
    # built: without them rebuild_boards at 20,000 models ran a plan for over 8 minutes.
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def copy_tuples(model: Any, columns: list[str], rows: Any) -> None:
    """``COPY table (columns) FROM STDIN`` of tuples, then the id sequence moved past them."""
    from django.db import connection

    table = model._meta.db_table
    with connection.cursor() as cursor:
        with cursor.cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                       f"(SELECT COALESCE(MAX(id), 1) FROM {table}))")  # fmt: skip


def copy_rows(model: Any, objects: Any) -> None:
    """``COPY table FROM STDIN`` of unsaved instances (their ids set), then the id sequence
    moved past them."""
    from django.db import connection, models

    fields = list(model._meta.concrete_fields)
    table = model._meta.db_table
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)

    def value(field: Any, obj: Any) -> object:
        found = getattr(obj, field.attname)
        if found is None and getattr(field, "auto_now_add", False):
            found = field.pre_save(obj, True)
        return json.dumps(found) if isinstance(field, models.JSONField) else found

    with connection.cursor() as cursor:
        raw = cursor.cursor
        with raw.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for obj in objects:
                copy.write_row([value(f, obj) for f in fields])
        cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                       f"(SELECT COALESCE(MAX(id), 1) FROM {table}))")  # fmt: skip


def request(conn: http.client.HTTPConnection, path: str) -> tuple[float, bool]:
    started = time.perf_counter()
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        ok = response.status == 200
    except OSError:
        ok = False
        conn.close()
    return time.perf_counter() - started, ok


def client(base: str, clients: int, paths: list[str]) -> dict[str, Any]:
    """``clients`` threads on keep-alive connections, each its share of ``paths``."""
    parts = urlsplit(base)
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()

    def worker(mine: list[str]) -> None:
        conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=60)
        timed = []
        for path in mine:
            seconds, ok = request(conn, path)
            timed.append(seconds)
            if not ok:
                errors.append(path)
        with lock:
            latencies.extend(timed)

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, args=(paths[i::clients],)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    q = statistics.quantiles(sorted(latencies), n=100)
    return {"requests": len(latencies), "errors": len(errors), "clients": clients,
            "throughput_rps": round(len(latencies) / elapsed, 1),
            "median_ms": round(1000 * statistics.median(latencies), 1),
            "p50_ms": round(1000 * q[49], 1), "p95_ms": round(1000 * q[94], 1),
            "p99_ms": round(1000 * q[98], 1)}  # fmt: skip


def server_cpu_seconds(server: int) -> float:
    """CPU time (user + system) of the gunicorn processes so far: what a request costs the
    server, less sensitive than wall time to the machine being shared."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == server or int(fields[1]) == server:  # the master or a worker
            total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def timed(base: str, clients: int, paths: list[str], server: int) -> dict[str, Any]:
    before = server_cpu_seconds(server) if server else 0.0
    result = client(base, clients, paths)
    if server:
        spent = server_cpu_seconds(server) - before
        result["server_cpu_ms_per_request"] = round(1000 * spent / len(paths), 1)
    return result


def drive(
    base: str, models: int, sequential: int, clients: int, total: int, server: int = 0
) -> None:
    """Runs in its own process (``--client``): one at a time, then concurrent, every URL new."""
    paths = distinct_queries(sequential + total, models)
    load = os.getloadavg()
    alone = timed(base, 1, paths[:sequential], server)
    together = timed(base, clients, paths[sequential:], server)
    print(json.dumps({"models": models, "one_at_a_time": alone, "concurrent": together,
                      "distinct_urls": len(set(paths)),
                      "load_average_before": [round(x, 2) for x in load],
                      "load_average_after": [round(x, 2) for x in os.getloadavg()]}))  # fmt: skip


def wait_until_up(base: str, timeout: float = 120) -> None:
    parts = urlsplit(base)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=60)
            conn.request("GET", f"/?suite={SUITE}")
            response = conn.getresponse()
            html = response.read().decode()
            if response.status == 200:
                if 'class="row-measured"' not in html:
                    raise RuntimeError("the board does not show the seeded models")
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError("gunicorn did not come up")


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def measure(args: argparse.Namespace, models: int, database_url: str) -> dict[str, Any]:
    import redis

    redis.Redis.from_url(args.redis_url).flushdb()
    env = os.environ | {"DATABASE_URL": database_url, "DJANGO_DEBUG": "0",
                        "DJANGO_SECURE_SSL_REDIRECT": "0", "REDIS_URL": args.redis_url,
                        "DJANGO_SECRET_KEY": "perf-only-" + "x" * 40,
                        "DJANGO_SETTINGS_MODULE": "webapp.polyeval.settings"}  # fmt: skip
    python = sys.executable
    manage = [python, "manage.py"]
    seeded = None
    if not (args.reuse_database and database_exists(database_url)):
        recreate_database(database_url)
        subprocess.run([*manage, "migrate", "-v", "0"], cwd=REPO, env=env, check=True)
        started = time.perf_counter()
        subprocess.run([python, __file__, "--seed", "--models", str(models), "--runs",
                        str(args.runs)], cwd=REPO, env=env, check=True)  # fmt: skip
        seeded = time.perf_counter() - started
    else:  # the seeded runs as they are; the leaderboard's tables made afresh by this code
        subprocess.run([*manage, "migrate", "leaderboard", "zero", "-v", "0"], cwd=REPO,
                       env=env, check=True)  # fmt: skip
        subprocess.run([*manage, "migrate", "-v", "0"], cwd=REPO, env=env, check=True)
    started = time.perf_counter()
    subprocess.run([*manage, "rebuild_boards"], cwd=REPO, env=env, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    built = time.perf_counter() - started
    how = f"seeded in {seeded:.0f} s (COPY)" if seeded is not None else "database reused"
    print(f"{models} models x {args.runs} runs: {how}, boards built in {built:.1f} s "
          "(rebuild_boards)", flush=True)  # fmt: skip
    port = args.port or free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [python, "-m", "gunicorn", "webapp.polyeval.wsgi:application", "--bind",
         f"127.0.0.1:{port}", "--workers", str(args.workers), "--worker-class", "gthread",
         "--threads", "4", "--log-level", "warning"], cwd=REPO, env=env)  # fmt: skip
    try:
        wait_until_up(base)
        out = subprocess.run([python, __file__, "--client", base, "--models", str(models),
                              "--clients", str(args.clients), "--requests", str(args.requests),
                              "--sequential", str(args.sequential),
                              "--server-pid", str(server.pid)],
                             cwd=REPO, check=True, capture_output=True, text=True)  # fmt: skip
    finally:
        server.terminate()
        server.wait()
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    print(json.dumps(result), flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--models", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=800, help="concurrent phase, all new")
    parser.add_argument("--sequential", type=int, default=200, help="one-at-a-time phase")
    parser.add_argument(
        "--compare-models",
        default="",
        help="e.g. 1000,20000: measure each size, print the medians side by side",
    )
    parser.add_argument("--workers", type=int, default=4, help="gunicorn processes")
    parser.add_argument("--port", type=int, default=0, help="0: a free port")
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5432/polyeval_perf"
    )
    parser.add_argument(
        "--redis-url", default="redis://127.0.0.1:6379/14",
        help="shared cache of the gunicorn workers (emptied first)",
    )  # fmt: skip
    parser.add_argument(
        "--reuse-database",
        action="store_true",
        help="keep an already seeded database (its leaderboard tables remade)",
    )
    parser.add_argument("--seed", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--client", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--server-pid", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.seed:
        return seed(args.models, args.runs)
    if args.client:
        args.sequential = min(args.sequential, max(10, args.requests // 4))
        return drive(args.client, args.models, args.sequential, args.clients, args.requests,
                     args.server_pid)  # fmt: skip
    sizes = [int(s) for s in args.compare_models.split(",") if s] or [args.models]
    results = {n: measure(args, n, args.database_url if len(sizes) == 1
                          else f"{args.database_url}_m{n}") for n in sizes}  # fmt: skip
    print(f"\n{'models':>8} {'median alone':>13} {'p50 x' + str(args.clients):>9} "
          f"{'p95 x' + str(args.clients):>9} {'server CPU/request':>19}  "
          "load average (1, 5, 15 min)")  # fmt: skip
    for n, r in results.items():
        alone, together = r["one_at_a_time"], r["concurrent"]
        print(f"{n:>8} {alone['median_ms']:>10} ms {together['p50_ms']:>6} ms "
              f"{together['p95_ms']:>6} ms {alone.get('server_cpu_ms_per_request', '?'):>16} ms"
              f"  {r['load_average_after']}")  # fmt: skip
    if len(sizes) > 1:
        first, last = results[sizes[0]], results[sizes[-1]]
        ratio = last["one_at_a_time"]["median_ms"] / first["one_at_a_time"]["median_ms"]
        print(f"one-at-a-time median at {sizes[-1]:,} models / at {sizes[0]:,}: {ratio:.2f}x")


if __name__ == "__main__":
    main()
