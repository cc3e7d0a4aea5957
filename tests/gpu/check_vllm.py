"""GPU check: the vLLM backend against the HF backend on the same model and windows.

Not part of ``make test`` (no GPU and no vLLM on the CI machines). On a GPU machine with the
GPU extra installed (``pip install -e '.[vllm]'`` in its own environment):

    python tests/gpu/check_vllm.py [--model DIR] [--files-per-language 2] [--tolerance 1e-3]

Without ``--model`` it builds the tiny local model. It prints one JSON report and exits 1 if
any file's NLL differs by more than the relative tolerance, or if seeded sampling does not
reproduce.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from benchmark.backends import ModelSpec, load_backend
from benchmark.backends.vllm_backend import WINDOW_MARGIN
from benchmark.corpus import load_corpus
from benchmark.humaneval import load_dataset
from benchmark.languages import LANGUAGES
from benchmark.perplexity import score_text
from benchmark.sampling import SamplingConfig
from benchmark.steps import generate_batch


def perplexity_agreement(model: str, per_language: int, tolerance: float) -> dict[str, object]:
    vllm = load_backend("vllm", ModelSpec(model, dtype="float32", device="cuda"))
    hf = load_backend("hf", ModelSpec(model, dtype="float32", device="cuda"))
    # Both score exactly the same windows: the longest that vLLM can score whole.
    context = min(hf.context_length, vllm.max_model_len - WINDOW_MARGIN)
    corpus = load_corpus("seed-v1")
    worst, rows = 0.0, []
    for language in LANGUAGES:
        for entry in corpus.for_language(language, per_language):
            text = corpus.read(entry)
            a = score_text(hf, text, entry.pygments_tokens, context).nll
            b = score_text(vllm, text, entry.pygments_tokens, context).nll
            diff = abs(a - b) / abs(a)
            worst = max(worst, diff)
            rows.append({"file": entry.file, "hf_nll": a, "vllm_nll": b, "rel_diff": diff})
    return {"window": context, "files": rows, "worst_rel_diff": worst,
            "ok": worst <= tolerance}  # fmt: skip


def sampling_reproducible(model: str) -> dict[str, object]:
    vllm = load_backend("vllm", ModelSpec(model, device="cuda"))
    problems = load_dataset().problems[:4]
    sampling = SamplingConfig(n=10, temperature=0.8, max_new_tokens=64)
    first = generate_batch(vllm, problems, sampling)
    again = generate_batch(vllm, problems, sampling)
    return {"ok": first == again and all(len(c) == 10 for c in first), "example": first[0][0]}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default=None)
    parser.add_argument("--files-per-language", type=int, default=2)
    parser.add_argument("--tolerance", type=float, default=1e-3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        model = args.model
        if model is None:
            from benchmark.tiny_model import make_tiny_model

            model = str(Path(tmp) / "tiny")
            make_tiny_model(Path(model))
        report = {
            "perplexity": perplexity_agreement(model, args.files_per_language, args.tolerance),
            "sampling": sampling_reproducible(model),
        }
    print(json.dumps(report, indent=2))
    return 0 if all(part["ok"] for part in report.values()) else 1  # type: ignore[index]


if __name__ == "__main__":
    sys.exit(main())
