"""Our windowed perplexity against an independent float64 re-implementation of the authors'.

The re-implementation follows frankxu2004/lm-evaluation-harness@ef9ef2ef line by line, not
our code: ``lm_eval/utils.py:64-112`` (``get_rolling_token_windows`` with ``context_len=1``
and ``make_disjoint_window``) and ``lm_eval/models/gpt2.py:69-193`` (``tokenizer.encode``, the
``assert len(context_enc) > 0`` at line 135, the input
``(context_enc + continuation_enc)[-(max_length+1):][:-1]`` and the log-softmax gather).
"""

from __future__ import annotations

import copy
from typing import Any

import pytest

from benchmark.corpus import load_corpus
from benchmark.perplexity import score_text
from benchmark.steps import choose_window


def authors_rolling_windows(token_list: list[int], prefix_token: int, max_seq_len: int) -> Any:
    context_len = 1  # gpt2.py:81
    pred_len = max_seq_len - context_len + 1
    predicted = 0
    first_seq_len = min(max_seq_len, len(token_list))
    yield [prefix_token] + token_list[: first_seq_len - 1], token_list[:first_seq_len]  # noqa: RUF005
    predicted += first_seq_len
    while predicted < len(token_list):
        window_pred_len = min(len(token_list) - predicted, pred_len)
        window_end = predicted + window_pred_len
        yield (
            token_list[window_end - max_seq_len - 1 : window_end - 1],
            token_list[window_end - window_pred_len : window_end],
        )
        predicted += window_pred_len


def make_disjoint_window(pair: tuple[list[int], list[int]]) -> tuple[list[int], list[int]]:
    a, b = pair
    return a[: -(len(b) - 1)], b


def authors_nll(model: Any, tokenizer: Any, text: str, eos: int, max_length: int) -> float:
    import torch

    tokens = tokenizer.encode(text)
    windows = [make_disjoint_window(p) for p in authors_rolling_windows(tokens, eos, max_length)]
    total = 0.0
    with torch.no_grad():
        for context_enc, continuation_enc in windows:
            assert len(context_enc) > 0  # gpt2.py:135
            assert len(continuation_enc) <= max_length
            inp = (context_enc + continuation_enc)[-(max_length + 1) :][:-1]
            logits = torch.log_softmax(model(torch.tensor([inp])).logits.double(), dim=-1)[0]
            contlen = len(continuation_enc)
            picked = logits[len(inp) - contlen : len(inp)]
            total -= float(picked.gather(1, torch.tensor(continuation_enc)[:, None]).sum())
    return total


@pytest.fixture(scope="module")
def float64_model(tiny_backend):  # type: ignore[no-untyped-def]
    return copy.deepcopy(tiny_backend.model).double().eval()


def _text_avoiding_one_token_windows(tokenizer: Any, windows: list[int]) -> str:
    """A file of a few thousand tokens whose last window never predicts a single token (the
    authors' code asserts on those; see the test below)."""
    corpus = load_corpus()
    text = "".join(corpus.read(e) for e in corpus.for_language("Python", 3))
    return next(
        text[:end]
        for end in range(len(text), 0, -1)
        if all(len(tokenizer.encode(text[:end])) % w != 1 for w in windows)
    )


@pytest.mark.parametrize(
    ("rule", "fixed"),
    [("model_context", None), ("neox_half", None), ("fixed", 333), ("fixed", 64)],
)
def test_our_windows_score_as_the_authors_harness(tiny_backend, float64_model, rule, fixed) -> None:  # type: ignore[no-untyped-def]
    tok = tiny_backend.tokenizer
    choice = choose_window(tiny_backend, rule, fixed)
    text = _text_avoiding_one_token_windows(tok, [choice.window])
    assert len(tok.encode(text)) > choice.window  # several windows, a partial last one
    ours = score_text(tiny_backend, text, pygments_tokens=1, window=choice.window)
    theirs = authors_nll(float64_model, tok, text, tiny_backend.eos_token_id, choice.window)
    assert ours.model_tokens == len(tok.encode(text))  # encode() adds nothing for this model
    assert ours.nll == pytest.approx(theirs, rel=1e-4)


def test_a_last_window_of_one_token_stops_the_authors_code_but_not_ours(
    tiny_backend, float64_model
) -> None:  # type: ignore[no-untyped-def]
    tok = tiny_backend.tokenizer
    source = load_corpus().read(load_corpus().for_language("Python")[0])
    text = next(
        source[:end] for end in range(200, len(source)) if len(tok.encode(source[:end])) % 16 == 1
    )
    with pytest.raises(AssertionError):
        authors_nll(float64_model, tok, text, tiny_backend.eos_token_id, 16)
    counts = score_text(tiny_backend, text, pygments_tokens=1, window=16)
    assert counts.model_tokens == len(tok.encode(text)) and counts.nll > 0


@pytest.fixture(scope="module")
def tiny_neox(tiny_model, tmp_path_factory):  # type: ignore[no-untyped-def]
    """A GPT-NeoX model (PolyCoder's architecture) with the tiny model's tokenizer."""
    from benchmark.backends import ModelSpec, load_backend
    from tests.gpu.acceptance import build_tiny_neox

    folder = build_tiny_neox(str(tiny_model), tmp_path_factory.mktemp("models") / "tiny-neox")
    return load_backend("hf", ModelSpec(folder))


def test_a_gpt_neox_model_is_scored_as_the_authors_adapter_scored_polycoder(tiny_neox) -> None:  # type: ignore[no-untyped-def]
    choice = choose_window(tiny_neox, "authors")
    assert tiny_neox.model_type == "gpt_neox" and tiny_neox.context_length == 512
    assert choice.window == 512 // 2 and "eval_adapter.py:53" in choice.reason
    tok = tiny_neox.tokenizer
    text = _text_avoiding_one_token_windows(tok, [choice.window])
    ours = score_text(tiny_neox, text, pygments_tokens=1, window=choice.window)
    model = copy.deepcopy(tiny_neox.model).double().eval()
    # eval_adapter.py:53: max_length = max_position_embeddings // 2, then the harness's windows
    theirs = authors_nll(model, tok, text, tiny_neox.eos_token_id, 512 // 2)
    assert ours.nll == pytest.approx(theirs, rel=1e-4)
