"""Every web test gets its own empty Hugging Face model cache (offline, as in settings_test);
``cache_model(hf_cache, "owner/name")`` (tests/hub_fakes.py) puts a fake model in it."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def hf_cache(tmp_path_factory: pytest.TempPathFactory, settings) -> Path:  # type: ignore[no-untyped-def]
    cache = tmp_path_factory.mktemp("hf-cache")
    settings.POLYEVAL_HF_CACHE = cache
    settings.POLYEVAL_HF_OFFLINE = True
    return cache
