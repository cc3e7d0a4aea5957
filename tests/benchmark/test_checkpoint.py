"""The catalog of bad checkpoints: each is refused with a message that names the problem."""

import json
from pathlib import Path

import pytest

from benchmark.checkpoint import CheckpointError, CheckpointPolicy, inspect_checkpoint
from tests.checkpoints import CONFIG, fake_checkpoint, safetensors_bytes


def refused(folder: Path, policy: CheckpointPolicy | None = None) -> str:
    with pytest.raises(CheckpointError) as raised:
        inspect_checkpoint(folder, policy or CheckpointPolicy())
    return str(raised.value)


def test_a_well_formed_checkpoint_is_described(tmp_path: Path) -> None:
    facts = inspect_checkpoint(fake_checkpoint(tmp_path / "m"), CheckpointPolicy())
    assert facts.parameters == 2 * 3 + 3 and facts.context_length == 1024
    assert facts.architectures == ("GPT2LMHeadModel",) and facts.weights == ("model.safetensors",)


def test_the_real_tiny_model_is_accepted(tiny_model: Path) -> None:
    facts = inspect_checkpoint(tiny_model, CheckpointPolicy())
    assert facts.parameters > 100_000 and facts.model_type == "gpt2"


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    assert "no such model directory" in refused(tmp_path / "nope")


def test_a_folder_without_config_is_refused(tmp_path: Path) -> None:
    assert "no config.json" in refused(tmp_path)


def test_a_config_that_is_not_json_is_refused(tmp_path: Path) -> None:
    folder = fake_checkpoint(tmp_path / "m")
    (folder / "config.json").write_text("{not json")
    assert "config.json is not valid JSON" in refused(folder)


def test_a_model_that_is_not_a_causal_lm_is_refused(tmp_path: Path) -> None:
    folder = fake_checkpoint(tmp_path / "m", {"architectures": ["BertForMaskedLM"]})
    assert "not describe a causal language model" in refused(folder)


def test_remote_code_is_refused_unless_an_admin_allows_it(tmp_path: Path) -> None:
    folder = fake_checkpoint(
        tmp_path / "m", {**CONFIG, "auto_map": {"AutoModelForCausalLM": "m.M"}}
    )
    assert "trust_remote_code" in refused(folder)
    assert inspect_checkpoint(folder, CheckpointPolicy(allow_remote_code=True)).parameters == 9


def test_a_missing_tokenizer_is_refused(tmp_path: Path) -> None:
    folder = fake_checkpoint(tmp_path / "m")
    (folder / "tokenizer.json").unlink()
    assert "no tokenizer found" in refused(folder)


def test_pickle_weights_are_refused(tmp_path: Path) -> None:
    folder = fake_checkpoint(tmp_path / "m")
    (folder / "model.safetensors").unlink()
    (folder / "pytorch_model.bin").write_bytes(b"\x80\x04pickle")
    assert "pickle-based weights (pytorch_model.bin)" in refused(folder)


def test_a_folder_without_weights_is_refused(tmp_path: Path) -> None:
    folder = fake_checkpoint(tmp_path / "m")
    (folder / "model.safetensors").unlink()
    assert "no weights found" in refused(folder)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x01\x02", "shorter than a safetensors header"),
        ((10**9).to_bytes(8, "little") + b"{}", "header length"),
        ((5).to_bytes(8, "little") + b"nope!", "header is not JSON"),
        (safetensors_bytes({"w": [2, 2]})[:-4], "lies outside the file"),
    ],
)
def test_corrupt_safetensors_are_refused(tmp_path: Path, content: bytes, reason: str) -> None:
    folder = fake_checkpoint(tmp_path / "m")
    (folder / "model.safetensors").write_bytes(content)
    assert reason in refused(folder)


def test_a_model_over_the_size_cap_is_refused(tmp_path: Path) -> None:
    folder = fake_checkpoint(tmp_path / "m")
    (folder / "model.safetensors").write_bytes(safetensors_bytes({"w": [1000, 1000]}))
    message = refused(folder, CheckpointPolicy(max_parameters=999_999))
    assert "1,000,000 parameters exceed this site's cap of 999,999" in message


def test_sharded_weights_are_summed(tmp_path: Path) -> None:
    folder = fake_checkpoint(tmp_path / "m")
    (folder / "model.safetensors").unlink()
    for shard in (1, 2):
        (folder / f"model-0000{shard}-of-00002.safetensors").write_bytes(
            safetensors_bytes({f"w{shard}": [10, 10]})
        )
    (folder / "model.safetensors.index.json").write_text(json.dumps({"weight_map": {}}))
    assert inspect_checkpoint(folder, CheckpointPolicy()).parameters == 200
