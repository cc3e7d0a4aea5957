#!/usr/bin/env python3
"""Select and write the PolyEval seed-v1 perplexity corpus (3 files x 12 languages).

Standalone: needs only the standard library and pygments.

Usage:
    python build_seed.py UNPACKED_DIR [--out OUT_DIR]

UNPACKED_DIR is the folder in which the packages listed in PACKAGES below were
fetched and unpacked, exactly as described in SOURCES.md (sub-folders
``deb-src/`` for Debian source packages, ``unp/`` for unpacked .deb, npm and
PyPI archives). OUT_DIR defaults to the folder holding this script.

Selection (deterministic, no randomness):
  * candidate files = files under each package's root with the language's
    extensions, matching the package's ``include`` regex, outside excluded
    folders (tests fixtures, vendored code, build output, ...);
  * filters: valid UTF-8, MIN_BYTES <= size <= MAX_BYTES, no line longer than
    1000 chars, mean line length <= 100, alphanumeric fraction >= 0.25, no
    "generated" marker in the first 10 lines, >= 100 Pygments tokens;
  * exact dedup on raw bytes and on whitespace-collapsed text;
  * candidates are ordered by sha256(SALT|package|path); packages by
    sha256(SALT|package); files are taken round-robin over a language's
    packages until FILES_PER_LANG are chosen.
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

SALT = "polyeval-seed-v1"
FILES_PER_LANG = 3
MIN_BYTES = 1024
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
    # C (Debian source packages, `apt-get source`)
    "zlib": ("C", "1.2.13.dfsg-1", "debian:zlib", "Zlib",
             "deb-src/zlib/zlib-1.2.13.dfsg", "deb-src/zlib/zlib-1.2.13.dfsg/debian/copyright",
             r"^[^/]+\.[ch]$"),  # top-level library only (contrib/ has other licenses)
    "jansson": ("C", "2.14-2", "debian:jansson", "MIT",
                "deb-src/jansson/jansson-2.14", "deb-src/jansson/jansson-2.14/debian/copyright", r"^src/"),
    "libyaml": ("C", "0.2.5-1", "debian:libyaml", "MIT",
                "deb-src/libyaml/libyaml-0.2.5", "deb-src/libyaml/libyaml-0.2.5/debian/copyright",
                r"^(src|include)/"),
    # C++
    "fmtlib": ("C++", "9.1.0+ds1-2", "debian:fmtlib", "MIT",
               "deb-src/fmtlib/fmtlib-9.1.0+ds1", "deb-src/fmtlib/fmtlib-9.1.0+ds1/debian/copyright",
               r"^(include|src)/"),
    "snappy": ("C++", "1.1.9-3", "debian:snappy", "BSD-3-Clause",
               "deb-src/snappy/snappy-1.1.9", "deb-src/snappy/snappy-1.1.9/debian/copyright", r"^snappy"),
    "pugixml": ("C++", "1.13-0.2", "debian:pugixml", "MIT",
                "deb-src/pugixml/pugixml-1.13", "deb-src/pugixml/pugixml-1.13/debian/copyright", None),
    # C# (orig tarballs; copyright from the binary package)
    "dnlib": ("C#", "2.1-3", "debian:dnlib", "MIT",
              "deb-src/dnlib/x/dnlib-2.1_VS2010", "unp/libdnlib2.1-cil/usr/share/doc/libdnlib2.1-cil/copyright",
              r"^src/"),
    "newtonsoft-json": ("C#", "6.0.8+dfsg-1.1", "debian:newtonsoft-json", "MIT",
                        "deb-src/newtonsoft-json/x/newtonsoft-json-6.0.8",
                        "unp/libnewtonsoft-json5.0-cil/usr/share/doc/libnewtonsoft-json5.0-cil/copyright",
                        r"^Src/Newtonsoft\.Json/"),
    # Go (binary -dev packages)
    "golang-github-spf13-pflag-dev": ("Go", "1.0.6~git20210604-1", "debian:golang-github-spf13-pflag-dev",
                                      "BSD-3-Clause", "unp/golang-github-spf13-pflag-dev/" + GC + "/spf13/pflag",
                                      "unp/golang-github-spf13-pflag-dev/usr/share/doc/golang-github-spf13-pflag-dev/copyright",
                                      None),
    "golang-github-gorilla-mux-dev": ("Go", "1.8.0-1", "debian:golang-github-gorilla-mux-dev", "BSD-3-Clause",
                                      "unp/golang-github-gorilla-mux-dev/" + GC + "/gorilla/mux",
                                      "unp/golang-github-gorilla-mux-dev/usr/share/doc/golang-github-gorilla-mux-dev/copyright",
                                      None),
    "golang-github-sirupsen-logrus-dev": ("Go", "1.9.0-1", "debian:golang-github-sirupsen-logrus-dev", "MIT",
                                          "unp/golang-github-sirupsen-logrus-dev/" + GC + "/sirupsen/logrus",
                                          "unp/golang-github-sirupsen-logrus-dev/usr/share/doc/golang-github-sirupsen-logrus-dev/copyright",
                                          None),
    # Java
    "jsoup": ("Java", "1.15.3-1", "debian:jsoup", "MIT",
              "deb-src/jsoup/jsoup-1.15.3", "deb-src/jsoup/jsoup-1.15.3/debian/copyright", r"^src/main/"),
    "commons-io": ("Java", "2.11.0-2", "debian:commons-io", "Apache-2.0",
                   "deb-src/commons-io/commons-io-2.11.0", "deb-src/commons-io/commons-io-2.11.0/debian/copyright",
                   r"^src/main/"),
    # JavaScript (npm)
    "axios": ("JavaScript", "1.21.1", "npm:axios", "MIT",
              "unp/axios-1.21.1/package", "unp/axios-1.21.1/package/LICENSE", r"^lib/"),
    "express": ("JavaScript", "5.3.0", "npm:express", "MIT",
                "unp/express-5.3.0/package", "unp/express-5.3.0/package/LICENSE", r"^lib/"),
    "lodash": ("JavaScript", "4.18.1", "npm:lodash", "MIT",
               "unp/lodash-4.18.1/package", "unp/lodash-4.18.1/package/LICENSE", r"^[^/]+\.js$"),
    # PHP (binary packages)
    "php-psr-log": ("PHP", "1.1.4-2", "debian:php-psr-log", "MIT",
                    "unp/php-psr-log/usr/share/php", "unp/php-psr-log/usr/share/doc/php-psr-log/copyright", None),
    "php-composer-semver": ("PHP", "3.3.2-1", "debian:php-composer-semver", "MIT",
                            "unp/php-composer-semver/usr/share/php",
                            "unp/php-composer-semver/usr/share/doc/php-composer-semver/copyright", None),
    "php-doctrine-inflector": ("PHP", "2.0.6-1", "debian:php-doctrine-inflector", "MIT",
                               "unp/php-doctrine-inflector/usr/share/php",
                               "unp/php-doctrine-inflector/usr/share/doc/php-doctrine-inflector/copyright", None),
    # Python (PyPI sdists)
    "requests": ("Python", "2.34.2", "pypi:requests", "Apache-2.0",
                 "unp/requests-2.34.2/requests-2.34.2", "unp/requests-2.34.2/requests-2.34.2/LICENSE",
                 r"^src/requests/"),
    "click": ("Python", "8.5.1", "pypi:click", "BSD-3-Clause",
              "unp/click-8.5.1/click-8.5.1", "unp/click-8.5.1/click-8.5.1/LICENSE.txt", r"^src/click/"),
    "httpx": ("Python", "0.28.1", "pypi:httpx", "BSD-3-Clause",
              "unp/httpx-0.28.1/httpx-0.28.1", "unp/httpx-0.28.1/httpx-0.28.1/LICENSE.md", r"^httpx/"),
    # Ruby (binary packages)
    "ruby-thor": ("Ruby", "1.2.1-2", "debian:ruby-thor", "MIT",
                  "unp/ruby-thor/" + GEMS + "/thor-1.2.1", "unp/ruby-thor/usr/share/doc/ruby-thor/copyright",
                  r"^lib/"),
    "ruby-i18n": ("Ruby", "1.10.0-2", "debian:ruby-i18n", "MIT",
                  "unp/ruby-i18n/" + GEMS + "/i18n-1.10.0", "unp/ruby-i18n/usr/share/doc/ruby-i18n/copyright",
                  r"^lib/"),
    "ruby-rack": ("Ruby", "2.2.22-0+deb12u2", "debian:ruby-rack", "MIT",
                  "unp/ruby-rack/" + GEMS + "/rack-2.2.22", "unp/ruby-rack/usr/share/doc/ruby-rack/copyright",
                  r"^lib/"),
    # Rust (binary librust-*-dev packages; license from Cargo.toml)
    "librust-anyhow-dev": ("Rust", "1.0.69-1", "debian:librust-anyhow-dev", "MIT OR Apache-2.0",
                           "unp/librust-anyhow-dev/" + CR + "/anyhow-1.0.69",
                           "unp/librust-anyhow-dev/usr/share/doc/librust-anyhow-dev/copyright", r"^src/"),
    "librust-itertools-dev": ("Rust", "0.10.3-1", "debian:librust-itertools-dev", "MIT OR Apache-2.0",
                              "unp/librust-itertools-dev/" + CR + "/itertools-0.10.3",
                              "unp/librust-itertools-dev/usr/share/doc/librust-itertools-dev/copyright", r"^src/"),
    "librust-nom-dev": ("Rust", "7.1.1-1", "debian:librust-nom-dev", "MIT",
                        "unp/librust-nom-dev/" + CR + "/nom-7.1.1",
                        "unp/librust-nom-dev/usr/share/doc/librust-nom-dev/copyright", r"^src/"),
    # Scala (orig tarballs; copyright from the binary package)
    "jawn": ("Scala", "0.11.1+really0.6.0-1", "debian:jawn", "MIT",
             "deb-src/jawn/x/jawn-0.6.0", "unp/libjawn-java/usr/share/doc/libjawn-java/copyright", None),
    "json4s": ("Scala", "3.5.1+really3.2.10-1", "debian:json4s", "Apache-2.0",
               "deb-src/json4s/x/json4s-3.2.10_2.11", "unp/libjson4s-java/usr/share/doc/libjson4s-java/copyright",
               None),
    # TypeScript (npm)
    "immer": ("TypeScript", "11.2.10", "npm:immer", "MIT",
              "unp/immer-11.2.10/package", "unp/immer-11.2.10/package/LICENSE", r"^src/"),
    "mobx": ("TypeScript", "7.1.3", "npm:mobx", "MIT",
             "unp/mobx-7.1.3/package", "unp/mobx-7.1.3/package/LICENSE", r"^src/"),
    "@tanstack/query-core": ("TypeScript", "5.108.0", "npm:@tanstack/query-core", "MIT",
                             "unp/tanstack-query-core-5.108.0/package",
                             "unp/tanstack-query-core-5.108.0/package/LICENSE", r"^src/"),
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


def select(base):
    chosen = []  # (lang, package, rel, full, raw, tokens)
    seen_raw, seen_ws = set(), set()
    for lang, (_d, lexer_name, _e) in LANGS.items():
        lexer = get_lexer_by_name(lexer_name)
        pkgs = sorted((p for p in PACKAGES if PACKAGES[p][0] == lang), key=lambda p: order_key(p))
        queues = {p: candidates(base, p) for p in pkgs}
        n = 0
        while n < FILES_PER_LANG and any(queues.values()):
            for p in pkgs:
                if n >= FILES_PER_LANG:
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
                    break
        if n < FILES_PER_LANG:
            sys.exit(f"only {n} files found for {lang}")
    return chosen


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("unpacked_dir")
    ap.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    args = ap.parse_args()

    chosen = select(args.unpacked_dir)
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
        shutil.copyfile(os.path.join(args.unpacked_dir, PACKAGES[pkg][5]),
                        os.path.join(lic_dir, safe_name(pkg) + ".txt"))
    records.sort(key=lambda r: (r["language"], r["file"]))
    with open(os.path.join(args.out, "manifest.jsonl"), "w") as f:
        for r in records:
            f.write(json.dumps(r, sort_keys=True) + "\n")
    total = sum(r["bytes"] for r in records)
    print(f"wrote {len(records)} files, {total} bytes, {len(used)} packages; pygments {pygments.__version__}")


if __name__ == "__main__":
    main()
