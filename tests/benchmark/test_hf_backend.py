from pathlib import Path

import pytest
import torch

from benchmark.backends import ModelSpec, WeightsMismatch, load_backend, weight_problems
from benchmark.humaneval import load_dataset
from benchmark.sampling import SamplingConfig
from benchmark.steps import batches, generate_batch
from tests.checkpoints import with_renamed_tensors, with_untied_head


def test_n_completions_per_problem_are_truncated_at_stop_sequences(tiny_backend) -> None:  # type: ignore[no-untyped-def]
    problems = load_dataset().problems[:2]
    sampling = SamplingConfig(n=3, temperature=0.8, max_new_tokens=24)
    completions = generate_batch(tiny_backend, problems, sampling)
    assert [len(c) for c in completions] == [3, 3]
    for texts in completions:
        for text in texts:
            assert not any(stop in text for stop in sampling.stop)


def test_sampling_is_reproducible_with_the_same_seed(tiny_backend) -> None:  # type: ignore[no-untyped-def]
    batch = load_dataset().problems[3:5]
    sampling = SamplingConfig(n=2, temperature=0.8, max_new_tokens=16, stop=())
    first = generate_batch(tiny_backend, batch, sampling)
    again = generate_batch(tiny_backend, batch, sampling)
    other = generate_batch(tiny_backend, batch, SamplingConfig(2, 0.8, 0.95, 16, 99, ()))
    assert first == again
    assert first != other


def test_left_padded_batches_decode_like_single_prompts(tiny_backend) -> None:  # type: ignore[no-untyped-def]
    problems = load_dataset().problems[5:8]  # prompts of different lengths
    sampling = SamplingConfig(n=1, temperature=0.0, max_new_tokens=12, stop=())
    together = generate_batch(tiny_backend, problems, sampling)
    alone = [generate_batch(tiny_backend, [p], sampling)[0] for p in problems]
    assert together == alone


def test_batches_are_fixed_by_the_suite_not_by_what_is_left() -> None:
    problems = load_dataset().problems[:5]
    assert [[p.task_id for p in b] for b in batches(problems, 2)] == [
        ["HumanEval/0", "HumanEval/1"], ["HumanEval/2", "HumanEval/3"], ["HumanEval/4"],
    ]  # fmt: skip


def test_stop_strings_only_match_inside_the_generated_text(tiny_backend) -> None:  # type: ignore[no-untyped-def]
    from benchmark.backends.hf import CompletionStops

    tok = tiny_backend.tokenizer
    prompt = tok("x = 1\n", add_special_tokens=False)["input_ids"]
    stops = CompletionStops(tok, ["\ndef"], prompt_width=len(prompt))
    straddling = tok("def", add_special_tokens=False)["input_ids"]
    inside = tok("    pass\ndef", add_special_tokens=False)["input_ids"]
    width = max(len(straddling), len(inside))
    rows = [
        prompt + straddling + [tok.eos_token_id] * (width - len(straddling)),
        prompt + inside + [tok.eos_token_id] * (width - len(inside)),
    ]
    done = stops(torch.tensor(rows), torch.zeros(1))
    assert done.tolist() == [False, True]


def test_describe_records_versions_and_size(tiny_backend) -> None:  # type: ignore[no-untyped-def]
    facts = tiny_backend.describe()
    assert facts["backend"] == "hf"
    assert facts["parameters"] > 0 and facts["context_length"] == 2048
    assert facts["torch"] and facts["transformers"]


def test_pickle_weights_are_not_loaded_unless_an_admin_allowed_them(tiny_model, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    import pytest
    from safetensors.torch import load_file

    from benchmark.backends import BackendError, ModelSpec, load_backend

    pickled = shutil.copytree(tiny_model, tmp_path / "pickled")
    torch.save(load_file(pickled / "model.safetensors"), pickled / "pytorch_model.bin")
    (pickled / "model.safetensors").unlink()
    with pytest.raises(BackendError, match="model could not be loaded"):
        load_backend("hf", ModelSpec(str(pickled)))
    allowed = load_backend("hf", ModelSpec(str(pickled), allow_pickle=True))
    assert allowed.context_length > 0


def test_a_checkpoint_whose_tensor_names_match_nothing_fails_to_load_naming_them(
    tiny_model: Path, tmp_path: Path
) -> None:
    renamed = with_renamed_tensors(tiny_model, tmp_path / "renamed")
    with pytest.raises(WeightsMismatch) as raised:
        load_backend("hf", ModelSpec(str(renamed)))
    problems = raised.value.problems
    assert "transformer.wte.weight" in problems["missing"]
    assert "lm_head.weight" in problems["missing"]  # its tied source is missing too
    assert "wrong.transformer.wte.weight" in problems["unexpected"]
    message = str(raised.value)
    assert "do not match the model's architecture" in message
    assert f"{len(problems['missing'])} missing (" in message
    for name in problems["missing"][:3] + problems["unexpected"][:3]:
        assert name in message


def test_an_untied_output_head_absent_from_the_files_fails_to_load(
    tiny_model: Path, tmp_path: Path
) -> None:
    untied = with_untied_head(tiny_model, tmp_path / "untied")
    with pytest.raises(WeightsMismatch) as raised:
        load_backend("hf", ModelSpec(str(untied)))
    assert raised.value.problems == {"missing": ["lm_head.weight"], "unexpected": [],
                                     "mismatched": []}  # fmt: skip


def test_a_tied_output_head_absent_from_the_files_loads(tiny_model: Path, tiny_backend) -> None:  # type: ignore[no-untyped-def]
    from safetensors import safe_open

    with safe_open(str(tiny_model / "model.safetensors"), framework="pt") as files:
        names = set(files.keys())
    assert "lm_head.weight" not in names
    head = tiny_backend.model.get_output_embeddings().weight
    assert head.data_ptr() == tiny_backend.model.get_input_embeddings().weight.data_ptr()


def test_a_tied_weight_is_excused_only_while_its_source_was_loaded() -> None:
    tied = {"lm_head.weight": "wte.weight"}
    report = {"missing_keys": {"lm_head.weight"}, "unexpected_keys": set(), "mismatched_keys": []}
    assert weight_problems(report, tied) == {"missing": [], "unexpected": [], "mismatched": []}
    report["missing_keys"] = {"lm_head.weight", "wte.weight"}
    assert weight_problems(report, tied)["missing"] == ["lm_head.weight", "wte.weight"]
    assert weight_problems({"missing_keys": {"lm_head.weight"}}, {})["missing"] == [
        "lm_head.weight"
    ]


def test_a_weight_of_the_wrong_shape_is_reported_by_name() -> None:
    report = {"mismatched_keys": [("wpe.weight", (8, 4), (16, 4))]}
    assert weight_problems(report, {})["mismatched"] == ["wpe.weight"]


def test_a_checkpoints_generation_config_does_not_change_sampling(tiny_model, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json
    import shutil

    from transformers import AutoModelForCausalLM

    from benchmark.backends import ModelSpec, load_backend

    leaky = shutil.copytree(tiny_model, tmp_path / "leaky")
    settings = {"repetition_penalty": 1.3, "top_k": 3, "temperature": 0.1, "do_sample": False,
                "no_repeat_ngram_size": 2, "suppress_tokens": list(range(100, 4000)),
                "min_new_tokens": 20, "eos_token_id": 7}  # fmt: skip
    (leaky / "generation_config.json").write_text(json.dumps(settings))
    loaded = AutoModelForCausalLM.from_pretrained(leaky).generation_config
    assert (loaded.repetition_penalty, loaded.top_k) == (1.3, 3)  # transformers reads the file
    problems = load_dataset().problems[:2]
    for sampling in (SamplingConfig(n=3, temperature=0.8, max_new_tokens=24, stop=()),
                     SamplingConfig(n=1, temperature=0.0, max_new_tokens=24, stop=())):  # fmt: skip
        clean = generate_batch(load_backend("hf", ModelSpec(str(tiny_model))), problems, sampling)
        with_file = generate_batch(load_backend("hf", ModelSpec(str(leaky))), problems, sampling)
        assert with_file == clean


def test_sampling_is_not_filtered_by_transformers_default_top_k(tiny_backend) -> None:  # type: ignore[no-untyped-def]
    from benchmark.backends.hf import explicit_generation_config

    config = explicit_generation_config(SamplingConfig(n=1, temperature=0.4), eos_token_id=0)
    processors = tiny_backend.model._get_logits_processor(
        generation_config=config, input_ids_seq_length=4, encoder_input_ids=None,
        prefix_allowed_tokens_fn=None, logits_processor=[],
    )  # fmt: skip
    names = sorted(type(p).__name__ for p in processors)
    assert names == ["TemperatureLogitsWarper", "TopPLogitsWarper"]
