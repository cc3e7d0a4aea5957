"""Fetching one commit into the model cache (benchmark/hub_download.py), from the fake hub."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmark.hub import HubConfig, HubError, cached_snapshot
from benchmark.hub_download import fetch_snapshot, wanted_files
from tests.checkpoints import fake_checkpoint
from tests.hub_fakes import fake_commit, fake_hub, hub_model_info

NAMES = ("config.json", "tokenizer.json", "model.safetensors", "pytorch_model.bin", "README.md",
         "../escape.json", "sub/dir.json", ".hidden.json")  # fmt: skip


def test_only_safe_top_level_files_that_loading_needs_are_fetched_config_last() -> None:
    info = hub_model_info(fake_commit("x"), files=NAMES)
    assert wanted_files(info) == ["model.safetensors", "tokenizer.json", "config.json"]
    assert "pytorch_model.bin" in wanted_files(info, allow_pickle=True)


def test_a_download_over_the_budget_stops_and_leaves_no_snapshot(tmp_path: Path) -> None:
    commit = fake_commit("big")
    folder = fake_checkpoint(tmp_path / "hub")
    cache = tmp_path / "cache"
    files = {f"lab/big@{commit}": folder}
    with fake_hub({}, files=files) as endpoint:
        config = HubConfig(cache_dir=cache, endpoint=endpoint)
        with pytest.raises(HubError, match="over this site's size cap"):
            fetch_snapshot("lab/big", "main", hub_model_info(commit), config, max_bytes=10)
    assert cached_snapshot("lab/big", commit, cache) is None
    assert not list(cache.rglob("*.part")) and not list(cache.rglob("config.json"))


def test_a_file_the_hub_lacks_fails_the_download_naming_it(tmp_path: Path) -> None:
    commit = fake_commit("gone")
    with fake_hub({}, files={}) as endpoint:
        config = HubConfig(cache_dir=tmp_path, endpoint=endpoint)
        with pytest.raises(HubError, match=r"model\.safetensors: the hub answered HTTP 404"):
            fetch_snapshot("lab/gone", "main", hub_model_info(commit), config, 1 << 20)
    assert cached_snapshot("lab/gone", commit, tmp_path) is None
