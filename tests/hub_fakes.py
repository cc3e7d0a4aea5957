"""A fake Hugging Face model cache and a fake hub on 127.0.0.1, so no test needs the network."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from tests.checkpoints import fake_checkpoint


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


@contextmanager
def fake_hub(shas: dict[str, str]) -> Iterator[str]:
    """Serves ``GET /api/models/{repo_id}/revision/{revision}`` as ``{"sha": ...}`` for each
    ``"repo_id@revision"`` key of ``shas`` and 404 for anything else; yields the endpoint."""

    class Hub(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            repo_id, _, revision = self.path.removeprefix("/api/models/").partition("/revision/")
            sha = shas.get(f"{repo_id}@{unquote(revision)}")
            body = json.dumps({"sha": sha} if sha else {"error": "not found"}).encode()
            self.send_response(200 if sha else 404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

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
