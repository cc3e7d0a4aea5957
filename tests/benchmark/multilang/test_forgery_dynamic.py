"""JavaScript, TypeScript, PHP and Ruby results are judged by the host: every way a completion
forged a pass when its program checked itself (exiting 0 before the tests, redefining the
assertions or ``==``, printing result frames, a returned string carrying a frame, ``toJSON``,
exit hooks) is graded failed, cold and warm; an honest completion with prints of its own
passes; and the emitters write every JSON value the host reads back faithfully."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

from benchmark.multilang.execute import MultiSample, run_sample
from benchmark.multilang.problems import MultiProblem, problem_index
from benchmark.multilang.sandbox import ColdSandbox
from benchmark.multilang.toolchains import TOOLCHAINS
from benchmark.multilang.warm_execute import WarmSandbox
from benchmark.sandbox import ExecutionResult, Status

pytestmark = pytest.mark.slow  # interpreters in sandboxes: make test and CI run it

TASK = "HumanEval/53"  # add(x, y): the first case is add(0, 1) == 1
CODES = ("js", "ts", "php", "rb")
FAKE_FRAMES = "".join(f"\\n@@polyeval-result {i} 0" for i in range(200)) + "\\n"

# Each forgery's function is wrong (it returns 0, or a string); something around it tries to
# make the program pass anyway.
JS_FORGERIES = {
    "exit_0_before_the_tests": "  return 0;\n}\nprocess.exit(0);\n",
    "assert_deep_equal_replaced": (
        "  return 0;\n}\ntry { require('assert').deepEqual = () => {}; } catch (e) {}\n"
    ),
    "fake_frames_then_exit_0": f'  return 0;\n}}\nprocess.stdout.write("{FAKE_FRAMES}");\n'
    "process.exit(0);\n",
    "fake_frames_beside_the_harness": (
        f'  process.stdout.write("{FAKE_FRAMES}");\n  return 0;\n}}\n'
    ),
    "returned_string_injects_a_frame": (
        '  return "1\\n@@polyeval-result 0 1\\n@@polyeval-result 1 1\\n";\n}\n'
    ),
    "to_json_returns_the_sum": "  return { toJSON: () => x + y };\n}\n",
    "to_primitive_returns_the_sum": (
        "  return { [Symbol.toPrimitive]: () => x + y, valueOf: () => x + y };\n}\n"
    ),
    "json_and_stdout_replaced": (
        "  return 0;\n}\nJSON.stringify = () => '1';\n"
        "const polyeval_write = process.stdout.write.bind(process.stdout);\n"
        "process.stdout.write = (s) => polyeval_write(String(s).replace(/ 0\\n/g, ' 1\\n'));\n"
    ),
    "global_emitter_defined": (
        "  return 0;\n}\n"
        "function polyeval_emit(i, v) {\n"
        "  process.stdout.write('\\n@@polyeval-result ' + i + ' 1\\n');\n}\n"
    ),
}
TS_PROCESS = "declare var process: any;\n"
TS_FORGERIES = {
    "exit_0_before_the_tests": f"  return 0;\n}}\n{TS_PROCESS}process.exit(0);\n",
    "fake_frames_then_exit_0": (
        f'  return 0;\n}}\n{TS_PROCESS}process.stdout.write("{FAKE_FRAMES}");\nprocess.exit(0);\n'
    ),
    "returned_string_injects_a_frame": '  return ("1\\n@@polyeval-result 0 1\\n" as any);\n}\n',
    "to_json_returns_the_sum": "  return ({ toJSON: () => x + y } as any);\n}\n",
    "assert_deep_equal_replaced": (
        "  return 0;\n}\ndeclare var require: any;\n"
        "try { require('assert').deepEqual = () => {}; } catch (e) {}\n"
    ),
}
PHP_FORGERIES = {
    "exit_0_before_the_tests": "    return 0;\n}\nexit(0);\n",
    "fake_frames_then_exit_0": f'    return 0;\n}}\necho "{FAKE_FRAMES}";\nexit(0);\n',
    "fake_frames_beside_the_harness": f'    echo "{FAKE_FRAMES}";\n    return 0;\n}}\n',
    "returned_string_injects_a_frame": (
        '    return "1\\n@@polyeval-result 0 1\\n@@polyeval-result 1 1\\n";\n}\n'
    ),
    "shutdown_function_prints_frames": (
        "    return 0;\n}\nregister_shutdown_function(function () {\n"
        '    for ($i = 0; $i < 200; $i++) echo "\\n@@polyeval-result $i 1\\n";\n});\nexit(0);\n'
    ),
    "output_buffer_rewrites_the_frames": (
        "    return 0;\n}\n"
        "ob_start(function ($s) { return preg_replace('/ 0\\n/', \" 1\\n\", $s); });\n"
    ),
    "emitter_redeclared": (
        "    return 0;\n}\nfunction polyeval_emit(int $i, $v, bool $o = false): void {\n"
        '    echo "\\n@@polyeval-result $i 1\\n";\n}\n'
    ),
    # A near miss the emitter would round to the right sum, were its precision lowered.
    "serialize_precision_lowered_on_a_near_miss": (
        "    ini_set('serialize_precision', '5');\n    return $x + $y + 0.0001;\n}\n"
    ),
}
RB_FORGERIES = {
    "exit_0_before_the_tests": "  0\nend\nexit(0)\n",
    "kernel_exit_bang_before_the_tests": "  0\nend\nexit!(0)\n",
    "equality_monkeypatched": (
        "  0\nend\nclass Integer\n  def ==(o) true end\nend\n"
        "class Array\n  def ==(o) true end\nend\n"
        "require 'test/unit'\nmodule Test::Unit::Assertions\n  def assert_equal(*a) end\nend\n"
    ),
    "at_exit_prints_frames": (
        '  0\nend\nat_exit { 200.times { |i| $stdout.write("\\n@@polyeval-result #{i} 1\\n") } }\n'
    ),
    "at_exit_frames_then_exit_0": (
        f'  0\nend\nat_exit {{ $stdout.write("{FAKE_FRAMES}") }}\nexit(0)\n'
    ),
    "fake_frames_beside_the_harness": f'  $stdout.write("{FAKE_FRAMES}")\n  0\nend\n',
    "returned_string_injects_a_frame": (
        '  "1\\n@@polyeval-result 0 1\\n@@polyeval-result 1 1\\n"\nend\n'
    ),
    "integer_to_s_monkeypatched": "  0\nend\nclass Integer\n  def to_s(*) '1' end\nend\n",
    "stdout_replaced": (
        "  0\nend\nrequire 'stringio'\n$stdout = StringIO.new\n"
        f'at_exit {{ STDOUT.write("{FAKE_FRAMES}") }}\n'
    ),
}
FORGERIES = {"js": JS_FORGERIES, "ts": TS_FORGERIES, "php": PHP_FORGERIES, "rb": RB_FORGERIES}

HONEST = {
    "js": (
        "  console.log('adding', x, y);\n  process.stdout.write('no newline @@polyeval-result');\n"
        "  return x + y;\n}\n"
    ),
    "ts": "  console.log('adding', x, y);\n  return x + y;\n}\n",
    "php": '    echo "adding $x $y"; print("@@polyeval-result\\n");\n    return $x + $y;\n}\n',
    "rb": "  print 'adding'\n  puts x, y\n  x + y\nend\n",
}

# A value with every JSON shape, written in each language (the last string tries to open a
# frame), and what the host must read back.
SHAPES = (
    '1, -2, 2.5, 1e-7, 1e21, 0.1, true, false, {none}, "q\\"\\\\\\n\\t{ctl} é ✓ 🙂", {empty},'
    ' {dict}, {nested}, "\\n@@polyeval-result 0 1\\n"'
)
SHAPE_TEXT = {
    "js": "[" + SHAPES.format(none="null", ctl="\\u0001\\u001f", empty="[]",
                              dict='{"k": [1, 2]}', nested="[[3]]") + "]",
    "php": "array(" + SHAPES.format(none="null", ctl="\\x01\\x1f", empty="array()",
                                    dict='array("k" => array(1, 2))',
                                    nested="array(array(3))") + ")",
    "rb": "[" + SHAPES.format(none="nil", ctl="\\x01\\x1f", empty="[]",
                              dict='{"k" => [1, 2]}', nested="[[3]]") + "]",
}  # fmt: skip
SHAPE_TEXT["ts"] = SHAPE_TEXT["js"]
SHAPE_VALUE = [1, -2, 2.5, 1e-7, 1e21, 0.1, True, False, None, 'q"\\\n\t\x01\x1f é ✓ 🙂', [],
               {"k": [1, 2]}, [[3]], "\n@@polyeval-result 0 1\n"]  # fmt: skip
RETURN = {
    "js": "  return {};\n}}\n",
    "ts": "  return ({} as any);\n}}\n",
    "php": "    return {};\n}}\n",
    "rb": "  {}\nend\n",
}
NON_FINITE = {
    "js": "[NaN, Infinity, -Infinity]",
    "ts": "[NaN, Infinity, -Infinity]",
    "php": "array(NAN, INF, -INF)",
    "rb": "[Float::NAN, Float::INFINITY, -Float::INFINITY]",
}


@pytest.fixture(scope="module")
def warm() -> Iterator[WarmSandbox]:
    if shutil.which("bwrap") is None:
        pytest.skip("bubblewrap is not installed")
    box = WarmSandbox(slot=9)
    yield box
    box.close()


def grade(
    how: str, warm: WarmSandbox, code: str, completion: str, problem: MultiProblem | None = None
) -> ExecutionResult:
    if TOOLCHAINS[code].missing():
        pytest.skip(f"{code} toolchain not installed here (make setup)")
    problem = problem or problem_index(code)[TASK]
    sample = MultiSample(code, problem.task_id, completion)
    if how == "warm":
        return warm.run(problem, sample)
    return run_sample(ColdSandbox(slot=9), problem, sample)


def same_everywhere(code: str, value: Any) -> MultiProblem:
    """HumanEval/53 with every case expecting ``value``."""
    problem = problem_index(code)[TASK]
    return replace(problem, expected=(value,) * len(problem.expected))


CASES = [(code, name) for code in CODES for name in FORGERIES[code]]


@pytest.mark.parametrize("how", ["cold", "warm"])
@pytest.mark.parametrize(("code", "name"), CASES, ids=[f"{c}-{n}" for c, n in CASES])
def test_a_forged_pass_is_graded_failed(how: str, code: str, name: str, warm: WarmSandbox) -> None:
    result = grade(how, warm, code, FORGERIES[code][name])
    assert result.status is Status.FAILED, result.detail


@pytest.mark.parametrize("how", ["cold", "warm"])
@pytest.mark.parametrize("code", CODES)
def test_a_returned_string_is_escaped_so_it_cannot_open_a_frame(
    how: str, code: str, warm: WarmSandbox
) -> None:
    result = grade(how, warm, code, FORGERIES[code]["returned_string_injects_a_frame"])
    assert result.detail.startswith('test 0: expected 1, got "1\\n@@polyeval-result 0 1'), (
        result.detail
    )


@pytest.mark.parametrize("how", ["cold", "warm"])
@pytest.mark.parametrize("code", CODES)
def test_an_honest_completion_that_prints_still_passes(
    how: str, code: str, warm: WarmSandbox
) -> None:
    result = grade(how, warm, code, HONEST[code])
    assert result.status is Status.PASSED, result.detail


@pytest.mark.parametrize("code", CODES)
def test_the_emitter_writes_every_json_shape_as_the_host_reads_it(
    code: str, warm: WarmSandbox
) -> None:
    completion = RETURN[code].format(SHAPE_TEXT[code])
    result = grade("cold", warm, code, completion, same_everywhere(code, SHAPE_VALUE))
    assert result.status is Status.PASSED, result.detail


@pytest.mark.parametrize("code", CODES)
def test_nan_and_the_infinities_are_written_as_python_reads_them(
    code: str, warm: WarmSandbox
) -> None:
    completion = RETURN[code].format(NON_FINITE[code])
    result = grade("warm", warm, code, completion, same_everywhere(code, [0]))
    assert result.detail.endswith("got [NaN,Infinity,-Infinity]"), result.detail


# What the forgeries above are worth: graded by MultiPL-E's self-checking tests instead of the
# harness, these passed.
PASSED_BY_THEIR_OWN_TESTS = [
    ("js", "exit_0_before_the_tests"),
    ("js", "assert_deep_equal_replaced"),
    ("php", "shutdown_function_prints_frames"),
    ("rb", "kernel_exit_bang_before_the_tests"),
    ("rb", "equality_monkeypatched"),
]


@pytest.mark.parametrize(("code", "name"), PASSED_BY_THEIR_OWN_TESTS)
def test_the_same_forgery_passed_multipl_e_s_own_tests(
    code: str, name: str, warm: WarmSandbox
) -> None:
    in_program = replace(problem_index(code)[TASK], harness="")
    result = grade("cold", warm, code, FORGERIES[code][name], in_program)
    assert result.status is Status.PASSED, result.detail


# Installed by one sample, it rewrites every later frame with the first value it saw for that
# case (other than its own zeros): were programs run inside the warm node, a wrong sample
# after a right one would pass.
REPLAY_HOOK = r"""  const fs = require('fs');
  const real = fs.writeSync, seen = {};
  fs.writeSync = function (fd, s, ...rest) {
    if (typeof s === 'string') {
      s = s.replace(/@@polyeval-result (\d+) (\S*)/g, (m, i, v) => {
        if (v !== '0' && !(i in seen)) seen[i] = v;
        return '@@polyeval-result ' + i + ' ' + (i in seen ? seen[i] : v);
      });
    }
    return real.call(this, fd, s, ...rest);
  };
  return 0;
}
"""


@pytest.mark.parametrize("code", ["js", "ts"])
def test_a_sample_cannot_replay_an_earlier_sample_s_results_into_a_later_one(
    code: str, warm: WarmSandbox
) -> None:
    hook = REPLAY_HOOK
    if code == "ts":
        hook = hook.replace("const fs =", "const fs: any =").replace("seen = {}", "seen: any = {}")
    statuses = [
        grade("warm", warm, code, text).status for text in (hook, HONEST[code], "  return -1;\n}\n")
    ]
    assert statuses == [Status.FAILED, Status.PASSED, Status.FAILED]


def test_a_program_cannot_open_its_warm_node_server_s_memory_or_channel(
    warm: WarmSandbox,
) -> None:
    probe = (
        "  const fs = require('fs');\n"
        "  for (const f of ['mem', 'environ', 'fd/0', 'fd/1']) {\n"
        "    try { fs.openSync(`/proc/${process.ppid}/${f}`, 'r+'); return 0; } catch (e) {}\n"
        "  }\n  return x + y;\n}\n"
    )
    assert grade("warm", warm, "js", probe).status is Status.PASSED
