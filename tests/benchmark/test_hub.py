"""Resolving Hugging Face ids offline: a fake model cache in tmp_path and a fake hub on
127.0.0.1 (tests/hub_fakes.py)."""

import socket
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from benchmark.hub import HubConfig, HubError, resolve
from tests.hub_fakes import cache_model, fake_commit, fake_hub, hub_model_info


def offline(cache: Path) -> HubConfig:
    return HubConfig(cache_dir=cache, offline=True)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_a_cached_branch_resolves_to_its_commit_and_snapshot(tmp_path: Path) -> None:
    commit = cache_model(tmp_path, "lab/coder")
    resolved = resolve("lab/coder", "", offline(tmp_path))
    assert (resolved.commit, resolved.via) == (commit, "cache")
    assert resolved.snapshot == tmp_path / "models--lab--coder" / "snapshots" / commit
    assert resolved.info is None  # the cached files are inspected instead


def test_a_commit_hash_resolves_without_refs(tmp_path: Path) -> None:
    commit = cache_model(tmp_path, "lab/coder")
    (tmp_path / "models--lab--coder" / "refs" / "main").unlink()
    assert resolve("lab/coder", commit, offline(tmp_path)).commit == commit


def test_offline_and_uncached_says_how_to_fix_it(tmp_path: Path) -> None:
    with pytest.raises(HubError, match=r"huggingface-cli download lab/coder --revision v1"):
        resolve("lab/coder", "v1", offline(tmp_path))


def test_the_hub_answers_for_a_branch_even_when_the_cached_ref_is_stale(tmp_path: Path) -> None:
    stale = cache_model(tmp_path, "lab/coder")
    fresh = fake_commit("new main")
    with fake_hub({"lab/coder@main": fresh}) as endpoint:
        resolved = resolve("lab/coder", "main", HubConfig(tmp_path, endpoint))
    assert (resolved.commit, resolved.via, resolved.snapshot) == (fresh, "hub", None)
    assert fresh != stale


def test_a_branch_with_a_slash_is_asked_for_by_its_full_name(tmp_path: Path) -> None:
    with fake_hub({"lab/coder@refs/pr/1": fake_commit("pr")}) as endpoint:
        resolved = resolve("lab/coder", "refs/pr/1", HubConfig(tmp_path, endpoint))
    assert resolved.commit == fake_commit("pr")


def test_a_model_the_hub_does_not_know_is_a_clear_error(tmp_path: Path) -> None:
    cache_model(tmp_path, "lab/coder")  # the hub's answer wins over the cache
    with fake_hub({}) as endpoint, pytest.raises(HubError, match="no model lab/coder at revi"):
        resolve("lab/coder", "main", HubConfig(tmp_path, endpoint))


def test_an_unreachable_hub_falls_back_to_the_cache(tmp_path: Path) -> None:
    commit = cache_model(tmp_path, "lab/coder")
    config = HubConfig(tmp_path, f"http://127.0.0.1:{closed_port()}", timeout_s=2)
    resolved = resolve("lab/coder", "main", config)
    assert (resolved.commit, resolved.via) == (commit, "cache")
    with pytest.raises(HubError, match=r"could not be reached.*huggingface-cli download"):
        resolve("lab/other", "main", config)


@pytest.mark.parametrize("revision", ["../../etc", "/etc", "a//b", "main/.", "m a i n"])
def test_a_revision_that_could_leave_the_cache_is_refused(tmp_path: Path, revision: str) -> None:
    with pytest.raises(HubError, match="not a branch, tag or commit"):
        resolve("lab/coder", revision, offline(tmp_path))


@pytest.mark.parametrize("repo_id", ["lab/..", "lab--x/y", "../etc", "lab"])
def test_an_id_that_is_not_owner_slash_name_is_refused(tmp_path: Path, repo_id: str) -> None:
    with pytest.raises(HubError, match="not a Hugging Face model id"):
        resolve(repo_id, "main", offline(tmp_path))


def test_the_hubs_model_info_is_asked_for_by_name_and_kept(tmp_path: Path) -> None:
    commit = fake_commit("main")
    info = hub_model_info(commit) | {"downloads": 7, "tags": ["gpt2"]}
    asked: list[str] = []
    with fake_hub({"lab/coder@main": info}, asked) as endpoint:
        resolved = resolve("lab/coder", "main", HubConfig(tmp_path, endpoint))
    assert (resolved.commit, resolved.via, resolved.snapshot) == (commit, "hub", None)
    assert resolved.info == hub_model_info(commit)  # only the fields asked for come back
    (url,) = (urlsplit(path) for path in asked)
    assert url.path == "/api/models/lab/coder/revision/main"
    assert parse_qs(url.query)["expand"] == ["sha", "siblings", "config", "safetensors"]


def test_a_hub_that_refuses_expand_is_asked_without_it(tmp_path: Path) -> None:
    commit = fake_commit("main")
    asked: list[str] = []
    models = {"lab/coder@main": hub_model_info(commit)}
    with fake_hub(models, asked, refuse_expand=True) as endpoint:
        resolved = resolve("lab/coder", "main", HubConfig(tmp_path, endpoint))
    assert resolved.info == hub_model_info(commit)
    assert [urlsplit(path).query != "" for path in asked] == [True, False]


def test_an_answer_without_a_commit_hash_is_refused(tmp_path: Path) -> None:
    with (
        fake_hub({"lab/coder@main": {"sha": "not a commit"}}) as endpoint,
        pytest.raises(HubError, match="without a commit hash"),
    ):
        resolve("lab/coder", "main", HubConfig(tmp_path, endpoint))
