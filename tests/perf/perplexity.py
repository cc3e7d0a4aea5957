"""Perplexity scoring speed: ours vs the compute limit vs a straightforward loop.

Scores one language of a corpus with the tiny model three ways, in one process, and prints
tokens/s for each and the ratios:

1. ours: ``benchmark.commands.perplexity`` (tokenise, cut windows, batch, sum, aggregate);
2. the compute limit: a plain batched forward pass over exactly the same windows, computing
   only the logits and the gathered log-probabilities, with no bookkeeping;
3. a straightforward loop: one window at a time, ``cross_entropy`` on each.

    .venv/bin/python tests/perf/perplexity.py [--corpus polyeval-v1] [--language Python]
        [--model DIR] [--repeat 3]

Without ``--model`` it builds the tiny model in a temporary folder. Not a test: run it by hand.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import torch

from benchmark.backends import ModelSpec, load_backend
from benchmark.backends.hf import HFBackend
from benchmark.commands import perplexity
from benchmark.corpus import load_corpus
from benchmark.perplexity import Window, rolling_windows
from benchmark.steps import choose_window


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


@torch.inference_mode()
def plain_batched(backend: HFBackend, windows: list[Window], batch_tokens: int) -> float:
    by_length: dict[int, list[Window]] = defaultdict(list)
    for w in windows:
        by_length[len(w.tokens)].append(w)
    total = torch.zeros(())
    for length, group in by_length.items():
        per_batch = max(1, batch_tokens // length)
        for i in range(0, len(group), per_batch):
            tokens = torch.tensor([w.tokens for w in group[i : i + per_batch]])
            logits = backend.model(input_ids=tokens[:, :-1]).logits
            total += torch.log_softmax(logits.float(), -1).gather(-1, tokens[:, 1:, None]).sum()
    return float(total)


@torch.inference_mode()
def straightforward_loop(backend: HFBackend, windows: list[Window]) -> float:
    total = 0.0
    for w in windows:
        tokens = torch.tensor([w.tokens])
        logits = backend.model(input_ids=tokens[:, :-1]).logits[0]
        losses = torch.nn.functional.cross_entropy(logits, tokens[0, 1:], reduction="none")
        total += float(losses[-w.n_scored :].sum())
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default="polyeval-v1")
    parser.add_argument("--language", default="Python")
    parser.add_argument("--model", default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    torch.set_num_threads(torch.get_num_threads())
    with tempfile.TemporaryDirectory() as tmp:
        model = args.model
        if model is None:
            from benchmark.tiny_model import make_tiny_model

            model = str(Path(tmp) / "tiny")
            make_tiny_model(Path(model))
        backend = load_backend("hf", ModelSpec(model))
        assert isinstance(backend, HFBackend)
        corpus = load_corpus(args.corpus)
        entries = corpus.for_language(args.language)
        windows = [
            w
            for e in entries
            for w in rolling_windows(
                backend.tokenize(corpus.read(e)), backend.eos_token_id, backend.context_length
            )
        ]
        tokens = sum(w.n_scored for w in windows)
        print(f"{args.corpus}/{args.language}: {len(entries)} files, {tokens} tokens, "
              f"{len(windows)} windows of up to {backend.context_length} tokens")  # fmt: skip

        def ours() -> None:
            window = choose_window(backend, "model_context")
            perplexity(backend, args.language, None, args.corpus, None, window)

        results = {
            "ours (perplexity command)": best_of(args.repeat, ours),
            "plain batched forward": best_of(
                args.repeat, lambda: plain_batched(backend, windows, backend.score_batch_tokens)
            ),
            "per-window loop": best_of(args.repeat, lambda: straightforward_loop(backend, windows)),
        }
    for name, seconds in results.items():
        print(f"{name:28s} {seconds:7.2f} s  {tokens / seconds:10.0f} tokens/s")
    ours_s = results["ours (perplexity command)"]
    print(f"ours / plain batched: {results['plain batched forward'] / ours_s:.2f}x "
          f"(goal >= 0.9)")  # fmt: skip
    print(f"ours / per-window loop: {results['per-window loop'] / ours_s:.2f}x (goal >= 5)")


if __name__ == "__main__":
    main()
