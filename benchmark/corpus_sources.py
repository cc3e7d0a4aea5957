"""The pinned packages behind the polyeval-v1 corpus: the list, fetching, license texts.

Every package is permissively licensed and reachable through Debian (source packages, or
binary packages that ship sources), npm or PyPI. Versions are pinned; Debian versions carry
their epoch because `apt-get source NAME=VERSION` needs it (the manifest drops it). Debian's
mirror keeps only the current version of a package, so a later rebuild may fail to fetch:
the built corpus is committed (see corpus_build.py).
"""

from __future__ import annotations

import fnmatch
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

# Display name -> folder name used under files/.
LANGUAGE_DIRS: dict[str, str] = {
    "C": "C",
    "C#": "CSharp",
    "C++": "CPP",
    "Go": "Go",
    "Java": "Java",
    "JavaScript": "JavaScript",
    "PHP": "PHP",
    "Python": "Python",
    "Ruby": "Ruby",
    "Rust": "Rust",
    "Scala": "Scala",
    "TypeScript": "TypeScript",
}

# PolyCoder's Pygments filename patterns (Data/extract_code.py), minus oddities.
EXTENSIONS: dict[str, tuple[str, ...]] = {
    "C": (".c", ".h"),
    "C#": (".cs",),
    "C++": (".cpp", ".hpp", ".cc", ".hh", ".cxx", ".hxx", ".h", ".c++", ".h++", ".tpp", ".ipp"),
    "Go": (".go",),
    "Java": (".java",),
    "JavaScript": (".js", ".mjs", ".cjs"),
    "PHP": (".php",),
    "Python": (".py",),
    "Ruby": (".rb",),
    "Rust": (".rs",),
    "Scala": (".scala",),
    "TypeScript": (".ts",),
}


@dataclass(frozen=True)
class Source:
    """One pinned package.

    kind: "deb-src" (`apt-get source`; when only the orig tarball is on the mirror, that is
    unpacked and `copyright_deb`'s copyright file is the license text), "deb" (`apt-get
    download` + `dpkg-deb -x`), "npm" (`npm pack`) or "pypi" (`pip download` of the sdist).
    subdir: the package root inside the unpacked tree; manifest paths are relative to it.
    include / exclude: regexes searched in that relative path.
    license: the package's SPDX license; a Debian file matched by a more specific DEP-5
    `Files:` stanza with another license gets that license instead (see file_license).
    """

    language: str
    package: str
    version: str
    kind: str
    license: str
    subdir: str = ""
    include: str | None = None
    exclude: str | None = None
    copyright_deb: str | None = None
    dep5_prefix: str = ""  # prepended to a path before matching DEP-5 `Files:` globs

    @property
    def registry_name(self) -> str:
        return {"deb-src": "debian", "deb": "debian"}.get(self.kind, self.kind)

    @property
    def source(self) -> str:
        return f"{self.registry_name}:{self.package}"

    @property
    def fetch_command(self) -> str:
        if self.kind == "deb-src":
            command = f"apt-get source '{self.package}={self.version}'"
            if self.copyright_deb:
                command += " (orig tarball only); "
                command += f"apt-get download '{self.copyright_deb}={self.version}'"
            return command
        if self.kind == "deb":
            return f"apt-get download '{self.package}={self.version}' && dpkg-deb -x *.deb ."
        if self.kind == "npm":
            return f"npm pack {self.package}@{self.version}"
        return f"pip download --no-deps --no-binary :all: {self.package}=={self.version}"

    @property
    def plain_version(self) -> str:
        """The version without a Debian epoch."""
        return self.version.split(":", 1)[-1]


GOCODE = "usr/share/gocode/src/"
CARGO = "usr/share/cargo/registry/"
GEMS = "usr/share/rubygems-integration/all/gems/"
PHP = "usr/share/php/"


def _go(package: str, version: str, license_: str, import_path: str) -> Source:
    return Source("Go", package, version, "deb", license_, GOCODE + import_path)


def _rust(crate: str, version: str, revision: str, license_: str) -> Source:
    package, subdir = f"librust-{crate}-dev", f"{CARGO}{crate}-{version}"
    return Source("Rust", package, f"{version}-{revision}", "deb", license_, subdir)


def _npm(language: str, package: str, version: str, license_: str, **kw: str) -> Source:
    return Source(language, package, version, "npm", license_, **kw)


# The tables of the corpus-sources notes, with the licenses of Debian's DEP-5 `Files: *`
# stanzas, npm's package.json or the sdist's PKG-INFO.
# fmt: off
SOURCES: tuple[Source, ...] = (
    # C: Debian source packages (zlib: the top-level library only; contrib/ has other licenses)
    Source("C", "zlib", "1:1.2.13.dfsg-1", "deb-src", "Zlib", include=r"^[^/]+\.[ch]$"),
    Source("C", "lua5.4", "5.4.4-3+deb12u1", "deb-src", "MIT", include=r"^src/"),
    Source("C", "jq", "1.6-2.1+deb12u2", "deb-src", "MIT", include=r"^src/"),
    Source("C", "jansson", "2.14-2", "deb-src", "MIT", include=r"^(src|test)/"),
    Source("C", "libyaml", "0.2.5-1", "deb-src", "MIT", include=r"^(src|include|tests)/"),
    Source("C", "libuv1", "1.44.2-1+deb12u1", "deb-src", "MIT", include=r"^(src|include|test)/"),
    Source("C", "redis", "5:7.0.15-1~deb12u7", "deb-src", "BSD-3-Clause", include=r"^src/"),
    # C++
    Source("C++", "fmtlib", "9.1.0+ds1-2", "deb-src", "MIT", include=r"^(include|src|test)/"),
    Source("C++", "leveldb", "1.23-4", "deb-src", "BSD-3-Clause"),
    Source("C++", "re2", "20220601+dfsg-1", "deb-src", "BSD-3-Clause"),
    Source("C++", "snappy", "1.1.9-3", "deb-src", "BSD-3-Clause"),
    Source("C++", "yaml-cpp", "0.7.0+dfsg-8", "deb-src", "MIT"),
    Source("C++", "googletest", "1.12.1-0.2", "deb-src", "BSD-3-Clause"),
    Source("C++", "pugixml", "1.13-0.2", "deb-src", "MIT"),
    # C#: orig tarballs (the mirror lacks their .debian.tar.xz) and PyPI's pythonnet
    Source("C#", "newtonsoft-json", "6.0.8+dfsg-1.1", "deb-src", "MIT",
           copyright_deb="libnewtonsoft-json5.0-cil"),
    Source("C#", "dnlib", "2.1-3", "deb-src", "MIT", copyright_deb="libdnlib2.1-cil"),
    Source("C#", "nunit", "2.6.4+dfsg-1.1", "deb-src", "zlib-acknowledgement",
           copyright_deb="libnunit-cil-dev"),
    Source("C#", "pythonnet", "3.2.1", "pypi", "MIT"),
    # Go: binary -dev packages (gopkg.in/yaml.v3: Apache-2.0; its libyaml ports are MIT)
    _go("golang-github-spf13-cobra-dev", "1.6.1-1", "Apache-2.0", "github.com/spf13/cobra"),
    _go("golang-github-stretchr-testify-dev", "1.8.1-1", "MIT", "github.com/stretchr/testify"),
    _go("golang-github-gorilla-mux-dev", "1.8.0-1", "BSD-3-Clause", "github.com/gorilla/mux"),
    _go("golang-github-google-go-cmp-dev", "0.5.9-1", "BSD-3-Clause", "github.com/google/go-cmp"),
    _go("golang-gopkg-yaml.v3-dev", "3.0.1-3", "Apache-2.0", "gopkg.in/yaml.v3"),
    _go("golang-github-sirupsen-logrus-dev", "1.9.0-1", "MIT", "github.com/sirupsen/logrus"),
    _go("golang-github-gin-gonic-gin-dev", "1.8.1-1", "MIT", "github.com/gin-gonic/gin"),
    _go("golang-github-spf13-pflag-dev", "1.0.6~git20210604-d5e0c0615ace-1", "BSD-3-Clause",
        "github.com/spf13/pflag"),
    Source("Go", "golang-1.19-src", "1.19.8-2", "deb", "BSD-3-Clause", "usr/share/go-1.19/src",
           dep5_prefix="src/"),
    # Java
    Source("Java", "guava-libraries", "31.1-1", "deb-src", "Apache-2.0"),
    Source("Java", "jsoup", "1.15.3-1", "deb-src", "MIT"),
    Source("Java", "commons-io", "2.11.0-2", "deb-src", "Apache-2.0"),
    # JavaScript: npm (moment's locale/ folders are repetitive data)
    _npm("JavaScript", "lodash", "4.18.1", "MIT"),
    _npm("JavaScript", "moment", "2.31.0", "MIT", exclude=r"(^|/)locale/"),
    _npm("JavaScript", "eslint", "10.15.0", "MIT"),
    _npm("JavaScript", "webpack", "5.112.2", "MIT"),
    _npm("JavaScript", "axios", "1.21.1", "MIT"),
    _npm("JavaScript", "express", "5.3.0", "MIT"),
    # PHP: binary packages (twig's EscaperExtension.php is BSD-3-Clause and Zend)
    Source("PHP", "php-twig", "3.5.1-1+deb12u3", "deb", "BSD-3-Clause", PHP,
           exclude=r"Extension/EscaperExtension\.php$"),
    Source("PHP", "php-league-commonmark", "2.3.9-1+deb12u1", "deb", "BSD-3-Clause", PHP),
    Source("PHP", "php-monolog", "2.9.1-1", "deb", "MIT", PHP),
    Source("PHP", "php-guzzlehttp-psr7", "2.4.5-1+deb12u1", "deb", "MIT", PHP),
    Source("PHP", "php-parser", "4.15.4-1", "deb", "BSD-3-Clause", PHP),
    Source("PHP", "php-symfony-console", "5.4.53+dfsg-0+deb12u1", "deb", "MIT", PHP,
           dep5_prefix="src/"),
    Source("PHP", "php-composer-semver", "3.3.2-1", "deb", "MIT", PHP),
    Source("PHP", "php-doctrine-inflector", "2.0.6-1", "deb", "MIT", PHP),
    Source("PHP", "php-psr-log", "1.1.4-2", "deb", "MIT", PHP),
    # Python: PyPI sdists
    Source("Python", "requests", "2.34.2", "pypi", "Apache-2.0"),
    Source("Python", "click", "8.5.1", "pypi", "BSD-3-Clause"),
    Source("Python", "rich", "15.0.0", "pypi", "MIT"),
    Source("Python", "flask", "3.1.3", "pypi", "BSD-3-Clause"),
    Source("Python", "httpx", "0.28.1", "pypi", "BSD-3-Clause"),
    # Ruby: binary packages
    Source("Ruby", "ruby-rack", "2.2.22-0+deb12u2", "deb", "MIT", GEMS + "rack-2.2.22"),
    Source("Ruby", "ruby-thor", "1.2.1-2", "deb", "MIT", GEMS + "thor-1.2.1"),
    Source("Ruby", "ruby-i18n", "1.10.0-2", "deb", "MIT", GEMS + "i18n-1.10.0"),
    Source("Ruby", "ruby-activesupport", "2:6.1.7.10+dfsg-1~deb12u4", "deb", "MIT",
           GEMS + "activesupport-6.1.7.10", dep5_prefix="activesupport/"),
    Source("Ruby", "ruby-sinatra", "3.0.5-3+deb12u1", "deb", "MIT", GEMS + "sinatra-3.0.5"),
    Source("Ruby", "ruby-rspec-core", "3.12.0c0e1m1s0-1", "deb", "MIT", GEMS + "rspec-core-3.12.0"),
    Source("Ruby", "ruby-concurrent", "1.1.6+dfsg-5", "deb", "MIT", GEMS + "concurrent-ruby-1.1.6"),
    # Rust: binary librust-*-dev packages (clap: MIT per Debian; upstream MIT OR Apache-2.0)
    _rust("serde", "1.0.152", "2", "MIT OR Apache-2.0"),
    _rust("regex-syntax", "0.6.27", "1", "MIT OR Apache-2.0"),
    _rust("syn", "1.0.107", "1", "MIT OR Apache-2.0"),
    _rust("rand", "0.8.5", "1", "MIT OR Apache-2.0"),
    _rust("clap", "4.0.32", "1", "MIT"),
    _rust("itertools", "0.10.3", "1", "MIT OR Apache-2.0"),
    _rust("nom", "7.1.1", "1", "MIT"),
    _rust("anyhow", "1.0.69", "1", "MIT OR Apache-2.0"),
    _rust("regex", "1.7.1", "1", "MIT OR Apache-2.0"),
    _rust("tokio", "1.24.2", "1", "MIT"),
    # Scala: Debian source (test/files/neg holds deliberately broken code) and orig tarballs
    Source("Scala", "scala", "2.11.12-5", "deb-src", "BSD-3-Clause",
           exclude=r"(^|/)test/files/neg/"),
    Source("Scala", "jawn", "0.11.1+really0.6.0-1", "deb-src", "MIT", copyright_deb="libjawn-java"),
    Source("Scala", "json4s", "3.5.1+really3.2.10-1", "deb-src", "Apache-2.0",
           copyright_deb="libjson4s-java"),
    # TypeScript: npm packages that ship their .ts sources
    _npm("TypeScript", "rxjs", "7.8.2", "Apache-2.0"),
    _npm("TypeScript", "zod", "4.6.7", "MIT"),
    _npm("TypeScript", "effect", "4.1.0", "MIT"),
    _npm("TypeScript", "@trpc/server", "11.25.2", "MIT"),
    _npm("TypeScript", "mobx", "7.1.3", "MIT"),
    _npm("TypeScript", "immer", "11.2.10", "MIT"),
    _npm("TypeScript", "@tanstack/query-core", "5.108.0", "MIT"),
)
# fmt: on


LICENSE_NAMES = re.compile(r"^(LICEN[CS]E|COPYING)([.-].*)?$", re.IGNORECASE)


class CorpusBuildError(RuntimeError):
    pass


# DEP-5 license names (lower case) of per-file exceptions -> SPDX; any other name drops the file.
DEP5_SPDX: dict[str, str] = {
    "expat": "MIT",
    "mit": "MIT",
    "mit/x11": "MIT",
    "isc": "ISC",
    "bsd-2-clause": "BSD-2-Clause",
    "bsd-3-clause": "BSD-3-Clause",
    "apache-2.0": "Apache-2.0",
    "zlib": "Zlib",
    "go": "BSD-3-Clause",
    "cc0-1.0": "CC0-1.0",
}
PUBLIC_DOMAIN = "LicenseRef-public-domain"


def parse_dep5(text: str) -> list[tuple[tuple[str, ...], str]]:
    """(Files globs, License name) per stanza of a machine-readable Debian copyright file."""
    stanzas = []
    for block in re.split(r"\n\s*\n", text):
        fields: dict[str, str] = {}
        key = ""
        for line in block.splitlines():
            if line[:1] in (" ", "\t"):
                if key == "files":  # other continuations (the License text) are not needed
                    fields[key] += " " + line.strip()
            elif ":" in line:
                key, value = line.split(":", 1)
                key = key.strip().lower()
                fields[key] = value.strip()
        if "files" in fields and "license" in fields:
            stanzas.append((tuple(fields["files"].split()), fields["license"]))
    return stanzas


def dep5_spdx(name: str) -> str | None:
    """SPDX for a DEP-5 license expression of permissive parts joined by and/or, else None."""
    parts = re.split(r"\s+(and|or)\s+", name.strip().lower())
    out = []
    for i, part in enumerate(parts):
        if i % 2:
            out.append(part.upper())
        elif part.startswith("public-domain"):
            out.append(PUBLIC_DOMAIN)
        elif part in DEP5_SPDX:
            out.append(DEP5_SPDX[part])
        else:
            return None
    return " ".join(out)


def file_license(src: Source, path: str, stanzas: list[tuple[tuple[str, ...], str]]) -> str | None:
    """The file's SPDX license, or None if a DEP-5 exception gives it a non-permissive one.

    The last stanza whose `Files:` glob matches wins (DEP-5 rule). Files under the `Files: *`
    stanza, or under a stanza with that same license, keep the package's license.
    """
    if not stanzas:
        return src.license
    star = next((lic for globs, lic in stanzas if "*" in globs), "")
    target = src.dep5_prefix + path
    matched = star
    for globs, lic in stanzas:
        if any(fnmatch.fnmatchcase(target, g) for g in globs):
            matched = lic
    if matched.lower() == star.lower():
        return src.license
    return dep5_spdx(matched)


def safe_name(package: str) -> str:
    """A package name usable as one folder or file name ("@trpc/server" -> "trpc-server")."""
    return package.replace("@", "").replace("/", "-")


def _run(cmd: Sequence[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(cmd), cwd=cwd, capture_output=True, text=True, check=False)


def _checked(cmd: Sequence[str], cwd: Path) -> None:
    result = _run(cmd, cwd)
    if result.returncode != 0:
        raise CorpusBuildError(f"{' '.join(cmd)} failed: {result.stderr.strip()[-500:]}")


def _move_tree(tmp: Path, dest: Path) -> None:
    """Move tmp to dest, dropping a single top-level folder (npm's package/, sdist name-ver/)."""
    entries = list(tmp.iterdir())
    top = entries[0] if len(entries) == 1 and entries[0].is_dir() else tmp
    top.rename(dest)
    if tmp.exists():
        tmp.rmdir()


def _untar(archive: Path, dest: Path) -> None:
    tmp = dest.with_name(dest.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    _checked(["tar", "-xf", str(archive), "-C", str(tmp)], archive.parent)
    _move_tree(tmp, dest)


def _only(paths: Iterable[Path], what: str) -> Path:
    found = sorted(paths)
    if len(found) != 1:
        raise CorpusBuildError(f"expected one {what}, found {[p.name for p in found]}")
    return found[0]


def _fetch_deb_src(src: Source, dl: Path, dest: Path) -> None:
    result = _run(["apt-get", "source", f"{src.package}={src.version}"], dl)
    trees = [p for p in dl.iterdir() if p.is_dir()]
    origs = sorted(dl.glob("*.orig.tar.*"))
    if result.returncode == 0 and len(trees) == 1:
        trees[0].rename(dest)
    elif src.copyright_deb and len(origs) == 1:  # the mirror lacks the .debian.tar.*
        _untar(origs[0], dest)
    else:
        raise CorpusBuildError(f"apt-get source {src.package} failed: {result.stderr[-500:]}")


def _fetch_deb(package: str, version: str, dl: Path, dest: Path) -> None:
    _checked(["apt-get", "download", f"{package}={version}"], dl)
    _checked(["dpkg-deb", "-x", str(_only(dl.glob("*.deb"), f"{package} .deb")), str(dest)], dl)


def _fetch_one(src: Source, dl: Path, dest: Path) -> None:
    if src.kind == "deb-src":
        _fetch_deb_src(src, dl, dest)
    elif src.kind == "deb":
        _fetch_deb(src.package, src.version, dl, dest)
    elif src.kind == "npm":
        _checked(["npm", "pack", "--silent", f"{src.package}@{src.version}"], dl)
        _untar(_only(dl.glob("*.tgz"), f"{src.package} npm tarball"), dest)
    elif src.kind == "pypi":
        pip = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:"]
        _checked([*pip, "-d", ".", f"{src.package}=={src.version}"], dl)
        _untar(_only(dl.glob("*.tar.gz"), f"{src.package} sdist"), dest)
    else:
        raise CorpusBuildError(f"unknown source kind {src.kind!r}")


def _fetch_with_marker(key: str, work_dir: Path, fetch: Callable[[Path, Path], None]) -> None:
    dest = work_dir / "unp" / key
    marker = dest.with_name(key + ".ok")
    if marker.exists():
        return
    dl = work_dir / "dl" / key
    for stale in (dl, dest, dest.with_name(key + ".tmp")):
        shutil.rmtree(stale, ignore_errors=True)
    dl.mkdir(parents=True)
    dest.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    fetch(dl, dest)
    marker.write_text("ok\n")
    print(f"fetched {key} in {time.monotonic() - started:.1f}s", file=sys.stderr)


def fetch_sources(sources: Sequence[Source], work_dir: Path, jobs: int = 4) -> None:
    """Download and unpack every source (and copyright-only .debs) not yet unpacked."""
    tasks: list[tuple[str, Callable[[Path, Path], None]]] = []
    for src in sources:
        tasks.append((safe_name(src.package), partial(_fetch_one, src)))
        if src.copyright_deb:
            deb, ver = src.copyright_deb, src.version  # built from the same source version
            tasks.append((deb, partial(_fetch_deb, deb, ver)))
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for future in [pool.submit(_fetch_with_marker, k, work_dir, f) for k, f in tasks]:
            future.result()


def license_file(src: Source, work_dir: Path) -> Path:
    """The package's license text: Debian copyright file, or the npm / sdist LICENSE."""
    tree = work_dir / "unp" / safe_name(src.package)
    if src.kind == "deb":
        return tree / "usr/share/doc" / src.package / "copyright"
    if src.kind == "deb-src":
        if (tree / "debian/copyright").is_file() or not src.copyright_deb:
            return tree / "debian/copyright"
        deb = src.copyright_deb
        return work_dir / "unp" / deb / "usr/share/doc" / deb / "copyright"
    names = sorted(p for p in tree.iterdir() if p.is_file() and LICENSE_NAMES.match(p.name))
    if not names:
        raise CorpusBuildError(f"{src.package}: no LICENSE file in {tree}")
    return names[0]
