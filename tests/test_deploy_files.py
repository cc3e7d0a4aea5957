"""The compose file cannot be run here (no Docker engine); check what can be checked statically."""

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from django.conf import settings

REPO = Path(__file__).resolve().parents[1]


def compose() -> dict:  # type: ignore[type-arg]
    return yaml.safe_load((REPO / "docker-compose.yml").read_text())


def test_compose_defines_the_full_stack() -> None:
    services = compose()["services"]
    assert {"postgres", "redis", "web", "worker-gpu", "worker-sandbox", "flower"} <= set(services)
    assert services["web"]["environment"]["REDIS_URL"].startswith("redis://")
    assert services["web"]["environment"]["DATABASE_URL"].startswith("postgres://")
    gpu = services["worker-gpu"]["deploy"]["resources"]["reservations"]["devices"][0]
    assert gpu["driver"] == "nvidia" and "--pool solo" in services["worker-gpu"]["command"]
    assert all("healthcheck" in services[s] for s in ("postgres", "redis", "web"))


def test_compose_runs_one_beat_for_the_reconciler_and_a_persistent_redis() -> None:
    services = compose()["services"]
    assert "celery -A workers.app beat" in services["beat"]["command"]
    assert "polyeval.reconcile" in {e["task"] for e in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "--appendonly" in services["redis"]["command"]  # queued messages survive a restart


def test_compose_workers_consume_every_routed_queue() -> None:
    services = compose()["services"]
    queues: set[str] = set()
    for name in ("worker-gpu", "worker-sandbox", "worker-default", "worker-webhooks"):
        queues |= set(services[name]["command"].split("-Q", 1)[1].split()[0].split(","))
    routed = {route["queue"] for route in settings.CELERY_TASK_ROUTES.values()}
    assert routed | {settings.CELERY_TASK_DEFAULT_QUEUE} <= queues


def test_webhook_deliveries_have_a_worker_of_their_own_in_compose_and_the_demo() -> None:
    webhooks = compose()["services"]["worker-webhooks"]["command"]
    assert webhooks.split("-Q", 1)[1].split()[0] == "webhooks"
    demo = (REPO / "scripts" / "demo.sh").read_text()
    started = [line.split("-Q", 1)[1].split()[0] for line in demo.splitlines() if " -Q " in line]
    assert "webhooks" in started and all("webhooks" not in q.split(",") for q in started[:1])
    routed = {route["queue"] for route in settings.CELERY_TASK_ROUTES.values()}
    assert routed | {"default"} <= {q for qs in started for q in qs.split(",")}


@pytest.mark.skipif(
    shutil.which("docker") is None
    or subprocess.run(["docker", "compose", "version"], capture_output=True).returncode != 0,
    reason="docker compose is not installed on this machine",
)
def test_docker_compose_config_is_valid() -> None:
    env = {"DJANGO_SECRET_KEY": "x", "PATH": "/usr/bin:/bin"}
    subprocess.run(["docker", "compose", "config", "-q"], cwd=REPO, env=env, check=True)


def test_check_deploy_is_clean_with_production_settings(tmp_path: Path) -> None:
    import os
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "POLYEVAL_"))}
    env |= {
        "DJANGO_SETTINGS_MODULE": "webapp.polyeval.settings",
        "DJANGO_SECRET_KEY": "a-long-random-production-key-" + "Zq8#mW2!" * 6,
        "DJANGO_ALLOWED_HOSTS": "polyeval.example.org",
        "POLYEVAL_DATA_DIR": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPO, env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout
