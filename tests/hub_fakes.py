"""A fake Hugging Face model cache and a fake hub on 127.0.0.1, so no test needs the network."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from tests.checkpoints import CONFIG, fake_checkpoint

MODEL_FILES = ("config.json", "tokenizer.json", "model.safetensors")


def fake_commit(label: str) -> str:
    return hashlib.sha1(label.encode()).hexdigest()


def cache_model(
    cache: Path, repo_id: str, revision: str = "main", config: dict[str, Any] | None = None
) -> str:
    """Writes a fake checkpoint as ``snapshots/{commit}`` and ``refs/{revision}``; the commit."""
    commit = fake_commit(f"{repo_id}@{revision}")
    repo = cache / ("models--" + repo_id.replace("/", "--"))
    fake_checkpoint(repo / "snapshots" / commit, config)
    ref = repo / "refs" / revision
    ref.parent.mkdir(parents=True, exist_ok=True)
    ref.write_text(commit)
    return commit


def hub_model_info(
    commit: str,
    files: Sequence[str] = MODEL_FILES,
    config: dict[str, Any] | None = None,
    parameters: int | None = 9,
) -> dict[str, Any]:
    """What the hub's model-info API says about one commit: its files (``siblings``), the
    config subset (CONFIG by default) and, unless ``parameters`` is None, the safetensors
    parameter count (all F32, as in tests/checkpoints.py)."""
    info: dict[str, Any] = {
        "sha": commit,
        "siblings": [{"rfilename": name} for name in files],
        "config": CONFIG if config is None else config,
    }
    if parameters is not None:
        info["safetensors"] = {"parameters": {"F32": parameters}, "total": parameters}
    return info


@contextmanager
def fake_hub(
    models: Mapping[str, str | dict[str, Any]],
    asked: list[str] | None = None,
    refuse_expand: bool = False,
    files: Mapping[str, Path] | None = None,
) -> Iterator[str]:
    """Serves ``GET /api/models/{repo_id}/revision/{revision}`` for each ``"repo_id@revision"``
    key of ``models`` and 404 for anything else; yields the endpoint. A value is either a
    commit (answered as ``{"sha": ...}`` alone) or the full model info (hub_model_info). Like
    the hub, ``?expand=...`` narrows the answer to the fields named; ``refuse_expand`` makes it
    answer such a request with 400 instead. Each request's path and query go to ``asked``.
    ``files`` maps ``"repo_id@commit"`` to a folder whose files it serves, as the hub does, at
    ``GET /{repo_id}/resolve/{commit}/{file}``."""

    class Hub(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if asked is not None:
                asked.append(self.path)
            url = urlsplit(self.path)
            if "/resolve/" in url.path:
                self.send_file(url.path)
                return
            expand = parse_qs(url.query).get("expand")
            repo_id, _, revision = url.path.removeprefix("/api/models/").partition("/revision/")
            model = models.get(f"{repo_id}@{unquote(revision)}")
            info = {"sha": model} if isinstance(model, str) else model
            if expand and refuse_expand:
                status, answer = 400, {"error": "expand is not supported"}
            elif info is None:
                status, answer = 404, {"error": "not found"}
            else:
                status = 200
                answer = {k: v for k, v in info.items() if k in expand} if expand else info
            body = json.dumps(answer).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def send_file(self, path: str) -> None:
            repo_id, _, rest = path.lstrip("/").partition("/resolve/")
            commit, _, name = rest.partition("/")
            folder = (files or {}).get(f"{repo_id}@{commit}")
            file = folder / unquote(name) if folder is not None else None
            body = file.read_bytes() if file is not None and file.is_file() else None
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Length", str(len(body or b"")))
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Hub)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
