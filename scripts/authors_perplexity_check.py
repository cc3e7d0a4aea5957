"""Score one language of a corpus with PolyEval and with an independent float64 re-implementation
of the authors' harness, and print how far apart the two NLLs are.

    .venv/bin/python scripts/authors_perplexity_check.py --model var/models/tiny-trained \
        --corpus polycoder-unseen --language C --window 1024

The re-implementation is ``tests/benchmark/test_authors_perplexity.py``'s (written from
frankxu2004/lm-evaluation-harness ``lm_eval/utils.py`` and ``lm_eval/models/gpt2.py``, not from
our code). A file whose last window would predict a single token stops the authors' code (their
``gpt2.py:135`` assertion); such files are scored by us, counted and left out of the comparison.
"""

from __future__ import annotations

import argparse
import copy
import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmark.backends import ModelSpec, load_backend
from benchmark.corpus import load_corpus
from benchmark.perplexity import score_text
from tests.benchmark.test_authors_perplexity import authors_nll


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", required=True)
    parser.add_argument("--corpus", default="polycoder-unseen")
    parser.add_argument("--language", default="C")
    parser.add_argument("--window", type=int, default=1024)
    args = parser.parse_args()
    backend = load_backend("hf", ModelSpec(args.model))
    reference = copy.deepcopy(backend.model).double().eval()  # type: ignore[attr-defined]
    tok = backend.tokenizer  # type: ignore[attr-defined]
    corpus = load_corpus(args.corpus)
    ours = theirs = 0.0
    compared = skipped = 0
    for entry in corpus.for_language(args.language):
        text = corpus.read(entry)
        if len(tok.encode(text)) % args.window == 1:
            skipped += 1
            continue
        ours += score_text(backend, text, entry.pygments_tokens, window=args.window).nll
        theirs += authors_nll(reference, tok, text, backend.eos_token_id, args.window)
        compared += 1
    relative = abs(ours - theirs) / abs(theirs)
    summary = {
        "corpus": args.corpus,
        "language": args.language,
        "window": args.window,
        "files_compared": compared,
        "files_with_one_token_last_window": skipped,
        "nll_ours": ours,
        "nll_authors_float64": theirs,
        "relative_difference": relative,
        "within_1e-4": relative <= 1e-4 and math.isfinite(relative),
    }
    print(json.dumps(summary))
    return 0 if summary["within_1e-4"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
