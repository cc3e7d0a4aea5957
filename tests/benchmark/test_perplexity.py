import math

import pytest

from benchmark.corpus import load_corpus
from benchmark.perplexity import Window, rolling_windows, score_text


@pytest.mark.parametrize("length", [1, 5, 8, 9, 17, 40])
def test_every_token_is_scored_exactly_once(length: int) -> None:
    ids = list(range(100, 100 + length))
    windows = rolling_windows(ids, eos_id=0, max_len=8)
    scored: list[int] = []
    for w in windows:
        assert len(w.tokens) - 1 <= 8
        scored += list(w.tokens[1:][-w.n_scored :])
    assert scored == ids


def test_first_window_starts_with_eos() -> None:
    windows = rolling_windows([5, 6, 7], eos_id=0, max_len=8)
    assert windows == [Window((0, 5, 6, 7), 3)]


def test_last_window_is_filled_out_with_preceding_context() -> None:
    windows = rolling_windows(list(range(1, 11)), eos_id=0, max_len=4)
    assert windows[-1].n_scored == 2
    assert len(windows[-1].tokens) == 5  # a full 4-token input for the last two predictions


def test_empty_text_has_no_windows() -> None:
    assert rolling_windows([], eos_id=0, max_len=4) == []


def test_hf_scores_agree_with_a_straightforward_token_by_token_sum(tiny_backend) -> None:  # type: ignore[no-untyped-def]
    import torch

    text = "def add(a, b):\n    return a + b\n" * 20
    counts = score_text(tiny_backend, text, pygments_tokens=1, window=64)
    ids = tiny_backend.tokenize(text)
    expected = 0.0
    with torch.inference_mode():
        for w in rolling_windows(ids, tiny_backend.eos_token_id, 64):
            logits = tiny_backend.model(input_ids=torch.tensor([w.tokens[:-1]])).logits[0]
            logp = torch.log_softmax(logits.double(), -1)
            targets = w.tokens[1:]
            for pos in range(len(targets) - w.n_scored, len(targets)):
                expected -= float(logp[pos, targets[pos]])
    assert counts.model_tokens == len(ids)
    assert counts.nll == pytest.approx(expected, rel=1e-4)


def test_random_model_perplexity_is_near_its_vocabulary_size(tiny_backend) -> None:  # type: ignore[no-untyped-def]
    corpus = load_corpus()
    entry = corpus.for_language("Python")[0]
    counts = score_text(tiny_backend, corpus.read(entry), entry.pygments_tokens)
    ppl = math.exp(counts.nll / counts.model_tokens)
    vocab = len(tiny_backend.tokenizer)
    assert 0.5 * vocab < ppl < 2 * vocab


def test_out_of_memory_is_retried_once_with_smaller_batches(tiny_backend, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import torch

    windows = rolling_windows(list(range(10, 1010)), tiny_backend.eos_token_id, 8)  # 125 windows
    expected = sum(tiny_backend.score(windows))
    real = tiny_backend._score_batch
    calls = {"big": 0}

    def fail_when_big(batch):  # type: ignore[no-untyped-def]
        if len(batch) > 64:
            calls["big"] += 1
            raise torch.OutOfMemoryError("CUDA out of memory (simulated)")
        return real(batch)

    monkeypatch.setattr(tiny_backend, "_score_batch", fail_when_big)
    monkeypatch.setattr(tiny_backend, "score_batch_tokens", 9 * 100)  # 100 windows a batch
    retries = tiny_backend.oom_retries
    assert sum(tiny_backend.score(windows)) == pytest.approx(expected, rel=1e-5)
    assert calls["big"] == 1 and tiny_backend.oom_retries == retries + 1
