"""Perplexity as the paper's harness computed it: disjoint windows, EOS prefix, every token once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from benchmark.metrics import NLLCounts


@dataclass(frozen=True)
class Window:
    """``tokens[:-1]`` is fed to the model; the last ``n_scored`` of ``tokens[1:]`` are scored."""

    tokens: tuple[int, ...]
    n_scored: int


def rolling_windows(ids: Sequence[int], eos_id: int, max_len: int) -> list[Window]:
    """Cut a file's token ids into windows whose model inputs hold at most ``max_len`` tokens.

    The first window is ``[EOS] + ids[:max_len]``, so the first token is predicted from EOS alone.
    Later windows predict the next ``max_len`` unscored tokens; the last one is filled out with
    preceding (already scored) tokens as context so it has a full ``max_len`` input. Every id is
    scored exactly once: ``sum(w.n_scored) == len(ids)`` (lm-evaluation-harness's
    ``get_rolling_token_windows`` with ``context_len=1``).
    """
    if max_len < 1:
        raise ValueError("max_len must be at least 1")
    ids = list(ids)
    if not ids:
        return []
    first = min(max_len, len(ids))
    windows = [Window(tuple([eos_id, *ids[:first]]), first)]
    scored = first
    while scored < len(ids):
        n_new = min(max_len, len(ids) - scored)
        end = scored + n_new
        start = max(0, end - max_len - 1)
        windows.append(Window(tuple(ids[start:end]), n_new))
        scored = end
    return windows


class WindowScorer(Protocol):
    eos_token_id: int
    context_length: int

    def tokenize(self, text: str) -> list[int]: ...

    def score(self, windows: Sequence[Window]) -> list[float]: ...


def score_texts(
    scorer: WindowScorer, texts: Sequence[tuple[str, int]], window: int | None = None
) -> list[NLLCounts]:
    """Summed NLL of each ``(text, pygments_tokens)``, each file scored on its own.

    The windows of all the files go to the scorer in one call, so it can batch windows of
    equal length across files; each window's NLL is then added back to its own file.
    ``window`` is the model input per window (None: the scorer's whole context).
    """
    max_len = window or scorer.context_length
    windows: list[Window] = []
    owners: list[int] = []
    token_counts = []
    for index, (text, _) in enumerate(texts):
        ids = scorer.tokenize(text)
        token_counts.append(len(ids))
        file_windows = rolling_windows(ids, scorer.eos_token_id, max_len)
        windows += file_windows
        owners += [index] * len(file_windows)
    nll = [0.0] * len(texts)
    for owner, value in zip(owners, scorer.score(windows), strict=True):
        nll[owner] += value
    return [
        NLLCounts(nll[i], token_counts[i], pygments, len(text.encode("utf-8")))
        for i, (text, pygments) in enumerate(texts)
    ]


def score_text(
    scorer: WindowScorer, text: str, pygments_tokens: int, window: int | None = None
) -> NLLCounts:
    """Summed NLL of one file, with the counts needed to normalise it."""
    return score_texts(scorer, [(text, pygments_tokens)], window)[0]
