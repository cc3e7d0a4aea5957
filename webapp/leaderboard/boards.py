"""Which suite a board shows. A board is one suite version: runs of two suites (a 3-problem
smoke run and a 164-problem paper run, or one-file and every-file perplexities) are never
ranked together. The suite is chosen in the URL (``?suite=NAME[&version=N]``); without one the
board is the paper suite's current version, the only board that also shows the paper's
reported rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

from benchmark.corpus import CorpusError, load_corpus
from benchmark.suites import SUITES
from webapp.evaluations.models import Suite
from webapp.leaderboard.multilang import is_multilang, suite_codes

PAPER_SUITE = "paper"  # the default board; the paper's reported rows appear on it only
TIMES = " \N{MULTIPLICATION SIGN} "
ALL_PROBLEMS = 164  # HumanEval's size, when a suite lists no task ids


class UnknownSuite(LookupError):
    """No suite of that name (and version) is configured or stored: a 404."""


class BadSuiteParameter(ValueError):
    """A malformed ``version``: a 400."""


@dataclass(frozen=True)
class Board:
    name: str
    version: int
    config: Mapping[str, Any]  # the suite's settings, as benchmark.suites stores them
    models: int = 0  # checkpoints with a successful run of this suite (filled by ``boards``)

    def __str__(self) -> str:
        return f"{self.name} v{self.version}"

    @property
    def shows_reported(self) -> bool:
        return self.name == PAPER_SUITE

    @property
    def is_current(self) -> bool:
        current = SUITES.get(self.name)
        return current is not None and current.version == self.version

    @property
    def url_version(self) -> int | None:
        """The ``version`` a URL needs to select this board: none for a current version."""
        return None if self.is_current else self.version

    def querystring(self) -> str:
        """``?suite=NAME[&version=N]`` (empty for the default board)."""
        params = {"suite": self.name} if self.name != PAPER_SUITE or not self.is_current else {}
        params |= {"version": str(self.version)} if not self.is_current else {}
        return "?" + urlencode(params) if params else ""

    @property
    def multilang(self) -> bool:
        """HumanEval in the paper's 12 languages: pass@k per language and their mean."""
        return is_multilang(self.config)

    @property
    def multilang_size(self) -> str:
        """ "20 problems x n = 5 x 2 temperatures (0.2, 0.8) x 12 languages" (with
        multiplication signs), as ``humaneval_size``."""
        section = self.config.get("multilang")
        if not section:
            return "no multilingual HumanEval"
        temps = section.get("temperatures", [])
        listed = ", ".join(f"{t:g}" for t in temps)
        plural = "s" if len(temps) != 1 else ""
        languages = len(suite_codes(self.config))
        parts = [_ml_problems(section.get("task_ids")), f"n = {section.get('n_samples')}",
                 f"{len(temps)} temperature{plural} ({listed})",
                 f"{languages} languages"]  # fmt: skip
        return TIMES.join(parts)

    @property
    def humaneval_size(self) -> str:
        """What one pass@k rests on: problems x samples per problem x temperatures, joined by
        a multiplication sign ("20 problems, n = 5, 2 temperatures (0.2, 0.8)" with signs)."""
        he = self.config.get("humaneval")
        if not he:
            return "no HumanEval"
        tasks = he.get("task_ids")
        problems = ALL_PROBLEMS if tasks is None else len(tasks)
        temps = he.get("temperatures", [])
        listed = ", ".join(f"{t:g}" for t in temps)
        plural = "s" if len(temps) != 1 else ""
        parts = [f"{problems} problems", f"n = {he.get('n_samples')}",
                 f"{len(temps)} temperature{plural} ({listed})"]  # fmt: skip
        return TIMES.join(parts)

    @property
    def perplexity_size(self) -> str:
        """ "5 files per language of polyeval-v1 (12 languages)", or every file of the corpus."""
        ppl = self.config.get("perplexity")
        if not ppl:
            return "no perplexity"
        corpus = ppl.get("corpus", "?")
        languages = ppl.get("languages") or []
        limit = ppl.get("max_files_per_language")
        per_language = f"{limit} file{'s' if limit != 1 else ''}" if limit else "all files"
        total = _files_in(corpus, tuple(languages), limit)
        counted = f", {total} files in all" if total is not None else ""
        return f"{per_language} per language of {corpus} ({len(languages)} languages{counted})"

    @property
    def corpus(self) -> str | None:
        ppl = self.config.get("perplexity")
        return str(ppl.get("corpus")) if ppl else None


def _ml_problems(task_ids: Sequence[Sequence[Any]] | None) -> str:
    """``task_ids`` as the suite stores them: (language, ids) pairs, or None for all."""
    if task_ids is None:
        return "all problems"
    counts = sorted({len(ids) for _, ids in task_ids})
    if not counts:
        return "0 problems"
    span = str(counts[0]) if len(counts) == 1 else f"{counts[0]}\N{EN DASH}{counts[-1]}"
    return f"{span} problems"


@lru_cache(maxsize=64)
def _files_in(corpus: str, languages: Sequence[str], limit: int | None) -> int | None:
    """Files a run of the suite scores, from the corpus manifest (None if it cannot be read).
    Read once per process: a corpus is immutable under its name, and the selector shows every
    board's size on every page."""
    try:
        loaded = load_corpus(corpus)
        return sum(len(loaded.for_language(lang, limit)) for lang in languages)
    except (CorpusError, KeyError, ValueError, OSError):
        return None


def parse_version(text: str | None) -> int | None:
    if text in (None, ""):
        return None
    try:
        version = int(text)  # type: ignore[arg-type]
    except ValueError:
        raise BadSuiteParameter(f"version must be a whole number, not {text[:20]!r}") from None
    if version < 1:
        raise BadSuiteParameter(f"version must be 1 or more, not {version}")
    return version


def board_for(name: str | None, version: int | None) -> Board:
    """The board a URL asks for: a configured suite's current version costs no query; an
    older version, or a suite no longer configured, is looked up among the stored suites."""
    name = name or PAPER_SUITE
    current = SUITES.get(name)
    if "\x00" in name:  # PostgreSQL refuses NUL in text: no suite has one
        raise UnknownSuite(f"no suite {name[:120]!r} (a suite name has no NUL character)")
    if current is not None and version in (None, current.version):
        return Board(current.name, current.version, current.to_dict())
    stored = Suite.objects.filter(name=name)
    stored = stored.filter(version=version) if version is not None else stored
    found = stored.order_by("-version").first()
    if found is None:
        wanted = name if version is None else f"{name} v{version}"
        known = ", ".join(str(b) for b in boards())
        raise UnknownSuite(f"no suite {wanted[:120]!r}; boards: {known}")
    return Board(found.name, found.version, found.config)


def _measured(suite: Suite) -> int:
    state = getattr(suite, "board_state", None)
    return state.measured if state is not None else 0


def boards() -> list[Board]:
    """Every configured suite (current version) and every stored suite whose board holds a
    model, with how many models it holds (``BoardState``); the paper board first (one query)."""
    stored = Suite.objects.select_related("board_state")  # counts kept with each board's rows
    found = {(s.name, s.version): Board(s.name, s.version, s.config, _measured(s)) for s in stored}
    for config in SUITES.values():
        found.setdefault(
            (config.name, config.version), Board(config.name, config.version, config.to_dict())
        )
    shown = [b for b in found.values() if b.models or b.is_current]
    return sorted(shown, key=lambda b: (b.name != PAPER_SUITE, b.name, -b.version))
