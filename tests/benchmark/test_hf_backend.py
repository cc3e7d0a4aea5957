from benchmark.humaneval import load_dataset
from benchmark.sampling import SamplingConfig
from benchmark.steps import generate_completions


def test_n_completions_per_problem_are_truncated_at_stop_sequences(tiny_backend) -> None:  # type: ignore[no-untyped-def]
    problems = load_dataset().problems[:2]
    sampling = SamplingConfig(n=3, temperature=0.8, max_new_tokens=24)
    completions = generate_completions(tiny_backend, problems, sampling)
    assert [len(c) for c in completions] == [3, 3]
    for texts in completions:
        for text in texts:
            assert not any(stop in text for stop in sampling.stop)


def test_sampling_is_reproducible_with_the_same_seed(tiny_backend) -> None:  # type: ignore[no-untyped-def]
    problem = load_dataset().problems[3]
    sampling = SamplingConfig(n=2, temperature=0.8, max_new_tokens=16, stop=())
    first = generate_completions(tiny_backend, [problem], sampling)
    again = generate_completions(tiny_backend, [problem], sampling)
    other = generate_completions(tiny_backend, [problem], SamplingConfig(2, 0.8, 0.95, 16, 99, ()))
    assert first == again
    assert first != other


def test_greedy_decoding_is_deterministic(tiny_backend) -> None:  # type: ignore[no-untyped-def]
    problem = load_dataset().problems[5]
    sampling = SamplingConfig(n=1, temperature=0.0, max_new_tokens=12, stop=())
    assert generate_completions(tiny_backend, [problem], sampling) == generate_completions(
        tiny_backend, [problem], sampling
    )


def test_describe_records_versions_and_size(tiny_backend) -> None:  # type: ignore[no-untyped-def]
    facts = tiny_backend.describe()
    assert facts["backend"] == "hf"
    assert facts["parameters"] > 0 and facts["context_length"] == 2048
    assert facts["torch"] and facts["transformers"]
