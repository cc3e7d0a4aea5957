"""Hugging Face transformers backend (CPU or CUDA). torch is imported here and nowhere else."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

import torch
import transformers
from transformers import (
    AutoModelForCausalLM,
    AutoTokenizer,
    GenerationConfig,
    StoppingCriteria,
    StoppingCriteriaList,
)

from benchmark.backends import (
    ADD_SPECIAL_TOKENS,
    BackendError,
    ModelSpec,
    WeightsMismatch,
    config_context_length,
    weight_problems,
)
from benchmark.perplexity import Window
from benchmark.sampling import NEUTRAL_SAMPLING, SamplingConfig

DTYPES = {"float32": torch.float32, "float16": torch.float16, "bfloat16": torch.bfloat16}


class HFBackend:
    name = "hf"

    def __init__(self, spec: ModelSpec, score_batch_tokens: int = 8192) -> None:
        if spec.dtype not in DTYPES:
            raise BackendError(f"unsupported dtype {spec.dtype!r}; use one of {', '.join(DTYPES)}")
        self.spec = spec
        self.score_batch_tokens = score_batch_tokens
        self.oom_retries = 0  # recorded by describe(): scoring fell back to smaller batches
        self.tokenizer = _load_tokenizer(spec)
        self.model = _load_model(spec)
        eos = self.tokenizer.eos_token_id
        if eos is None:
            raise BackendError(f"{spec.source}: the tokenizer defines no EOS token")
        self.eos_token_id = int(eos)
        self.context_length = config_context_length(self.model.config)
        self.model_type = str(self.model.config.model_type)

    def tokenize(self, text: str) -> list[int]:
        return list(self.tokenizer(text, add_special_tokens=ADD_SPECIAL_TOKENS)["input_ids"])

    @torch.inference_mode()
    def generate(
        self, prompts: Sequence[str], sampling: SamplingConfig, seed: int
    ) -> list[list[str]]:
        """All prompts in one left-padded batch, ``sampling.n`` sequences each, one seed."""
        rows = [self._prompt_ids(p, sampling) for p in prompts]
        width = max(len(r) for r in rows)
        pad = self.eos_token_id
        input_ids = torch.tensor([[pad] * (width - len(r)) + r for r in rows])
        attention = torch.tensor([[0] * (width - len(r)) + [1] * len(r) for r in rows])
        torch.manual_seed(seed)
        out = self.model.generate(
            input_ids=input_ids.to(self.model.device),
            attention_mask=attention.to(self.model.device),
            generation_config=explicit_generation_config(sampling, self.eos_token_id),
            stopping_criteria=StoppingCriteriaList(
                [CompletionStops(self.tokenizer, sampling.stop, width)]
            ),
        )
        texts = self.tokenizer.batch_decode(out[:, width:], skip_special_tokens=True)
        n = sampling.n  # generate() repeats each prompt n times, consecutively
        return [list(texts[i * n : (i + 1) * n]) for i in range(len(prompts))]

    def _prompt_ids(self, prompt: str, sampling: SamplingConfig) -> list[int]:
        # Keep the end of a prompt that would not leave room for the completion.
        return self.tokenize(prompt)[-max(1, self.context_length - sampling.max_new_tokens) :]

    @torch.inference_mode()
    def score(self, windows: Sequence[Window]) -> list[float]:
        """Windows of equal length are batched together, so no padding is ever scored. Out of
        memory, the windows are scored once more in batches a quarter of the size (the sums do
        not depend on the batching); a second failure is raised."""
        try:
            return self._score_in_batches(windows, self.score_batch_tokens)
        except torch.OutOfMemoryError:
            if torch.cuda.is_available():
                torch.cuda.empty_cache()
            self.oom_retries += 1
            return self._score_in_batches(windows, max(1, self.score_batch_tokens // 4))

    def _score_in_batches(self, windows: Sequence[Window], batch_tokens: int) -> list[float]:
        nll = [0.0] * len(windows)
        by_length: dict[int, list[int]] = defaultdict(list)
        for index, window in enumerate(windows):
            by_length[len(window.tokens)].append(index)
        for length, indices in by_length.items():
            per_batch = max(1, batch_tokens // length)
            for start in range(0, len(indices), per_batch):
                chunk = indices[start : start + per_batch]
                for index, value in zip(
                    chunk, self._score_batch([windows[i] for i in chunk]), strict=True
                ):
                    nll[index] = value
        return nll

    def _score_batch(self, windows: Sequence[Window]) -> list[float]:
        tokens = torch.tensor([w.tokens for w in windows], device=self.model.device)
        logits = self.model(input_ids=tokens[:, :-1]).logits
        # log p(target) = logit(target) - logsumexp(logits): the same as gathering from
        # log_softmax, without writing a second batch x length x vocabulary tensor.
        target = logits.gather(-1, tokens[:, 1:, None]).squeeze(-1).float()
        logp = target - torch.logsumexp(logits.float(), dim=-1)
        return [-float(logp[row, -w.n_scored :].sum()) for row, w in enumerate(windows)]

    def describe(self) -> dict[str, Any]:
        return {
            "backend": self.name,
            "device": str(self.model.device),
            "dtype": self.spec.dtype,
            "loaded_dtype": str(self.model.dtype).removeprefix("torch."),
            "torch": torch.__version__,
            "transformers": transformers.__version__,
            "context_length": self.context_length,
            "parameters": sum(p.numel() for p in self.model.parameters()),
            "model_type": self.model.config.model_type,
            "score_batch_tokens": self.score_batch_tokens,
            "oom_retries": self.oom_retries,
        }


def explicit_generation_config(sampling: SamplingConfig, eos_token_id: int) -> GenerationConfig:
    """Every setting that changes which tokens are drawn, set explicitly: transformers fills an
    unset field from the checkpoint's ``generation_config.json`` and then from its own defaults
    (``top_k=50``), so a repetition penalty or top-k shipped with a checkpoint would otherwise
    change sampling (the model's own generation config is blanked at load, see ``_load_model``).
    ``top_k=0`` is off, as the authors'; greedy when the temperature is 0."""
    sample = sampling.temperature > 0
    return GenerationConfig(
        do_sample=sample, num_beams=1, temperature=sampling.temperature if sample else 1.0,
        top_p=sampling.top_p if sample else 1.0,
        top_k=sampling.top_k if sample else None,  # greedy: no warper runs (0 would warn)
        **NEUTRAL_SAMPLING, min_p=None, bad_words_ids=None, min_length=0, min_new_tokens=None,
        length_penalty=1.0, forced_bos_token_id=None, forced_eos_token_id=None,
        suppress_tokens=None, begin_suppress_tokens=None,
        sequence_bias=None, renormalize_logits=False, remove_invalid_values=False,
        max_new_tokens=sampling.max_new_tokens, num_return_sequences=sampling.n,
        eos_token_id=eos_token_id, pad_token_id=eos_token_id, bos_token_id=None,
    )  # fmt: skip


class CompletionStops(StoppingCriteria):  # type: ignore[misc]
    """Stops a row once its *generated* text contains a stop string.

    transformers' own ``stop_strings`` also match a stop string that starts inside the prompt
    (a prompt ending in a newline followed by a generated ``def`` ends generation at once),
    which would cut completions the truncation rule keeps. Only the generated tokens are
    decoded here, and only their tail: a new match ends in the newest token, and stop strings
    are far shorter than ``TAIL_TOKENS`` tokens.
    """

    TAIL_TOKENS = 24

    def __init__(self, tokenizer: Any, stops: Sequence[str], prompt_width: int) -> None:
        self.tokenizer = tokenizer
        self.stops = tuple(stops)
        self.prompt_width = prompt_width

    def __call__(
        self, input_ids: torch.Tensor, scores: torch.Tensor, **kwargs: Any
    ) -> torch.Tensor:
        done = torch.zeros(input_ids.shape[0], dtype=torch.bool, device=input_ids.device)
        if not self.stops:
            return done
        generated = input_ids[:, self.prompt_width :]
        tails = generated[:, -self.TAIL_TOKENS :] if generated.shape[1] else generated
        texts = self.tokenizer.batch_decode(tails, skip_special_tokens=True)
        for row, text in enumerate(texts):
            done[row] = any(stop in text for stop in self.stops)
        return done


def _load_tokenizer(spec: ModelSpec) -> Any:
    try:
        return AutoTokenizer.from_pretrained(
            spec.source, revision=spec.revision, trust_remote_code=False
        )
    except Exception as exc:  # transformers raises many types; all mean "cannot load"
        raise BackendError(f"{spec.source}: tokenizer could not be loaded: {exc}") from exc


def _load_model(spec: ModelSpec) -> Any:
    try:
        # use_safetensors: a model fetched from the hub at load time was never inspected, and
        # pickle-based weights can run code when loaded (benchmark.checkpoint refuses them).
        loaded: Any = AutoModelForCausalLM.from_pretrained(
            spec.source, revision=spec.revision, dtype=DTYPES[spec.dtype],
            trust_remote_code=False, use_safetensors=not spec.allow_pickle,
            output_loading_info=True,
        )  # fmt: skip
    except Exception as exc:
        raise BackendError(f"{spec.source}: model could not be loaded: {exc}") from exc
    model, info = loaded  # output_loading_info: the model and what matched its weights
    problems = weight_problems(info, _tied_weights(model))
    if any(problems.values()):  # transformers only warns, and fills the gaps with random init
        raise WeightsMismatch(spec.source, problems)
    model.to(spec.device)  # type: ignore[arg-type]  # transformers' stub misreads .to()
    # A checkpoint's generation_config.json is never used: each generate() call passes a
    # complete config (explicit_generation_config), and nothing is left to fall back on.
    model.generation_config = GenerationConfig()
    return model.eval()


def _tied_weights(model: Any) -> dict[str, str]:
    """Each tied weight and the weight it shares storage with, when the config ties the output
    embeddings to the input ones. transformers 5 names both (``_tied_weights_keys`` is a dict);
    older versions list only the tied ones, whose source is the input embeddings."""
    if not getattr(model.config, "tie_word_embeddings", False):
        return {}
    keys = getattr(model, "_tied_weights_keys", None) or {}
    if isinstance(keys, dict):
        return {str(target): str(origin) for target, origin in keys.items()}
    embeddings = model.get_input_embeddings().weight
    origin = next((n for n, p in model.named_parameters() if p is embeddings), "")
    return {str(target): origin for target in keys}
