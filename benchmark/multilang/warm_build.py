"""What the warm servers need, built once per machine (not per slot) into a read-only cache
that every warm sandbox binds at the same path: the servers' own code (compiled for the JVM
ones), C++'s precompiled ``<bits/stdc++.h>`` and a seeded Go build cache.

These are this project's own sources and the distribution's headers, built outside the
sandbox before any candidate runs; the folder is owned by root, mode 0755, and keyed by a hash
of the sources, so a changed server is rebuilt rather than reused.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from benchmark.multilang.toolchains import JAVATUPLES, SCALA_LIB

SOURCES = Path(__file__).resolve().parent / "warm"
# One per machine, outside /tmp (which a sandbox or a tidy-up may empty); keyed by a hash.
ROOT = Path("/var/tmp/polyeval-warm")
SCALA_DIR = Path(SCALA_LIB).parent
SCALA_CP = ":".join(str(SCALA_DIR / j) for j in ("scala-library.jar", "scala-compiler.jar",
                                                  "scala-reflect.jar"))  # fmt: skip
STALE_S = 24 * 3600
SERVER_SUFFIXES = (".py", ".java", ".scala", ".js", ".cs")
MCS_EXE = Path("/usr/lib/mono/4.5/mcs.exe")
CPP_FLAGS = ("-std=gnu++17", "-O0")
CPP_HEADER = "bits/stdc++.h"
# Loaded by warm_node.js: node cannot clear its own dumpable flag, this constructor does, so a
# program (a child of the same uid) cannot open /proc/<server>/mem.
NODUMP_C = (
    "#include <sys/prctl.h>\n"
    "__attribute__((constructor)) static void nodump(void)\n"
    "{ prctl(PR_SET_DUMPABLE, 0, 0, 0, 0); }\n"
)
GO_SEED_TEST = (
    'package seed_test\n\nimport (\n    "testing"\n    "fmt"\n)\n\n'
    'func TestSeed(t *testing.T) { if fmt.Sprintf("%v", 1) != "1" { t.Errorf("no") } }\n'
)


@functools.cache
def cache_dir() -> Path:
    """The built cache for the current sources (built now if absent; looked up once a process)."""
    digest = hashlib.sha256(Path(__file__).read_bytes())  # how it is built counts too
    for path in sorted(p for p in SOURCES.iterdir() if p.suffix in SERVER_SUFFIXES):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    target = ROOT / digest.hexdigest()[:16]
    if (target / "done").exists():
        return target
    ROOT.mkdir(parents=True, exist_ok=True)
    os.chmod(ROOT, 0o755)
    with open(ROOT / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (target / "done").exists():
            _build(target)
            _remove_stale(target)
    return target


def _remove_stale(current: Path) -> None:
    """Caches of older sources (about 100 MB each, mostly the C++ header), once unused for a
    day: a process still running older code keeps its own a while."""
    for other in ROOT.iterdir():
        done = other / "done"
        if other != current and done.exists() and time.time() - done.stat().st_mtime > STALE_S:
            shutil.rmtree(other, ignore_errors=True)


def _build(target: Path) -> None:
    work = Path(tempfile.mkdtemp(prefix="build-", dir=ROOT))
    try:
        for name in ("driver.py", "warm_node.js"):
            shutil.copy(SOURCES / name, work / name)
        parts = (("java", _javac), ("scala", _scalac), ("cpp", _pch), ("go", _go_seed),
                 ("cs", _mcs), ("node", _nodump))  # fmt: skip
        for name, part in parts:
            try:
                part(work)
            except RuntimeError as exc:  # that language's server will not start; others will
                (work / f"{name}.error").write_text(str(exc))
        for path in [work, *work.rglob("*")]:
            os.chmod(path, 0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
        (work / "done").write_text("ok\n")
        shutil.rmtree(target, ignore_errors=True)
        work.rename(target)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run(argv: list[str], **kwargs: object) -> None:
    done = subprocess.run(argv, capture_output=True, text=True, check=False, **kwargs)  # type: ignore[call-overload]
    if done.returncode != 0:
        raise RuntimeError(f"{argv[0]} failed building the warm cache: {done.stderr[-2000:]}")


def _nodump(work: Path) -> None:
    if shutil.which("gcc") is None:
        return
    (work / "node").mkdir()
    (work / "node" / "nodump.c").write_text(NODUMP_C)
    _run(["gcc", "-shared", "-fPIC", "-o", str(work / "node" / "nodump.so"),
          str(work / "node" / "nodump.c")])  # fmt: skip


def _javac(work: Path) -> None:
    if shutil.which("javac") is None:
        return
    (work / "java").mkdir()
    _run(["javac", "-nowarn", "-cp", JAVATUPLES, "-d", str(work / "java"),
          str(SOURCES / "WarmJava.java")])  # fmt: skip


def _scalac(work: Path) -> None:
    if shutil.which("java") is None or not SCALA_DIR.exists():
        return
    (work / "scala").mkdir()
    _run(["java", "-Xmx512m", "-cp", SCALA_CP, "scala.tools.nsc.Main", "-usejavacp",
          "-target:jvm-1.8", "-d", str(work / "scala"),
          str(SOURCES / "WarmScala.scala")])  # fmt: skip


def _mcs(work: Path) -> None:
    """The warm C# compiler, beside the mcs.exe it calls (mono resolves it from there)."""
    if shutil.which("mcs") is None or not MCS_EXE.exists():
        return
    (work / "cs").mkdir()
    shutil.copy(MCS_EXE, work / "cs" / "mcs.exe")
    _run(["mcs", f"-r:{MCS_EXE}", f"-out:{work / 'cs' / 'WarmCs.exe'}", str(SOURCES / "WarmCs.cs")])


def _pch(work: Path) -> None:
    """``g++ -include bits/stdc++.h -I <cache>/cpp`` then reads this instead of parsing the
    header (the prompt's own ``#include`` of it is then a no-op, guarded)."""
    if shutil.which("g++") is None:
        return
    out = work / "cpp" / "bits"
    out.mkdir(parents=True)
    header = Path(f"/usr/include/x86_64-linux-gnu/c++/12/{CPP_HEADER}")
    # The header beside its .gch: the program's own #include of it then finds text (every
    # header it names is guarded, so the second pass is cheap) rather than a lone .gch.
    shutil.copy(header, out / "stdc++.h")
    _run(["g++", *CPP_FLAGS, "-x", "c++-header", str(header), "-o", str(out / "stdc++.h.gch")])


def _go_seed(work: Path) -> None:
    """A Go build cache holding the standard packages a MultiPL-E test links (testing, fmt)."""
    if shutil.which("go") is None:
        return
    seed = work / "go"
    seed.mkdir()
    (seed / "seed_test.go").write_text(GO_SEED_TEST)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(seed), "GOCACHE": str(seed / "gocache"),
           "GOPATH": str(seed / "gopath"), "GO111MODULE": "off", "CGO_ENABLED": "0"}  # fmt: skip
    _run(["go", "test", "-c", "-o", "seed.test", "seed_test.go"], cwd=seed, env=env)
    for leftover in ("seed.test", "seed_test.go"):
        (seed / leftover).unlink()
    shutil.rmtree(seed / "gopath", ignore_errors=True)
