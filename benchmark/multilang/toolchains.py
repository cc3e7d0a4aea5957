"""How each language's program is compiled and run, cold: one compiler process per program.

Every command runs inside ``benchmark.multilang.sandbox`` (bubblewrap); paths are the
sandbox's: the program's folder is ``/tmp/work``. The JVM flags keep javac, java and scalac
within a 1 GiB address space (../shared/notes/multilang-toolchains.md: with default flags the
JVM reserves about 4 GiB). The figures come from that note, with headroom.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from benchmark.multilang.languages import language_code

REPO = Path(__file__).resolve().parents[2]
TSC_DIR = REPO / "tools" / "typescript" / "node_modules" / "typescript"
JVM_FLAGS = (
    "-Xmx256m",
    "-XX:CompressedClassSpaceSize=64m",
    "-XX:ReservedCodeCacheSize=64m",
    "-XX:+UseSerialGC",
    "-Xss4m",
)
JAVATUPLES = "/usr/share/java/javatuples.jar"
SCALA_LIB = "/usr/share/scala-2.11/lib/scala-library.jar"
GIB = 1 << 30


@dataclass(frozen=True)
class Toolchain:
    code: str
    source: str  # file name in the work folder
    compile: tuple[str, ...] | None  # None: interpreted
    run: tuple[str, ...]
    needs: tuple[str, ...]  # host executables that must exist (checked before running)
    binds: tuple[str, ...] = ()  # extra host paths bound read-only at the same place
    env: dict[str, str] = field(default_factory=dict)
    address_space: int = 2 * GIB  # RLIMIT_AS per process
    compile_s: float = 30.0
    run_s: float = 10.0
    # A run that exits 0 but printed one of these on stderr failed (Mono's Debug.Assert).
    failure_marks: tuple[str, ...] = ()

    def missing(self) -> list[str]:
        """What this machine lacks to run the language (empty: ready)."""
        absent = [n for n in self.needs if not Path(n).exists() and shutil.which(n) is None]
        return absent + [b for b in self.binds if not Path(b).exists()]


def _jvm(prefix: str) -> tuple[str, ...]:
    return tuple(prefix + f for f in JVM_FLAGS)


TOOLCHAINS: dict[str, Toolchain] = {
    t.code: t
    for t in (
        Toolchain(
            "c",
            "prog.c",
            ("gcc", "-std=gnu11", "-O0", "prog.c", "-o", "prog", "-lm"),
            ("./prog",),
            ("/usr/bin/gcc",),
        ),
        Toolchain(
            "cpp",
            "prog.cpp",
            ("g++", "-std=gnu++17", "-O0", "prog.cpp", "-o", "prog"),
            ("./prog",),
            ("/usr/bin/g++",),
        ),
        Toolchain(
            "cs",
            "prog.cs",
            ("mcs", "-d:DEBUG", "-r:System.Numerics.dll", "-out:prog.exe", "prog.cs"),
            ("mono", "prog.exe"),
            ("/usr/bin/mcs", "/usr/bin/mono"),
            ("/etc/mono",),
            {"MONO_TRACE_LISTENER": "Console.Error"},
            failure_marks=("---- DEBUG ASSERTION FAILED ----", "Fail:"),
        ),
        Toolchain(
            "go",
            "prog_test.go",
            ("go", "test", "-c", "-o", "prog.test", "prog_test.go"),
            ("./prog.test",),
            ("/usr/bin/go",),
            env={
                "GOCACHE": "/tmp/gocache",
                "GOPATH": "/tmp/gopath",
                "GO111MODULE": "off",
                "CGO_ENABLED": "0",
            },
        ),
        Toolchain(
            "java",
            "Problem.java",
            ("javac", *_jvm("-J"), "-cp", JAVATUPLES, "Problem.java"),
            ("java", *JVM_FLAGS, "-ea", "-cp", f"{JAVATUPLES}:.", "Problem"),
            ("/usr/bin/javac", JAVATUPLES),
            ("/etc/java-17-openjdk",),
        ),
        Toolchain(
            "js", "prog.js", None, ("node", "prog.js"), ("/usr/bin/node",), address_space=4 * GIB
        ),
        Toolchain("php", "prog.php", None, ("php", "prog.php"), ("/usr/bin/php",), ("/etc/php",)),
        Toolchain("py", "prog.py", None, ("python3", "prog.py"), ("/usr/bin/python3",)),
        Toolchain("rb", "prog.rb", None, ("ruby", "prog.rb"), ("/usr/bin/ruby",)),
        Toolchain(
            "rs", "prog.rs", ("rustc", "-o", "prog", "prog.rs"), ("./prog",), ("/usr/bin/rustc",)
        ),
        Toolchain(
            "scala",
            "Problem.scala",
            ("scalac", "Problem.scala"),
            ("java", *JVM_FLAGS, "-cp", f"{SCALA_LIB}:.", "Problem"),
            ("/usr/bin/scalac", SCALA_LIB),
            ("/etc/java-17-openjdk",),
            {"JAVA_OPTS": " ".join(JVM_FLAGS)},
            compile_s=60.0,
        ),
        Toolchain(
            "ts",
            "prog.ts",
            (
                "node",
                f"{TSC_DIR}/bin/tsc",
                "--target",
                "es2020",
                "--module",
                "commonjs",
                "--skipLibCheck",
                "prog.ts",
            ),
            ("node", "prog.js"),
            ("/usr/bin/node",),
            (str(TSC_DIR),),
            address_space=4 * GIB,
        ),
    )
}


def toolchain(language: str) -> Toolchain:
    return TOOLCHAINS[language_code(language)]
