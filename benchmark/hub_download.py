"""Download one commit of a Hugging Face model into the model cache, in the cache's own layout
(benchmark/hub.py), so that the loaders, offline, find it as if ``huggingface-cli download``
had put it there:

    {cache_dir}/models--{owner}--{name}/snapshots/{commit}/{file}
    {cache_dir}/models--{owner}--{name}/refs/{revision}

Used by the worker for a run whose download an admin approved (workers/downloads.py). Only the
files loading needs are fetched (config, tokenizer, safetensors weights; pickle-based weights
only when the checkpoint is allowed them), through the hub's documented ``resolve`` URL, with
urllib as in hub.py. Each file is written under a temporary name and renamed when complete,
and config.json comes last: ``hub.cached_snapshot`` takes a folder with config.json for a
snapshot, so a download cut short is never mistaken for one.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any
from urllib.error import HTTPError
from urllib.parse import quote
from urllib.request import Request, urlopen

from benchmark.checkpoint import PICKLE_SUFFIXES
from benchmark.hub import COMMIT, HubConfig, HubError, HubUnreachable, repo_folder

#: What loading a causal LM reads: configs and tokenizer files, and the weights.
WANTED_SUFFIXES = (".json", ".safetensors", ".txt", ".model", ".tiktoken")
#: A file at the snapshot's top level: its name becomes part of a path and a URL.
SAFE_NAME = re.compile(r"[A-Za-z0-9_][\w.-]{0,199}", re.ASCII)
CHUNK = 1 << 20


def wanted_files(info: dict[str, Any], allow_pickle: bool = False) -> list[str]:
    """The files of the hub's model info (``siblings``) to fetch, config.json last."""
    suffixes = WANTED_SUFFIXES + (PICKLE_SUFFIXES if allow_pickle else ())
    names = [s.get("rfilename") for s in info.get("siblings") or () if isinstance(s, dict)]
    picked = {n for n in names if isinstance(n, str) and SAFE_NAME.fullmatch(n)
              and n.endswith(suffixes)}  # fmt: skip
    return sorted(picked, key=lambda name: (name == "config.json", name))


def fetch_snapshot(
    repo_id: str,
    revision: str,
    info: dict[str, Any],
    config: HubConfig,
    max_bytes: int,
    allow_pickle: bool = False,
) -> Path:
    """Fetch the commit that ``info`` (hub.model_info for ``repo_id`` at ``revision``) names
    into the cache; its snapshot folder. At most ``max_bytes`` in all, so a checkpoint far
    over the site's cap cannot fill the disk before it is inspected."""
    commit = str(info.get("sha", ""))
    if config.cache_dir is None or not COMMIT.fullmatch(commit):
        raise HubError("no model cache is set on this worker" if config.cache_dir is None
                       else "the hub's answer names no commit")  # fmt: skip
    files = wanted_files(info, allow_pickle)
    if "config.json" not in files:
        raise HubError(f"{repo_id} at {commit} has no config.json on the hub")
    folder = repo_folder(repo_id, config.cache_dir) / "snapshots" / commit
    folder.mkdir(parents=True, exist_ok=True)
    endpoint = config.endpoint.rstrip("/")
    left = max_bytes
    for name in files:
        url = f"{endpoint}/{repo_id}/resolve/{commit}/{quote(name)}"
        left -= _fetch(url, folder / name, left, config)
    if revision and revision != commit:
        ref = repo_folder(repo_id, config.cache_dir) / "refs" / revision
        ref.parent.mkdir(parents=True, exist_ok=True)
        ref.write_text(commit)
    return folder


def _fetch(url: str, target: Path, budget: int, config: HubConfig) -> int:
    """Stream ``url`` to ``target`` (renamed into place when complete); its size. A target
    already there is complete (a retried step fetched it before) and is kept."""
    if target.is_file():
        return target.stat().st_size
    partial = target.with_name(f".{target.name}.part")
    request = Request(url, headers={"User-Agent": "polyeval"})
    written = 0
    try:
        with urlopen(request, timeout=config.timeout_s) as answer, partial.open("wb") as out:
            while chunk := answer.read(CHUNK):
                written += len(chunk)
                if written > budget:
                    raise HubError(f"{target.name}: the download is over this site's size cap")
                out.write(chunk)
    except HTTPError as exc:
        exc.close()
        partial.unlink(missing_ok=True)
        raise HubError(f"{target.name}: the hub answered HTTP {exc.code}") from None
    except OSError as exc:  # URLError, timeouts, resets, a full disk
        partial.unlink(missing_ok=True)
        raise HubUnreachable(f"{target.name}: the download failed ({exc})") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, target)
    return written
