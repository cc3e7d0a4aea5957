"""A scored file's text, read from the corpus the run scored (benchmark.corpus), for the page
linked from the run's worst-predicted files. Only what the manifest says is shown (the file's
name inside the corpus, its package and license), never where the corpus lies on the server.
"""

from __future__ import annotations

from typing import Any

from benchmark.corpus import CorpusError, CorpusFile, load_corpus
from benchmark.suites import SuiteConfig
from webapp.evaluations.models import FileResult

TEXT_CHARS = 200_000  # a page, not a download: longer files are cut here, and say so


def corpus_name(scored: FileResult) -> str | None:
    """The corpus the run scored: from its settings, else from its record."""
    try:
        perplexity = SuiteConfig.from_dict(scored.run.suite_config).perplexity
    except (KeyError, TypeError, ValueError):
        perplexity = None
    if perplexity is not None:
        return perplexity.corpus
    return (scored.run.record.get("perplexity") or {}).get("corpus")


def corpus_text(scored: FileResult) -> dict[str, Any]:
    """``entry`` (the manifest's row, or None), ``text`` ("" when it cannot be shown),
    ``truncated`` and ``problem`` (why no text is shown)."""
    found: dict[str, Any] = {"entry": None, "text": "", "truncated": False, "problem": ""}
    name = corpus_name(scored)
    try:
        corpus = load_corpus(name) if name else None
    except CorpusError:
        corpus = None
    if corpus is None:
        return found | {"problem": f"the corpus {name or '(unknown)'} is not on this site"}
    entry = _entry(corpus.files, scored)
    if entry is None:
        return found | {"problem": "this version of the file is no longer in the corpus"}
    try:
        text = corpus.read(entry)
    except (CorpusError, OSError, UnicodeDecodeError):
        return found | {"entry": entry, "problem": "the file could not be read intact"}
    return found | {
        "entry": entry,
        "corpus": corpus.name,
        "text": text[:TEXT_CHARS],
        "truncated": len(text) > TEXT_CHARS,
    }


def _entry(files: tuple[CorpusFile, ...], scored: FileResult) -> CorpusFile | None:
    """The manifest row scored: same name and same content (sha256)."""
    return next((f for f in files if f.file == scored.file and f.sha256 == scored.sha256), None)
