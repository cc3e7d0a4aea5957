"""Print the verdict of every hostile program of tests/benchmark/test_sandbox_hostile.py.

The tests assert that none passes and that the host is unharmed; this shows what each one got:

    .venv/bin/python scripts/hostile_report.py
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "webapp.polyeval.settings_test")

from benchmark.execution import Sample, program_for
from benchmark.humaneval import load_dataset
from benchmark.sandbox import SandboxLimits, new_nonce, open_sandbox
from tests.benchmark.test_sandbox_hostile import (
    ATTACK_NAMES,
    EQ_TRICKS,
    TIMEOUT_S,
    Host,
    attacks,
)


def main() -> None:
    canaries = Path(tempfile.mkdtemp())
    os.chmod(canaries, 0o755)
    (canaries / "secret.txt").write_text("top secret")
    (canaries / "public.txt").write_text("public")
    listener = socket.create_server(("127.0.0.1", 0))
    victim = subprocess.Popen(["sleep", "600"])
    host = Host(canaries, canaries / "secret.txt", canaries / "public.txt",
                listener.getsockname()[1], [], victim)  # fmt: skip
    problem = load_dataset().problems[0]
    sandbox = open_sandbox("bwrap", SandboxLimits(timeout_s=TIMEOUT_S))
    programs = {n: "    return False\n\n" + textwrap.dedent(attacks(host)[n]) for n in ATTACK_NAMES}
    programs |= EQ_TRICKS
    print("| program | outcome | detail | seconds |\n|---|---|---|---|")
    try:
        for name, completion in programs.items():
            nonce = new_nonce()
            started = time.monotonic()
            result = sandbox.run(program_for(Sample(problem.task_id, completion), problem, nonce),
                                 nonce)  # fmt: skip
            detail = result.detail.replace("|", "\\|")[:70]
            print(f"| {name} | {result.status} | {detail} | {time.monotonic() - started:.2f} |")
    finally:
        sandbox.close()
        victim.kill()
    print(f"victim alive until the end: {victim.wait() == -9}; canaries intact: "
          f"{(canaries / 'public.txt').read_text() == 'public'}")  # fmt: skip


if __name__ == "__main__":
    main()
