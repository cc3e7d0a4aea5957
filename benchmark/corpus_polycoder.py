"""The paper's own test set as the ``polycoder-unseen`` corpus, and recounting a manifest.

The PolyCoder authors' "unseen" test set is 1,041 files in 12 languages, from GitHub
repositories not in their training data: ``Evaluation/test_sets/<language>/<owner>/<repo>/
<file>`` of VHellendoorn/Code-LMs at commit ``CODE_LMS_COMMIT`` (later removed from the
repository in favour of Zenodo record 6363556, ``unseen_test_sets.tar.gz``, which their harness
unpacks as ``evaldata/Code-sampled100/<language>``). ``import_polycoder_unseen`` copies an
extracted copy byte for byte and writes a manifest row per file with:

- ``pygments_tokens``: ``len(list(lexer.get_tokens(text)))`` with Pygments 2.11.2, where text
  is the whole file as ``open(path).read()`` gives it (UTF-8; a leading BOM stays a character
  and Pygments drops it), the authors' ``count_words``;
- ``authors_keep``: their empty-file rule, ``open(path).read().strip() != ""``;
- ``in_pile``: the repository is on the harness's ``OVERLAP`` list (repositories also in the
  Pile, ``lm_eval/tasks/code.py`` line 14), which the harness defines but never applies.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from benchmark.corpus import CORPORA_DIR, CorpusError
from benchmark.languages import LANGUAGES
from benchmark.pygments_count import PinnedPygments, PygmentsCounter

NAME = "polycoder-unseen"
CODE_LMS_REPO = "VHellendoorn/Code-LMs"
CODE_LMS_COMMIT = "65d2838b58288d5124a1d8e5a72fcc6ef56b7b0b"
TEST_SETS = "Evaluation/test_sets"
ZENODO_URL = "https://zenodo.org/record/6363556/files/unseen_test_sets.tar.gz"
HARNESS = "frankxu2004/lm-evaluation-harness@ef9ef2effed9b75d118b0ebed1a62866cdc39ee3"
OVERLAP_FILE = CORPORA_DIR / NAME / "overlapped_repos.json"
LICENSE_NOTE = "original project's"
# Files per language in the authors' set (the directory names are the display names).
EXPECTED_FILES: dict[str, int] = {
    "C": 62, "C#": 96, "C++": 73, "Go": 79, "Java": 95, "JavaScript": 88,
    "PHP": 77, "Python": 88, "Ruby": 96, "Rust": 90, "Scala": 99, "TypeScript": 98,
}  # fmt: skip


def overlapped_repos(path: Path = OVERLAP_FILE) -> frozenset[str]:
    """The harness's ``OVERLAP`` list of ``owner/repo`` names."""
    return frozenset(json.loads(path.read_text(encoding="utf-8")))


def list_test_set(source: Path) -> list[tuple[str, str]]:
    """``(language, path relative to source)`` of every file under ``source/<language>/``, as
    the harness's ``os.walk`` finds them, checked against the authors' counts per language."""
    found: list[tuple[str, str]] = []
    for language in LANGUAGES:
        folder = source / language
        if not folder.is_dir():
            raise CorpusError(f"{folder} is missing: expected the extracted {TEST_SETS}")
        files = sorted(p for p in folder.rglob("*") if p.is_file())
        if len(files) != EXPECTED_FILES[language]:
            raise CorpusError(
                f"{folder}: {len(files)} files, the authors' set has {EXPECTED_FILES[language]}"
            )
        found += [(language, p.relative_to(source).as_posix()) for p in files]
    return found


def unseen_row(language: str, rel: str, raw: bytes, overlap: frozenset[str]) -> dict[str, object]:
    """One manifest row, without the token count. ``rel`` is ``<language>/<owner>/<repo>/...``."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{rel}: not UTF-8 ({exc})") from None
    owner, repo = rel.split("/")[1:3]
    return {
        "authors_keep": bool(text.strip()),
        "bytes": len(raw),
        "file": f"files/{rel}",
        "in_pile": f"{owner}/{repo}" in overlap,
        "language": language,
        "license": LICENSE_NOTE,
        "lines": len(text.splitlines()),
        "package": f"{owner}/{repo}",
        "path": f"{TEST_SETS}/{rel}",
        "sha256": hashlib.sha256(raw).hexdigest(),
        "source": f"github:{CODE_LMS_REPO}@{CODE_LMS_COMMIT}",
    }


def import_polycoder_unseen(
    source: Path, pinned: PinnedPygments, out_dir: Path = CORPORA_DIR / NAME
) -> dict[str, object]:
    """Copy the extracted test set (``source`` holds the 12 language folders) into
    ``out_dir/files/`` and write ``out_dir/manifest.jsonl``; return a summary."""
    overlap = overlapped_repos()
    listed = list_test_set(source)
    shutil.rmtree(out_dir / "files", ignore_errors=True)
    rows: list[dict[str, object]] = []
    for language, rel in listed:
        raw = (source / rel).read_bytes()
        target = out_dir / "files" / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(raw)
        rows.append(unseen_row(language, rel, raw, overlap))
    texts = [
        ((out_dir / str(r["file"])).read_text(encoding="utf-8"), str(r["language"])) for r in rows
    ]
    write_manifest(out_dir / "manifest.jsonl", add_counts(rows, texts, pinned))
    summary = summarize_manifest(out_dir / "manifest.jsonl")
    (out_dir / "SOURCES.md").write_text(sources_md(summary), encoding="utf-8")
    return summary


def sources_md(summary: dict[str, object]) -> str:
    """SOURCES.md: provenance, license note, and the per-language table of the manifest."""
    languages = summary["languages"]
    assert isinstance(languages, dict)
    table = "".join(
        f"| {lang} | {c['files']} | {c['bytes']:,} | {c['pygments_tokens']:,} | {c['in_pile']} |\n"
        for lang, c in languages.items()
    )
    return SOURCES_TEMPLATE.format(
        repo=CODE_LMS_REPO, commit=CODE_LMS_COMMIT, test_sets=TEST_SETS, zenodo=ZENODO_URL,
        harness=HARNESS, files=summary["files"], table=table,
        version=", ".join(map(str, summary["pygments_version"])),  # type: ignore[call-overload]
    )  # fmt: skip


SOURCES_TEMPLATE = """# polycoder-unseen: sources

The PolyCoder paper's "unseen" perplexity test set (Xu, Alon, Neubig, Hellendoorn, *A
Systematic Evaluation of Large Language Models of Code*, 2022): {files} files in 12 languages,
byte for byte as `{test_sets}/<language>/<owner>/<repo>/<file>` of
[{repo}](https://github.com/{repo}) at commit `{commit}`. A later commit removed the folder in
favour of Zenodo record 6363556, `{zenodo}`, which the authors' harness
(`{harness}`, `lm_eval/tasks/code.py`) unpacks as `evaldata/Code-sampled100/<language>`.

**License.** Each file keeps the license of the GitHub project it was taken from
(`package` in the manifest is that `owner/repo`). The authors redistributed the set for
evaluation; PolyEval redistributes it unchanged, for the same purpose, and claims nothing
over it.

**Manifest.** Per file: `language`, `file` (here), `path` (in {repo} at that commit),
`package` (the original repository), `sha256`, `bytes`, `lines`, `pygments_tokens` (Pygments
{version}, the harness's pin: `len(list(lexer.get_tokens(open(path).read())))` with
`get_lexer_by_name(language.lower())`), `authors_keep` (the harness's rule: a file whose
`.strip()`ped text is empty is skipped) and `in_pile`.

**`in_pile`.** `overlapped_repos.json` is the harness's `OVERLAP` list (`lm_eval/tasks/code.py`
line 14, defined there but never applied). Its `check_pile.py` built it as the repositories of
the Pile's GitHub list that are also in the authors' *training* crawl, not the test set: no
test-set repository is on it, so `in_pile` is false for every file.

**Rebuild.** Extract the folder and import it (the same manifest, given Pygments {version}):

```
git --git-dir=Code-LMs.git archive {commit} {test_sets} | tar -x -C /tmp/unseen
python -m benchmark import-polycoder-unseen --from /tmp/unseen/{test_sets}
```

| Language | Files | Bytes | Pygments tokens | `in_pile` files |
|---|---|---|---|---|
{table}"""


def add_counts(
    rows: Sequence[dict[str, object]], texts: Sequence[tuple[str, str]], pinned: PinnedPygments
) -> list[dict[str, object]]:
    """The rows with ``pygments_tokens`` and ``pygments_version`` from the pinned Pygments."""
    with PygmentsCounter(pinned) as counter:
        counts = counter.count(texts)
        version = counter.version
    return [
        row | {"pygments_tokens": n, "pygments_version": version}
        for row, n in zip(rows, counts, strict=True)
    ]


def write_manifest(path: Path, rows: Sequence[dict[str, object]]) -> None:
    """One sorted-key JSON object per line, rows in (language, file) order."""
    ordered = sorted(rows, key=lambda r: (str(r["language"]), str(r["file"])))
    path.write_text(
        "".join(json.dumps(r, sort_keys=True) + "\n" for r in ordered), encoding="utf-8"
    )


def read_manifest(path: Path) -> list[dict[str, object]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def recount_manifest(corpus_dir: Path, pinned: PinnedPygments) -> dict[str, object]:
    """Recount every file of a committed corpus with the pinned Pygments, in place."""
    rows = read_manifest(corpus_dir / "manifest.jsonl")
    texts = [
        ((corpus_dir / str(r["file"])).read_text(encoding="utf-8"), str(r["language"]))
        for r in rows
    ]
    write_manifest(corpus_dir / "manifest.jsonl", add_counts(rows, texts, pinned))
    return summarize_manifest(corpus_dir / "manifest.jsonl")


def summarize_manifest(path: Path) -> dict[str, object]:
    """Files, bytes, tokens and in-Pile files per language, and the manifest's sha256."""
    rows = read_manifest(path)
    languages: dict[str, Counter[str]] = {}
    for row in rows:
        counts = languages.setdefault(str(row["language"]), Counter())
        counts.update(files=1, bytes=int(str(row["bytes"])), in_pile=int(bool(row.get("in_pile"))))
        counts.update(pygments_tokens=int(str(row["pygments_tokens"])))
    return {
        "languages": {lang: dict(c) for lang, c in sorted(languages.items())},
        "files": len(rows),
        "pygments_version": sorted({str(r["pygments_version"]) for r in rows}),
        "manifest_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
    }
