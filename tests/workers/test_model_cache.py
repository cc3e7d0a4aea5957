"""A GPU worker loads a model once and keeps it while consecutive runs use the same one."""

from pathlib import Path
from unittest import mock

import pytest

from tests.factories import make_queued_run
from webapp.evaluations.models import Run
from workers import model_cache

pytestmark = pytest.mark.django_db


def _second_run_of(run: Run) -> Run:
    return Run.objects.create(checkpoint=run.checkpoint, suite=run.suite, suite_config={},
                              parent=run, rerun_kind="regenerate")  # fmt: skip


def test_consecutive_runs_of_one_checkpoint_load_it_once_and_another_replaces_it(
    tmp_path: Path,
) -> None:
    first = make_queued_run(str(tmp_path / "a"))
    other = make_queued_run(str(tmp_path / "b"))
    model_cache._loaded.clear()
    with mock.patch.object(model_cache, "load_backend", side_effect=lambda n, s: object()) as load:
        a = model_cache.backend_for(first)
        assert model_cache.backend_for(_second_run_of(first)) is a
        assert load.call_count == 1
        b = model_cache.backend_for(other)
        assert b is not a and load.call_count == 2
        assert list(model_cache._loaded.values()) == [b]  # the first model was let go
    model_cache._loaded.clear()
