"""One multilingual sample's verdict through the warm servers of a slot.

Which server runs what:

- C, C++, C#, Go, Rust, PHP, Ruby, Python: ``warm/driver.py`` (one per language and slot)
  runs the cold path's own compiler and program as child processes, without a fresh sandbox
  per step; C++ compiles with the precompiled ``<bits/stdc++.h>`` (``-include``), Rust links
  the shared libstd (``-C prefer-dynamic``), Go with a build cache seeded once per machine and
  kept warm in the slot. The program is a separate process, as on the cold path.
- Java and Scala: a long-lived JVM compiling in-process (``warm/WarmJava.java``,
  ``warm/WarmScala.scala``), JavaScript and TypeScript: a long-lived node
  (``warm/warm_node.js``): MultiPL-E's type check (``tsc`` exits non-zero on a type error,
  graded a compile error, as on our cold path) with the parsed lib files kept, then the
  program as a child process, ``node prog.js`` as on the cold path (run inside the server, a
  program could patch the server's ``fs`` and replay an earlier sample's results into a
  later wrong one: ``test_forgery_dynamic``).

The status rules are the cold path's (``execute._run_verdict``): the program's stdout is read
from its file and its result frames judged by the host (``judge.py``), so a sample gets the
same verdict both ways; ``tests/perf/multilang_exec.py`` compares the two.

What warmness could add to forging, and what is done about it. A program cannot forge its own
verdict (``sandbox.py``: the expected values are never in it), so what matters is state that
outlives it in the slot, through which it could change a *later* sample's output (replay an
earlier right answer into a wrong one, say):

- driver languages and JS/TS: the program is a separate process; the reply channel is not
  inherited and the servers are non-dumpable (a child of the same uid cannot open
  ``/proc/<server>/fd`` or its memory; node through ``warm_build``'s ``nodump.so``); after
  each program every process it started is killed and the scratch folders emptied. Go's
  build cache, which the next compiles read, is writable by the program's uid: a change to it
  after the compile (inode change time, which cannot be set back) re-seeds it (tested). Node
  once ran programs in the server itself, where a hook left in its ``fs`` replayed results
  (``test_forgery_dynamic``): programs are child processes now.
- Java and Scala run in the server's JVM. Writing on the reply channel without the request's
  nonce is caught (the sample fails, the server restarts); a forged reply only says that the
  program ended. The program's class loader's parent is the platform loader, ``System.exit``
  is trapped (and ends its output, as a real exit would), a program may not install its own
  security manager (whose callbacks would run between later programs), and the JVM is
  replaced after a VM error, a stray thread, or a change to the boxing caches, the default
  locale or time zone (``Integrity`` in ``WarmJava.java``; ``WarmScala.intact``; tested). Not
  covered: other JDK-wide state a program could reach by reflection or ``Unsafe`` (a JDK
  class's static field), which stays shared with the same run's later samples.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from benchmark.multilang import warm_build
from benchmark.multilang.execute import MultiSample, _compile_verdict, _run_verdict, assemble
from benchmark.multilang.problems import MultiProblem
from benchmark.multilang.sandbox import StepResult
from benchmark.multilang.toolchains import (
    JAVATUPLES,
    JVM_FLAGS,
    SCALA_LIB,
    TSC_DIR,
    Toolchain,
    toolchain,
)
from benchmark.multilang.warm_slot import Reply, ServerSpec, WarmServer
from benchmark.sandbox import ExecutionResult, SandboxError, Status

IN_PROCESS = ("java", "scala", "js", "ts")
ORDER = ("c", "cpp", "cs", "go", "java", "js", "php", "py", "rb", "rs", "scala", "ts")
JVM_EXTRA = ("-XX:-UsePerfData", "-XX:TieredStopAtLevel=1", "-Djava.security.manager=allow")
REPLY_GRACE_S = 5.0
SANDBOX_NAME = {True: "bwrap-warm", False: "bwrap-cold"}
RUBY_GEMS = Path("/usr/lib/ruby/gems/3.1.0/gems")


def run_argv(code: str) -> tuple[str, ...]:
    """The cold run command, except Ruby's: the same interpreter and gems, found through -I
    rather than by loading RubyGems (half of a test's 90 ms; test/unit needs a gem)."""
    chain = toolchain(code)
    if code != "rb" or not any(RUBY_GEMS.glob("test-unit-*/lib")):
        return chain.run
    found = sorted(str(lib) for lib in RUBY_GEMS.glob("*/lib") if lib.is_dir())
    return ("ruby", "--disable-gems", *(x for lib in found for x in ("-I", lib)), *chain.run[1:])


def server_spec(code: str, cache: Path) -> ServerSpec:
    chain = toolchain(code)
    chain = replace(chain, binds=(*chain.binds, str(cache)))
    index = ORDER.index(code)
    argv: tuple[str, ...]
    if code == "java":
        argv = ("java", *JVM_FLAGS, *JVM_EXTRA, "-cp", f"{cache}/java:{JAVATUPLES}", "WarmJava",
                JAVATUPLES)  # fmt: skip
        return ServerSpec(code, chain, argv, 30.0, index)
    if code == "scala":
        flags = tuple("-Xmx512m" if f.startswith("-Xmx") else f for f in JVM_FLAGS)
        argv = ("java", *flags, *JVM_EXTRA, "-cp", f"{cache}/scala:{warm_build.SCALA_CP}",
                "WarmScala", SCALA_LIB)  # fmt: skip
        return ServerSpec(code, chain, argv, 90.0, index)
    if code in ("js", "ts"):
        if code == "js":
            chain = replace(
                chain, binds=(*chain.binds, str(TSC_DIR)) if TSC_DIR.exists() else chain.binds
            )
        return ServerSpec(
            code, chain, ("node", f"{cache}/warm_node.js", code, str(TSC_DIR)), 30.0, index
        )
    env = dict(chain.env)
    if code == "go":
        env["POLYEVAL_WARM_SEED"] = f"{cache}/go/gocache"
    return ServerSpec(code, replace(chain, env=env), ("python3", "-I", f"{cache}/driver.py"), 15.0,
                      index)  # fmt: skip


def compile_argv(code: str, cache: Path) -> tuple[str, ...] | None:
    chain = toolchain(code)
    if code == "cpp":
        return ("g++", *warm_build.CPP_FLAGS, "-include", warm_build.CPP_HEADER, "-I",
                f"{cache}/cpp", chain.source, "-o", "prog")  # fmt: skip
    if code == "rs":
        # Linked against the shared libstd (Debian's, under /usr) instead of copying it in:
        # 270 -> 165 ms a compile here; the program and its output are the same.
        return ("rustc", "-C", "prefer-dynamic", "-o", "prog", chain.source)
    return chain.compile


def compile_server(code: str, cache: Path) -> list[str] | None:
    """A compiler the driver keeps running between programs (C# only: mcs in one mono)."""
    if code == "cs" and (cache / "cs" / "WarmCs.exe").exists():
        return ["mono", f"{cache}/cs/WarmCs.exe"]
    return None


class WarmSandbox:
    """One slot's warm servers, started on first use per language (one sample at a time)."""

    def __init__(self, slot: int = 0, run_s: float | None = None) -> None:
        self.slot = slot
        self.run_s = run_s  # None: each language's own limit (tests shorten it)
        self.cache = warm_build.cache_dir()
        self.servers: dict[str, WarmServer] = {}

    def server(self, code: str) -> WarmServer:
        if code not in self.servers:
            self.servers[code] = WarmServer(server_spec(code, self.cache), self.slot)
        return self.servers[code]

    def close(self) -> None:
        for server in self.servers.values():
            server.close()
        self.servers.clear()

    def run(self, problem: MultiProblem, sample: MultiSample) -> ExecutionResult:
        chain = toolchain(sample.language)
        if self.run_s is not None:
            chain = replace(chain, run_s=self.run_s)
        missing = chain.missing()
        if missing:
            return ExecutionResult(
                Status.SANDBOX_ERROR, f"toolchain missing: {', '.join(missing)}", 0
            )
        files = {chain.source: assemble(problem, sample)}
        payload: dict[str, object] | None = None
        deadline = chain.run_s + REPLY_GRACE_S
        if sample.language not in IN_PROCESS:
            env = {"PATH": "/usr/bin:/bin", "HOME": "/tmp", "LANG": "C.UTF-8", **chain.env}
            build = compile_argv(sample.language, self.cache)
            space = chain.address_space
            payload = {"compile": build, "run": run_argv(sample.language), "env": env,
                       "compile_server": compile_server(sample.language, self.cache),
                       "compile_s": chain.compile_s, "run_s": chain.run_s,
                       "compile_as": space, "run_as": space}  # fmt: skip
        if chain.compile is not None:
            deadline += chain.compile_s
        try:
            reply = self.server(sample.language).request(files, payload, chain.run_s, deadline)
        except SandboxError as exc:
            return ExecutionResult(Status.SANDBOX_ERROR, str(exc)[:300], 0)
        return verdict(chain, reply, problem)


def verdict(chain: Toolchain, reply: Reply, problem: MultiProblem) -> ExecutionResult:
    took = reply.duration_s
    if reply.kind == "compile_error":
        built = StepResult(reply.code, reply.compile_output, reply.compile_output, took)
        return _compile_verdict(built, took)
    if reply.kind == "compile_timeout":
        return _compile_verdict(StepResult(None, "", "", took), took)
    if reply.kind == "exit":
        ran = StepResult(reply.code, reply.stdout, reply.stderr, took, reply.oom_killed)
        return _run_verdict(chain, ran, took, problem)
    if reply.kind == "timeout":
        return ExecutionResult(Status.TIMEOUT, f"killed after {chain.run_s:.0f} s wall clock", took)
    if reply.oom_killed:
        return ExecutionResult(Status.MEMORY, "killed by the kernel: the slot's memory limit", took)
    if reply.kind == "forged":
        return ExecutionResult(
            Status.FAILED, "the program wrote on the warm server's channel", took
        )
    return ExecutionResult(Status.FAILED, "the program brought its warm server down", took)
