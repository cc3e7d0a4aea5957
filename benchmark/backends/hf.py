"""Hugging Face transformers backend (CPU or CUDA). torch is imported here and nowhere else."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import torch
import transformers
from transformers import AutoModelForCausalLM, AutoTokenizer

from benchmark.backends import BackendError, ModelSpec
from benchmark.perplexity import Window
from benchmark.sampling import SamplingConfig

DTYPES = {"float32": torch.float32, "float16": torch.float16, "bfloat16": torch.bfloat16}


class HFBackend:
    name = "hf"

    def __init__(self, spec: ModelSpec, score_batch_tokens: int = 8192) -> None:
        if spec.dtype not in DTYPES:
            raise BackendError(f"unsupported dtype {spec.dtype!r}; use one of {', '.join(DTYPES)}")
        self.spec = spec
        self.score_batch_tokens = score_batch_tokens
        self.tokenizer = _load_tokenizer(spec)
        self.model = _load_model(spec)
        eos = self.tokenizer.eos_token_id
        if eos is None:
            raise BackendError(f"{spec.source}: the tokenizer defines no EOS token")
        self.eos_token_id = int(eos)
        self.context_length = _context_length(self.model.config)

    def tokenize(self, text: str) -> list[int]:
        return list(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    @torch.inference_mode()
    def generate(
        self, prompts: Sequence[str], sampling: SamplingConfig, seeds: Sequence[int]
    ) -> list[list[str]]:
        # One prompt per call: its n samples batch together, and its seed alone decides them.
        return [self._generate_one(p, sampling, s) for p, s in zip(prompts, seeds, strict=True)]

    def _generate_one(self, prompt: str, sampling: SamplingConfig, seed: int) -> list[str]:
        ids = self.tokenize(prompt)
        # Keep the end of a prompt that would not leave room for the completion.
        ids = ids[-max(1, self.context_length - sampling.max_new_tokens) :]
        input_ids = torch.tensor([ids], device=self.model.device)
        torch.manual_seed(seed)
        out = self.model.generate(
            input_ids=input_ids,
            attention_mask=torch.ones_like(input_ids),
            do_sample=sampling.temperature > 0,
            temperature=sampling.temperature if sampling.temperature > 0 else None,
            top_p=sampling.top_p if sampling.temperature > 0 else None,
            top_k=None,
            max_new_tokens=sampling.max_new_tokens,
            num_return_sequences=sampling.n,
            stop_strings=list(sampling.stop) or None,
            tokenizer=self.tokenizer,
            pad_token_id=self.eos_token_id,
        )
        new_tokens = out[:, input_ids.shape[1] :]
        return list(self.tokenizer.batch_decode(new_tokens, skip_special_tokens=True))

    @torch.inference_mode()
    def score(self, windows: Sequence[Window]) -> list[float]:
        """Windows of equal length are batched together, so no padding is ever scored."""
        nll = [0.0] * len(windows)
        by_length: dict[int, list[int]] = defaultdict(list)
        for index, window in enumerate(windows):
            by_length[len(window.tokens)].append(index)
        for length, indices in by_length.items():
            per_batch = max(1, self.score_batch_tokens // length)
            for start in range(0, len(indices), per_batch):
                chunk = indices[start : start + per_batch]
                for index, value in zip(
                    chunk, self._score_batch([windows[i] for i in chunk]), strict=True
                ):
                    nll[index] = value
        return nll

    def _score_batch(self, windows: Sequence[Window]) -> list[float]:
        tokens = torch.tensor([w.tokens for w in windows], device=self.model.device)
        logits = self.model(input_ids=tokens[:, :-1]).logits.float()
        logp = torch.log_softmax(logits, dim=-1).gather(-1, tokens[:, 1:, None]).squeeze(-1)
        return [-float(logp[row, -w.n_scored :].sum()) for row, w in enumerate(windows)]

    def describe(self) -> dict[str, Any]:
        return {
            "backend": self.name,
            "device": str(self.model.device),
            "dtype": self.spec.dtype,
            "torch": torch.__version__,
            "transformers": transformers.__version__,
            "context_length": self.context_length,
            "parameters": sum(p.numel() for p in self.model.parameters()),
            "model_type": self.model.config.model_type,
        }


def _load_tokenizer(spec: ModelSpec) -> Any:
    try:
        return AutoTokenizer.from_pretrained(
            spec.source, revision=spec.revision, trust_remote_code=False
        )
    except Exception as exc:  # transformers raises many types; all mean "cannot load"
        raise BackendError(f"{spec.source}: tokenizer could not be loaded: {exc}") from exc


def _load_model(spec: ModelSpec) -> Any:
    try:
        model = AutoModelForCausalLM.from_pretrained(
            spec.source, revision=spec.revision, dtype=DTYPES[spec.dtype], trust_remote_code=False
        )
    except Exception as exc:
        raise BackendError(f"{spec.source}: model could not be loaded: {exc}") from exc
    model.to(spec.device)  # type: ignore[arg-type]  # transformers' stub misreads .to()
    return model.eval()


def _context_length(config: Any) -> int:
    for field in ("max_position_embeddings", "n_positions", "n_ctx", "seq_length"):
        value = getattr(config, field, None)
        if isinstance(value, int) and value > 0:
            return value
    raise BackendError("the model config states no context length")
