"""What the corpora pages show, read from the committed corpora (no database)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from benchmark.corpus import Corpus, CorpusInfo, available_corpora, load_corpus
from benchmark.suites import SUITES


@dataclass(frozen=True)
class CorpusSummary:
    name: str
    info: CorpusInfo
    files: int
    bytes: int
    pygments_tokens: int
    languages: tuple[tuple[str, int], ...]  # (language, files) in manifest order
    pygments_version: str
    manifest_sha256: str
    in_pile: int | None  # None: the corpus has no overlap list
    suites: tuple[str, ...]


def suites_using(name: str) -> tuple[str, ...]:
    """The suites whose perplexity step scores this corpus."""
    return tuple(s.name for s in SUITES.values() if s.perplexity and s.perplexity.corpus == name)


def summarize(corpus: Corpus) -> CorpusSummary:
    languages = Counter(f.language for f in corpus.files)
    return CorpusSummary(
        name=corpus.name,
        info=corpus.info(),
        files=len(corpus.files),
        bytes=sum(f.bytes for f in corpus.files),
        pygments_tokens=sum(f.pygments_tokens for f in corpus.files),
        languages=tuple(languages.items()),
        pygments_version=corpus.pygments_version,
        manifest_sha256=corpus.manifest_sha256,
        in_pile=sum(f.in_pile for f in corpus.files) if _has_overlap_list(corpus) else None,
        suites=suites_using(corpus.name),
    )


def _has_overlap_list(corpus: Corpus) -> bool:
    return (corpus.root / "overlapped_repos.json").is_file()


def all_corpora() -> list[CorpusSummary]:
    """Every committed corpus, those a suite uses first."""
    summaries = [summarize(load_corpus(name)) for name in available_corpora()]
    return sorted(summaries, key=lambda s: (not s.suites, s.name))
