"""HumanEval/53 (``add``) completions, one per language, that run a shell command through the
language's own process API and then *forge a pass* (exit 0 before the tests) if and only if
the command succeeded; otherwise they return a wrong sum and fail. So a hostile command that
gets through shows up as a pass. (All but Python, judged by the host, return the right sum
instead: exiting 0 no longer passes there.)"""

from __future__ import annotations

import json

from benchmark.multilang.problems import problem_index

TASK = "HumanEval/53"


def _q(text: str) -> str:
    return json.dumps(text)


def completion(code: str, command: str) -> tuple[str, bool]:
    """``(text, full_program)`` for ``code``: run ``sh -c command``; exit 0 if it succeeded."""
    assert '"' not in command and "\\" not in command, "C#'s argument string quotes simply"
    q = _q(command)
    bodies = {
        # C and C++ are judged by the host (exiting 0 forges nothing): the right sum instead,
        # the command run once per program.
        "c": f"    static int ok = -1;\n    if (ok < 0) ok = system({q}) == 0;\n"
        "    return ok ? x + y : 0;\n",
        "cpp": f"    static int ok = -1;\n    if (ok < 0) ok = std::system({q}) == 0;\n"
        "    return ok ? x + y : 0;\n",
        # Judged by the host (judge.py): the right sum, the command run once, at class init.
        "cs": (
            "        return Ok ? x + y : 0;\n    }\n    static bool Ok = Run();\n"
            "    static bool Run() {\n"
            '        var p = Process.Start(new ProcessStartInfo("sh", "-c \\"" + '
            f'{q} + "\\"") {{ UseShellExecute = false }});\n'
            "        p.WaitForExit();\n        return p.ExitCode == 0;\n"
        ),
        "java": (
            "        return ok ? x + y : 0;\n    }\n    static boolean ok = run();\n"
            "    static boolean run() {\n"
            f'        try {{ return Runtime.getRuntime().exec(new String[]{{"sh", "-c", {q}}})'
            ".waitFor() == 0; } catch (Exception e) { return false; }\n"
        ),
        "scala": (
            "        if (ok) x + y else 0L\n    }\n"
            f'    lazy val ok = Runtime.getRuntime().exec(Array("sh", "-c", {q})).waitFor() == 0\n'
            "    def unused(): Long = {\n        0L\n"
        ),
        # Judged by the host too: the right sum, the command run once per program.
        "js": (
            "  if (add.ok === undefined) add.ok = "
            f"require('child_process').spawnSync('sh', ['-c', {q}]).status === 0;\n"
            "  return add.ok ? x + y : 0;\n}\n"
        ),
        "ts": (
            "  const f: any = add;\n  if (f.ok === undefined) f.ok = "
            f"require('child_process').spawnSync('sh', ['-c', {q}]).status === 0;\n"
            "  return f.ok ? x + y : 0;\n}\n"
        ),
        "php": (
            "    static $ok = null;\n"
            f"    if ($ok === null) {{ exec({_php(command)}, $o, $rc); $ok = $rc === 0; }}\n"
            "    return $ok ? $x + $y : 0;\n}\n"
        ),
        "py": (f"    import os\n    if os.system({q}) == 0:\n        os._exit(0)\n    return 0\n"),
        "rb": f'  $ok = system("sh", "-c", {q}) == true if $ok.nil?\n  $ok ? x + y : 0\nend\n',
        "rs": (
            f'    if std::process::Command::new("sh").arg("-c").arg({q}).status()'
            ".map(|s| s.success()).unwrap_or(false) { return x + y; }\n    0\n"
        ),
    }
    if code == "go":
        prompt = problem_index("go")[TASK].prompt.replace('"fmt"\n', '"fmt"\n    "os/exec"\n')
        body = (f"    if exec.Command(\"sh\", \"-c\", {q}).Run() == nil {{ return x + y }}\n"
                "    return 0\n}\n")  # fmt: skip
        return prompt + body, True
    return bodies[code], False


def _php(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


# A fake reply on the server's channel (fd 1 of the in-process servers), then a wrong answer.
CHANNEL_FORGERY = {
    "java": (
        "        try { java.io.FileOutputStream o ="
        " new java.io.FileOutputStream(java.io.FileDescriptor.out);"
        ' o.write("x\\texit\\t0\\n".getBytes()); o.flush(); } catch (Exception e) {}\n'
        "        return 0;\n"
    ),
    "scala": (
        "        val o = new java.io.FileOutputStream(java.io.FileDescriptor.out);"
        ' o.write("x\\texit\\t0\\n".getBytes()); o.flush()\n        0\n'
    ),
    # JavaScript and TypeScript programs are children of their server: they try /proc.
    "js": "  require('fs').writeFileSync(`/proc/${process.ppid}/fd/1`, 'x\\texit\\t0\\n');\n"
    "  return 0;\n}\n",
    "ts": "  require('fs').writeFileSync(`/proc/${(globalThis as any).process.ppid}/fd/1`,"
    " 'x\\texit\\t0\\n');\n  return 0;\n}\n",
}

# The canonical answer, to check that the slot still grades right after each attack.
GOOD = {
    "c": "    return x + y;\n", "cpp": "    return x + y;\n",
    "cs": "        return x + y;\n", "java": "        return x + y;\n",
    "scala": "        x + y\n", "js": "  return x + y;\n}\n", "ts": "  return x + y;\n}\n",
    "php": "    return $x + $y;\n}\n", "py": "    return x + y\n", "rb": "  x + y\nend\n",
    "rs": "    x + y\n", "go": "    return x + y\n}\n",
}  # fmt: skip
