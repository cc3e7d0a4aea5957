"""The catalog of bad checkpoints: each is refused with a message that names the problem."""

import json
import os
from pathlib import Path
from typing import Any

import pytest

from benchmark.checkpoint import (
    MAX_TOKENIZER_BYTES,
    CheckpointError,
    CheckpointFileTooLarge,
    CheckpointPolicy,
    check_file_sizes,
    inspect_checkpoint,
    inspect_hub_info,
)
from tests.checkpoints import CONFIG, fake_checkpoint, safetensors_bytes
from tests.hub_fakes import MODEL_FILES, fake_commit, hub_model_info


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
    index = {"weight_map": {"w1": "model-00001-of-00002.safetensors",
                            "w2": "model-00002-of-00002.safetensors"}}  # fmt: skip
    (folder / "model.safetensors.index.json").write_text(json.dumps(index))
    assert inspect_checkpoint(folder, CheckpointPolicy()).parameters == 200


def test_a_snapshot_missing_a_shard_its_index_names_is_refused(tmp_path: Path) -> None:
    folder = fake_checkpoint(tmp_path / "m")
    index = {"weight_map": {"a": "model.safetensors", "b": "model-2-of-2.safetensors"}}
    (folder / "model.safetensors.index.json").write_text(json.dumps(index))
    with pytest.raises(CheckpointError, match=r"1 of 2 weight shards .* missing"):
        inspect_checkpoint(folder, CheckpointPolicy())


# The same rules, from the hub's model info for a commit this machine has not downloaded.

COMMIT = fake_commit("hub")
REMOTE = {**CONFIG, "auto_map": {"AutoModelForCausalLM": "m.M"}}
NO_TOKENIZER = ("config.json", "model.safetensors", "sub/tokenizer.json")
PICKLED = ("config.json", "tokenizer.json", "pytorch_model.bin")


def refused_by_hub(info: dict[str, Any], policy: CheckpointPolicy | None = None) -> str:
    with pytest.raises(CheckpointError) as raised:
        inspect_hub_info(info, policy or CheckpointPolicy())
    return str(raised.value)


def test_the_hubs_description_of_a_good_model_is_accepted() -> None:
    facts = inspect_hub_info(hub_model_info(COMMIT, parameters=1234), CheckpointPolicy())
    assert (facts.parameters, facts.architectures) == (1234, ("GPT2LMHeadModel",))
    assert (facts.model_type, facts.weights) == ("gpt2", ("model.safetensors",))
    assert facts.context_length == 1024  # n_positions, when the hub's config subset has it


@pytest.mark.parametrize(
    ("info", "policy", "reason"),
    [
        (hub_model_info(COMMIT, config={"architectures": ["BertForMaskedLM"]}), None,
         "config.json does not describe a causal language model"),
        (hub_model_info(COMMIT, config=REMOTE), None, "needs trust_remote_code"),
        (hub_model_info(COMMIT, files=NO_TOKENIZER), None, "no tokenizer found"),
        (hub_model_info(COMMIT, files=PICKLED, parameters=None), None,
         "pickle-based weights (pytorch_model.bin) can run code"),
        (hub_model_info(COMMIT, files=PICKLED, parameters=None),
         CheckpointPolicy(allow_pickle=True), "their size cannot be checked"),
        (hub_model_info(COMMIT, files=MODEL_FILES[:2]), None, "no weights found"),
        (hub_model_info(COMMIT, parameters=400_000_000_000), None,
         "400,000,000,000 parameters exceed this site's cap of 20,000,000,000"),
        (hub_model_info(COMMIT, parameters=None), None,
         "the hub reports no parameter count (no safetensors metadata for this commit); "
         "cannot check the size cap"),
        (hub_model_info(COMMIT, files=MODEL_FILES[1:]), None, "no config.json"),
        ({"sha": COMMIT}, None, "does not list the repository's files"),
    ],
    ids=["not-causal", "auto-map", "no-tokenizer", "pickle-only", "pickle-allowed",
         "no-weights", "over-the-cap", "no-safetensors-metadata", "no-config", "no-siblings"],
)  # fmt: skip
def test_the_hubs_description_is_refused_by_the_same_rules(
    info: dict[str, Any], policy: CheckpointPolicy | None, reason: str
) -> None:
    assert reason in refused_by_hub(info, policy)


def test_remote_code_from_the_hub_passes_when_an_admin_allows_it() -> None:
    info = hub_model_info(COMMIT, config=REMOTE)
    assert inspect_hub_info(info, CheckpointPolicy(allow_remote_code=True)).parameters == 9


def test_the_hubs_count_per_dtype_is_summed_without_a_total() -> None:
    info = hub_model_info(COMMIT)
    info["safetensors"] = {"parameters": {"BF16": 1_000, "F32": 24}}
    assert inspect_hub_info(info, CheckpointPolicy()).parameters == 1_024
    info["safetensors"] = {"parameters": {"BF16": "lots"}}
    assert "no parameter count" in refused_by_hub(info)


def test_the_hubs_count_is_held_to_the_sites_cap() -> None:
    info = hub_model_info(COMMIT, parameters=1_000_000)
    assert "exceed this site's cap of 999,999" in refused_by_hub(
        info, CheckpointPolicy(max_parameters=999_999)
    )
    assert inspect_hub_info(info, CheckpointPolicy(max_parameters=1_000_000)).parameters == 10**6


def test_only_top_level_files_count_like_a_snapshots() -> None:
    files = ("config.json", "tokenizer.json", "onnx/model.safetensors", "pytorch_model.bin")
    assert "pickle-based weights (pytorch_model.bin)" in refused_by_hub(
        hub_model_info(COMMIT, files=files)
    )


def test_a_hub_file_stated_over_its_size_cap_is_refused_before_download() -> None:
    info = hub_model_info(COMMIT)
    info["siblings"] = [{"rfilename": "config.json", "size": 60 << 20}, *info["siblings"][1:]]
    assert "config.json is 62,914,560 bytes, over this site's cap" in refused_by_hub(info)


def test_files_at_their_size_caps_pass_and_one_byte_more_is_refused(tmp_path: Path) -> None:
    folder = fake_checkpoint(tmp_path / "m")
    with (folder / "tokenizer.json").open("r+b") as fh:
        os.truncate(fh.fileno(), MAX_TOKENIZER_BYTES)  # sparse: only the size is read
    check_file_sizes(folder)
    with (folder / "tokenizer.json").open("r+b") as fh:
        os.truncate(fh.fileno(), MAX_TOKENIZER_BYTES + 1)
    with pytest.raises(CheckpointFileTooLarge, match=r"tokenizer\.json is 67,108,865 bytes"):
        check_file_sizes(folder)
