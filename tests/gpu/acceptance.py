"""GPU acceptance: the HF backend on an accelerator against the HF backend on the CPU (and vLLM
against both, where ``vllm`` imports), on the tiny local models. No network is needed.

    python tests/gpu/acceptance.py                   # builds the tiny model, compares cuda with cpu
    python tests/gpu/acceptance.py --device cpu      # the same script on CPU only (a smoke test)

It builds the tiny model with ``python -m benchmark make-tiny-model`` (unless ``--model``), then
also a tiny GPT-NeoX model (PolyCoder's architecture) from its tokenizer, and
compares greedy generation on a few HumanEval prompts (identical texts expected; a random model
can meet near-ties, so the fraction that agree is printed with the first difference) and
perplexity on the bundled seed corpus under three window rules (relative NLL difference at most
``--tolerance``). It prints one line per check and a JSON report last; exit 1 if any check
fails. Sized to finish in well under 8 minutes on one GPU.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from benchmark.backends import Backend, BackendError, ModelSpec, load_backend
from benchmark.corpus import load_corpus
from benchmark.humaneval import load_dataset
from benchmark.perplexity import score_texts
from benchmark.sampling import SamplingConfig
from benchmark.steps import choose_window, generate_batch

RULES = ("model_context", "neox_half", "authors")


def build_tiny_model(folder: Path) -> str:
    command = [sys.executable, "-m", "benchmark", "make-tiny-model", str(folder), "--json"]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return str(folder)


def build_tiny_neox(tiny: str, folder: Path, positions: int = 512) -> str:
    """A GPT-NeoX model (PolyCoder's architecture, random weights) with the tiny tokenizer, so
    the ``authors`` window rule (half the positions) runs on the kind of model it is for."""
    import torch
    from transformers import AutoTokenizer, GPTNeoXConfig, GPTNeoXForCausalLM

    tokenizer = AutoTokenizer.from_pretrained(tiny)
    torch.manual_seed(0)
    config = GPTNeoXConfig(vocab_size=len(tokenizer), hidden_size=64, num_hidden_layers=2,
                           num_attention_heads=2, intermediate_size=128,
                           max_position_embeddings=positions,
                           eos_token_id=tokenizer.eos_token_id,
                           bos_token_id=tokenizer.eos_token_id)  # fmt: skip
    GPTNeoXForCausalLM(config).save_pretrained(folder, safe_serialization=True)
    tokenizer.save_pretrained(folder)
    return str(folder)


def greedy(backend: Backend, problems: int, tokens: int) -> list[str]:
    sampling = SamplingConfig(n=1, temperature=0.0, max_new_tokens=tokens, stop=())
    batch = load_dataset().problems[:problems]
    return [texts[0] for problem in batch for texts in generate_batch(backend, [problem], sampling)]


def generation_check(name: str, got: Sequence[str], want: Sequence[str]) -> dict[str, Any]:
    same = sum(a == b for a, b in zip(got, want, strict=True))
    first = next((i for i, (a, b) in enumerate(zip(got, want, strict=True)) if a != b), None)
    return {"check": f"greedy generation, {name}", "agree": f"{same}/{len(want)}",
            "first_difference": first, "ok": same == len(want)}  # fmt: skip


def corpus_texts(per_language: int) -> list[tuple[str, int]]:
    corpus = load_corpus("seed-v1")
    languages = sorted({entry.language for entry in corpus.files})
    entries = [e for language in languages for e in corpus.for_language(language, per_language)]
    return [(corpus.read(e), e.pygments_tokens) for e in entries]


def nll_check(name: str, rule: str, window: int, got: Sequence[float], want: Sequence[float],
              tolerance: float) -> dict[str, Any]:  # fmt: skip
    worst = max(abs(a - b) / abs(b) for a, b in zip(got, want, strict=True))
    return {"check": f"perplexity, {name}, rule {rule} (window {window})", "files": len(want),
            "worst_rel_diff": worst, "ok": worst <= tolerance}  # fmt: skip


def nlls(backend: Backend, texts: Sequence[tuple[str, int]], window: int) -> list[float]:
    return [counts.nll for counts in score_texts(backend, texts, window)]


def hf_checks(model: str, args: argparse.Namespace) -> tuple[list[dict[str, Any]], Any]:
    test = load_backend("hf", ModelSpec(model, dtype="float32", device=args.device))
    reference = load_backend("hf", ModelSpec(model, dtype="float32", device="cpu"))
    name = f"hf {args.device} vs hf cpu, {reference.model_type}"
    reference_texts = greedy(reference, args.problems, args.new_tokens)
    checks = [generation_check(name, greedy(test, args.problems, args.new_tokens), reference_texts)]
    texts = corpus_texts(args.files_per_language)
    for rule in RULES:
        window = choose_window(reference, rule).window
        got, want = nlls(test, texts, window), nlls(reference, texts, window)
        checks.append(nll_check(name, rule, window, got, want, args.tolerance))
    return checks, (reference, reference_texts, texts)


def vllm_checks(model: str, args: argparse.Namespace, hf: Any) -> list[dict[str, Any]]:
    try:
        import vllm  # noqa: F401
    except ImportError as exc:
        return [{"check": "vllm", "skipped": f"vllm does not import here ({exc})", "ok": True}]
    reference, reference_texts, texts = hf
    try:
        engine = load_backend("vllm", ModelSpec(model, dtype="float32", device="cuda"))
    except BackendError as exc:
        return [{"check": "vllm", "error": str(exc), "ok": False}]
    name = f"vllm vs hf cpu, {reference.model_type}"
    checks = [generation_check(name, greedy(engine, args.problems, args.new_tokens),
                               reference_texts)]  # fmt: skip
    for rule in RULES:
        window = choose_window(reference, rule).window
        try:
            got = nlls(engine, texts, window)
        except BackendError as exc:  # a window vLLM cannot score whole is refused, not shrunk
            checks.append({"check": f"perplexity, {name}, rule {rule}", "refused": str(exc),
                           "ok": True})  # fmt: skip
            continue
        want = nlls(reference, texts, window)
        checks.append(nll_check(name, rule, window, got, want, args.tolerance))
    return checks


def parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--model", default=None, help="default: build the tiny model")
    parser.add_argument("--device", default="cuda", choices=["cuda", "cpu"])
    parser.add_argument("--problems", type=int, default=8)
    parser.add_argument("--new-tokens", type=int, default=48)
    parser.add_argument("--files-per-language", type=int, default=2)
    parser.add_argument("--tolerance", type=float, default=1e-3)
    parser.add_argument("--no-vllm", action="store_true", help="skip vLLM even if it imports")
    parser.add_argument("--no-neox", action="store_true", help="skip the tiny GPT-NeoX model")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse(argv)
    started = time.monotonic()
    checks: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        model = args.model or build_tiny_model(Path(tmp) / "tiny")
        models = [model] + ([] if args.no_neox else [build_tiny_neox(model, Path(tmp) / "neox")])
        for path in models:
            model_checks, hf = hf_checks(path, args)
            checks += model_checks
            if args.no_vllm:
                checks.append({"check": "vllm", "skipped": "--no-vllm", "ok": True})
            else:
                checks += vllm_checks(path, args, hf)
    for check in checks:
        print(("PASS " if check["ok"] else "FAIL ") + json.dumps(check), flush=True)
    ok = all(check["ok"] for check in checks)
    report = {"ok": ok, "device": args.device, "seconds": round(time.monotonic() - started, 1)}
    print(json.dumps(report | {"checks": checks}))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
