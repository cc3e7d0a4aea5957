"""The multilingual sandbox contains what a hostile program tries, in compiled (C) and
interpreted (JavaScript) languages. Each program answers HumanEval_53 (``add``) correctly only
if its attack failed, so ``passed`` means contained; bombs and floods must not pass, and must
end within their limits."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from benchmark.cli import main
from benchmark.multilang.toolchains import TOOLCHAINS

pytestmark = pytest.mark.slow  # compilers in sandboxes: make test and CI run it

HOST_FILE = str(Path(__file__).resolve())  # a host file outside the sandbox's binds

C_CONTAINED = {
    "network": (
        "    int s = socket(AF_INET, SOCK_STREAM, 0);\n"
        "    struct sockaddr_in a = {0}; a.sin_family = AF_INET; a.sin_port = htons(53);\n"
        "    a.sin_addr.s_addr = htonl(0x01010101);\n"
        "    if (s >= 0 && connect(s, (struct sockaddr *)&a, sizeof a) == 0) return -1;\n"
        "    return x + y;\n"
    ),
    "host_filesystem": f'    if (fopen("{HOST_FILE}", "r")) return -1;\n    return x + y;\n',
    "writes_outside_tmp": '    if (fopen("/usr/pwned", "w")) return -1;\n    return x + y;\n',
}
C_HEADERS = (
    "#include <sys/socket.h>\n#include <netinet/in.h>\n#include <arpa/inet.h>\n#include <stdio.h>\n"
)
C_BOMBS = {
    "fork_bomb": "    while (1) fork();\n",
    "memory_bomb": (
        "    for (;;) { char *p = malloc(1 << 20); if (!p) abort(); memset(p, 1, 1 << 20); }\n"
    ),
    "output_flood": '    for (;;) fputs("flood flood flood flood flood flood flood\\n", stdout);\n',
}
JS_CONTAINED = {
    "host_filesystem": (
        f"  try {{ require('fs').readFileSync({json.dumps(HOST_FILE)}); return -1; }}\n"
        "  catch (e) {}\n"
        "  return x + y;\n}\n"
    ),
    "other_processes": (
        "  const seen = require('fs').readdirSync('/proc').filter(d => /^\\\\d+$/.test(d));\n"
        "  if (seen.length > 3) return -1;\n  return x + y;\n}\n"
    ),
}


def run(tmp_path: Path, language: str, completion: str, program: bool = False) -> dict[str, str]:
    if shutil.which("bwrap") is None or TOOLCHAINS[language].missing():
        pytest.skip(f"needs bubblewrap and the {language} toolchain")
    field = "program" if program else "completion"
    samples = tmp_path / "s.jsonl"
    row = {"language": language, "task_id": "HumanEval_53_add", field: completion}
    samples.write_text(json.dumps(row) + "\n")
    out = tmp_path / "r.jsonl"
    assert main(["exec-samples", str(samples), "--out", str(out), "--json"]) == 0
    result: dict[str, str] = json.loads(out.read_text())
    return result


def c_program(body: str) -> str:
    from benchmark.multilang.problems import problem_index

    prompt = problem_index("c")["HumanEval_53_add"].prompt
    return C_HEADERS + "#include <unistd.h>\n" + prompt + body


@pytest.mark.parametrize("attack", sorted(C_CONTAINED))
def test_a_c_program_cannot_reach_outside(attack: str, tmp_path: Path) -> None:
    result = run(tmp_path, "c", c_program(C_CONTAINED[attack]), program=True)
    assert result["status"] == "passed", result


@pytest.mark.parametrize("bomb", sorted(C_BOMBS))
def test_c_bombs_and_floods_are_contained(bomb: str, tmp_path: Path) -> None:
    result = run(tmp_path, "c", c_program(C_BOMBS[bomb]), program=True)
    assert result["status"] in ("failed", "memory", "timeout"), result
    assert len(result["detail"]) <= 300


@pytest.mark.parametrize("attack", sorted(JS_CONTAINED))
def test_a_javascript_program_cannot_reach_outside(attack: str, tmp_path: Path) -> None:
    assert run(tmp_path, "js", JS_CONTAINED[attack])["status"] == "passed"
