"""Shared fixtures. The tiny model is built once per test session (random init, ~0.5 M params).

Tiers: a bare ``pytest`` runs the fast default tier (pyproject's ``addopts`` deselect the
``integration``, ``browser`` and ``slow`` markers); ``make test`` and CI run every test
(``-m ""``). Shared test data is in tests/factories.py."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmark.pygments_count import PinnedPygments, PygmentsCounter

# Fixtures that make a test slow wherever it is: building and loading the tiny model.
SLOW_FIXTURES = frozenset({"tiny_model", "tiny_backend"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that builds or loads the tiny model is ``slow`` (outside the default tier)."""
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _empty_cache() -> None:
    """Each test starts with no cached pages."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def redis_url() -> Iterator[str]:
    """The tests' Redis database (``TEST_REDIS_URL``), emptied before and after. Without a Redis
    answering there the test is skipped, saying so: the default tier never needs one."""
    import redis
    from django.conf import settings

    url = settings.TEST_REDIS_URL
    client = redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=10)
    try:
        client.ping()
    except redis.RedisError as exc:
        client.close()
        pytest.skip(f"no Redis at {url} ({exc}); start one (as .ci/run does) or set REDIS_URL")
    client.flushdb()
    yield url
    client.flushdb()
    client.close()


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from benchmark.tiny_model import make_tiny_model

    path = tmp_path_factory.mktemp("models") / "tiny"
    make_tiny_model(path)
    return path


@pytest.fixture(scope="session")
def tiny_backend(tiny_model: Path):  # type: ignore[no-untyped-def]
    from benchmark.backends import ModelSpec, load_backend

    return load_backend("hf", ModelSpec(str(tiny_model)))


@pytest.fixture(scope="session")
def pinned_pygments() -> PinnedPygments:
    """Pygments 2.11.2 where ``make setup`` installs it, or in POLYEVAL_PYGMENTS_DIR."""
    folder = os.environ.get("POLYEVAL_PYGMENTS_DIR")
    return PinnedPygments(Path(folder)) if folder else PinnedPygments.beside(sys.prefix)


@pytest.fixture(scope="session")
def pygments_counter(pinned_pygments: PinnedPygments) -> Iterator[PygmentsCounter]:
    with PygmentsCounter(pinned_pygments) as counter:
        yield counter
