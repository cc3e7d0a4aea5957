"""Resolve a Hugging Face model id and revision to a commit, from the hub or the model cache.

A branch or tag moves; a commit does not. Resolving to the commit before queueing makes a run
reproducible and lets two submissions of the same files (``main`` today, its hash tomorrow)
share one checkpoint. Worker machines may be offline, so the local Hugging Face cache (what
``huggingface-cli download`` fills) is a first-class source, read in the hub's own layout:

    {cache_dir}/models--{owner}--{name}/refs/{revision}      text: the 40-hex commit
    {cache_dir}/models--{owner}--{name}/snapshots/{commit}/   the files at that commit

Only the hub's documented HTTP API is asked (urllib, no huggingface_hub import), and nothing
here reads environment variables: the caller passes a :class:`HubConfig`. The id and revision
come from users and become parts of a path and of a URL, so both are checked first.

The hub's answer (its model info: ``sha``, ``siblings``, ``config``, ``safetensors``) is kept on
:class:`Resolved`, so a commit this machine has not cached can still be checked before anything
is downloaded (``benchmark.checkpoint.inspect_hub_info``).
"""

from __future__ import annotations

import http.client
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.error import HTTPError
from urllib.parse import quote, urlencode
from urllib.request import Request, urlopen

DEFAULT_REVISION = "main"
REPO_ID = re.compile(r"[A-Za-z0-9][\w.-]{0,95}/[\w.-]{1,96}", re.ASCII)
REVISION = re.compile(r"[\w./-]{1,100}", re.ASCII)
COMMIT = re.compile(r"[0-9a-f]{40}")
MAX_ANSWER_BYTES = 16 << 20  # a model's info lists its files; far below this
NOT_VISIBLE = (401, 403, 404)  # the hub answers 401 for private and for missing repos
# The model-info fields validation needs, asked for by name (``?expand=...``, as huggingface_hub's
# ``HfApi.model_info(expand=...)`` and huggingface.js send them): with ``expand`` the hub answers
# only the fields named, and huggingface.co's default answer carries these too.
EXPAND = ("sha", "siblings", "config", "safetensors")


class HubError(ValueError):
    """The model cannot be resolved; the message says why and how to fix it."""


class NotOnHub(HubError):
    """The hub answered that it has no such model (or not visible to this site)."""


class HubUnreachable(HubError):
    """The hub did not answer usefully (network, timeout, server error): use the cache."""


class NotCached(HubError):
    """Neither the hub (offline, unreachable) nor the cache could resolve the id: its commit
    is unknown here. The message (for operators) says how to fill the cache; the web site
    instead lets an admin approve a download by the workers."""

    def __init__(self, message: str, repo_id: str, revision: str) -> None:
        super().__init__(message)
        self.repo_id, self.revision = repo_id, revision


@dataclass(frozen=True)
class HubConfig:
    cache_dir: Path | None  # None: no model cache on this machine
    endpoint: str = "https://huggingface.co"
    offline: bool = False  # True: never ask the hub, only the cache
    timeout_s: float = 5.0


@dataclass(frozen=True)
class Resolved:
    commit: str
    snapshot: Path | None  # the cached files at ``commit``, when they include config.json
    via: str  # "hub" | "cache"
    # The hub's model info at ``commit`` (``sha``, ``siblings``, ``config``, ``safetensors``);
    # None when resolved from the cache.
    info: dict[str, Any] | None = field(default=None, compare=False, repr=False)


def resolve(repo_id: str, revision: str, config: HubConfig) -> Resolved:
    """The commit that ``revision`` (default ``main``) of ``repo_id`` names. The hub, when asked
    and reachable, has the last word (a cached ref may be stale); otherwise the cache's."""
    check_repo_id(repo_id)
    revision = check_revision(revision)
    why = "the hub is not asked (offline mode)"
    if not config.offline:
        try:
            info = model_info(repo_id, revision, config)
        except HubUnreachable as exc:
            why = str(exc)
        else:
            commit = info["sha"]
            snapshot = cached_snapshot(repo_id, commit, config.cache_dir)
            return Resolved(commit, snapshot, "hub", info)
    cached = from_cache(repo_id, revision, config.cache_dir)
    if cached is None:
        raise NotCached(_not_cached(repo_id, revision, config.cache_dir, why), repo_id, revision)
    return cached


def check_repo_id(repo_id: str) -> None:
    """``owner/name`` as the hub allows it; ``--`` would make two ids share a cache folder."""
    if not REPO_ID.fullmatch(repo_id) or ".." in repo_id or "--" in repo_id:
        raise HubError(
            f"{repo_id!r} is not a Hugging Face model id (owner/name: letters, digits, "
            "_ . -, without '--' or '..')"
        )


def check_revision(revision: str) -> str:
    """A branch, tag or commit; it becomes part of a path and a URL, so no traversal."""
    revision = revision or DEFAULT_REVISION
    parts = revision.split("/")
    if not REVISION.fullmatch(revision) or ".." in revision or {"", "."} & set(parts):
        raise HubError(
            f"revision {revision!r} is not a branch, tag or commit hash (letters, digits, "
            "_ . - /, without '..' or empty parts)"
        )
    return revision


def model_info(repo_id: str, revision: str, config: HubConfig) -> dict[str, Any]:
    """``GET {endpoint}/api/models/{repo_id}/revision/{revision}?expand=...``: the model info,
    whose ``sha`` is checked to be a commit hash. A hub that refuses ``expand`` (HTTP 400) is
    asked once more without it."""
    endpoint = config.endpoint.rstrip("/")
    url = f"{endpoint}/api/models/{repo_id}/revision/{quote(revision, safe='')}"
    try:
        body = _get(f"{url}?{urlencode([('expand', key) for key in EXPAND])}", config)
    except HTTPError as exc:
        if exc.code != 400:
            raise _http_error(exc, repo_id, revision, endpoint) from None
        try:
            body = _get(url, config)
        except HTTPError as again:
            raise _http_error(again, repo_id, revision, endpoint) from None
    return _info(body, repo_id, revision, endpoint)


def _get(url: str, config: HubConfig) -> bytes:
    """The answer's body; HTTPError (closed) for an error status."""
    request = Request(url, headers={"Accept": "application/json", "User-Agent": "polyeval"})
    try:
        with urlopen(request, timeout=config.timeout_s) as answer:
            return bytes(answer.read(MAX_ANSWER_BYTES))
    except HTTPError as exc:
        exc.close()
        raise
    except (OSError, http.client.HTTPException) as exc:  # URLError, timeouts, resets
        reason = getattr(exc, "reason", None) or exc
        endpoint = config.endpoint.rstrip("/")
        raise HubUnreachable(f"the hub at {endpoint} could not be reached ({reason})") from None


def _http_error(exc: HTTPError, repo_id: str, revision: str, endpoint: str) -> HubError:
    if exc.code in NOT_VISIBLE:
        return NotOnHub(
            f"no model {repo_id} at revision {revision} on the hub ({endpoint}) "
            "(or it is private/gated)"
        )
    return HubUnreachable(f"the hub at {endpoint} answered HTTP {exc.code}")


def _info(body: bytes, repo_id: str, revision: str, endpoint: str) -> dict[str, Any]:
    try:
        info = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError):
        info = None
    sha = info.get("sha") if isinstance(info, dict) else None
    if not isinstance(info, dict) or not isinstance(sha, str) or not COMMIT.fullmatch(sha):
        raise HubError(
            f"the hub at {endpoint} answered without a commit hash for {repo_id} at revision "
            f"{revision}; is the endpoint a Hugging Face hub?"
        )
    return info


def from_cache(repo_id: str, revision: str, cache_dir: Path | None) -> Resolved | None:
    """The cached commit and snapshot, or None unless both are there. A 40-hex revision is
    its own commit; anything else is looked up in ``refs/``."""
    if cache_dir is None:
        return None
    commit = revision if COMMIT.fullmatch(revision) else _read_ref(repo_id, revision, cache_dir)
    snapshot = cached_snapshot(repo_id, commit, cache_dir) if commit else None
    return Resolved(commit, snapshot, "cache") if commit and snapshot else None


def cached_snapshot(repo_id: str, commit: str, cache_dir: Path | None) -> Path | None:
    """``snapshots/{commit}`` when it holds config.json (a partial download has no use)."""
    if cache_dir is None:
        return None
    folder = repo_folder(repo_id, cache_dir) / "snapshots" / commit
    return folder if (folder / "config.json").is_file() else None


def repo_folder(repo_id: str, cache_dir: Path) -> Path:
    return cache_dir / ("models--" + repo_id.replace("/", "--"))


def _read_ref(repo_id: str, revision: str, cache_dir: Path) -> str | None:
    try:
        text = (repo_folder(repo_id, cache_dir) / "refs" / revision).read_text().strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if COMMIT.fullmatch(text) else None


def _not_cached(repo_id: str, revision: str, cache_dir: Path | None, why: str) -> str:
    where = f"the model cache ({cache_dir})" if cache_dir else "a model cache (none is set)"
    return (
        f"{repo_id} at revision {revision} is not in {where}, and {why}. Pre-download it on "
        f"the machines that evaluate it with `huggingface-cli download {repo_id} --revision "
        f"{revision}` into that cache (HF_HUB_CACHE), or submit a local directory"
    )
