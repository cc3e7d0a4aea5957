"""Small, real GPT-2-style causal LMs with a byte-level BPE tokenizer, built offline.

The tokenizer is trained on ``data/tiny_train`` (code from packages disjoint from every
evaluation corpus). The weights are randomly initialised from a fixed seed and, if asked,
trained for a few steps on the same files, saving a checkpoint at chosen steps (a checkpoint
series for the demo). These are mechanical fixtures, not models of code: expect pass@k = 0 and,
untrained, a per-token perplexity near the vocabulary size.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

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
    train_steps: int = 0  # 0: random initialisation only
    save_at: tuple[int, ...] = ()  # extra checkpoints: <dir>-step<N>
    train_sequence: int = 128
    train_batch: int = 16
    learning_rate: float = 2e-3


def training_files() -> list[Path]:
    files = sorted(p for p in (TRAIN_DIR / "files").rglob("*") if p.is_file())
    if not files:
        raise FileNotFoundError(f"no tokenizer training files under {TRAIN_DIR}")
    return files


def make_tiny_model(out_dir: Path, config: TinyModelConfig | None = None) -> dict[str, object]:
    """Write the model (and any intermediate checkpoints); return a short description."""
    import torch

    config = config or TinyModelConfig()
    tokenizer = _train_tokenizer(config)
    torch.manual_seed(config.seed)
    model = _new_model(config, tokenizer)
    saved = {}
    if config.train_steps:
        for step in _train(model, tokenizer, config):
            if step in config.save_at:
                saved[step] = _save(model, tokenizer, config, Path(f"{out_dir}-step{step}"), step)
    description = _save(model, tokenizer, config, out_dir, config.train_steps)
    return description | {"checkpoints": {str(k): v["path"] for k, v in saved.items()}}


def _train_tokenizer(config: TinyModelConfig) -> Any:
    from tokenizers import ByteLevelBPETokenizer
    from transformers import PreTrainedTokenizerFast

    bpe = ByteLevelBPETokenizer()
    bpe.train(
        [str(p) for p in training_files()],
        vocab_size=config.vocab_size,
        min_frequency=2,
        special_tokens=[EOS],
        show_progress=False,
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=bpe,
        bos_token=EOS,
        eos_token=EOS,
        unk_token=EOS,
        model_max_length=config.context_length,
    )


def _new_model(config: TinyModelConfig, tokenizer: Any) -> Any:
    from transformers import GPT2Config, GPT2LMHeadModel

    eos_id = int(tokenizer.convert_tokens_to_ids(EOS))
    return GPT2LMHeadModel(
        GPT2Config(vocab_size=len(tokenizer), n_positions=config.context_length,
                   n_embd=config.width, n_layer=config.layers, n_head=config.heads,
                   bos_token_id=eos_id, eos_token_id=eos_id)
    )  # fmt: skip


def _train(model: Any, tokenizer: Any, config: TinyModelConfig) -> Any:
    """AdamW on consecutive chunks of the training files; yields the step number after each."""
    import torch

    ids: list[int] = []
    for path in training_files():
        ids += tokenizer(path.read_text(encoding="utf-8"), add_special_tokens=False)["input_ids"]
        ids.append(tokenizer.eos_token_id)
    length = config.train_sequence + 1
    chunks = torch.tensor(ids[: len(ids) // length * length]).view(-1, length)
    generator = torch.Generator().manual_seed(config.seed)
    optimiser = torch.optim.AdamW(model.parameters(), lr=config.learning_rate, weight_decay=0.01)
    model.train()
    for step in range(1, config.train_steps + 1):
        batch = chunks[torch.randint(len(chunks), (config.train_batch,), generator=generator)]
        loss = model(input_ids=batch, labels=batch).loss
        optimiser.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimiser.step()
        yield step
    model.eval()


def _save(
    model: Any, tokenizer: Any, config: TinyModelConfig, out_dir: Path, step: int
) -> dict[str, Any]:
    out_dir.mkdir(parents=True, exist_ok=True)
    tokenizer.save_pretrained(out_dir)
    model.save_pretrained(out_dir, safe_serialization=True)
    description = {
        "path": str(out_dir),
        "parameters": sum(p.numel() for p in model.parameters()),
        "vocab_size": len(tokenizer),
        "context_length": config.context_length,
        "initialisation": f"random (seed {config.seed})",
        "training_steps": step,
        "config": asdict(config),
    }
    (out_dir / "polyeval-tiny.json").write_text(json.dumps(description, indent=2) + "\n")
    return description
