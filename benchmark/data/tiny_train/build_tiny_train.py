#!/usr/bin/env python3
"""Select and write the PolyEval tiny_train text set (BPE / tiny-model training data).

Standalone: needs only the standard library and pygments.

Usage:
    python build_tiny_train.py UNPACKED_DIR [--out OUT_DIR] [--exclude-manifest EVAL_MANIFEST ...]

UNPACKED_DIR is the folder in which the packages listed in PACKAGES below were
fetched and unpacked, exactly as described in SOURCES.md (sub-folders
``deb-src/`` for Debian source packages, ``unp/`` for unpacked .deb, npm and
PyPI archives). OUT_DIR defaults to the folder holding this script.

This set must stay DISJOINT from the evaluation corpora: its packages differ
from those of benchmark/data/corpus/seed-v1 and from the packages listed in the
corpus-sources notes; --exclude-manifest additionally rejects any file whose
sha256 appears in the given manifest(s) (default: ../corpus/seed-v1/manifest.jsonl).

Selection (deterministic, no randomness):
  * candidate files = files under each package's root with the language's
    extensions, matching the package's ``include`` regex, outside excluded
    folders (vendored code, build output, fixtures, ...);
  * filters: valid UTF-8, MIN_BYTES <= size <= MAX_BYTES, no line longer than
    1000 chars, mean line length <= 100, alphanumeric fraction >= 0.25, no
    "generated" marker in the first 10 lines, >= 100 Pygments tokens;
  * exact dedup on raw bytes and on whitespace-collapsed text;
  * candidates are ordered by sha256(SALT|package|path); packages by
    sha256(SALT|package); files are taken round-robin over a language's
    packages until FILES_PER_LANG files or BYTES_PER_LANG bytes are reached.
Files are copied byte-for-byte (never modified).
"""
import argparse
import hashlib
import json
import os
import re
import shutil
import sys

import pygments
from pygments.lexers import get_lexer_by_name

SALT = "polyeval-tiny-train-v1"
FILES_PER_LANG = 20      # at most
MIN_FILES_PER_LANG = 10  # fail below this
BYTES_PER_LANG = 42000   # soft budget per language
MIN_BYTES = 512
MAX_BYTES = 8192
MIN_TOKENS = 100

# display name -> (directory name, pygments lexer alias, extensions)
LANGS = {
    "C": ("C", "c", (".c", ".h")),
    "C#": ("CSharp", "csharp", (".cs",)),
    "C++": ("CPP", "cpp", (".cpp", ".hpp", ".cc", ".hh", ".cxx", ".hxx", ".h", ".c++", ".h++", ".tpp", ".ipp")),
    "Go": ("Go", "go", (".go",)),
    "Java": ("Java", "java", (".java",)),
    "JavaScript": ("JavaScript", "javascript", (".js", ".mjs", ".cjs")),
    "PHP": ("PHP", "php", (".php",)),
    "Python": ("Python", "python", (".py",)),
    "Ruby": ("Ruby", "ruby", (".rb",)),
    "Rust": ("Rust", "rust", (".rs",)),
    "Scala": ("Scala", "scala", (".scala",)),
    "TypeScript": ("TypeScript", "typescript", (".ts",)),
}

# package: (language, version, source, SPDX license, root dir, license file, include regex)
# root and license file are relative to UNPACKED_DIR; include is matched
# against the path relative to root (None = everything).
GC = "usr/share/gocode/src/github.com"
CR = "usr/share/cargo/registry"
GEMS = "usr/share/rubygems-integration/all/gems"
PACKAGES = {
    # C
    "cjson": ("C", "1.7.15-1+deb12u4", "debian:cjson", "MIT",
              "deb-src/cjson/cjson-1.7.15", "deb-src/cjson/cjson-1.7.15/debian/copyright",
              r"^(?!tests/(unity|json-patch-tests)/)"),
    "jsmn": ("C", "1.1.0-2", "debian:jsmn", "MIT",
             "deb-src/jsmn/x/jsmn-1.1.0", "unp/libjsmn-dev/usr/share/doc/libjsmn-dev/copyright", None),
    # C++
    "tinyxml2": ("C++", "9.0.0+dfsg-3.1", "debian:tinyxml2", "Zlib",
                 "deb-src/tinyxml2/tinyxml2-9.0.0+dfsg", "deb-src/tinyxml2/tinyxml2-9.0.0+dfsg/debian/copyright",
                 None),
    "nlohmann-json3-dev": ("C++", "3.11.2-2", "debian:nlohmann-json3-dev", "MIT",
                           "unp/nlohmann-json3-dev/usr/include/nlohmann",
                           "unp/nlohmann-json3-dev/usr/share/doc/nlohmann-json3-dev/copyright", None),
    "libcli11-dev": ("C++", "2.1.2+ds-1", "debian:libcli11-dev", "BSD-3-Clause",
                     "unp/libcli11-dev/usr/include/CLI", "unp/libcli11-dev/usr/share/doc/libcli11-dev/copyright",
                     None),
    # C#
    "edge-js": ("C#", "26.1.0", "npm:edge-js", "MIT",
                "unp/edge-js-26.1.0/package", "unp/edge-js-26.1.0/package/LICENSE", r"^src/"),
    "clr_loader": ("C#", "0.3.1", "pypi:clr_loader", "MIT",
                   "unp/clr_loader-0.3.1/clr_loader-0.3.1", "unp/clr_loader-0.3.1/clr_loader-0.3.1/LICENSE", None),
    # Go
    "golang-github-pkg-errors-dev": ("Go", "0.9.1-2", "debian:golang-github-pkg-errors-dev", "BSD-2-Clause",
                                     "unp/golang-github-pkg-errors-dev/" + GC + "/pkg/errors",
                                     "unp/golang-github-pkg-errors-dev/usr/share/doc/golang-github-pkg-errors-dev/copyright",
                                     None),
    "golang-github-google-uuid-dev": ("Go", "1.3.0-1", "debian:golang-github-google-uuid-dev", "BSD-3-Clause",
                                      "unp/golang-github-google-uuid-dev/" + GC + "/google/uuid",
                                      "unp/golang-github-google-uuid-dev/usr/share/doc/golang-github-google-uuid-dev/copyright",
                                      None),
    "golang-github-mattn-go-isatty-dev": ("Go", "0.0.17-1", "debian:golang-github-mattn-go-isatty-dev", "MIT",
                                          "unp/golang-github-mattn-go-isatty-dev/" + GC + "/mattn/go-isatty",
                                          "unp/golang-github-mattn-go-isatty-dev/usr/share/doc/golang-github-mattn-go-isatty-dev/copyright",
                                          None),
    "golang-github-fatih-color-dev": ("Go", "1.7.0-1", "debian:golang-github-fatih-color-dev", "MIT",
                                      "unp/golang-github-fatih-color-dev/" + GC + "/fatih/color",
                                      "unp/golang-github-fatih-color-dev/usr/share/doc/golang-github-fatih-color-dev/copyright",
                                      None),
    # Java
    "javapoet": ("Java", "1.13.0-1", "debian:javapoet", "Apache-2.0",
                 "deb-src/javapoet/javapoet-1.13.0", "deb-src/javapoet/javapoet-1.13.0/debian/copyright", r"^src/"),
    # JavaScript
    "commander": ("JavaScript", "14.0.3", "npm:commander", "MIT",
                  "unp/commander-14.0.3/package", "unp/commander-14.0.3/package/LICENSE", r"^lib/"),
    "debug": ("JavaScript", "4.4.3", "npm:debug", "MIT",
              "unp/debug-4.4.3/package", "unp/debug-4.4.3/package/LICENSE", r"^src/"),
    "qs": ("JavaScript", "6.17.1", "npm:qs", "BSD-3-Clause",
           "unp/qs-6.17.1/package", "unp/qs-6.17.1/package/LICENSE.md", r"^(lib|test)/"),
    "chalk": ("JavaScript", "5.6.2", "npm:chalk", "MIT",
              "unp/chalk-5.6.2/package", "unp/chalk-5.6.2/package/license", r"^source/"),
    # PHP
    "php-webmozart-assert": ("PHP", "1.11.0-1", "debian:php-webmozart-assert", "MIT",
                             "unp/php-webmozart-assert/usr/share/php",
                             "unp/php-webmozart-assert/usr/share/doc/php-webmozart-assert/copyright", None),
    "php-psr-container": ("PHP", "1.1.2-1", "debian:php-psr-container", "MIT",
                          "unp/php-psr-container/usr/share/php",
                          "unp/php-psr-container/usr/share/doc/php-psr-container/copyright", None),
    "php-nikic-fast-route": ("PHP", "1.3.0-4", "debian:php-nikic-fast-route", "BSD-3-Clause",
                             "unp/php-nikic-fast-route/usr/share/php",
                             "unp/php-nikic-fast-route/usr/share/doc/php-nikic-fast-route/copyright", None),
    "php-psr-http-message": ("PHP", "1.0.1-3", "debian:php-psr-http-message", "MIT",
                             "unp/php-psr-http-message/usr/share/php",
                             "unp/php-psr-http-message/usr/share/doc/php-psr-http-message/copyright", None),
    # Python
    "attrs": ("Python", "26.1.0", "pypi:attrs", "MIT",
              "unp/attrs-26.1.0/attrs-26.1.0", "unp/attrs-26.1.0/attrs-26.1.0/LICENSE", None),
    "idna": ("Python", "3.20", "pypi:idna", "BSD-3-Clause",
             "unp/idna-3.20/idna-3.20", "unp/idna-3.20/idna-3.20/LICENSE.md", None),
    "six": ("Python", "1.17.0", "pypi:six", "MIT",
            "unp/six-1.17.0/six-1.17.0", "unp/six-1.17.0/six-1.17.0/LICENSE", None),
    "packaging": ("Python", "26.4", "pypi:packaging", "Apache-2.0 OR BSD-2-Clause",
                  "unp/packaging-26.4/packaging-26.4", ("unp/packaging-26.4/packaging-26.4/LICENSE", "unp/packaging-26.4/packaging-26.4/LICENSE.APACHE",
                   "unp/packaging-26.4/packaging-26.4/LICENSE.BSD"), None),
    # Ruby
    "ruby-rainbow": ("Ruby", "3.1.1-1", "debian:ruby-rainbow", "MIT",
                     "unp/ruby-rainbow/" + GEMS + "/rainbow-3.1.1",
                     "unp/ruby-rainbow/usr/share/doc/ruby-rainbow/copyright", r"^lib/"),
    "ruby-tzinfo": ("Ruby", "2.0.5-1", "debian:ruby-tzinfo", "MIT",
                    "unp/ruby-tzinfo/" + GEMS + "/tzinfo-2.0.5",
                    "unp/ruby-tzinfo/usr/share/doc/ruby-tzinfo/copyright", r"^lib/"),
    "ruby-hashie": ("Ruby", "5.0.0-2", "debian:ruby-hashie", "MIT",
                    "unp/ruby-hashie/" + GEMS + "/hashie-5.0.0",
                    "unp/ruby-hashie/usr/share/doc/ruby-hashie/copyright", r"^lib/"),
    # Rust
    "librust-memchr-dev": ("Rust", "2.5.0-1", "debian:librust-memchr-dev", "Unlicense OR MIT",
                           "unp/librust-memchr-dev/" + CR + "/memchr-2.5.0",
                           "unp/librust-memchr-dev/usr/share/doc/librust-memchr-dev/copyright", r"^src/"),
    "librust-either-dev": ("Rust", "1.6.1-1", "debian:librust-either-dev", "MIT OR Apache-2.0",
                           "unp/librust-either-dev/" + CR + "/either-1.6.1",
                           "unp/librust-either-dev/usr/share/doc/librust-either-dev/copyright", None),
    "librust-bitflags-dev": ("Rust", "1.3.2-3", "debian:librust-bitflags-dev", "MIT OR Apache-2.0",
                             "unp/librust-bitflags-dev/" + CR + "/bitflags-1.3.2",
                             "unp/librust-bitflags-dev/usr/share/doc/librust-bitflags-dev/copyright", None),
    # Scala
    "hawtdispatch": ("Scala", "1.22-3", "debian:hawtdispatch", "Apache-2.0",
                     "deb-src/hawtdispatch/x/hawtdispatch-hawtdispatch-project-1.22",
                     "unp/libhawtdispatch-java/usr/share/doc/libhawtdispatch-java/copyright", None),
    # TypeScript
    "@reduxjs/toolkit": ("TypeScript", "2.15.0", "npm:@reduxjs/toolkit", "MIT",
                         "unp/reduxjs-toolkit-2.15.0/package", "unp/reduxjs-toolkit-2.15.0/package/LICENSE", r"^src/"),
    "redux": ("TypeScript", "5.0.1", "npm:redux", "MIT",
              "unp/redux-5.0.1/package", "unp/redux-5.0.1/package/LICENSE.md", r"^src/"),
    "@trpc/client": ("TypeScript", "11.25.2", "npm:@trpc/client", "MIT",
                     "unp/trpc-client-11.25.2/package", "unp/trpc-client-11.25.2/package/LICENSE", r"^src/"),
}

EXCLUDE_DIR = re.compile(r"(^|/)(node_modules|dist|build|vendor|third_party|deps|testdata|\.git|debian|\.pc"
                         r"|gtest|gmock|googletest|fixtures?|locale|locales)(/|$)")
EXCLUDE_NAME = re.compile(r"\.d\.[cm]?ts$|\.min\.js$|\.bundle\.js$")
GENERATED = re.compile(r"auto-?generated|generated by|do not edit|@generated", re.I)


def safe_name(package):
    """Package name usable as a single directory / file name."""
    return package.replace("@", "").replace("/", "-")


def order_key(*parts):
    return hashlib.sha256("|".join((SALT,) + parts).encode()).hexdigest()


def quality_ok(raw):
    """Cheap filters. Returns decoded text or None."""
    if not (MIN_BYTES <= len(raw) <= MAX_BYTES):
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    lines = text.splitlines()
    if not lines or max(len(l) for l in lines) > 1000:
        return None
    if len(text) / len(lines) > 100:
        return None
    if sum(c.isalnum() for c in text) / len(text) < 0.25:
        return None
    if GENERATED.search("\n".join(lines[:10])):
        return None
    return text


def candidates(base, package):
    lang, _v, _s, _l, root, _lic, include = PACKAGES[package]
    exts = LANGS[lang][2]
    top = os.path.join(base, root)
    if not os.path.isdir(top):
        sys.exit(f"missing package root for {package}: {top}")
    out = []
    for dirpath, dirnames, filenames in os.walk(top):
        dirnames.sort()
        for fn in sorted(filenames):
            full = os.path.join(dirpath, fn)
            rel = os.path.relpath(full, top).replace(os.sep, "/")
            if os.path.islink(full) or not fn.endswith(exts):
                continue
            if EXCLUDE_DIR.search(rel) or EXCLUDE_NAME.search(fn):
                continue
            if include and not re.search(include, rel):
                continue
            out.append((order_key(package, rel), rel, full))
    out.sort()
    return out


def select(base, excluded):
    chosen = []  # (lang, package, rel, full, raw, tokens)
    seen_raw, seen_ws = set(excluded), set()
    for lang, (_d, lexer_name, _e) in LANGS.items():
        lexer = get_lexer_by_name(lexer_name)
        pkgs = sorted((p for p in PACKAGES if PACKAGES[p][0] == lang), key=lambda p: order_key(p))
        queues = {p: candidates(base, p) for p in pkgs}
        n = nbytes = 0
        while n < FILES_PER_LANG and nbytes < BYTES_PER_LANG and any(queues.values()):
            for p in pkgs:
                if n >= FILES_PER_LANG or nbytes >= BYTES_PER_LANG:
                    break
                q = queues[p]
                while q:
                    _k, rel, full = q.pop(0)
                    with open(full, "rb") as f:
                        raw = f.read()
                    text = quality_ok(raw)
                    if text is None:
                        continue
                    h = hashlib.sha256(raw).hexdigest()
                    hw = hashlib.sha256(" ".join(text.split()).encode()).hexdigest()
                    if h in seen_raw or hw in seen_ws:
                        continue
                    tokens = sum(1 for _ in pygments.lex(text, lexer))
                    if tokens < MIN_TOKENS:
                        continue
                    seen_raw.add(h)
                    seen_ws.add(hw)
                    chosen.append((lang, p, rel, full, raw, tokens))
                    n += 1
                    nbytes += len(raw)
                    break
        print(f"{lang}: {n} files, {nbytes} bytes")
        if n < MIN_FILES_PER_LANG:
            sys.exit(f"only {n} files found for {lang}")
    return chosen


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("unpacked_dir")
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=here)
    ap.add_argument("--exclude-manifest", action="append",
                    default=None, help="manifest.jsonl whose sha256s must not be reused (repeatable)")
    args = ap.parse_args()
    manifests = args.exclude_manifest or [os.path.join(here, "..", "corpus", "seed-v1", "manifest.jsonl")]
    excluded = set()
    for m in manifests:
        with open(m) as f:
            excluded.update(json.loads(line)["sha256"] for line in f if line.strip())

    chosen = select(args.unpacked_dir, excluded)
    files_dir = os.path.join(args.out, "files")
    lic_dir = os.path.join(args.out, "LICENSES")
    for d in (files_dir, lic_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)

    records = []
    used = set()
    for lang, pkg, rel, _full, raw, tokens in chosen:
        used.add(pkg)
        _lang, version, source, license_, _root, _lic, _inc = PACKAGES[pkg]
        relout = "/".join(["files", LANGS[lang][0], safe_name(pkg), rel.replace("/", "__")])
        dest = os.path.join(args.out, relout)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "wb") as f:
            f.write(raw)
        records.append({
            "language": lang, "file": relout, "package": pkg, "version": version, "source": source,
            "license": license_, "path": rel, "sha256": hashlib.sha256(raw).hexdigest(),
            "bytes": len(raw), "lines": len(raw.decode("utf-8").splitlines()), "pygments_tokens": tokens,
        })
    for pkg in sorted(used):
        lic = PACKAGES[pkg][5]
        parts = [lic] if isinstance(lic, str) else list(lic)  # several files are concatenated
        with open(os.path.join(lic_dir, safe_name(pkg) + ".txt"), "wb") as out:
            for i, part in enumerate(parts):
                if i:
                    out.write(b"\n\n===== " + os.path.basename(part).encode() + b" =====\n\n")
                with open(os.path.join(args.unpacked_dir, part), "rb") as f:
                    out.write(f.read())
    records.sort(key=lambda r: (r["language"], r["file"]))
    with open(os.path.join(args.out, "manifest.jsonl"), "w") as f:
        for r in records:
            f.write(json.dumps(r, sort_keys=True) + "\n")
    total = sum(r["bytes"] for r in records)
    print(f"wrote {len(records)} files, {total} bytes, {len(used)} packages; pygments {pygments.__version__}")


if __name__ == "__main__":
    main()
