"""Pygments token counts made with the authors' pinned Pygments, in a subprocess.

The paper's per-token perplexity divides by Pygments tokens, and Pygments' lexers change
between releases (TypeScript counts about 2 % more tokens with 2.21 than with 2.11.2, C# about
1 % fewer). The authors' harness pinned 2.11.2, so every committed count is made with that
version. The environment keeps its newer Pygments (rich and pytest need >= 2.13, and the site
highlights untrusted code); ``make setup`` installs 2.11.2 on its own with ``pip install
--target .venv/pygments-2.11.2``, and ``benchmark/pygments_worker.py`` counts with it in a
child process, many files per request.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from benchmark.languages import LEXERS, PYGMENTS_COUNT_VERSION, check_language

WORKER = Path(__file__).with_name("pygments_worker.py")


class PinnedPygmentsError(RuntimeError):
    pass


@dataclass(frozen=True)
class PinnedPygments:
    """Where the pinned Pygments is installed (a ``pip install --target`` folder)."""

    folder: Path
    version: str = PYGMENTS_COUNT_VERSION

    @classmethod
    def beside(cls, prefix: str | Path) -> PinnedPygments:
        """The folder ``make setup`` fills: ``<venv>/pygments-<version>`` (pass ``sys.prefix``)."""
        return cls(Path(prefix) / f"pygments-{PYGMENTS_COUNT_VERSION}")

    def fix(self) -> str:
        return (
            f"run `make setup`, or: python -m pip install --no-deps --target {self.folder} "
            f"pygments=={self.version}"
        )


class PygmentsCounter:
    """A running counter process: ``count([(text, language), ...])`` returns the counts in
    order. Use it as a context manager so the process ends."""

    def __init__(self, pinned: PinnedPygments) -> None:
        self.pinned = pinned
        if not (pinned.folder / "pygments").is_dir():
            raise PinnedPygmentsError(
                f"Pygments {pinned.version} is not installed in {pinned.folder}; {pinned.fix()}"
            )
        command = [sys.executable, "-I", str(WORKER), str(pinned.folder), pinned.version]
        self._process = subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.version = str(json.loads(self._read_line())["version"])

    def count(self, items: Sequence[tuple[str, str]]) -> list[int]:
        """Tokens per ``(text, language)``, as ``len(list(lexer.get_tokens(text)))``."""
        request = [[LEXERS[check_language(language)], text] for text, language in items]
        assert self._process.stdin is not None
        self._process.stdin.write(json.dumps(request) + "\n")
        self._process.stdin.flush()
        return [int(n) for n in json.loads(self._read_line())]

    def _read_line(self) -> str:
        assert self._process.stdout is not None and self._process.stderr is not None
        line = self._process.stdout.readline()
        if line:
            return line
        self._process.wait()
        reason = self._process.stderr.read().strip().splitlines()
        detail = reason[-1] if reason else f"exit status {self._process.returncode}"
        raise PinnedPygmentsError(
            f"the pinned Pygments {self.pinned.version} counter at {self.pinned.folder} "
            f"failed ({detail}); {self.pinned.fix()}"
        )

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        self._process.wait()
        for stream in (self._process.stdout, self._process.stderr):
            if stream is not None:
                stream.close()

    def __enter__(self) -> PygmentsCounter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def count_pygments_tokens(pinned: PinnedPygments, items: Sequence[tuple[str, str]]) -> list[int]:
    """Counts for ``(text, language)`` pairs with the pinned Pygments (one child process)."""
    if not items:
        return []
    with PygmentsCounter(pinned) as counter:
        return counter.count(items)
