"""Which perplexity window a model is scored with, and why (recorded with every result).

The authors scored the Hugging Face models with lm-evaluation-harness, whose window is the
model's own context (``lm_eval/models/gpt2.py:30-34``: ``config.n_ctx``, else
``max_position_embeddings``), and PolyCoder with GPT-NeoX's adapter, whose window is half of it
(``eval_tasks/eval_adapter.py:53``: ``max_position_embeddings // 2``, 1024 for PolyCoder).
"""

from __future__ import annotations

from dataclasses import dataclass

HARNESS_SOURCE = "frankxu2004/lm-evaluation-harness@ef9ef2ef lm_eval/models/gpt2.py:30-34"
NEOX_SOURCE = "frankxu2004/gpt-neox@0a93301a eval_tasks/eval_adapter.py:53"

MODEL_CONTEXT = "model_context"
NEOX_HALF = "neox_half"
FIXED = "fixed"
AUTHORS = "authors"
WINDOW_RULES: tuple[str, ...] = (MODEL_CONTEXT, NEOX_HALF, FIXED, AUTHORS)

# model_type values of checkpoints converted from GPT-NeoX (PolyCoder's HF conversion is one).
NEOX_MODEL_TYPES: frozenset[str] = frozenset({"gpt_neox"})


@dataclass(frozen=True)
class WindowChoice:
    rule: str
    window: int  # tokens of model input per window
    reason: str

    def record(self) -> dict[str, str | int]:
        return {"window": self.window, "window_rule": self.rule, "window_reason": self.reason}


def check_rule(rule: str, fixed: int | None = None) -> None:
    """A clear error for an unknown rule, a ``fixed`` rule without a size, or a size elsewhere."""
    if rule not in WINDOW_RULES:
        raise ValueError(f"unknown window rule {rule!r}; choose from {', '.join(WINDOW_RULES)}")
    if rule == FIXED and (fixed is None or fixed < 1):
        raise ValueError("the fixed window rule needs a window of at least 1 token")
    if rule != FIXED and fixed is not None:
        raise ValueError(f"a window size is given only with the fixed rule, not {rule!r}")


def resolve_window(
    rule: str, model_type: str, context_length: int, fixed: int | None = None
) -> WindowChoice:
    """The window for a model of ``model_type`` whose context holds ``context_length`` tokens.

    ``model_context``: the whole context; ``neox_half``: ``context_length // 2``; ``fixed``: the
    given size (at most the context); ``authors``: ``neox_half`` for GPT-NeoX conversions,
    ``model_context`` otherwise, as each of the authors' scripts did.
    """
    check_rule(rule, fixed)
    if context_length < 2:
        raise ValueError(f"a context of {context_length} tokens cannot hold a window")
    if rule == AUTHORS:
        return _authors(model_type, context_length)
    if rule == NEOX_HALF:
        return WindowChoice(rule, context_length // 2, f"half the context, as {NEOX_SOURCE}")
    if rule == FIXED:
        assert fixed is not None
        if fixed > context_length:
            raise ValueError(f"window {fixed} exceeds the model's context of {context_length}")
        return WindowChoice(rule, fixed, "a window size given explicitly")
    return WindowChoice(rule, context_length, f"the model's whole context, as {HARNESS_SOURCE}")


def _authors(model_type: str, context_length: int) -> WindowChoice:
    if model_type in NEOX_MODEL_TYPES:
        reason = (
            f"model_type {model_type!r} is a GPT-NeoX conversion (PolyCoder): the authors scored "
            f"it with max_position_embeddings // 2 ({NEOX_SOURCE})"
        )
        return WindowChoice(AUTHORS, context_length // 2, reason)
    reason = (
        f"model_type {model_type!r} was scored by the authors with the harness, whose window "
        f"is the model's context ({HARNESS_SOURCE})"
    )
    return WindowChoice(AUTHORS, context_length, reason)
