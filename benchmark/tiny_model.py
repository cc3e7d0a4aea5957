"""A small, real GPT-2-style causal LM with a byte-level BPE tokenizer, built offline.

The tokenizer is trained on ``data/tiny_train`` (code from packages disjoint from every
evaluation corpus); the weights are randomly initialised from a fixed seed, so the model is a
mechanical fixture for tests and the demo, not a model of code. Expect pass@k = 0 and a
per-token perplexity near the vocabulary size.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

TRAIN_DIR = Path(__file__).parent / "data" / "tiny_train"
EOS = "<|endoftext|>"


@dataclass(frozen=True)
class TinyModelConfig:
    vocab_size: int = 4096
    context_length: int = 2048  # long enough for every HumanEval prompt plus a completion
    width: int = 64
    layers: int = 2
    heads: int = 2
    seed: int = 0


def training_files() -> list[Path]:
    files = sorted(p for p in (TRAIN_DIR / "files").rglob("*") if p.is_file())
    if not files:
        raise FileNotFoundError(f"no tokenizer training files under {TRAIN_DIR}")
    return files


def make_tiny_model(out_dir: Path, config: TinyModelConfig | None = None) -> dict[str, object]:
    """Write the model and tokenizer to ``out_dir``; return a short description."""
    import torch
    from tokenizers import ByteLevelBPETokenizer
    from transformers import GPT2Config, GPT2LMHeadModel, PreTrainedTokenizerFast

    config = config or TinyModelConfig()
    out_dir.mkdir(parents=True, exist_ok=True)
    bpe = ByteLevelBPETokenizer()
    bpe.train(
        [str(p) for p in training_files()],
        vocab_size=config.vocab_size,
        min_frequency=2,
        special_tokens=[EOS],
        show_progress=False,
    )
    tokenizer = PreTrainedTokenizerFast(
        tokenizer_object=bpe,
        bos_token=EOS,
        eos_token=EOS,
        unk_token=EOS,
        model_max_length=config.context_length,
    )
    tokenizer.save_pretrained(out_dir)
    eos_id = int(tokenizer.convert_tokens_to_ids(EOS))  # type: ignore[arg-type]
    torch.manual_seed(config.seed)
    model = GPT2LMHeadModel(
        GPT2Config(
            vocab_size=len(tokenizer),
            n_positions=config.context_length,
            n_embd=config.width,
            n_layer=config.layers,
            n_head=config.heads,
            bos_token_id=eos_id,
            eos_token_id=eos_id,
        )
    )
    model.save_pretrained(out_dir, safe_serialization=True)
    description = {
        "path": str(out_dir),
        "parameters": sum(p.numel() for p in model.parameters()),
        "vocab_size": len(tokenizer),
        "context_length": config.context_length,
        "initialisation": f"random (seed {config.seed})",
    }
    (out_dir / "polyeval-tiny.json").write_text(json.dumps(description, indent=2) + "\n")
    return description
