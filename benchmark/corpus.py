"""Versioned perplexity corpora: files plus a manifest, identified by the manifest's sha256."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from benchmark.languages import check_language

CORPORA_DIR = Path(__file__).parent / "data" / "corpus"
DEFAULT_CORPUS = "seed-v1"


class CorpusError(ValueError):
    pass


@dataclass(frozen=True)
class CorpusFile:
    language: str
    file: str  # relative to the corpus folder
    package: str  # a package, or the owner/repo a file was taken from
    version: str  # "" where unknown
    license: str
    sha256: str
    bytes: int
    pygments_tokens: int
    pygments_version: str  # the Pygments release that counted pygments_tokens
    path: str = ""  # where the file came from, inside its package or repository
    in_pile: bool = False  # its repository is also in the Pile (the authors' overlap list)
    authors_keep: bool = True  # the PolyCoder harness scores it (it is not empty)


@dataclass(frozen=True)
class CorpusInfo:
    """What ``about.json`` says of a corpus, for people: where it comes from, its license."""

    title: str
    description: str
    provenance: str
    license: str


@dataclass(frozen=True)
class Corpus:
    name: str
    root: Path
    manifest_sha256: str
    files: tuple[CorpusFile, ...]

    def for_language(self, language: str, limit: int | None = None) -> tuple[CorpusFile, ...]:
        """The language's files in manifest order, without those the authors' harness skips."""
        language = check_language(language)
        chosen = tuple(f for f in self.files if f.language == language and f.authors_keep)
        return chosen[:limit] if limit is not None else chosen

    @property
    def pygments_version(self) -> str:
        """The Pygments release that made every count (one per corpus)."""
        versions = {f.pygments_version for f in self.files}
        if len(versions) != 1:
            raise CorpusError(f"{self.name}: counts from Pygments {sorted(versions)}")
        return versions.pop()

    def info(self) -> CorpusInfo:
        data = json.loads((self.root / "about.json").read_text(encoding="utf-8"))
        return CorpusInfo(**{k: str(data[k]) for k in CorpusInfo.__dataclass_fields__})

    def read(self, entry: CorpusFile) -> str:
        """The file's text, after checking its bytes against the manifest."""
        raw = (self.root / entry.file).read_bytes()
        if hashlib.sha256(raw).hexdigest() != entry.sha256:
            raise CorpusError(f"{entry.file}: content does not match the manifest's sha256")
        return raw.decode("utf-8")


def available_corpora() -> list[str]:
    return sorted(p.parent.name for p in CORPORA_DIR.glob("*/manifest.jsonl"))


@cache
def load_corpus(name: str = DEFAULT_CORPUS) -> Corpus:
    root = CORPORA_DIR / name
    manifest = root / "manifest.jsonl"
    if not manifest.is_file():
        known = ", ".join(available_corpora()) or "none"
        raise CorpusError(f"unknown corpus {name!r} (available: {known})")
    raw = manifest.read_bytes()
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
    files = tuple(_entry(row) for row in rows)
    return Corpus(name, root, hashlib.sha256(raw).hexdigest(), files)


def _entry(row: dict[str, object]) -> CorpusFile:
    return CorpusFile(
        language=check_language(str(row["language"])),
        file=str(row["file"]),
        package=str(row["package"]),
        version=str(row.get("version", "")),
        license=str(row["license"]),
        sha256=str(row["sha256"]),
        bytes=int(str(row["bytes"])),
        pygments_tokens=int(str(row["pygments_tokens"])),
        pygments_version=str(row["pygments_version"]),
        path=str(row.get("path", "")),
        in_pile=bool(row.get("in_pile", False)),
        authors_keep=bool(row.get("authors_keep", True)),
    )
