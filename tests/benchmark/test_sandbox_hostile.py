"""Hostile completions through the real bubblewrap sandbox.

Each attack is a completion of HumanEval/0 whose function body returns a constant and whose
module-level code attacks. For every attack: it must not pass, the host must be unharmed
(canary files, a TCP listener, a victim process, host /tmp and /dev/shm, no survivors), it must
finish in bounded time, and the next samples on the same sandbox must get the right verdicts.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import textwrap
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from benchmark.humaneval import grading_job, load_dataset
from benchmark.sandbox import Sandbox, SandboxLimits, Status, open_sandbox
from tests.benchmark.host_listener import counting_listener

pytestmark = pytest.mark.slow  # a hostile catalog through the real sandbox

REPO = Path(__file__).resolve().parents[2]
MARKER = "polyeval-hostile-marker"
TIMEOUT_S = 1.0


@dataclass
class Host:
    canary_dir: Path
    secret: Path
    public: Path
    port: int
    connections: list[str]
    victim: subprocess.Popen[bytes]

    def fingerprint(self) -> dict[str, str]:
        return {
            p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(self.canary_dir.iterdir())
        }


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Host]:
    canary_dir = tmp_path_factory.mktemp("canaries")
    os.chmod(canary_dir, 0o755)
    secret = canary_dir / "secret.txt"
    secret.write_text("top secret")
    os.chmod(secret, 0o600)
    public = canary_dir / "public.txt"
    public.write_text("public canary")
    with counting_listener() as (port, connections):
        victim = subprocess.Popen(["sleep", "600"])
        os.environ["POLYEVAL_CANARY_SECRET"] = "env-secret"
        yield Host(canary_dir, secret, public, port, connections, victim)
        victim.kill()
        victim.wait()
        os.environ.pop("POLYEVAL_CANARY_SECRET", None)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    box = open_sandbox("bwrap", SandboxLimits(timeout_s=TIMEOUT_S))
    yield box
    box.close()


def attacks(host: Host) -> dict[str, str]:
    c, port, victim = host.canary_dir, host.port, host.victim.pid
    return {
        "infinite_loop": "while True:\n    pass",
        "loop_that_swallows_every_exception": (
            "while True:\n    try:\n        pass\n    except BaseException:\n        pass"
        ),
        "fork_bomb": (
            "import os, time\nfor _ in range(400):\n    try:\n        if os.fork() == 0:\n"
            "            time.sleep(30)\n    except OSError:\n        pass\ntime.sleep(30)"
        ),
        "memory_bomb": "x = [bytearray(64 << 20) for _ in range(200)]",
        "fill_the_disk": (
            "for i in range(128):\n    open(f'big{i}', 'wb').write(b'x' * (8 << 20))"
        ),
        "huge_file_in_tmp": "open('/tmp/huge', 'wb').write(b'x' * (512 << 20))",
        "write_outside_its_directory": f"open({str(c / 'evil.txt')!r}, 'w').write('pwned')",
        "delete_a_canary": f"import os\nos.remove({str(host.public)!r})",
        "unlink_and_overwrite_via_posix": (
            f"import posix\nposix.unlink({str(host.secret)!r})\n"
            f"open({str(host.public)!r}, 'w').write('x')"
        ),
        "rmtree_the_project": f"import shutil\nshutil.rmtree({str(REPO)!r})",
        "read_a_0600_secret": f"print(open({str(host.secret)!r}).read())",
        "read_secrets_from_the_environment": (
            "import os\nprint(os.environ['POLYEVAL_CANARY_SECRET'])"
        ),
        "read_the_project_folder": f"print(open({str(REPO / 'pyproject.toml')!r}).read())",
        "read_every_proc_environ": (
            "import os\nfound = []\nfor p in os.listdir('/proc'):\n"
            "    try:\n        found.append(open(f'/proc/{p}/environ').read())\n"
            "    except Exception:\n        pass\n"
            "assert any('POLYEVAL_CANARY_SECRET' in e for e in found)"
        ),
        "tcp_to_a_loopback_listener": (
            f"import socket\nsocket.create_connection(('127.0.0.1', {port}), timeout=0.5)"
        ),
        "udp_to_loopback": (
            f"import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
            f"s.sendto(b'x', ('127.0.0.1', {port}))\nraise SystemExit(3)"
        ),
        "setsid_escape": (
            "import subprocess\nsubprocess.Popen(['sh', '-c', "
            f"'sleep 2; echo {MARKER} > /tmp/{MARKER}'], start_new_session=True)\n"
            "raise SystemExit(0)"
        ),
        "double_fork_daemon": (
            "import os, time\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n"
            f"        time.sleep(2)\n        open({str(c / 'daemon.txt')!r}, 'w').write('x')\n"
            "    os._exit(0)\nraise SystemExit(1)"
        ),
        "kill_the_parent": "import os, signal\nos.kill(os.getppid(), signal.SIGKILL)",
        "kill_every_process": "import os, signal\nos.kill(-1, signal.SIGKILL)",
        "kill_a_host_process": f"import os\nos.kill({victim}, 9)",
        "exhaust_file_descriptors": "fds = [open('/dev/null') for _ in range(100000)]",
        "flood_stdout": "for i in range(10**8):\n    print(i, 'y' * 200)",
        "flood_stderr": (
            "import sys\nfor i in range(10**8):\n    print(i, 'z' * 200, file=sys.stderr)"
        ),
        "sys_exit_zero_before_the_tests": "import sys\nsys.exit(0)",
        "os_exit_zero_before_the_tests": "import os\nos._exit(0)",
        "forged_nonce_then_exit": "print('polyeval-done-' + '0' * 32)\nimport os\nos._exit(0)",
        "segfault": "import ctypes\nctypes.string_at(0)",
        "nested_user_namespace": (
            "import ctypes\nassert ctypes.CDLL(None).unshare(0x10000000) == 0"
        ),
        "raise_the_rlimits": ("import resource\nresource.setrlimit(resource.RLIMIT_AS, (-1, -1))"),
    }


EQ_TRICKS = {
    "eq_always_true_object": (
        "    class Anything:\n        def __eq__(self, other):\n            return True\n"
        "    return Anything()\n"
    ),
    "int_subclass_with_rigged_eq": (
        "    class Yes(int):\n        def __eq__(self, other):\n            return True\n"
        "    return Yes(1)\n"
    ),
    "metaclass_rigging_type_equality": (
        "    class Meta(type):\n        def __eq__(cls, other):\n            return True\n"
        "        __hash__ = type.__hash__\n"
        "    class Yes(metaclass=Meta):\n"
        "        def __eq__(self, other):\n            return True\n"
        "    return Yes()\n"
    ),
    "list_holding_a_rigged_object": (
        "    class Yes:\n        __eq__ = lambda self, other: True\n    return [Yes()]\n"
    ),
}

ATTACK_NAMES = sorted([
    "infinite_loop", "loop_that_swallows_every_exception", "fork_bomb", "memory_bomb",
    "fill_the_disk", "huge_file_in_tmp", "write_outside_its_directory", "delete_a_canary",
    "unlink_and_overwrite_via_posix", "rmtree_the_project", "read_a_0600_secret",
    "read_secrets_from_the_environment", "read_the_project_folder", "read_every_proc_environ",
    "tcp_to_a_loopback_listener", "udp_to_loopback", "setsid_escape", "double_fork_daemon",
    "kill_the_parent", "kill_every_process", "kill_a_host_process", "exhaust_file_descriptors",
    "flood_stdout", "flood_stderr", "sys_exit_zero_before_the_tests",
    "os_exit_zero_before_the_tests", "forged_nonce_then_exit", "segfault",
    "nested_user_namespace", "raise_the_rlimits",
])  # fmt: skip


def run_completion(sandbox: Sandbox, completion: str, task: int = 0) -> Status:
    problem = load_dataset().problems[task]
    return sandbox.run(grading_job(problem, completion)).status


def survivors() -> list[str]:
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        # Exactly the `sleep 30` a program below starts (a host `sleep 300` is not ours).
        if MARKER in cmdline or cmdline.split() == ["sleep", "30"]:
            found.append(f"{pid}: {cmdline}")
    return found


@pytest.mark.parametrize("name", ATTACK_NAMES)
def test_attack_does_not_pass_and_leaves_the_host_unharmed(
    name: str, host: Host, sandbox: Sandbox
) -> None:
    before = host.fingerprint()
    body = "    return False\n\n" + textwrap.dedent(attacks(host)[name]) + "\n"
    started = time.monotonic()
    status = run_completion(sandbox, body)
    elapsed = time.monotonic() - started
    assert status is not Status.PASSED
    assert status is not Status.SANDBOX_ERROR
    assert elapsed < TIMEOUT_S + 6
    # The next programs on the same sandbox get their right verdicts.
    canonical = load_dataset().problems[2]
    assert run_completion(sandbox, canonical.canonical_solution, task=2) is Status.PASSED
    assert run_completion(sandbox, "    return 0.0\n", task=2) is Status.FAILED
    time.sleep(0.1 if name not in {"setsid_escape", "double_fork_daemon"} else 2.5)
    assert host.fingerprint() == before
    assert host.connections == []
    assert host.victim.poll() is None
    assert not Path(f"/tmp/{MARKER}").exists() and not Path("/dev/shm/huge").exists()
    assert survivors() == []


@pytest.mark.parametrize("name", sorted(EQ_TRICKS))
def test_return_value_tricks_fail(name: str, sandbox: Sandbox) -> None:
    # A rigged object cannot cross to the checker; a rigged int subclass crosses as its int.
    assert run_completion(sandbox, EQ_TRICKS[name]) in (Status.FAILED, Status.BOUNDARY_ERROR)


def test_noisy_but_correct_programs_pass(sandbox: Sandbox) -> None:
    problem = load_dataset().problems[0]
    noise = (
        "    import sys, tempfile\n    print('debug', numbers)\n"
        "    print('warning', file=sys.stderr)\n"
        "    with tempfile.NamedTemporaryFile('w') as fh:\n        fh.write('scratch')\n"
    )
    assert run_completion(sandbox, noise + problem.canonical_solution) is Status.PASSED


def test_no_sandbox_process_outlives_close() -> None:
    slot = 7  # a uid no other sandbox of this test session uses
    box = open_sandbox("bwrap", SandboxLimits(timeout_s=TIMEOUT_S), slot=slot)
    run_completion(
        box, "    return False\n\nimport subprocess\nsubprocess.Popen(['sleep', '30'])\n"
    )
    assert [p for p in filter(str.isdigit, os.listdir("/proc")) if _uid(p) == 60000 + slot]
    box.close()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        left = [p for p in filter(str.isdigit, os.listdir("/proc")) if _uid(p) == 60000 + slot]
        if not left:
            break
        time.sleep(0.1)
    assert left == []


def _uid(pid: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("Uid:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None
