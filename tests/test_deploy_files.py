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
    assert {"postgres", "redis", "web", "worker"} <= set(services)
    assert services["web"]["environment"]["REDIS_URL"].startswith("redis://")
    assert services["web"]["environment"]["DATABASE_URL"].startswith("postgres://")


def test_compose_worker_consumes_every_routed_queue() -> None:
    command = compose()["services"]["worker"]["command"]
    queues = set(command.split("-Q", 1)[1].split()[0].split(","))
    routed = {route["queue"] for route in settings.CELERY_TASK_ROUTES.values()}
    assert routed <= queues


@pytest.mark.skipif(
    shutil.which("docker") is None
    or subprocess.run(["docker", "compose", "version"], capture_output=True).returncode != 0,
    reason="docker compose is not installed on this machine",
)
def test_docker_compose_config_is_valid() -> None:
    env = {"DJANGO_SECRET_KEY": "x", "PATH": "/usr/bin:/bin"}
    subprocess.run(["docker", "compose", "config", "-q"], cwd=REPO, env=env, check=True)
