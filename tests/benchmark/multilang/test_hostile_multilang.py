"""The hostile catalog, per language, through the warm servers (the path exec-samples takes).

Every attack is a completion of HumanEval/53 that runs a shell command through its language's
own process API and forges a pass (exits 0 before the tests) only if the command succeeded
(``hostile_programs``): a command that gets through shows up as a pass, and a control command
(``true``) shows that it would. After each attack the host is checked (canary files, a TCP
listener, a victim process, no process the attack started is left) and a correct completion
on the same warm slot must still pass.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from benchmark.multilang.execute import MultiSample
from benchmark.multilang.problems import problem_index
from benchmark.multilang.toolchains import TOOLCHAINS
from benchmark.multilang.warm_execute import ORDER, WarmSandbox
from benchmark.sandbox import Status
from tests.benchmark.host_listener import counting_listener
from tests.benchmark.multilang.hostile_programs import (
    CHANNEL_FORGERY,
    GOOD,
    TASK,
    completion,
)

pytestmark = pytest.mark.slow  # compilers in sandboxes: make test and CI run it

SURVIVOR = "31337"
REPO = Path(__file__).resolve().parents[3]


@dataclass
class Host:
    canary_dir: Path
    secret: Path
    public: Path
    port: int
    connections: list[str]
    victim: subprocess.Popen[bytes]

    def fingerprint(self) -> dict[str, str]:
        return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(self.canary_dir.iterdir())}  # fmt: skip


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Host]:
    canary_dir = tmp_path_factory.mktemp("canaries")
    os.chmod(canary_dir, 0o777)  # even a world-writable host folder must stay out of reach
    secret = canary_dir / "secret.txt"
    secret.write_text("top secret")
    os.chmod(secret, 0o644)
    public = canary_dir / "public.txt"
    public.write_text("public canary")
    os.chmod(public, 0o666)
    with counting_listener() as (port, connections):
        victim = subprocess.Popen(["sleep", "600"])
        yield Host(canary_dir, secret, public, port, connections, victim)
        victim.kill()
        victim.wait()


def attacks(host: Host) -> dict[str, str]:
    """Shell commands that succeed (exit 0) only if the sandbox let them through."""
    return {
        # (``ls /work`` would succeed for node: bwrap makes the empty parents of the bound
        # TypeScript folder; the files of the checkout around it stay out of reach.)
        "read a host file": f"cat {host.secret} || cat /etc/shadow || ls /root || "
        f"cat {REPO}/pyproject.toml",
        "write outside": f"echo pwned > {host.public} || echo pwned > /usr/pwned || "
                         "echo pwned > /etc/pwned",
        "reach the network": f"bash -c 'exec 3<>/dev/tcp/127.0.0.1/{host.port}' || "
                             "getent hosts pypi.org",
        "signal a host process": f"kill -9 {host.victim.pid}",
        "leave a process behind": f"setsid sleep {SURVIVOR} > /dev/null 2>&1 < /dev/null & exit 1",
        "fork bomb": "bash -c 'f() { f | f & }; f' ; sleep 2; exit 1",
        "memory bomb": "python3 -c 'x = [bytearray(1 << 20) for _ in range(1 << 14)]'",
        "file flood": "head -c 400000000 /dev/zero > flood.bin",
        "kill the server": "kill -9 -1; sleep 1",
    }  # fmt: skip


def survivors() -> list[int]:
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if argv[:2] == [b"sleep", SURVIVOR.encode()]:
            found.append(int(pid))
    return found


def run(sandbox: WarmSandbox, code: str, text: str, full: bool = False) -> Status:
    problem = problem_index(code)[TASK]
    return sandbox.run(problem, MultiSample(code, problem.task_id, text, full)).status


@pytest.fixture
def sandbox(request: pytest.FixtureRequest) -> Iterator[WarmSandbox]:
    code = request.node.callspec.params["code"]
    if shutil.which("bwrap") is None or TOOLCHAINS[code].missing():
        pytest.skip(f"needs bubblewrap and the {code} toolchain (make setup)")
    box = WarmSandbox(slot=7)
    yield box
    box.close()


@pytest.mark.parametrize("code", ORDER)
def test_attacks_are_contained_and_the_slot_still_grades_right(
    code: str, host: Host, sandbox: WarmSandbox
) -> None:
    control, full = completion(code, "true")
    assert run(sandbox, code, control, full) is Status.PASSED  # the probe can see a success
    before = host.fingerprint()
    got_through = {}
    for name, command in attacks(host).items():
        text, full = completion(code, command)
        status = run(sandbox, code, text, full)
        if status is Status.PASSED:
            got_through[name] = status
        assert run(sandbox, code, GOOD[code]) is Status.PASSED, f"after {name!r}"
    assert got_through == {}
    assert host.fingerprint() == before
    assert host.connections == []
    assert host.victim.poll() is None
    assert survivors() == []
    assert not Path("/usr/pwned").exists() and not Path("/etc/pwned").exists()


@pytest.mark.parametrize("code", sorted(CHANNEL_FORGERY))
def test_a_fake_reply_on_an_in_process_servers_channel_fails(
    code: str, sandbox: WarmSandbox
) -> None:
    assert run(sandbox, code, CHANNEL_FORGERY[code]) is Status.FAILED
    assert run(sandbox, code, GOOD[code]) is Status.PASSED
